# SPDX-License-Identifier: MIT
# walk.sh - walking the tree by keys: main menu -> returns -> chat -> its
# checklist, back and forward (Latin and Russian layouts), help, quitting
# with q, and a start path given on the command line.
source "$(dirname "$0")/../lib/checks.bash"

# An unknown start path is an error that names the near matches.
out=$("$bin" returns/chta 2>&1 </dev/null)
st=$?
check "unknown path fails" [ "$st" -ne 0 ]
check "unknown path suggests returns/chat" grep -q "returns/chat" <<<"$out"

start_shell 100 30
run "" ""
expect "main menu" "Чем помочь?"
open_item "Возврат и обмен"
expect "category opened with j and Enter" "Куда обращаться"
check "breadcrumbs of the category" [ "$(line 0 | sed 's/ *$//')" = "Возврат и обмен" ]
n=$(menu_number "Чат в приложении Ozon")
keys "$n"
expect "channel opened by its digit" "Возврат и обмен › Чат в приложении Ozon"
expect "channel page has its steps" "Как связаться"
keys c
expect "checklist opened with c" "Возврат и обмен › Чат в приложении Ozon › Чек-лист"
expect "checklist items" "Подготовьте до обращения"

keys h
expect "h goes back to the channel" "Как связаться"
expect_not "no checklist crumb after back" "› Чек-лист"
keys Left
expect "Left goes back to the category" "Куда обращаться"
keys f
expect "f goes forward to the channel" "Как связаться"
keys а
expect "а (f under ЙЦУКЕН) goes forward to the checklist" "› Чек-лист"
keys р
expect "р (h under ЙЦУКЕН) goes back" "Как связаться"
expect_not "back from the checklist" "› Чек-лист"

keys '?'
expect "help screen" "Справка: клавиши"
expect "help is generated from the action table" "следующее совпадение"
expect "help lists each key's ЙЦУКЕН twin" "↑ k л"
expect "help names the twins from the table" "(й = q, о = j, л = k, р = h, д = l)"
keys BSpace
expect "Backspace leaves help" "Как связаться"

keys й
st=$(wait_exit)
check "й quits with status 0 (got $st)" [ "$st" = 0 ]
check "terminal restored after й" terminal_restored

# Start path: back walks up the tree from there.
run "" "returns/chat/checklist"
expect "start path opens the checklist" "Возврат и обмен › Чат в приложении Ozon › Чек-лист"
keys h
expect "back from a start path goes to its parent" "Как связаться"
keys h
expect "and then to the category" "Куда обращаться"
keys q
st=$(wait_exit)
check "q quits (got $st)" [ "$st" = 0 ]
finish
