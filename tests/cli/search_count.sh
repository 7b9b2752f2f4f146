#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --search says how many hits a page has at its first hit when it has
# many («(3 совпадения на странице)»); --ids, which scripts read, keeps
# "path: line" without it.
source "$(dirname "$0")/../lib/checks.bash"

golden search-node-count 0 --content "$pack" --search 'чат'
golden search-node-count-ids 0 --content "$pack" --ids --search 'чат'

# On the built-in pack: once per page, at its first line, and the count
# is the number of that page's lines' matches.
"$bin" --search 'возврат' >"$tmp/out"
n=$(grep -c '^Возврат и обмен (7 совпадений на странице): ' "$tmp/out")
[ "$n" = 1 ] || fail "«Возврат и обмен» counted on $n lines, expected 1"
"$bin" --ids --search 'возврат' >"$tmp/ids"
grep -q 'на странице' "$tmp/ids" && fail "--ids output changed"
want=$(grep -c '^returns: ' "$tmp/ids")
[ "$want" = 7 ] || fail "the returns pages have $want hits by --ids, the label says 7"
finish
