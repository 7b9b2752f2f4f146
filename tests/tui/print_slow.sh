# SPDX-License-Identifier: MIT
# print_slow.sh - printing never freezes the navigator: «Печать…» at
# once, keys answered while the command runs, Esc kills the command (its
# whole process group) and keeps the ticks and their draft; a failing
# command says why and keeps them; a command that prints clears them.
# Times are wall clock through tmux; the machine may be busy, so the
# bound (MAX_MS) is generous next to the command's 3 s.
source "$(dirname "$0")/../lib/checks.bash"
MAX_MS=1000

drafts() { find "$tmp/state" -type f 2>/dev/null | wc -l; }

# The slow printer: notes its shell's pid, then takes 3 s.
cat >"$tmp/slow-lp" <<'LP'
#!/bin/sh
echo $$ >slow-lp.pid
sleep 3
cat >printed.txt
LP
chmod +x "$tmp/slow-lp"

start_shell 100 30
run "" "--print-command '$tmp/slow-lp' returns/chat/checklist"
expect "checklist opened" "Подготовьте до обращения"
keys j
keys Space
expect "a tick" "[x] "
check "the tick is kept as a draft" [ "$(drafts)" = 1 ]
t0=$(now_ms)
tm send-keys -t main p
at=$(ms_until "$t0" "Печать…")
check "«Печать…» at once ($at ms)" within "$at" $MAX_MS
expect "…with the key that cancels it" "Печать… Esc — отменить"
# wait for the command to be running, then a key: answered, not queued
for _ in $(seq 100); do [ -s "$tmp/slow-lp.pid" ] && break; sleep 0.05; done
check "the print command runs" [ -s "$tmp/slow-lp.pid" ]
tm send-keys -t main j
expect "a key while it prints is answered" "Печать… Esc — отменить"
t0=$(now_ms)
tm send-keys -t main Escape
at=$(ms_until "$t0" "Печать отменена")
check "Esc cancels within $MAX_MS ms ($at ms)" within "$at" $MAX_MS
expect "the list is kept" "Чек-лист цел"
pid=$(cat "$tmp/slow-lp.pid")
# killed: gone, or a zombie its new parent has not reaped yet
dead() { local st; st=$(ps -o stat= -p "$1"); [ -z "$st" ] || [[ $st == Z* ]]; }
check "the command was killed (its process group)" dead "$pid"
sleep 3.5 # past the command's own end: it must not print after all
check "nothing was printed" [ ! -e "$tmp/printed.txt" ]
check "the draft is kept" [ "$(drafts)" = 1 ]
keys q
expect "the ticks are still unsaved: quit asks" "Выйти?"
keys д
st=$(wait_exit)
check "exits (got $st)" [ "$st" = 0 ]

# A failing command: why, and the list kept.
run "" "--print-command 'echo нет бумаги >&2; exit 3' returns/chat/checklist"
expect "the draft is offered back" "Восстановить черновик"
keys д
expect "checklist again, the tick restored" "[x] "
keys p
expect "a failed print says so" "Печать не удалась"
expect "…with the exit status and the command's words" "кодом 3: нет бумаги"
check "the draft is kept after a failure" [ "$(drafts)" = 1 ]
keys q
expect "after a failure quit asks" "Выйти?"
keys д
wait_exit >/dev/null

# A command that prints: the sheet printed, the list clean, its draft gone.
run "" "--print-command 'cat >printed.txt' returns/chat/checklist"
expect "the draft is offered back again" "Восстановить черновик"
keys д
expect "checklist a third time, the tick restored" "[x] "
keys p
expect "printed" "отправлен на печать" 10
check "the sheet with the tick" grep -q -F "[x]" "$tmp/printed.txt"
check "the draft is gone once printed" [ "$(drafts)" = 0 ]
keys q
st=$(wait_exit)
check "printed ticks: q quits without asking (got $st)" [ "$st" = 0 ]
finish
