# SPDX-License-Identifier: MIT
#
# checks.bash - the one helper library of the script tests. Every
# tests/*/*.sh runs as `bash SCRIPT /path/to/helpnav /path/to/source` and
# starts with
#     source "$(dirname "$0")/../lib/checks.bash"
# which sets bin (the program, absolute path), src (the source folder) and
# tmp (a temporary folder removed on exit, KEEP=1 keeps it; the pack cache
# and checklist drafts go into it, not into the user's ~/.cache and
# ~/.local/state), and gives:
#   ok WHAT, fail WHAT, check WHAT COMMAND..., finish   count and report
#   skip WHY                           exit 77: ctest shows "Skipped"
#   golden NAME RC ARGS..., in_pty     command-line golden files
#   start_shell, run, keys, expect, bar... helpnav in a private tmux server
# shellcheck shell=bash
set -u
export LC_ALL=C.UTF-8
unset NO_COLOR HELPNAV_PRINT_COMMAND
if [ $# -ge 2 ]; then
	bin=$(realpath "$1")
	src=$(cd "$2" && pwd)
fi
tmp=$(mktemp -d)
export HELPNAV_CACHE_DIR=$tmp/cache
# checklist drafts go here too, never into the user's ~/.local/state
export XDG_STATE_HOME=$tmp/state
# Printed sheets say when they were printed: a fixed time (sheet.h).
export HELPNAV_NOW=1796036400 TZ=UTC
passes=0
fails=0
# The tmux server's socket (a test may pick another before start_shell);
# tmux_on once start_shell has started it.
sock="helpnav-$(basename "$0" .sh)-$$"
tmux_on=""

cleanup() {
	[ -z "$tmux_on" ] || tm kill-server 2>/dev/null
	[ -n "${KEEP:-}" ] && { echo "kept: $tmp"; return; }
	chmod -R u+w "$tmp" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT

ok() {
	passes=$((passes + 1))
	echo "ok: $*"
}

# A failed check; with helpnav in tmux, the screen it failed on.
fail() {
	fails=$((fails + 1))
	echo "FAIL: $*"
	if [ -n "$tmux_on" ]; then
		echo "--- screen ---"
		screen
		echo "--------------"
	fi
}

check() { # WHAT COMMAND...
	local what=$1
	shift
	if "$@"; then ok "$what"; else fail "$what"; fi
}

# The summary line; exit 0 only when nothing failed.
finish() {
	echo "$(basename "$0"): $passes passed, $fails failed"
	[ "$fails" -eq 0 ]
	exit
}

# Something the test needs is not there: ctest shows the test as skipped
# (SKIP_RETURN_CODE 77), with the reason in its output.
skip() {
	echo "SKIP: $*"
	exit 77
}

# --- Command-line golden files ---------------------------------------------
# golden NAME RC ARGS... runs helpnav ARGS (stdin from /dev/null) and
# compares the exit status with RC, stdout with tests/cli/expected/NAME.out
# and stderr with NAME.err; a missing file means "must be empty". The
# temporary folder and the source folder are shown as TMP and SRC.
# UPDATE_GOLDEN=1 rewrites the expected files instead.
expected=${src:-}/tests/cli/expected
pack=${src:-}/tests/fixtures/pack-small
clipack=${src:-}/tests/fixtures/cli-pack

# The sheet's header names helpnav's version: VERSION in golden files.
version=$([ -n "${bin:-}" ] && "$bin" --version 2>/dev/null | sed -n '1s/^helpnav //p')
normalize() { # FILE
	sed -e "s|$tmp|TMP|g" -e "s|$src|SRC|g" \
		-e "s|helpnav ${version:-VERSION},|helpnav VERSION,|g" "$1"
}

# Returns 1 when they differ.
compare() { # NAME KIND(out|err) FILE
	local want=$expected/$1.$2
	if [ -n "${UPDATE_GOLDEN:-}" ]; then
		if [ -s "$3" ]; then
			normalize "$3" >"$want"
		else
			rm -f "$want"
		fi
		return 0
	fi
	if [ -f "$want" ]; then
		normalize "$3" | diff -u "$want" - >"$tmp/diff" && return 0
		fail "$1: std$2 differs"
		cat "$tmp/diff"
		return 1
	elif [ -s "$3" ]; then
		fail "$1: unexpected std$2:"
		cat "$3"
		return 1
	fi
}

golden() { # NAME RC ARGS...
	local name=$1 want_rc=$2 rc before=$fails
	shift 2
	"$bin" "$@" </dev/null >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ "$rc" -eq "$want_rc" ] ||
		fail "$name: exit $rc, expected $want_rc (helpnav $*)"
	compare "$name" out "$tmp/out"
	compare "$name" err "$tmp/err"
	[ "$fails" -ne "$before" ] || passes=$((passes + 1))
}

# Runs a shell command line inside a pseudo-terminal (util-linux script);
# its output goes to FILE.
in_pty() { # FILE COMMAND
	script -qec "$2" /dev/null </dev/null >"$1" 2>&1
}

# --- helpnav in a private tmux server ---------------------------------------
# helpnav runs from a shell in the pane, so after it exits the test can
# look at the terminal it left behind (stty, alternate screen, cursor).
# Every wait polls with a deadline; nothing sleeps a fixed time.

tm() { tmux -L "$sock" -f /dev/null "$@"; }

screen() { tm capture-pane -p -t main; }
screen_attr() { tm capture-pane -p -e -t main; }

# Starts a shell in a COLSxROWS pane, working in $tmp.
start_shell() {
	tmux_on=1
	tm new-session -d -s main -x "$1" -y "$2" \
		"cd '$tmp' && env -u NO_COLOR PS1='$ ' LC_ALL=C.UTF-8 sh"
	wait_for '$'
}

# run PREFIX ARGS: runs PREFIX helpnav ARGS (both already shell-quoted)
# in the pane; when it ends the shell prints EXIT=status (the quotes keep
# the typed command line from matching).
run() {
	tm send-keys -t main "clear; $1 '$bin' $2; echo \"EXIT\"\"=\$?\"" Enter
}

# Waits for helpnav to end; prints its exit status. The shell's EXIT=
# may follow what helpnav left on its line; the command line that run
# types never shows "EXIT=" (it is quoted in two parts).
wait_exit() {
	local deadline=$((SECONDS + ${1:-5})) st
	while [ $SECONDS -le $deadline ]; do
		st=$(screen | grep -o 'EXIT=[0-9]\+' | tail -n1)
		[ -n "$st" ] && { echo "${st#EXIT=}"; return 0; }
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

# The bottom line (the key bar), and whether it offers or lacks TEXT.
bar() { line $(($(tm display -p -t main '#{pane_height}') - 1)); }
bar_has() { [[ $(bar) == *"$1"* ]]; }
bar_lacks() { [[ $(bar) != *"$1"* ]]; }

# The number a menu shows before TITLE ("3" for " 3. Возврат и обмен").
menu_number() {
	screen | sed -n "s/^ *\([0-9]*\)\. $1\$/\1/p" | head -n1
}

# The position of the menu item TITLE among the items on screen, counted
# from 1 (items are numbered up to 9 and bulleted after that).
menu_position() {
	screen | awk -v t="$1" '
		/^ *([0-9]+\.|•) / { n++; s = $0
			sub(/^ *([0-9]+\.|•) +/, "", s)
			if (s == t) { print n; exit } }'
}

# Selects the menu item TITLE with j and opens it with Enter (a check
# fails when the menu has no such item).
open_item() { # open_item TITLE
	local n i
	n=$(menu_position "$1")
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

# --- Timing and a large pack ------------------------------------------------

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Milliseconds from sending KEY (a tmux key name) until the screen shows
# TEXT; -1 after 20 s.
ms_to() { # KEY TEXT
	local t0
	t0=$(now_ms)
	tm send-keys -t main "$1"
	ms_until "$t0" "$2"
}

# Whether MS (from ms_until: -1 when the text never came) is 0..MAX; for
# check, whose command must be one: `check WHAT [ A ] && [ B ]` would
# check A only.
within() { [ "$1" -ge 0 ] && [ "$1" -le "$2" ]; } # MS MAX

# Milliseconds from START (now_ms) until the screen shows TEXT (fixed
# string), looked at as often as tmux answers; -1 after 20 s.
ms_until() { # START TEXT
	while [[ $(screen) != *"$2"* ]]; do
		[ $(($(now_ms) - $1)) -gt 20000 ] && { echo -1; return; }
	done
	echo $(($(now_ms) - $1))
}

# The built-in pack's files plus 19,000 pages in DIR/zz.yaml: 3.9 MB, just
# under the 4 MB cap of a file, for searches that must take long.
near_pack() { # DIR
	mkdir -p "$1"
	cp "$src"/content/*.yaml "$1/"
	awk 'BEGIN { print "pages:"; for (i = 0; i < 19000; i++) {
		printf "  - id: p%d\n    title: Страница %d\n    body:\n", i, i
		print "      - note: Длинный текст о возврате товара и о том, как написать в чат поддержки." } }' \
		>"$1/zz.yaml"
}
