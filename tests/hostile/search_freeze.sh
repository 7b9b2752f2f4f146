# SPDX-License-Identifier: MIT
# search_freeze.sh - the navigator never blocks input while a search runs:
# a pattern that takes over a second of CPU on a 3.9 MB pack (its whole
# budget, 0.5 s + 250 µs per KiB) runs off the UI thread with «ищу…» in
# the prompt; a key typed meanwhile is on screen at once, Esc stops the
# search and says so, and what was typed stays.
# Times are wall clock from tmux (send-keys to the screen showing the
# answer): the machine may be busy, so a key must come back within
# MAX_KEY_MS, and in less than a third of what the whole search took.
source "$(dirname "$0")/../lib/checks.bash"
MAX_KEY_MS=300
# Slow at every position, to the end of the budget; a 7 typed after it
# keeps it so (it only adds a quick branch).
SLOW='.{0,6}.{0,6}.{0,6}(?:\x{A5}|\x{A4}\x{A4})|\x{A4}'

near_pack "$tmp/near"

start_shell 100 30
run "" "--content='$tmp/near'"
expect "main menu" "Чем помочь?" 20
keys /
expect "search prompt" "Поиск:"

# The whole search, not interrupted: how long it takes here and now.
t0=$(now_ms)
tm send-keys -t main -l "$SLOW"
full=$(ms_until "$t0" "шаблон слишком сложный")
echo "   the whole search: $full ms"
check "the search ends, too complex ($full ms)" [ "$full" -gt 0 ]
check "the search takes over a second ($full ms)" [ "$full" -ge 1000 ]

# Again, and a key while it runs.
keys C-u
t0=$(now_ms)
tm send-keys -t main -l "$SLOW"
check "«ищу…» in the prompt while it runs" \
	[ "$(ms_until "$t0" "ищу…")" -ge 0 ]
check "the list says it is searching" grep -q "«.*»: ищу…" <<<"$(screen)"
t0=$(now_ms)
tm send-keys -t main -l "7"
key=$(ms_until "$t0" '|\x{A4}7')
echo "   a key during the search: on screen after $key ms"
check "the key is on screen within $MAX_KEY_MS ms ($key ms)" \
	within "$key" $MAX_KEY_MS
check "…and well before the search could end ($key ms of $full)" \
	within $((key * 3)) $((full - 1))
check "the search of the new text runs" grep -q "ищу…" <<<"$(screen)"

# Esc stops it: said at once, the text kept, the prompt still open.
t0=$(now_ms)
tm send-keys -t main Escape
esc=$(ms_until "$t0" "Поиск остановлен")
echo "   Esc during the search: said after $esc ms"
check "Esc stops the search within $MAX_KEY_MS ms ($esc ms)" \
	within "$esc" $MAX_KEY_MS
expect "the list says it was stopped" "поиск остановлен"
check "what was typed stays in the prompt" \
	grep -q -F 'Поиск: .{0,6}.{0,6}.{0,6}(?:\x{A5}|\x{A4}\x{A4})|\x{A4}7' \
	<<<"$(screen | tail -n1)"
check "no «ищу…» once stopped" bash -c '! grep -q "ищу…" <<<"$1"' _ "$(screen)"

# Enter searches it again, to its end.
keys Enter
expect "Enter searches again, to the end" "шаблон слишком сложный" 20

# An ordinary search is unchanged: results and their count.
keys /
type_text "возврат"
expect "an ordinary search still finds" "«возврат»: "
keys q
run "" "--version"
finish
