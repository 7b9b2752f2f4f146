# SPDX-License-Identifier: MIT
# regex_budget.sh - every search has a total budget: the patterns of the
# robustness audit's table (8-18 s each on the built-in pack when PCRE2's
# match limit was the only bound, as it restarts at every start position)
# and the fuzzer's (..*.>*.*!|)*.*(..*.>*.*!|)*.*x (1 s of CPU, one match
# call of 0.9 s over a 400-byte field, before the limit of a call fell
# with the field's length)
# each end with results or «шаблон слишком сложный» within 1 s of CPU, the
# issue's bound, measured with /usr/bin/time as user + system seconds.
# The search's budget is 0.5 s of the process's CPU time (search.h), so a
# busy machine does not move the figure: the worst pattern here takes
# 0.57 s, start-up included.
source "$(dirname "$0")/../lib/checks.bash"
MAX_S=1

for p in '.{0,55}.{0,55}.{0,55}[ЪЩ]' '\X{0,50}\X{0,50}\X{0,50}[ЪЩ]' \
	'(.*.*.*!)*[xy]' '(?:.{0,50}){2}.{0,50}[ЪЩ]' \
	'(?=.{0,40}.{0,40}.{0,40}[ЪЩ])' '\D{0,50}\D{0,50}\D{0,50}\d{9}' \
	'(7*.*.*.*'$'\x0e''!)*x' '(..*.>*.*!|)*.*(..*.>*.*!|)*.*x'; do
	timeout 60 /usr/bin/time -o "$tmp/time" -f '%U %S' \
		"$bin" --search="$p" >"$tmp/out" 2>"$tmp/err"
	st=$?
	secs=$(awk '{ print $1 + $2 }' "$tmp/time" | tail -n1)
	echo "   $p: exit $st, $secs s of CPU"
	check "$p: within $MAX_S s of CPU ($secs s)" \
		awk -v s="$secs" -v m=$MAX_S 'BEGIN { exit !(s < m) }'
	check "$p: results, none, or «шаблон слишком сложный» (exit $st)" \
		bash -c '[ "$1" -le 1 ] || grep -q "шаблон слишком сложный" "$2"' \
		_ "$st" "$tmp/err"
done

# The budget stops only what is too slow: an ordinary search still finds.
"$bin" --search='возврат' >"$tmp/out" 2>"$tmp/err"
check "возврат: found (exit $?)" grep -q . "$tmp/out"
# A costly pattern that is not runaway still finds what it finds (the
# limit of one match call falls with the field's length, search.c).
"$bin" --ids --search='\b\w{5,}\b.*\b\w{5,}\b.*ozon' >"$tmp/out" 2>"$tmp/err"
check "a costly pattern still finds (exit $?)" \
	bash -c '[ "$(wc -l <"$1")" -gt 50 ] && ! [ -s "$2" ]' _ "$tmp/out" "$tmp/err"
"$bin" --search='(?s).+' >"$tmp/out" 2>"$tmp/err"
check "(?s).+: every field found, no refusal (exit $?)" \
	bash -c '[ "$(wc -l <"$1")" -gt 100 ] && ! [ -s "$2" ]' _ "$tmp/out" "$tmp/err"
finish
