# SPDX-License-Identifier: MIT
# field.sh - the checklist's field editor: its label whole and wrapped at
# any width, the typed row kept on screen down to 30x10, Tab and
# Shift-Tab to the next and previous field (stopping at the ends), the
# line editor's keys (Ctrl-W, Ctrl-U, Home, End, arrows) on Cyrillic text
# with the cursor in columns, and the key bar offering the editor's keys.
source "$(dirname "$0")/../lib/checks.bash"

cursor_x() { tm display -p -t main '#{cursor_x}'; }
label="Номер заказа, если вопрос о покупке (в кабинете или в письме):"

start_shell 100 30
# Fields opened and left unchanged change nothing: no quit question.
run "" "returns/chat/checklist"
expect "checklist opened" "Подготовьте до обращения"
keys Enter
keys Tab
expect "Tab opens the next field" "[✎] Дата покупки"
keys Escape
keys q
st=$(wait_exit)
check "nothing typed, nothing to save: q quits at once (got $st)" [ "$st" = 0 ]

# Space ticks a field's item as any other, as the hint says («Пробел —
# отметить, Enter — заполнить поле»): no editor opens, so a key typed
# next (p) acts and does not go into the field.
run "" "returns/chat/checklist"
expect "checklist opened" "Пробел — отметить, Enter — заполнить поле"
keys Space
expect "Space ticks the field's item" "[x] Номер заказа"
expect_not "no editor opened" "Esc отменить"
keys Space
expect "Space again unticks it" "[ ] Номер заказа"
keys q
expect "quit asks" "Выйти?"
keys д
st=$(wait_exit)
check "quits (got $st)" [ "$st" = 0 ]

run "" "--print-command 'cat > printed.txt' returns/chat/checklist"
expect "checklist again" "Подготовьте до обращения"
expect_not "no draft offered: nothing was changed" "Восстановить черновик"
keys Enter
expect "the label whole at 100 columns" "[✎] $label"
expect_not "the label is not cut" "…:"
check "the key bar offers the editor's keys" bar_has "Tab след. поле"
check "and Shift-Tab" bar_has "Shift-Tab пред. поле"
check "and not the list's keys, which the editor takes as text" \
	bar_lacks "печать"

type_text "12345 Иванов Пётр"
keys C-w
expect "Ctrl-W deletes the word before the cursor" "     12345 Иванов"
expect_not "the word is gone" "Пётр"
keys Home
type_text "№"
keys End
type_text "ёж"
expect "Home and End move to either end" "     №12345 Иванов ёж"
keys Left Left
keys C-u
type_text "Заказ "
expect "Ctrl-U deletes what is before the cursor" "     Заказ ёж"
expect_not "and only that" "Иванов"
check "the cursor stands in columns, not bytes (got $(cursor_x))" \
	[ "$(cursor_x)" = 11 ]

keys Tab
expect "Tab saves the field" "[x] $label Заказ ёж"
expect "and edits the next field" "[✎] Дата покупки или события и другие детали:"
keys BTab
expect "Shift-Tab goes back, the value in the editor" "     Заказ ёж"
check "on the first field again" grep -qF "[✎] $label" <<<"$(screen)"
keys BTab
expect "Shift-Tab stops at the first field" "Это первое поле чек-листа"
check "the editor stays open" grep -qF "[✎] $label" <<<"$(screen)"
for _ in 1 2 3 4 5 6 7 8; do keys Tab; done
expect "Tab stops at the last field" "Это последнее поле чек-листа"
check "its editor stays open" grep -qF "[✎] " <<<"$(screen)"
keys Escape
expect "Esc closes the editor" "[ ] Суть проблемы"
check "the list's keys are back in the bar" bar_has "печать"

# Narrow windows: the label wraps whole, the row typed in stays on screen.
keys Home
keys Enter
expect "the first field's editor again" "     Заказ ёж"
tm resize-window -t main -x 40 -y 12
expect "at 40x12 the label wraps" "покупке (в кабинете или в письме):"
expect "the typed row is on screen" "     Заказ ёж"
check "the bar keeps Enter at 40 columns" bar_has "Enter сохранить"
tm resize-window -t main -x 30 -y 10
expect "at 30x10 the typed row is still on screen" "     Заказ ёж"
type_text "1"
expect "and typing still goes into it" "     Заказ ёж1"
tm resize-window -t main -x 100 -y 30
expect "back at 100x30" "[✎] $label"
keys Enter
expect "Enter saves" "[x] $label Заказ ёж1"

keys p
expect "printed" "отправлен на печать"
check "the printed sheet has the value" \
	grep -q "Заказ ёж1" <<<"$(tr -s '\n ' '  ' <"$tmp/printed.txt")"
keys q
st=$(wait_exit)
check "printed: q quits at once (got $st)" [ "$st" = 0 ]
finish
