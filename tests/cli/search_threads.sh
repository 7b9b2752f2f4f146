#!/usr/bin/env bash
# --search on several threads (HELPNAV_THREADS, parts.h): the same lines
# in the same order, the same messages and exit status as on one thread,
# for patterns that hit many parts, few, none, or fail; on the built-in
# pack, a test pack, and a generated pack of 7 800 fields (large packs
# use threads by default).
source "$(dirname "$0")/../lib/checks.bash"

gen=$tmp/gen
python3 "$src/bench/gen.py" --scale 10 --seed 7 "$gen" >/dev/null ||
	fail "bench/gen.py"

patterns=('возврат' 'е' '^' '$' 'x*' '\bчат' '[0-9]{4,}' '№' 'щъщъ'
	'djpdhfn' 'Ozon|банк' '(?s).{60}')
for where in builtin "$clipack" "$gen/yaml"; do
	args=()
	[ "$where" = builtin ] || args=(--content "$where")
	for p in "${patterns[@]}"; do
		HELPNAV_THREADS=1 "$bin" "${args[@]}" --search "$p" \
			>"$tmp/one.out" 2>"$tmp/one.err" </dev/null
		one=$?
		for n in 2 3 7; do
			HELPNAV_THREADS=$n "$bin" "${args[@]}" --search "$p" \
				>"$tmp/n.out" 2>"$tmp/n.err" </dev/null
			st=$?
			[ "$st" = "$one" ] && cmp -s "$tmp/one.out" "$tmp/n.out" &&
				cmp -s "$tmp/one.err" "$tmp/n.err" ||
				fail "$where '$p': $n threads differ from one (exit $st, $one)"
		done
	done
done
lines=$(HELPNAV_THREADS=4 "$bin" --content "$gen/yaml" --search 'е' | wc -l)
[ "$lines" -gt 5000 ] || fail "the generated pack gave only $lines lines"

# A pattern that is too complex: the same message and exit status on any
# number of threads (the lines before the failing part may differ).
bad='(.*)*x'
for n in 1 3; do
	HELPNAV_THREADS=$n "$bin" --content "$gen/yaml" --search "$bad" \
		>/dev/null 2>"$tmp/err$n" </dev/null
	echo "$?" >>"$tmp/err$n"
done
grep -q "слишком сложный" "$tmp/err1" && cmp -s "$tmp/err1" "$tmp/err3" || fail "a too complex pattern: $(cat "$tmp/err1" "$tmp/err3")"

# Nonsense in HELPNAV_THREADS means the default, not an error.
for v in 0 -3 abc 65 ''; do
	HELPNAV_THREADS=$v "$bin" --search возврат >"$tmp/v.out" 2>&1 ||
		fail "HELPNAV_THREADS='$v' failed"
	HELPNAV_THREADS=1 "$bin" --search возврат | cmp -s - "$tmp/v.out" ||
		fail "HELPNAV_THREADS='$v' changed the output"
done
finish
