# SPDX-License-Identifier: MIT
# save_slow.sh - saving a checklist never freezes the navigator: the file
# is written off the UI thread. A slow disk is made by an LD_PRELOAD shim
# (tests/hostile/slow_fsync.c) whose fsync of files under «slowdir» takes
# 3 s more, and a look at a name there (lstat) 1 s more. «Сохраняю… Esc —
# отменить» at once, also when the file is there and the look that finds
# it is slow (the question comes after it), keys answered while it
# writes, the file saved when the write ends; Esc during the write stops
# the save: the file already there stays as it was and nothing is left
# behind. The checklist's draft, written at every change, goes apart
# from the screen too.
# Times are wall clock through tmux; the machine may be busy, so the
# bound (MAX_MS) is generous next to the 3 s the write takes.
source "$(dirname "$0")/../lib/checks.bash"
MAX_MS=1000
SLOW_MS=3000
shim=$(dirname "$bin")/tests/libslow-fsync.so
[ -f "$shim" ] || skip "the shim $shim is not built"
mkdir -p "$tmp/slowdir"
file=$tmp/slowdir/лист.txt
# ASan's runtime wants to come first; the shim only wraps fsync
slow="env LD_PRELOAD='$shim' SLOW_FSYNC_MATCH=slowdir SLOW_FSYNC_MS=$SLOW_MS SLOW_LSTAT_MS=1000 ASAN_OPTIONS=verify_asan_link_order=0"

start_shell 100 30
run "$slow" "returns/chat/checklist"
expect "checklist opened" "Подготовьте до обращения"
keys j
keys Space
expect "a tick" "[x] "

keys s
expect "save prompt" "Сохранить в файл:"
keys C-u
type_text "$file"
t0=$(now_ms)
at=$(ms_to Enter "Сохраняю…")
check "«Сохраняю…» at once ($at ms)" within "$at" $MAX_MS
expect "…with the key that stops it" "Сохраняю… Esc — отменить"
tm send-keys -t main j
expect "a key while it writes is answered" "Сохраняю… Esc — отменить"
expect "saved once the write ends" "Чек-лист сохранён в $file" 15
took=$(($(now_ms) - t0))
echo "   the slow save took $took ms"
check "the write was slow, as the shim makes it ($took ms)" \
	[ "$took" -ge $((SLOW_MS - 500)) ]
check "the file has the tick" grep -q -F "[x]" "$file"
cp "$file" "$tmp/first.txt"

# Another tick, saved over it, and Esc while the file is written.
keys j # the date's field
keys j
keys Space
expect "two ticks" "отмечено 2 из"
keys s
expect "save prompt again, the name offered" "Сохранить в файл: $file"
at=$(ms_to Enter "Сохраняю…")
check "«Сохраняю…» at once while a slow look finds the file ($at ms)" \
	within "$at" $MAX_MS
expect "it asks before replacing" "уже есть. Заменить?" 15
keys д
expect "saving" "Сохраняю… Esc — отменить"
at=$(ms_to Escape "Останавливаю…")
check "Esc answered at once ($at ms)" within "$at" $MAX_MS
expect "the save is stopped once the write ends" \
	"Сохранение отменено: файл $file не записан" 15
check "the file is as the first save left it" cmp -s "$file" "$tmp/first.txt"
check "no temporary file is left behind" \
	[ "$(find "$tmp/slowdir" -type f | wc -l)" = 1 ]
keys q
expect "still unsaved: quit asks" "Выйти?"
keys д
st=$(wait_exit)
check "exits (got $st)" [ "$st" = 0 ]

# The checklist's draft, written at every change, on a slow disk too
# (its folder under $XDG_STATE_HOME): a tick is on screen at once, the
# draft follows, and quitting waits for the last one.
drafts() { find "$tmp/state" -type f -name 'draft-*' ! -name '*~' 2>/dev/null; }
ticks() { # the ticks in the draft
	local f
	f=$(drafts)
	if [ -n "$f" ]; then grep -c '^x ' "$f"; else echo 0; fi
}
slow="env LD_PRELOAD='$shim' SLOW_FSYNC_MATCH=state/helpnav SLOW_FSYNC_MS=$SLOW_MS ASAN_OPTIONS=verify_asan_link_order=0"
run "$slow" "returns/chat/checklist"
expect "the last session's draft is offered" "Восстановить черновик"
keys н
expect "declined" "Черновик отклонён"
keys j
at=$(ms_to Space "[x] ")
check "a tick on screen at once, its draft written apart ($at ms)" \
	within "$at" $MAX_MS
for _ in $(seq 200); do [ "$(ticks)" = 1 ] && break; sleep 0.05; done
check "the draft holds the tick once written" [ "$(ticks)" = 1 ]
keys j
keys j
keys Space
expect "a second tick" "отмечено 2 из"
keys q
expect "quit asks" "Выйти?"
keys д
st=$(wait_exit 15)
check "exits after the draft is written (got $st)" [ "$st" = 0 ]
check "the draft has both ticks: nothing lost by quitting" [ "$(ticks)" = 2 ]
finish
