# SPDX-License-Identifier: MIT
# search_caps.sh - the results list shows every hit the search kept: «е»
# on the built-in pack (3757 hits) is counted whole, with no «первые 500»
# and no «+», and its last hit is in the list (End reaches it, the item
# count says so); a pattern with more hits than the search keeps says
# «N+» honestly.
source "$(dirname "$0")/../lib/checks.bash"

start_shell 100 30
run "" ""
expect "main menu" "Чем помочь?"
keys /
type_text "е"
expect "every hit of one letter counted" "«е»: 3757 совпадений"
expect_not "no cap on the list" "в списке первые"
keys Enter
expect "the prompt closed, the list has the keys" "Enter открыть"
# the bar counts the items below the screen: all of them are in the list
more=$(bar | grep -o 'ещё [0-9]*' | grep -o '[0-9]*')
check "the list holds every hit (↓ ещё ${more:-none})" [ "${more:-0}" -gt 3700 ]
keys End
settle
check "End reaches the last item" bar_lacks "ещё"
keys /
keys C-u
type_text "."
expect "more hits than kept: said with +" "«.»: 5000+ совпадений"
keys Escape
keys q
wait_exit >/dev/null
finish
