# SPDX-License-Identifier: MIT
# output.sh - output that fails: -o /dev/full, a read-only folder (root
# ignores file modes, so the folder is made immutable with chattr +i; the
# test says SKIP for that part when the file system has no such flag), a
# target that exists (the TUI asks), a print command that fails or hangs.
# Each gives a clear message, leaves no partial or temporary file, and the
# checklist in the TUI is not lost.
source "$(dirname "$0")/../lib/checks.bash"
RO=$tmp/ro
mkdir -p "$RO"
immutable=0
chattr +i "$RO" 2>/dev/null && ! touch "$RO/probe" 2>/dev/null && immutable=1
cleanup_ro() { chattr -i "$RO" 2>/dev/null; cleanup; }
trap cleanup_ro EXIT

"$bin" --checklist=returns/chat -o /dev/full >"$tmp/out" 2>"$tmp/err"
st=$?
check "-o /dev/full: exit 2 (got $st)" [ "$st" = 2 ]
check "-o /dev/full: refused, names it" grep -q "/dev/full" "$tmp/err"

if [ $immutable = 1 ]; then
	"$bin" --checklist=returns/chat -o "$RO/list.txt" 2>"$tmp/err"
	st=$?
	check "read-only folder: exit 2 (got $st)" [ "$st" = 2 ]
	check "read-only folder: names the folder" grep -q "в папке «$RO»" "$tmp/err"
	check "read-only folder: nothing left in it" [ -z "$(ls -A "$RO")" ]
else
	echo "SKIP: chattr +i unsupported here: no read-only folder case"
fi

# An existing target with -o is replaced atomically (it is a batch run the
# user asked for); no temporary files stay next to it.
echo старое >"$tmp/list.txt"
"$bin" --checklist=returns/chat -o "$tmp/list.txt"
check "-o replaces an existing file" grep -q "Номер заказа" "$tmp/list.txt"
# (temporary files are ".NAME.XXXXXX" next to the target)
check "-o leaves no temporary file" [ "$(find "$tmp" -mindepth 1 -maxdepth 1 -name '.*' | wc -l)" = 0 ]

# The TUI: a hanging print command is cut off after its timeout (30 s,
# TUI_PRINT_TIMEOUT_MS) with a message; a failing save says why; the
# ticks survive all of it.
start_shell 100 30
# A sleep no other run of this test (another checkout, the same machine)
# has: the check below looks for it among all processes.
hang="sleep 6071$$"
run "" "--print-command '$hang' returns/chat/checklist"
expect "checklist opened" "Подготовьте до обращения"
keys j
keys Space
expect "a tick" "[x] "
keys p
expect "hanging print: «Печать…» meanwhile" "Печать…"
expect "hanging print: timed out with a message" "Печать не удалась" 45
expect "hanging print: the message names the timeout" "не завершилась за 30000 мс"
# (SIGKILL is delivered asynchronously: poll for the sleep to be gone)
sleep_gone() {
	local deadline=$((SECONDS + 5))
	while [ $SECONDS -le $deadline ]; do
		pgrep -x -f "$hang" >/dev/null || return 0
		sleep 0.05
	done
	return 1
}
check "hanging print: the sleep was killed" sleep_gone
check "hanging print: the tick is still there" grep -q "\[x\] " <<<"$(screen)"
if [ $immutable = 1 ]; then
	keys s
	keys C-u
	type_text "$RO/list.txt"
	keys Enter
	expect "save into a read-only folder: says why" "Не удалось сохранить"
	check "nothing left in the read-only folder" [ -z "$(ls -A "$RO")" ]
fi
echo старое >"$tmp/old.txt"
keys s
keys C-u
type_text "old.txt"
keys Enter
expect "save to an existing target asks first" "уже есть. Заменить?"
keys н
expect "not replaced" "Не сохранено"
keys s
keys C-u
type_text "/dev/full"
keys Enter
expect "save to /dev/full: refused, says why" "Не удалось сохранить: «/dev/full» — не обычный файл"
check "after both failures the tick is still there" grep -q "\[x\] " <<<"$(screen)"
keys s
keys C-u
type_text "checklist-returns-chat.txt"
keys Enter
expect "a good save still works" "сохранён в $tmp/checklist-returns-chat.txt"
check "the saved file has the tick" grep -q "\[x\]" "$tmp/checklist-returns-chat.txt"
check "no temporary files left in the folder" \
	[ "$(find "$tmp" -mindepth 1 -maxdepth 1 -name '.*' | wc -l)" = 0 ]
keys q
st=$(wait_exit)
check "exits (got $st)" [ "$st" = 0 ]
finish
