# SPDX-License-Identifier: MIT
# copy_slow.sh - copying the message draft never freezes the navigator:
# the clipboard command (xclip here, a fake one on PATH) runs off the UI
# thread, like printing (tui/print_slow). «Копирую черновик…» at once;
# Esc kills the command (its whole process group) and says so; a command
# that hangs is killed at its timeout (5 s) with a message in Russian;
# one that fails says why, even with SIGCHLD ignored by whoever started
# helpnav; one that works says so and got the draft.
# Times are wall clock through tmux; the machine may be busy, so the
# bound (MAX_MS) is generous next to the command's 60 s.
source "$(dirname "$0")/../lib/checks.bash"
MAX_MS=1000

# The fake xclip: notes its pid, then hangs (or does what XCLIP_DO says).
mkdir -p "$tmp/bin"
cat >"$tmp/bin/xclip" <<'XCLIP'
#!/bin/sh
echo $$ >"$XCLIP_DIR/xclip.pid"
case ${XCLIP_DO:-hang} in
hang) sleep 60 ;;
fail) echo "нет доступа к дисплею" >&2; exit 4 ;;
copy) cat >"$XCLIP_DIR/copied.txt" ;;
esac
XCLIP
chmod +x "$tmp/bin/xclip"
dead() { local st; st=$(ps -o stat= -p "$1"); [ -z "$st" ] || [[ $st == Z* ]]; }
env_for() { # XCLIP_DO: the prefix that runs helpnav with the fake on PATH
	echo "env -u WAYLAND_DISPLAY DISPLAY=:99 PATH='$tmp/bin':\"\$PATH\" XCLIP_DIR='$tmp' XCLIP_DO=$1"
}
open_draft() {
	expect "checklist opened" "Подготовьте до обращения"
	keys d
	expect "draft view" "Черновик обращения"
}

start_shell 100 30
run "$(env_for hang)" "returns/chat/checklist"
open_draft
at=$(ms_to y "Копирую черновик…")
check "«Копирую черновик…» at once ($at ms)" \
	within "$at" $MAX_MS
expect "…with the key that stops it" "Копирую черновик… Esc — отменить"
for _ in $(seq 100); do [ -s "$tmp/xclip.pid" ] && break; sleep 0.05; done
check "the clipboard command runs" [ -s "$tmp/xclip.pid" ]
pid=$(cat "$tmp/xclip.pid")
# the screen answers while it runs: a key is told the copy is going on
tm send-keys -t main j
expect "a key while it copies is answered" "Копирую черновик… Esc — отменить"
at=$(ms_to Escape "Копирование остановлено")
check "Esc stops it within $MAX_MS ms ($at ms)" \
	within "$at" $MAX_MS
expect "…and says the draft went by OSC 52 only" "только через OSC 52"
check "the command was killed (its process group)" dead "$pid"
expect "still on the draft" "Черновик обращения"

# Left alone, the hanging command is killed at the timeout.
rm -f "$tmp/xclip.pid"
t0=$(now_ms)
tm send-keys -t main y
expect "copying again" "Копирую черновик…"
expect "the timeout ends it, in Russian" "не завершилась за 5000 мс" 15
took=$(($(now_ms) - t0))
echo "   the hanging command stopped after $took ms"
check "…after its 5 s, not before ($took ms)" [ "$took" -ge 4500 ]
expect "…naming the command" "а xclip -selection clipboard не сработал"
for _ in $(seq 40); do [ -s "$tmp/xclip.pid" ] && break; sleep 0.05; done
check "…and killed it" dead "$(cat "$tmp/xclip.pid")"
keys q
st=$(wait_exit)
check "quits (got $st)" [ "$st" = 0 ]

# A command that fails, helpnav started with SIGCHLD ignored: a failure,
# with the command's words.
IGNORE_CHLD="perl -e '\$SIG{CHLD}=q(IGNORE); exec @ARGV'"
run "$(env_for fail) $IGNORE_CHLD" "returns/chat/checklist"
open_draft
keys y
expect "a failing copy says so, SIGCHLD ignored or not" "кодом 4: нет доступа к дисплею"
keys q
wait_exit >/dev/null

# One that works.
run "$(env_for copy)" "returns/chat/checklist"
open_draft
keys y
expect "copied" "Черновик скопирован в буфер обмена: xclip"
check "the command got the draft" \
	[ "$(cat "$tmp/copied.txt")" = "$("$bin" --draft returns/chat)" ]
keys q
st=$(wait_exit)
check "quits after the copy (got $st)" [ "$st" = 0 ]
finish
