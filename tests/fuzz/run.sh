#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs every libFuzzer target of a -DHELPNAV_FUZZ=ON build for SECONDS each,
# seeded from content/, the loader fixtures, tests/fuzz/fixtures/seeds/ and the YAML
# test suite in tests/data/, and prints one "fuzz: TARGET RUNS execs, N
# crashes" line per target. A crash is saved as BUILD/fuzz-out/crash-TARGET-*
# and makes the script fail: copy it into tests/fuzz/regressions/TARGET/.
# A search input slower than 2 s is a failure too (a timeout-search-*
# file, to be added to tests/fuzz/regressions/search/): the target gives
# each input a budget of 0.1 s (fuzz_search.c), so a bounded input takes
# about 0.1 s of CPU and 2 s leaves room for a busy machine, while work
# the budget does not bound stands out.
# JOBS targets run at once (each is one process: give each a core of its
# own, JOBS = cores, and SECONDS stays the time each one fuzzes).
# Usage: bash tests/fuzz/run.sh BUILD-DIR [SECONDS=30] [JOBS=1]
set -uo pipefail
build=$(realpath "$1")
secs=${2:-30}
jobs=${3:-1}
src=$(cd "$(dirname "$0")/../.." && pwd)
out=$build/fuzz-out
mkdir -p "$out"
status=0

# A seed of the whole pack in one input, files joined at the separator
# fuzz_loader.c splits at.
pack_seed() {
	local first=1 f
	for f in "$src"/content/*.yaml; do
		[ $first = 1 ] || printf '\n#8<\n'
		first=0
		cat "$f"
	done
}

# fuzz_target TARGET: fuzzes it and prints its line; status 1 on a crash.
fuzz_target() {
	local target=$1 bin corpus seeds max timeout log rc runs crashes
	bin=$build/tests/fuzz/fuzz-$target
	[ -x "$bin" ] || { echo "fuzz: нет $bin" >&2; return 2; }
	corpus=$out/corpus-$target
	mkdir -p "$corpus"
	timeout=10
	seeds=("$src/tests/fuzz/regressions/$target")
	case $target in
	loader)
		pack_seed >"$corpus/seed-pack"
		seeds+=("$src/content" "$src/tests/fixtures/loader"
			"$src/tests/data/yaml-test-suite")
		max=65536 ;;
	search)
		seeds+=("$src/tests/fuzz/fixtures/seeds/search")
		timeout=2
		max=4096 ;;
	wrap)
		seeds+=("$src/content")
		max=16384 ;;
	esac
	log=$out/$target.log
	"$bin" -max_total_time="$secs" -max_len=$max -timeout=$timeout \
		-rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$out/crash-$target-" \
		"$corpus" "${seeds[@]}" >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
	crashes=$(find "$out" -maxdepth 1 -name "crash-$target-*" | wc -l)
	echo "fuzz: $target ${runs:-0} execs in ${secs} s, $crashes crashes (exit $rc)"
	if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ]; then
		grep -m 20 -E 'ERROR|SUMMARY|#[0-9]+ 0x' "$log" >&2
		return 1
	fi
}

pids=()
for target in loader search wrap; do
	while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
		wait -n
	done
	fuzz_target "$target" &
	pids+=($!)
done
for pid in "${pids[@]}"; do
	wait "$pid" || status=1
done
exit $status
