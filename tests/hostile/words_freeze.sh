# SPDX-License-Identifier: MIT
# words_freeze.sh - the search by words never blocks the navigator: when
# the phrase finds nothing, its words' index (built at the first such
# search, the longest step at 100 times the built-in pack) and their run
# are work of the search's job, off the UI thread. While they run, «ищу…»
# is in the prompt and every key is answered at once; Esc stops them and
# what was typed stays.
# Keys that only move the cursor (Left, Right) probe the screen: they
# start no new search, and the cursor's column shows when one was
# answered. Times are wall clock through tmux on a machine that may be
# busy: a key must come back within MAX_KEY_MS, where a screen blocked by
# the index took its whole build.
source "$(dirname "$0")/../lib/checks.bash"
MAX_KEY_MS=300 MAX_OWN_MS=100
# The words' share of the search must be long enough for a freeze to show.
MIN_WORDS_MS=150
WORDS='деньги вернуть' # no such phrase; both words in many sections
WORDS_DONE='по отдельным словам'

command -v python3 >/dev/null || skip "python3 is needed for the 100x pack"
seed=$(sed -n 's/^SEED = //p' "$src/bench/run.py")
nice python3 "$src/bench/gen.py" --seed "$seed" --scale 100 "$tmp/p100" \
	>/dev/null || skip "bench/gen.py failed"

cursor() { tm display -p -t main '#{cursor_x}'; }

# Milliseconds until the cursor leaves column FROM; -1 after 20 s.
ms_until_moved() { # START FROM
	while [ "$(cursor)" = "$2" ]; do
		[ $(($(now_ms) - $1)) -gt 20000 ] && { echo -1; return; }
	done
	echo $(($(now_ms) - $1))
}

# Types WORDS, then probes with Left and Right until TEXT is on screen:
# sets probes, worst (ms) and took (ms from typing to TEXT).
probe_until() { # TEXT
	local t0 at col k=Left ms
	probes=0 worst=0 times=()
	t0=$(now_ms)
	tm send-keys -t main -l "$WORDS"
	while [[ $(screen) != *"$1"* ]]; do
		[ $(($(now_ms) - t0)) -gt 30000 ] && break
		col=$(cursor)
		at=$(now_ms)
		tm send-keys -t main "$k"
		ms=$(ms_until_moved "$at" "$col")
		[ "$ms" -lt 0 ] && ms=99999
		[ "$ms" -gt "$worst" ] && worst=$ms
		times+=("$ms")
		probes=$((probes + 1))
		[ $k = Left ] && k=Right || k=Left
	done
	took=$(($(now_ms) - t0))
}

start_shell 100 30
run "" "--content='$tmp/p100/yaml'"
expect "main menu of the 100x pack" "Чем помочь?" 60
keys /
expect "search prompt" "Поиск:"

# The phrase's own share first (the corpus, titles and near spellings'
# vocabulary built by a search that finds nothing and is no words), so
# that what the words add is known.
type_text 'zzqj.x'
wait_gone "ищу…" 30
keys C-u
t0=$(now_ms)
tm send-keys -t main -l 'zzqj.y'
wait_gone "ищу…" 30
phrase=$(($(now_ms) - t0))
keys C-u

# The words: their index built, then run, with keys probing the screen.
probe_until "$WORDS_DONE"
busy=$(median "${times[@]}") busy_worst=$worst busy_probes=$probes
# The same keys once the screen is idle: tmux's own delay on this machine
# now, so that a loaded machine does not count as the navigator's delay.
idle=() k=Left
for _ in 1 2 3 4 5; do
	col=$(cursor) at=$(now_ms)
	tm send-keys -t main "$k"
	idle+=("$(ms_until_moved "$at" "$col")")
	[ $k = Left ] && k=Right || k=Left
done
base=$(median "${idle[@]}")
probes=$busy_probes worst=$busy_worst
echo "   phrase alone: $phrase ms; with the words: $took ms;" \
	"$probes keys, the slowest answered in $worst ms"
check "the search by words ends with its list" \
	grep -q -F "$WORDS_DONE" <<<"$(screen)"
check "the words take long enough to matter ($((took - phrase)) ms)" \
	[ $((took - phrase)) -ge $MIN_WORDS_MS ]
check "keys were sent while it ran ($probes)" [ "$probes" -ge 3 ]
check "the navigator's own delay per key is within $MAX_OWN_MS ms (median $busy - idle $base ms)" \
	[ $((busy - base)) -le $MAX_OWN_MS ]
check "every key answered within $MAX_KEY_MS ms of the idle delay (slowest $worst ms)" \
	[ $((worst - base)) -le $MAX_KEY_MS ]
keys Escape
keys q
st=$(wait_exit 10)
check "quits (got $st)" [ "$st" = 0 ]

# A new session (the index is built once per session): Esc while the
# words' index is being built. Their window is a few hundred ms; on a busy
# machine they may end before Esc comes (the list is then on screen and
# not «Поиск остановлен»): that try says so and a new session tries
# again. An Esc that does not stop the words loses every try.
# esc_try: 0 when Esc came while the words ran (esc: its delay).
esc_try() {
	local t0 out
	esc=-1
	run "" "--content='$tmp/p100/yaml'"
	expect "the 100x pack again" "Чем помочь?" 60
	keys /
	type_text 'zzqj.x'
	wait_gone "ищу…" 30
	keys C-u
	tm send-keys -t main -l "$WORDS"
	wait_for "ищу…" 5
	sleep "$(awk -v ms="$phrase" 'BEGIN { print (ms + 100) / 1000 }')"
	if grep -q "ищу…" <<<"$(screen)"; then
		t0=$(now_ms)
		tm send-keys -t main Escape
		while [ $(($(now_ms) - t0)) -lt 20000 ]; do
			out=$(screen)
			[[ $out == *"Поиск остановлен"* ]] && esc=$(($(now_ms) - t0)) && return 0
			[[ $out == *"$WORDS_DONE"* ]] && break
		done
	fi
	echo "   the words ended before Esc came: a new session tries again"
	keys Escape
	keys q
	wait_exit 10 >/dev/null
	return 1
}
tries=0
until esc_try; do
	tries=$((tries + 1))
	[ $tries -lt 3 ] || break
done
check "Esc came while the words ran (tries: $((tries + 1)))" [ "$esc" != -1 ]
echo "   Esc during the words: said after $esc ms"
check "Esc stops it within $MAX_KEY_MS ms ($esc ms)" \
	within "$esc" $MAX_KEY_MS
check "no words list: it was stopped" \
	bash -c '! grep -q -F "$1" <<<"$2"' _ "$WORDS_DONE" "$(screen)"
check "what was typed stays in the prompt" \
	grep -q -F "Поиск: $WORDS" <<<"$(screen | tail -n1)"
keys Enter
expect "Enter searches again, to the words' list" "$WORDS_DONE" 30
keys Escape
keys q
st=$(wait_exit 10)
check "quits after (got $st)" [ "$st" = 0 ]
finish
