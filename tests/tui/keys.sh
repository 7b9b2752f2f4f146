# SPDX-License-Identifier: MIT
# keys.sh - keys as people expect them: q and Esc close help, Esc leaves
# a page, digits open menu items 1-9 only (later items carry no number),
# digits on a checklist tick nothing, c opens the selected channel's
# checklist from a category, and the key bar offers only keys that work
# here and keeps ? and q when it is short of room.
source "$(dirname "$0")/../lib/checks.bash"

start_shell 100 30
run "" ""
expect "main menu" "Чем помочь?"
check "no «назад» on the main menu" bar_lacks "назад"
check "no c on the main menu (no channel selected)" bar_lacks "чек-лист"
check "item 9 carries its number" grep -q "^ 9\. " <<<"$(screen)"
check "item 10 carries no number" grep -q "^ •  Общие вопросы" <<<"$(screen)"

keys '?'
expect "help opened" "Справка: клавиши"
expect "help says how to close it" "закрыть справку"
keys q
expect "q closes help" "Чем помочь?"
keys '?'
expect "help again" "Справка: клавиши"
keys Escape
expect "Esc closes help" "Чем помочь?"

n=$(menu_number "Возврат и обмен")
keys "$n"
expect "a digit opens its item" "Куда обращаться"
check "the category offers c: a channel is selected" bar_has "чек-лист"
keys c
expect "c opens the selected channel's checklist" "› Чек-лист"
keys 1
expect "a digit on a checklist explains itself" "нет номеров"
expect_not "the digit ticked nothing" "[x]"
keys Escape
expect "Esc goes back from the checklist" "Куда обращаться"
keys Enter
expect "channel page" "Как связаться"
check "a channel page offers c" bar_has "чек-лист"
keys Escape
expect "Esc goes back from a page" "Куда обращаться"

# An info page has no checklist: no c in its bar.
keys m
expect "main menu by m" "Чем помочь?"
keys End k
keys Enter
expect "the list of all channels" "Все каналы связи"
keys Escape
keys End
keys Enter
expect "sources page" "Откуда взяты утверждения"
check "no c on the sources page" bar_lacks "чек-лист"
keys q
wait_exit >/dev/null

# 40 columns: the bar drops words, never ? and q.
tm resize-window -t main -x 40 -y 12
run "" "returns/chat/checklist"
expect "checklist at 40x12" "Чек-лист"
check "the bar keeps ? at 40 columns" bar_has "? справка"
check "the bar keeps q at 40 columns" bar_has "q выход"
keys q
wait_exit >/dev/null

# and at the smallest size drawn, with «↓ ещё N» beside them
tm resize-window -t main -x 30 -y 8
run "" "returns/chat/checklist"
expect "checklist at 30x8" "Чек-лист"
check "the bar keeps ? at 30 columns" bar_has "? справка"
check "the bar keeps q at 30 columns" bar_has "q выход"
keys q
wait_exit >/dev/null
finish
