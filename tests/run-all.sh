#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds helpnav normally and
# with AddressSanitizer + UBSan, and runs every test in both builds.
# Usage: bash tests/run-all.sh        (from anywhere)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
cd "$src"
jobs=$(nproc 2>/dev/null || echo 2)

bash tests/deps.sh --test

run_build() { # NAME CMAKE-ARGS...
	local dir=$1
	shift
	echo "== сборка $dir" >&2
	cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
	cmake --build "$dir" -j "$jobs"
	echo "== тесты $dir" >&2
	ctest --test-dir "$dir" --output-on-failure -j "$jobs"
}

run_build build
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	run_build build-asan -DHELPNAV_SANITIZE=ON
