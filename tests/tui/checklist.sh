# SPDX-License-Identifier: MIT
# checklist.sh - ticks, Cyrillic typed into a fill-in field, printing
# through --print-command into a file, saving (with the overwrite
# question), quitting with unsaved ticks, and --print-on-exit.
source "$(dirname "$0")/../lib/checks.bash"

start_shell 100 30
run "" "--print-command 'cat > printed.txt' returns/chat/checklist"
expect "checklist opened" "Подготовьте до обращения"

# The first item of the returns/chat checklist is the order number field.
keys Enter
expect "field editor opens" "Esc отменить"
type_text "12345 Иванов ёж"
keys Enter
expect "value shown in the list" "12345 Иванов ёж"
keys j
keys Space
expect "a tick" "[x] "
keys p
expect "printed message" "отправлен на печать"
# The renderer wraps at 80 columns: compare with the lines joined.
joined() { tr -s '\n ' '  ' <"$1"; }
check "print file has the field value" grep -q "12345 Иванов ёж" <<<"$(joined "$tmp/printed.txt")"
check "print file has the tick" grep -q -F "[x]" "$tmp/printed.txt"
check "print file names the channel" grep -q "Чат в приложении" "$tmp/printed.txt"

# Saving: default name in the prompt, then the overwrite question.
keys s
expect "save prompt with the default name" "checklist-returns-chat.txt"
keys Enter
expect "saved message, with the full path" "сохранён в $tmp/checklist-returns-chat.txt"
check "saved file has the value" grep -q "12345 Иванов ёж" <<<"$(joined "$tmp/checklist-returns-chat.txt")"
keys Space
expect "untick" "[ ] Суть проблемы"
keys s
keys Enter
expect "asks before overwriting" "уже есть. Заменить?"
keys н
expect "no keeps the file" "Не сохранено"

# A failing print command: clear message, the checklist is kept.
keys q
expect "q asks when ticks are not saved" "Выйти?"
keys н
expect "still running after no" "Подготовьте до обращения"
keys q
expect "asks again" "Выйти?"
keys д
st=$(wait_exit)
check "д quits (got $st)" [ "$st" = 0 ]

run "" "--print-command 'echo no printer >&2; exit 3' --print-on-exit returns/chat/checklist"
expect "checklist again" "Подготовьте до обращения"
expect "the last run's unsaved ticks are offered back" "Восстановить черновик от"
keys н
keys Enter
type_text "777"
keys Enter
keys p
expect "print failure is reported" "Печать не удалась"
expect "with the command's message" "no printer"
keys q
keys д
st=$(wait_exit)
check "quit (got $st)" [ "$st" = 0 ]
history=$(tm capture-pane -p -S - -t main | tr -s '\n ' '  ')
check "--print-on-exit leaves the checklist in the terminal" \
	grep -q "Возврат и обмен — Чат в приложении Ozon" <<<"$history"
check "with the typed value" grep -q "в письме) \[000, 001, 002, 003\] 777" <<<"$history"
finish
