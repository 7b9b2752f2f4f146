# SPDX-License-Identifier: MIT
# progress.sh - a checklist's top line says how many items are done
# («отмечено N из M»: ticks and filled fields) and whether there are
# changes not yet printed or saved («● не сохранено»), text typed into
# an open field included; printing clears the mark, a restored draft
# brings it back; shorter forms at 40x12 and 30x10, ASCII with --ascii.
source "$(dirname "$0")/../lib/checks.bash"

top() { line 0; }
top_has() { [[ $(top) == *"$1"* ]]; }
top_lacks() { [[ $(top) != *"$1"* ]]; }

# The number of items, from the batch mode's sheet.
all=$("$bin" --checklist returns/chat | grep -c '\[ \]')
check "returns/chat has items ($all)" [ "$all" -gt 3 ]

start_shell 100 30
run "" "--print-command 'cat > printed.txt' returns/chat/checklist"
expect "checklist" "Подготовьте до обращения"
expect "nothing done yet" "отмечено 0 из $all"
check "no unsaved mark on a fresh checklist" top_lacks "не сохранено"
check "the breadcrumbs are still there" top_has "› Чек-лист"

keys j
keys Space
expect "a tick counts" "отмечено 1 из $all · ● не сохранено"
keys k
keys Enter
type_text "555"
expect "text typed into the open field is unsaved" "● не сохранено"
check "but not counted before it is kept" top_has "отмечено 1 из"
keys Enter
expect "a filled field counts" "отмечено 2 из $all · ● не сохранено"
keys j
keys Space
expect "unticking uncounts" "отмечено 1 из $all"

keys p
expect "printed" "отправлен на печать"
check "printing clears the mark" top_has "отмечено 1 из $all"
check "no unsaved mark after printing" top_lacks "не сохранено"

keys Space
expect "a change after printing is unsaved again" "отмечено 2 из $all · ● не сохранено"
tm resize-window -t main -x 40 -y 12
expect "at 40x12 a shorter form" "2 из $all · ● не сохранено"
check "the breadcrumbs keep their end" top_has "Чек-лист"
tm resize-window -t main -x 30 -y 10
expect "at 30x10 the count and the mark" "2 из $all ●"
check "still with the breadcrumbs' end" top_has "Чек-лист"
tm resize-window -t main -x 100 -y 30
keys q
expect "unsaved: q asks" "Выйти?"
keys y
st=$(wait_exit)
check "quit without saving (got $st)" [ "$st" = 0 ]

# The draft restored is not saved anywhere yet: the mark is back.
run "" "--ascii returns/chat/checklist"
expect "the draft is offered" "Восстановить черновик"
keys y
expect "restored: the count and the mark, in ASCII" "отмечено 2 из $all - * не сохранено"
keys '?'
keys G
expect "help explains the marks" "«* не сохранено»"
keys q
keys q
keys y
st=$(wait_exit)
check "quit (got $st)" [ "$st" = 0 ]
finish
