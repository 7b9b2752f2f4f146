# print_default.sh - `p` with no --print-command and no
# HELPNAV_PRINT_COMMAND: the checklist goes to `lp` found on PATH (here a
# stand-in script first on PATH, as CUPS cannot run in a test), and with
# no lp on PATH the navigator says how to print instead, keeping the list.
. "$(dirname "$0")/lib.sh" "$@"

mkdir -p "$WORK/bin" "$WORK/empty"
cat >"$WORK/bin/lp" <<'LP'
#!/bin/sh
echo "args: $*" >lp-args.txt
cat >lp-out.txt
LP
chmod +x "$WORK/bin/lp"

start_shell 100 30
run "env PATH='$WORK/bin:/usr/bin:/bin'" "returns/chat/checklist"
expect "checklist opened" "Подготовьте до обращения"
keys j
keys Space
expect "a tick" "[x] "
keys p
expect "printed through lp" "отправлен на печать"
check "lp got the checklist on its input" \
	grep -q "^Возврат и обмен — Чат в приложении Ozon$" "$WORK/lp-out.txt"
check "with the tick" grep -q -F "[x]" "$WORK/lp-out.txt"
check "lp ran with no arguments" grep -qx "args: " "$WORK/lp-args.txt"
# printed ticks are not unsaved work: q quits without asking
keys q
st=$(wait_exit)
check "quit (got $st)" [ "$st" = 0 ]

rm -f "$WORK/lp-out.txt"
run "env PATH='$WORK/empty'" "returns/chat/checklist"
expect "checklist opened again" "Подготовьте до обращения"
keys p
expect "no lp: says so" "lp не найден"
check "nothing was printed" [ ! -e "$WORK/lp-out.txt" ]
expect "the checklist is still there" "Подготовьте до обращения"
keys q
st=$(wait_exit)
check "quit (got $st)" [ "$st" = 0 ]
finish
