# SPDX-License-Identifier: MIT
# patterns.sh - hostile search patterns, in --search and in the TUI:
# catastrophic backtracking, invalid UTF-8, a 100 KB pattern, and patterns
# that match the empty string (^, \b, x*). Every one ends within a bound
# (5 s) with a correct answer or a clear message; the TUI stays usable.
source "$(dirname "$0")/../lib/checks.bash"

# search NAME PATTERN: runs --search under a 20 s kill; sets ST, SECS and
# $tmp/NAME.out / .err.
search() {
	local t0=$EPOCHREALTIME
	timeout 20 "$bin" --search="$2" >"$tmp/$1.out" 2>"$tmp/$1.err"
	ST=$?
	SECS=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }')
	echo "   $1: exit $ST in $SECS s"
	check "$1: under 5 s ($SECS s)" awk -v s="$SECS" 'BEGIN { exit !(s < 5) }'
}

# answered NAME: the run of NAME ended in one of the three answers, each
# with its exact exit status and message: found (0, matches, nothing on
# stderr), none (1, nothing on stdout, at most the layout hint), or too
# complex (2 and that one line). Anything else (a sanitizer report, a crash,
# a timeout) fails.
answered() {
	local out=$tmp/$1.out err=$tmp/$1.err
	case $ST in
	0) [ -s "$out" ] && [ ! -s "$err" ] ;;
	1) [ ! -s "$out" ] && { [ ! -s "$err" ] ||
		{ [ "$(wc -l <"$err")" = 1 ] &&
			grep -q '^Ничего не найдено\. В русской раскладке' "$err"; }; } ;;
	2) [ "$(cat "$err")" = "helpnav: шаблон слишком сложный" ] ;;
	*) false ;;
	esac || { echo "   stderr: $(head -c 400 "$err")"; return 1; }
}

for p in '(a+)+$' '(.*)*x' '(\w+\s?)+$' '((в|о)*)*ъ' '(?:.*){25}Ъ' '(.*?,){30}Ж'; do
	search slow "$p"
	check "slow $p: found, none, or 'слишком сложный' (exit $ST)" answered slow
done
# The two a catastrophic pattern cannot escape on any text: the limit.
for p in '(.*)*x' '(\w+\s?)+$'; do
	search limit "$p"
	check "$p: exit 2 'шаблон слишком сложный' (exit $ST)" \
		[ "$ST" = 2 ] && [ "$(cat "$tmp/limit.err")" = "helpnav: шаблон слишком сложный" ]
done

search badutf $'в\xffзврат'
check "invalid UTF-8: exit 2" [ "$ST" = 2 ]
check "invalid UTF-8: says where (символ 2)" [ "$(head -n 1 "$tmp/badutf.err")" = \
	"helpnav: неверный шаблон: некорректный UTF-8 в шаблоне (символ 2)" ]
check "invalid UTF-8: the message itself is valid UTF-8" \
	iconv -f UTF-8 -t UTF-8 -o /dev/null "$tmp/badutf.err"
search truncated $'возврат\xd0'
check "truncated character: exit 2" [ "$ST" = 2 ]
check "truncated character: says where (символ 8)" [ "$(head -n 1 "$tmp/truncated.err")" = \
	"helpnav: неверный шаблон: некорректный UTF-8 в шаблоне (символ 8)" ]

big=$(printf 'чат|%.0s' $(seq 14000))qqq
check "the pattern is over 100 KB" [ ${#big} -gt 50000 ] && [ "$(printf %s "$big" | wc -c)" -gt 102400 ]
# too_large NAME: exit 2, PCRE2's "too large" with the character, then the
# pattern under it.
too_large() {
	[ "$ST" = 2 ] && [ ! -s "$tmp/$1.out" ] && [ "$(wc -l <"$tmp/$1.err")" -ge 2 ] &&
		head -n 1 "$tmp/$1.err" | grep -qE \
			'^helpnav: неверный шаблон: regular expression is too large \(символ [0-9]+\)$'
}
search big "$big"
check "100 KB pattern: exit 2, 'too large' (exit $ST)" too_large big
search bigslow "$(printf '(a|aa)*%.0s' $(seq 10000))b"
check "100 KB slow pattern: exit 2, 'too large' (exit $ST)" too_large bigslow

# Empty matches: ^ finds every line of every field once; \b and x* are
# bounded by the number of characters; every line shows a path and text.
search caret '^'
check "^: exit 0" [ "$ST" = 0 ]
check "^: no line twice" [ "$(sort "$tmp/caret.out" | uniq -d | wc -l)" = 0 ]
all=$("$bin" --search='(?s).+' | wc -l)
check "^: as many lines as fields' lines ($(wc -l <"$tmp/caret.out") >= $all)" \
	[ "$(wc -l <"$tmp/caret.out")" -ge "$all" ]
chars=$("$bin" --search='.' | wc -l)
for p in '\b' 'x*' '(?=)' '\B'; do
	search empty "$p"
	n=$(wc -l <"$tmp/empty.out")
	check "$p: exit 0, $n lines, at most one per character + line ends" \
		bash -c '[ "$1" = 0 ] && [ "$2" -le $(($3 * 2)) ]' _ "$ST" "$n" "$chars"
	check "$p: every line shows a path and text" \
		bash -c '! grep -qvE "^[a-z0-9/_-]+: .+" "$1"' _ "$tmp/empty.out"
done

# To a terminal, an empty match is no highlight at all (no empty pair of
# colour codes before every character), and the line is shown whole.
COLUMNS=100 script -qec "'$bin' --search='x*'" /dev/null | head -n 3 >"$tmp/tty.out"
check "x* on a tty: lines shown" \
	bash -c 'sed -E $'"'"'s/\x1b\[[0-9;]*m//g'"'"' "$1" | grep -q "Заказ и доставка"' _ "$tmp/tty.out"
check "x* on a tty: no empty highlights" \
	bash -c '! grep -q $'"'"'\e\[1;31m\e\[m'"'"' "$1"' _ "$tmp/tty.out"

# The TUI: the same patterns typed into the search prompt.
start_shell 100 30
run "" ""
expect "menu" "Чем помочь?"
keys /
type_text '(a+)+$'
expect "TUI: (a+)+$ answered" "«(a+)+$»: 0 совпадений"
keys C-u
type_text '(.*)*x'
expect "TUI: (.*)*x is too complex, said so" "слишком сложный"
keys C-u
type_text 'x*'
expect "TUI: x* gives hits" "«x*»"
keys C-u
type_text '\b'
expect "TUI: \\b gives hits" "«\\b»"
keys C-u
type_text '^'
expect "TUI: ^ gives hits" "«^»"
keys C-u
type_text "$(printf 'аб%.0s' $(seq 600))"
check "TUI: a 1200-letter pattern, no line wider than 100" [ "$(screen | wc -L)" -le 100 ]
keys C-u
type_text 'возврат'
expect "TUI: still searching normally after all that" "«возврат»"
keys Escape
keys q
st=$(wait_exit)
check "TUI exits cleanly (got $st)" [ "$st" = 0 ]
finish
