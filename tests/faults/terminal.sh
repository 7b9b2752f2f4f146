# SPDX-License-Identifier: MIT
# terminal.sh - the terminal under stress: SIGTERM, SIGINT, SIGHUP and a
# crash (kill -SEGV: the handler must restore the terminal before dying)
# leave the tty modes sane (stty -a in the pane's shell after); a storm of
# SIGWINCH while typing a search; a 1x1 window; TERM unset, dumb or
# unknown; a non-UTF-8 locale (LC_ALL=C, LANG unset).
source "$(dirname "$0")/../lib/checks.bash"

helpnav_pid() {
	local deadline=$((SECONDS + 5)) pid
	while [ $SECONDS -le $deadline ]; do
		# a child of the pane's shell, or of the wrapper under it
		local pane kids
		pane=$(tm display -p -t main '#{pane_pid}')
		kids=$(pgrep -d, -P "$pane")
		pid=$(pgrep -x -P "$pane${kids:+,$kids}" helpnav | head -n1)
		[ -n "$pid" ] && { echo "$pid"; return 0; }
		sleep 0.05
	done
	return 1
}

running() { helpnav_pid >/dev/null; }

# Each part in a fresh pane, so that one part's leftovers cannot fool the
# next.
# (a new server on a new socket: the old one may still be shutting down)
PART=0
base_sock=$sock
fresh() {
	tm kill-server 2>/dev/null
	PART=$((PART + 1))
	sock=$base_sock-$PART
	start_shell 100 30
}

# An interactive shell whose child dies of SIGINT stops the command line
# (the user pressed ^C), so helpnav runs under a non-interactive sh that
# exits with its status.
printf '"$@"\n' >"$tmp/wrap.sh"

fresh
for sig in TERM:143 INT:130 HUP:129 SEGV:139 ABRT:134; do
	name=${sig%%:*} want=${sig##*:}
	run "sh ./wrap.sh" "returns"
	expect "$name: running" "Куда обращаться"
	keys /
	type_text "чат"
	expect "$name: in the search prompt" "Поиск: чат"
	pid=$(helpnav_pid)
	kill -"$name" "$pid"
	st=$(wait_exit)
	check "SIG$name ends it with $want (got $st)" [ "$st" = "$want" ]
	check "SIG$name: terminal restored (stty, screen, cursor, mouse)" terminal_restored
done

# A SIGWINCH storm while typing: 200 resizes interleaved with keys.
fresh
run "" ""
expect "menu" "Чем помочь?"
keys /
for i in $(seq 1 100); do
	tm resize-window -t main -x $((40 + i % 60)) -y $((10 + i % 20))
	[ $((i % 10)) = 0 ] && tm send-keys -t main -l "в"
	tm resize-window -t main -x $((100 - i % 50)) -y $((30 - i % 15))
done
tm resize-window -t main -x 100 -y 30
expect "after the storm the prompt has all 10 letters" "Поиск: вввввввввв"
keys C-u
type_text "возврат"
expect "search still works" "«возврат»"
check "helpnav still running" running

# 1x1, 2x2 and back.
tm resize-window -t main -x 1 -y 1
settle
check "1x1: still running" running
tm resize-window -t main -x 2 -y 2
settle
tm resize-window -t main -x 100 -y 30
expect "back from 1x1 with the search" "«возврат»"
keys Escape
keys q
st=$(wait_exit)
check "quits after all that (got $st)" [ "$st" = 0 ]
check "terminal restored" terminal_restored

# Started in a 1x1 window.
fresh
tm resize-window -t main -x 1 -y 1
run "" ""
settle
check "started at 1x1: running" running
tm resize-window -t main -x 100 -y 30
expect "grows into the menu" "Чем помочь?"
keys q
# (tmux keeps a line of the first 1x1 frame on the normal screen, so the
# shell's EXIT= may share its line: wait_exit finds it anywhere)
st=$(wait_exit)
check "quits (got $st)" [ "$st" = 0 ]

# TERM unset, dumb, unknown: a clear message or a usable screen, and never
# a crash (exit status under 128).
for term in unset dumb nonexistent; do
	fresh
	if [ $term = unset ]; then prefix="env -u TERM"; else prefix="TERM=$term"; fi
	run "$prefix" "returns 2>err-$term.txt"
	wait_for "Куда обращаться" 3 && keys q
	st=$(wait_exit 8)
	check "TERM=$term: no crash (exit $st)" [ "$st" != none ] && [ "$st" -lt 128 ]
	if [ "$st" != 0 ]; then
		check "TERM=$term: a message says why" grep -q "helpnav: " "$tmp/err-$term.txt"
	fi
	check "TERM=$term: terminal sane after" terminal_restored
done

# A non-UTF-8 locale: still Cyrillic, still searchable.
fresh
run "env -u LANG LC_ALL=C" "returns"
expect "LC_ALL=C: Cyrillic shown" "Куда обращаться"
keys /
type_text "чат"
expect "LC_ALL=C: Cyrillic typed and found" "«чат»"
keys Escape
keys q
st=$(wait_exit)
check "LC_ALL=C: quits (got $st)" [ "$st" = 0 ]
finish
