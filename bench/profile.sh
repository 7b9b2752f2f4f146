#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Instructions spent per keystroke, for deciding what to keep (wall-clock
# on a shared machine moves by tens of per cent; instruction counts do
# not): runs `helpnav-bench keys` once per prefix under
# valgrind --tool=callgrind, counting only the keystroke itself (phrase,
# other layout, near spelling, words in any order), and prints the total
# in millions over every prefix of the patterns, the worst prefix and the
# mean (HELPNAV_BENCH_EACH=1: every prefix's).
# Usage: bash bench/profile.sh [SCALE|-] [PATTERN...]
#   SCALE: 100 (default) for the generated 100x pack, - for the built-in.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-100}
shift || true
bdir=${BENCH_BUILD:-build-bench}
nice cmake -S . -B "$bdir" -DCMAKE_BUILD_TYPE=Release -DHELPNAV_BENCH=ON \
	-DHELPNAV_TESTS=OFF >/dev/null
nice cmake --build "$bdir" -j2 --target helpnav-bench >/dev/null
dir=-
if [ "$scale" != - ]; then
	pack=$bdir/bench-data/${scale}x
	seed=$(sed -n 's/^SEED = //p' bench/run.py)
	if [ ! -d "$pack/yaml" ]; then
		rm -rf "$pack"
		python3 bench/gen.py --seed "$seed" --scale "$scale" "$pack"
	fi
	dir=$pack/yaml
fi
patterns=("$@")
if [ ${#patterns[@]} -eq 0 ]; then
	patterns=('деньги вернуть' 'вернуть деньги за брак'
		'заказ возврат деньги' 'курьер заказ' 'возврат' 'вазврат'
		'претензыя' 'щящт' 'djpdhfn' 'возврат(' 'кщжфывпт')
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export LC_ALL=C.UTF-8 HELPNAV_BENCH_PROFILE=1
nice valgrind --tool=callgrind --callgrind-out-file="$out/cg" \
	--collect-atstart=no --toggle-collect=keystroke \
	"$bdir/helpnav-bench" keys "$dir" "${patterns[@]}" >/dev/null 2>&1
# one dump per prefix (cg.N, named after it), the rest in cg
for f in "$out"/cg.*; do
	sed -n 's/^desc: Trigger: Client Request: //p; s/^summary: //p' "$f" |
		paste -sd '\t'
done | sort -t "$(printf '\t')" -k2 -n | awk -F '\t' \
	-v each="${HELPNAV_BENCH_EACH:-}" '
	{ total += $2; n++; worst = $2; at = $1
	  if (each) printf "keystroke_Mir[%s] %.2f\n", $1, $2 / 1e6 }
	END { printf "keystroke_Mir_total %.1f (%d prefixes)\n", total / 1e6, n
	      printf "keystroke_Mir_worst %.2f [%s]\n", worst / 1e6, at
	      printf "keystroke_Mir_mean %.2f\n", total / n / 1e6 }'
