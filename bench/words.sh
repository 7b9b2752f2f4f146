#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The search by words, measured alone (a few minutes; bench/run.sh runs the
# same keystrokes within its whole report): builds build-bench (Release,
# with the harness), generates the 100x pack as run.py does, and prints,
# for the built-in pack and the 100x one, what the words' lemma map and
# index cost once and what each keystroke costs (every prefix of each
# pattern, best of 5, through the cache and freshly parsed).
# Usage: bash bench/words.sh [SCALE]
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-100}
bdir=build-bench
nice cmake -S . -B "$bdir" -DCMAKE_BUILD_TYPE=Release -DHELPNAV_BENCH=ON \
	-DHELPNAV_TESTS=OFF >/dev/null
nice cmake --build "$bdir" -j2 --target helpnav-bench >/dev/null
pack=$bdir/bench-data/${scale}x
seed=$(sed -n 's/^SEED = //p' bench/run.py)
if [ ! -d "$pack/yaml" ]; then
	rm -rf "$pack"
	python3 bench/gen.py --seed "$seed" --scale "$scale" "$pack"
fi
export LC_ALL=C.UTF-8
# phrases that find nothing as typed (their words do), and one that does
patterns=('деньги вернуть' 'вернуть деньги за брак' 'заказ возврат деньги'
	'курьер заказ' 'возврат')
echo "== built-in pack"
nice "$bdir/helpnav-bench" keys - "${patterns[@]}"
echo "== ${scale}x pack ($(du -sh "$pack/yaml" | cut -f1) of YAML)"
nice "$bdir/helpnav-bench" keys "$pack/yaml" "${patterns[@]}"
