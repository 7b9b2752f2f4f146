#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The whole test suite: installs what is missing, builds helpnav normally
# (gcc) and with clang under AddressSanitizer + UBSan with the libFuzzer
# targets, both with warnings as errors, runs every test in the normal
# build and again (lint and packaging aside) in the sanitizer build, runs
# the batch modes under valgrind, and fuzzes each libFuzzer target for
# FUZZ_SECONDS (default 20). Each stage
# prints its time and the CPU time it used; a table of them ends the run.
# Usage: bash tests/run-all.sh        (from anywhere)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
cd "$src"
jobs=$(nproc 2>/dev/null || echo 2)
# Many tests mostly wait (on a terminal, a timeout, a print command): three
# times as many tests as cores keep the cores busy (twice as many left the
# sanitizer run waiting half of its time).
tests_at_once=$((jobs * 3))
work=$(mktemp -d)
stages=()

# The table of stages, also when a stage fails.
report() {
	local rc=$? line
	echo "== этапы (время; процессорное время: user + sys всех процессов этапа)" >&2
	for line in "${stages[@]}"; do
		echo "   $line" >&2
	done
	rm -rf "$work"
	if [ "$rc" -eq 0 ]; then
		echo "== все тесты пройдены" >&2
	else
		echo "== ошибка (код $rc)" >&2
	fi
}
trap report EXIT

# CPU seconds (user + sys) of the finished children of this shell, from the
# output of `times` (which must run in this shell, not in a $(...) one).
cpu_of() { # FILE
	awk 'NR == 2 {
		t = 0
		for (i = 1; i <= 2; i++) {
			split($i, p, /[ms]/)
			t += p[1] * 60 + p[2]
		}
		printf "%.1f", t
	}' "$1"
}

# stage NAME COMMAND...: runs COMMAND and records its time and CPU time;
# a failed stage is recorded too, then ends the run with its status.
stage() {
	local name=$1 t0=$EPOCHREALTIME line rc=0
	shift
	times >"$work/before"
	echo "== $name" >&2
	"$@" || rc=$?
	times >"$work/after"
	line=$(awk -v a="$t0" -v b="$EPOCHREALTIME" \
		-v c0="$(cpu_of "$work/before")" -v c1="$(cpu_of "$work/after")" \
		-v n="$name" \
		'BEGIN { printf "%6.1f s, процессор %6.1f s  %s", b - a, c1 - c0, n }')
	[ "$rc" -eq 0 ] || line="$line: ОШИБКА (код $rc)"
	stages+=("$line")
	echo "== $line" >&2
	[ "$rc" -eq 0 ] || exit "$rc"
}

build() { # DIR CMAKE-ARGS...
	local dir=$1
	shift
	cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null &&
		cmake --build "$dir" -j "$jobs"
}

stage "зависимости" bash tests/deps.sh --test
# Warnings are errors in both builds, so lint/warnings takes them as the
# check for gcc and clang instead of building the tree twice more.
stage "сборка build (gcc)" build build -DHELPNAV_WERROR=ON
# One clang build serves the fuzzers and the sanitizer run: a third build
# of the tree took a minute of the suite's six.
stage "сборка build-fuzz (clang, ASan + UBSan)" build build-fuzz \
	-DCMAKE_C_COMPILER=clang -DHELPNAV_FUZZ=ON -DHELPNAV_SANITIZE=ON \
	-DHELPNAV_WERROR=ON
stage "тесты build" env HELPNAV_WARNING_BUILDS="$src/build-fuzz" \
	ctest --test-dir build --output-on-failure -j "$tests_at_once"

# The lint and packaging tests look at the sources and the package, not at
# the running code: once, in the normal build. Four tests measure bounds
# (the --check memory and time caps twice, the search's CPU budget over a large
# pack, one budget shared by a search and its other-layout retry) that the
# sanitizers' 2-4x cost in memory and time, uneven between a search and
# the next, would break; they run in the normal build only. So does
# hostile/words_freeze, which times the screen over a generated 100x pack
# and runs alone: 16 s with nothing beside it. A search stopped while it
# runs is still tried under the sanitizers, in hostile/search_freeze.
stage "тесты build-fuzz (ASan + UBSan)" env ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	ctest --test-dir build-fuzz --output-on-failure -j "$tests_at_once" \
	-LE 'lint|packaging' \
	-E '^(hostile/limits|hostile/worst|hostile/layout_budget|unit/test_search_table|hostile/words_freeze)$'

# Valgrind over the batch modes of the normal build: no memory errors and
# no leak definitely lost (exit 99 from valgrind), whatever helpnav's own
# exit status (0, 1 or 2) is.
vg() {
	local rc=0
	HELPNAV_CACHE_DIR=$work/cache valgrind -q --error-exitcode=99 \
		--leak-check=full --errors-for-leak-kinds=definite \
		--show-leak-kinds=definite build/helpnav "$@" \
		>"$work/out" 2>"$work/err" || rc=$?
	if [ "$rc" -ge 3 ]; then
		echo "valgrind: helpnav $* -> $rc" >&2
		cat "$work/err" >&2
		exit 1
	fi
	echo "valgrind: helpnav $* -> $rc, 0 ошибок" >&2
}
valgrind_batch() {
	vg --list
	vg --search='возвр[а-я]+|чат'
	vg --search='(.*)*x'
	vg --search='[неверный'
	vg --checklist=returns/chat -o "$work/list.txt"
	vg --checklist=returns/chat -o /dev/full
	vg --check
	vg --check=tests/fixtures/cli-pack
	vg --check=tests/fixtures/loader/bad
	vg --content=tests/fixtures/cli-pack --search=чат
}
stage "valgrind: режимы без интерфейса" valgrind_batch

# libFuzzer: the three targets at once, each for FUZZ_SECONDS (on two
# cores one shares; its slowest input stays far below -timeout); crashes
# fail the run (see tests/fuzz/run.sh).
stage "fuzz" bash tests/fuzz/run.sh build-fuzz "${FUZZ_SECONDS:-20}" 3
