# SPDX-License-Identifier: MIT
# layout_budget.sh - the wrong-layout retry of --search shares the
# pattern's budget: a pattern that finds nothing after spending much of
# the budget, and whose other-layout reading is pathological, ends within
# one budget, not two. Measured in CPU seconds (user + system, from
# /usr/bin/time) on a 3.9 MB pack, whose budget (0.5 s + 250 µs per KiB,
# about 1.4 s) is large next to the start-up.
#
# The slow part is .{0,N} three times before characters no text has; N
# is chosen here (the largest that still ends without the budget being
# spent), as a machine's speed decides what N costs. The letters щящт
# after ¤ make the retry: with no Latin letter the pattern is read as
# Latin typed under ЙЦУКЕН (щящт -> ozon, a word of the pack, so the
# retry is not ruled out by the vocabulary), exactly as slow.
source "$(dirname "$0")/../lib/checks.bash"

near_pack "$tmp/near"

slow() { # "A B C" TAIL: the slow pattern, .{0,A}.{0,B}.{0,C} before it
	local ns
	read -r -a ns <<<"$1"
	printf '.{0,%s}.{0,%s}.{0,%s}(?:\\x{A5}|\\x{A4}%s)' "${ns[@]}" "$2"
}
# cpu PATTERN: runs --search; sets ST (exit status), SECS (CPU seconds)
cpu() {
	timeout 60 /usr/bin/time -o "$tmp/time" -f '%U %S' \
		"$bin" --content="$tmp/near" --search="$1" >"$tmp/out" 2>"$tmp/err"
	ST=$?
	SECS=$(tail -n1 "$tmp/time" | awk '{ print $1 + $2 }')
}
gt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a > b) }'; }

# One whole budget: a pattern that spends it (no retry: no letter).
cpu "$(slow "6 6 6" '\x{A4}')"
full=$SECS
echo "   one budget spent: exit $ST, $full s"
check "a pathological pattern is stopped (exit $ST)" [ "$ST" = 2 ]
check "…as too complex" grep -q "шаблон слишком сложный" "$tmp/err"

# The dearest N that ends by itself within 75% of a budget (so that the
# retry has room to show), and what it costs: with the tail "ozon", which
# is what the retry below searches, and which, being Latin, has no retry
# of its own.
n=""
for try in "1 1 1" "2 1 1" "2 2 1" "2 2 2" "3 2 2" "3 3 2" "3 3 3" "4 3 3" "4 4 3" "4 4 4"; do
	cpu "$(slow "$try" ozon)"
	[ "$ST" = 1 ] && gt "$(awk -v f="$full" 'BEGIN { print f * 0.75 }')" "$SECS" || break
	n=$try own=$SECS
done
echo "   N=$n: the pattern alone ends in ${own:-?} s"
[ -n "$n" ] && gt "$own" "$(awk -v f="$full" 'BEGIN { print f * 0.3 }')" ||
	skip "no N makes the pattern alone cost 30-75% of a budget here ($full s): the check could not tell one budget from two"

# The same with the retry: both within the one budget.
cpu "$(slow "$n" 'щящт')"
both=$SECS
echo "   N=$n with the retry: exit $ST, $both s (two budgets would be about $(awk -v a="$own" -v f="$full" 'BEGIN { print a + f }') s)"
check "nothing found, no error (exit $ST)" [ "$ST" = 1 ]
check "the retry ran: it took time ($both s > $own s)" \
	gt "$both" "$(awk -v a="$own" 'BEGIN { print a + 0.1 }')"
check "pattern and retry within one budget ($both s, one is $full s)" \
	gt "$(awk -v f="$full" 'BEGIN { print f * 1.15 + 0.1 }')" "$both"
finish
