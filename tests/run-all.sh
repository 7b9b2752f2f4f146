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
	ctest --test-dir "$dir" --output-on-failure -j "$jobs" ${ctest_args:-}
}

run_build build
# The lint and packaging tests look at the sources and the package, not at
# the running code: once is enough (it keeps the whole run under 10 min).
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
ctest_args="-LE lint|packaging" \
	run_build build-asan -DHELPNAV_SANITIZE=ON

# Valgrind over the batch modes of the normal build: no memory errors and
# no leak definitely lost (exit 99 from valgrind), whatever helpnav's own
# exit status (0, 1 or 2) is.
echo "== valgrind: режимы без интерфейса" >&2
vg_out=$(mktemp -d)
trap 'rm -rf "$vg_out"' EXIT
vg() {
	local rc=0
	HELPNAV_CACHE_DIR=$vg_out/cache valgrind -q --error-exitcode=99 \
		--leak-check=full --errors-for-leak-kinds=definite \
		--show-leak-kinds=definite build/helpnav "$@" \
		>"$vg_out/out" 2>"$vg_out/err" || rc=$?
	if [ "$rc" -ge 3 ]; then
		echo "valgrind: helpnav $* -> $rc" >&2
		cat "$vg_out/err" >&2
		exit 1
	fi
	echo "valgrind: helpnav $* -> $rc, 0 ошибок" >&2
}
vg --list
vg --search='возвр[а-я]+|чат'
vg --search='(.*)*x'
vg --search='[неверный'
vg --checklist=returns/chat -o "$vg_out/list.txt"
vg --checklist=returns/chat -o /dev/full
vg --check
vg --check=tests/fixtures/cli-pack
vg --check=tests/fixtures/loader/bad
vg --content=tests/fixtures/cli-pack --search=чат

# libFuzzer: each target for a short fixed time (FUZZ_SECONDS, default 30)
# in a clang build; crashes fail the run (see tests/fuzz/run.sh).
echo "== fuzz: сборка build-fuzz (clang)" >&2
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DHELPNAV_FUZZ=ON \
	-DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j "$jobs" --target fuzz-loader fuzz-search fuzz-wrap
bash tests/fuzz/run.sh build-fuzz "${FUZZ_SECONDS:-30}"
echo "== все тесты пройдены" >&2
