# SPDX-License-Identifier: MIT
# visible.sh - the selection stays on screen: after a resize, at the
# smallest sizes and at the end of a list, Enter and Space act on the
# item the user sees highlighted, never on one scrolled away.
source "$(dirname "$0")/../lib/checks.bash"

# The highlighted row in reverse video: the text of the selected item.
# tmux shows reverse as ESC[7m or ESC[0;7m; print the rows that carry it.
selected() {
	screen_attr | grep -E $'\e\\[([0-9]*;)*7m' | sed 's/\x1b\[[0-9;]*m//g'
}
# Polls: a resize reaches helpnav a moment after tmux has made it.
selected_has() {
	local deadline=$((SECONDS + 5))
	while [ $SECONDS -le $deadline ]; do
		[[ $(selected) == *"$1"* ]] && return 0
		sleep 0.05
	done
	return 1
}

# Resizes to COLSxROWS; TEXT (part of the selected item) must still be
# on screen, selected.
keeps_selection() { # WHAT COLS ROWS TEXT
	tm resize-window -t main -x "$2" -y "$3"
	settle
	check "$1" selected_has "$4"
}

start_shell 100 30
run "" ""
expect "main menu" "Чем помочь?"
keys End
check "End selects the last menu item" selected_has "Источники"
keeps_selection "after 100x30 -> 40x12 the selection is on screen" 40 12 "Источники"
keys Enter
expect "Enter opens the item shown selected" "Откуда взяты утверждения"
keys h
expect "back at the menu" "helpnav: помощь покупателю Ozon"
check "back keeps the selection on screen" selected_has "Источники"
keys q
wait_exit >/dev/null

# A checklist: the last item selected at 100x30, the window shrinks,
# Space ticks that item and no other.
tm resize-window -t main -x 100 -y 30
run "" "returns/chat/checklist"
expect "checklist opened" "Подготовьте до обращения"
keys End
last=$(selected | sed -n '1s/^ *\[ \] //p' | cut -c1-20)
check "End selects an item of the checklist" [ -n "$last" ]
keeps_selection "after the shrink the last item is on screen" 40 12 "$last"
keys Space
check "Space ticked the item shown" selected_has "[x]"
keys q
expect "quit asks about the tick" "Отметки в чек-листе не"
keys д
wait_exit >/dev/null

# 80x24 -> 60x20 on the menu, item chosen with k from the end.
tm resize-window -t main -x 80 -y 24
run "" ""
expect "main menu at 80x24" "Чем помочь?"
expect "the menu says how many items are below" "↓ ещё "
keys End k
expect_not "none below at the end" "↓ ещё"
sel=$(selected | head -n1 | sed 's/^ *[0-9]*\. //')
check "an item is selected near the end" [ -n "$sel" ]
keeps_selection "after 80x24 -> 60x20 the same item is on screen" 60 20 "$sel"
keys q
wait_exit >/dev/null

# A long page shows how far down it is, as less does.
run "" "returns/chat"
expect "a channel page" "Как связаться"
check "a percentage at the end of the key bar" grep -Eq '↓ [0-9]+%$' <<<"$(line 19)"
keys End
check "no percentage at the end of the page" grep -Evq '↓ [0-9]+%$' <<<"$(line 19)"
keys q
wait_exit >/dev/null

# 30x10: a checklist opens (without the draft of the ticks above) with
# its first item on screen and selected.
rm -rf "$XDG_STATE_HOME"
tm resize-window -t main -x 30 -y 10
run "" "returns/chat/checklist"
expect "checklist at 30x10" "Чек-лист"
check "at 30x10 the first item is on screen and selected" selected_has "[ ] Номер"
keys Enter
expect "Enter opens the field shown" "Enter сохранить"
keys Escape
keys q
wait_exit >/dev/null

# Search results: 100x30 -> 80x12 with the last result selected.
tm resize-window -t main -x 100 -y 30
run "" ""
expect "menu" "Чем помочь?"
keys /
type_text "чат"
keys Enter
expect "results" "совпадени"
keys End
hit=$(selected | head -n1 | sed 's/^ *//')
check "End selects the last result" [ -n "$hit" ]
keeps_selection "after 100x30 -> 80x12 the last result is on screen" 80 12 "${hit%% *}"
keys Enter
expect_not "Enter left the results for the hit" "совпадени"

# PgDn reaches the end of a list.
tm resize-window -t main -x 100 -y 30
keys q
wait_exit >/dev/null
run "" "returns/chat/checklist"
expect "checklist again" "Подготовьте до обращения"
keys NPage NPage NPage NPage NPage NPage
end1=$(selected)
keys End
check "PgDn reaches the last item as End does" [ "$end1" = "$(selected)" ]
keys q
wait_exit >/dev/null
finish
