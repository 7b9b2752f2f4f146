# SPDX-License-Identifier: MIT
# search_history.sh - ↑ and ↓ in the search prompt never lose what was
# typed: the line being edited is kept as the newest slot of the history
# (as readline does), and the history keeps more queries than any fixed
# number.
source "$(dirname "$0")/../lib/checks.bash"

prompt_is() { [ "$(screen | tail -n1 | sed 's/ *$//')" = "Поиск: $1" ]; }

start_shell 100 30
run "" ""
expect "main menu" "Чем помочь?"

# No history yet: ↓ and ↑ leave the line and its results alone.
keys /
type_text "чат"
expect "results as you type" "«чат»:"
keys Down
check "↓ with no history keeps the line" prompt_is "чат"
expect "↓ with no history keeps the results" "«чат»:"
keys Up
check "↑ with no history keeps the line" prompt_is "чат"
expect "↑ with no history keeps the results" "«чат»:"
keys Enter
keys Escape
settle

# With history: ↑ shows the last query, ↓ brings back the line typed.
keys /
type_text "счёт"
expect "a second query" "«счёт»:"
keys Enter
keys /
type_text "возврат"
expect "a third query being typed" "«возврат»:"
keys Up
check "↑ recalls the last query" prompt_is "счёт"
expect "and searches it" "«счёт»:"
keys Up
check "↑ again goes further back" prompt_is "чат"
keys Up
check "↑ at the oldest stays there" prompt_is "чат"
keys Down Down
check "↓ comes forward" prompt_is "возврат"
expect "↓ past the newest brings back the typed line's results" "«возврат»:"
keys Down
check "↓ at the typed line does nothing" prompt_is "возврат"
keys Escape
settle

# More queries than the old fixed cap of 32: the first is still there.
for i in $(seq 1 40); do
	keys /
	type_text "q$i"
	keys Enter
done
keys /
for i in $(seq 1 45); do tm send-keys -t main Up; done
settle
check "the oldest of 43 queries is kept" prompt_is "чат"
keys Escape
keys q
wait_exit >/dev/null
finish
