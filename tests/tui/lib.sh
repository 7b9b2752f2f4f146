# lib.sh - drive helpnav inside a private tmux server (sourced by the
# tests/tui/*.sh scripts, which are run as `bash SCRIPT HELPNAV SOURCE`).
#
# helpnav runs from a shell in the pane, so after it exits the test can
# look at the terminal it left behind (stty, alternate screen, cursor).
# Every wait polls with a deadline; nothing sleeps a fixed time.

set -u
HELPNAV=$(realpath "$1")
SRC=$2
export LC_ALL=C.UTF-8
unset NO_COLOR HELPNAV_PRINT_COMMAND
SOCK="helpnav-$(basename "$0" .sh)-$$"
WORK=$(mktemp -d)
FAILS=0
PASSES=0

tm() { tmux -L "$SOCK" -f /dev/null "$@"; }

cleanup() {
	tm kill-server 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT

ok() { PASSES=$((PASSES + 1)); echo "ok: $*"; }
fail() {
	FAILS=$((FAILS + 1))
	echo "FAIL: $*"
	echo "--- screen ---"
	screen
	echo "--------------"
}
check() { # check DESCRIPTION COMMAND...
	local what=$1
	shift
	if "$@"; then ok "$what"; else fail "$what"; fi
}
finish() {
	echo "$PASSES passed, $FAILS failed"
	[ "$FAILS" -eq 0 ]
	exit
}

screen() { tm capture-pane -p -t main; }
screen_attr() { tm capture-pane -p -e -t main; }

# Starts a shell in a COLSxROWS pane, working in $WORK.
start_shell() {
	tm new-session -d -s main -x "$1" -y "$2" \
		"cd '$WORK' && env -u NO_COLOR PS1='$ ' LC_ALL=C.UTF-8 sh"
	wait_for '$'
}

# run PREFIX ARGS: runs PREFIX helpnav ARGS (both already shell-quoted)
# in the pane; when it ends the shell prints EXIT=status (the quotes keep
# the typed command line from matching).
run() {
	tm send-keys -t main "clear; $1 '$HELPNAV' $2; echo \"EXIT\"\"=\$?\"" Enter
}

# Waits for helpnav to end; prints its exit status.
wait_exit() {
	local deadline=$((SECONDS + ${1:-5})) st
	while [ $SECONDS -le $deadline ]; do
		st=$(screen | sed -n 's/^EXIT=\([0-9]*\)$/\1/p' | tail -n1)
		[ -n "$st" ] && { echo "$st"; return 0; }
		sleep 0.05
	done
	echo none
	return 1
}

# Poll the screen until it contains TEXT (fixed string) and has stopped
# changing for a moment; deadline in seconds (default 5).
wait_for() {
	local text=$1 deadline=$((SECONDS + ${2:-5})) prev="" cur
	while [ $SECONDS -le $deadline ]; do
		cur=$(screen)
		if [[ $cur == *"$text"* ]]; then
			[ "$cur" = "$prev" ] && return 0
			prev=$cur
		else
			prev=""
		fi
		sleep 0.05
	done
	return 1
}

# Poll until TEXT is gone from the screen.
wait_gone() {
	local text=$1 deadline=$((SECONDS + ${2:-5}))
	while [ $SECONDS -le $deadline ]; do
		[[ $(screen) != *"$text"* ]] && return 0
		sleep 0.05
	done
	return 1
}

# Poll until the screen stops changing (after keys with no new text).
settle() {
	local deadline=$((SECONDS + 5)) prev="" cur
	while [ $SECONDS -le $deadline ]; do
		cur=$(screen)
		[ "$cur" = "$prev" ] && return 0
		prev=$cur
		sleep 0.05
	done
}

keys() { tm send-keys -t main "$@"; settle; }
type_text() { tm send-keys -t main -l "$1"; settle; }

expect() { # expect DESCRIPTION TEXT [timeout]
	if wait_for "$2" "${3:-5}"; then ok "$1"; else fail "$1 (wanted: $2)"; fi
}
expect_not() { # expect_not DESCRIPTION TEXT
	if [[ $(screen) != *"$2"* ]]; then ok "$1"; else
		fail "$1 (unwanted: $2)"; fi
}

# Line N (0-based) of the screen.
line() { screen | sed -n "$(($1 + 1))p"; }

# The number a menu shows before TITLE ("3" for " 3. Возврат и обмен").
menu_number() {
	screen | sed -n "s/^ *\([0-9]*\)\. $1\$/\1/p" | head -n1
}

# Selects the menu item TITLE with j and opens it with Enter (a check
# fails when the menu has no such item).
open_item() { # open_item TITLE
	local n i
	n=$(menu_number "$1")
	check "«$1» is in the menu" [ -n "$n" ]
	for ((i = 1; i < ${n:-1}; i++)); do keys j; done
	keys Enter
}

# After helpnav has exited in the pane: is the terminal sane again?
terminal_restored() {
	local flags
	flags=$(tm display -p -t main '#{alternate_on} #{cursor_flag} #{mouse_any_flag}')
	[ "$flags" = "0 1 0" ] || { echo "tmux flags: $flags"; return 1; }
	tm send-keys -t main "clear; stty -a | tr ' ' '\n' | grep -x -e icanon -e echo | tr '\n' ' '; echo STTY\"\"-DONE" Enter
	wait_for "STTY-DONE" || return 1
	screen | grep -q "icanon echo STTY-DONE"
}

# Run directly (ctest runs every tests/tui/*.sh), the helpers test
# themselves: waits must find what is there and give up on what is not.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	absent_times_out() { ! wait_for "нет такого текста" 1; }
	start_shell 40 10
	tm send-keys -t main "echo ПРИВЕТ\"\"-МИР" Enter
	check "wait_for sees Cyrillic output" wait_for "ПРИВЕТ-МИР"
	check "wait_for gives up at its deadline" absent_times_out
	run "" "--help >/dev/null"
	check "run reports the exit status" [ "$(wait_exit)" = 0 ]
	finish
fi
