# SPDX-License-Identifier: MIT
# print_default.sh - `p` with no --print-command and no
# HELPNAV_PRINT_COMMAND: the checklist goes to `lp` found on PATH (here a
# stand-in script first on PATH, as CUPS cannot run in a test), and with
# no lp on PATH the navigator says how to print instead, keeping the list.
source "$(dirname "$0")/../lib/checks.bash"

mkdir -p "$tmp/bin" "$tmp/empty"
cat >"$tmp/bin/lp" <<'LP'
#!/bin/sh
echo "args: $*" >lp-args.txt
cat >lp-out.txt
LP
chmod +x "$tmp/bin/lp"

start_shell 100 30
run "env PATH='$tmp/bin:/usr/bin:/bin'" "returns/chat/checklist"
expect "checklist opened" "Подготовьте до обращения"
keys j
keys Space
expect "a tick" "[x] "
keys p
expect "printed through lp" "отправлен на печать"
check "lp got the checklist on its input" \
	grep -q "^Возврат и обмен — Чат в приложении Ozon$" "$tmp/lp-out.txt"
check "with the tick" grep -q -F "[x]" "$tmp/lp-out.txt"
check "lp ran with no arguments" grep -qx "args: " "$tmp/lp-args.txt"
# printed ticks are not unsaved work: q quits without asking
keys q
st=$(wait_exit)
check "quit (got $st)" [ "$st" = 0 ]

rm -f "$tmp/lp-out.txt"
run "env PATH='$tmp/empty'" "returns/chat/checklist"
expect "checklist opened again" "Подготовьте до обращения"
keys p
expect "no lp: says so" "lp не найден"
check "nothing was printed" [ ! -e "$tmp/lp-out.txt" ]
expect "the checklist is still there" "Подготовьте до обращения"
keys q
st=$(wait_exit)
check "quit (got $st)" [ "$st" = 0 ]
finish
