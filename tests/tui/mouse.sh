# SPDX-License-Identifier: MIT
# mouse.sh - the mouse in the navigator: a click on a menu item opens it,
# the wheel scrolls a long page down and up again. The events are the
# xterm (X10) mouse reports a terminal sends, written into the pane as
# raw bytes: ESC [ M, then 32+button, 32+column, 32+row (1-based).
source "$(dirname "$0")/../lib/checks.bash"

# mouse_report BUTTON COLUMN ROW (0-based column and row, as tmux shows)
mouse_report() {
	tm send-keys -t main -H 1b 5b 4d \
		"$(printf '%x' $((32 + $1)))" \
		"$(printf '%x' $((33 + $2)))" \
		"$(printf '%x' $((33 + $3)))"
	settle
}
click() { mouse_report 0 "$1" "$2"; mouse_report 3 "$1" "$2"; }
wheel_down() { mouse_report 65 10 10; }
wheel_up() { mouse_report 64 10 10; }

# The 0-based screen row that shows TEXT first.
row_of() { screen | grep -n -F -m1 -- "$1" | cut -d: -f1 | awk '{print $1 - 1}'; }

start_shell 100 30
run "" ""
expect "main menu" "Чем помочь?"
check "mouse reporting is on while helpnav runs" \
	[ "$(tm display -p -t main '#{mouse_any_flag}')" = 1 ]
r=$(row_of "Возврат и обмен")
check "returns is on the screen" [ -n "$r" ]
click 10 "$r"
expect "a click opens the category" "Куда обращаться"
check "the crumbs name it" [ "$(line 0 | sed 's/ *$//')" = "Возврат и обмен" ]

keys q
st=$(wait_exit)
check "q quits" [ "$st" = 0 ]

# A long page: the hotline page is longer than the 28 body rows here.
run "" "ivr"
expect "the hotline page" "Горячая линия и её меню"
top=$(line 1)
wheel_down
wheel_down
check "the wheel scrolls down" [ "$(line 1)" != "$top" ]
wheel_up
wheel_up
check "and back up to the top" [ "$(line 1)" = "$top" ]
keys q
st=$(wait_exit)
check "q quits after mouse use" [ "$st" = 0 ]
check "terminal restored, mouse reporting off" terminal_restored
finish
