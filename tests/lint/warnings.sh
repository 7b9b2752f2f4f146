#!/usr/bin/env bash
# No compiler warnings: builds the whole tree (program, core, unit tests)
# from scratch with gcc and with clang, optimised (some warnings need -O2),
# and fails on any "warning:" either compiler prints.
# Usage: bash warnings.sh /path/to/build/helpnav /path/to/source
set -uo pipefail
build=$(cd "$(dirname "$1")" && pwd)
src=$(cd "$2" && pwd)

# The sanitizer build has the same sources: they are checked once, in the
# normal build; here the test is skipped (77), not passed.
if grep -q '^HELPNAV_SANITIZE:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
	echo "SKIP: сборка с санитайзерами, проверка выполняется в обычной сборке"
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
jobs=$(nproc 2>/dev/null || echo 2)
fails=0

for cc in gcc clang; do
	if ! command -v "$cc" >/dev/null; then
		echo "$cc не установлен (bash tests/deps.sh --test)" >&2
		fails=$((fails + 1))
		continue
	fi
	dir=$tmp/$cc
	log=$tmp/$cc.log
	if ! cmake -S "$src" -B "$dir" -DCMAKE_C_COMPILER="$cc" \
		-DCMAKE_BUILD_TYPE=RelWithDebInfo >"$log" 2>&1 ||
		! cmake --build "$dir" -j "$jobs" >>"$log" 2>&1; then
		grep -E 'error|Error' "$log" >&2
		echo "$cc: сборка не удалась" >&2
		fails=$((fails + 1))
		continue
	fi
	if grep -q 'warning:' "$log"; then
		grep -E 'warning:' "$log" | sort -u >&2
		echo "$cc: предупреждений $(grep -E 'warning:' "$log" |
			sort -u | wc -l)" >&2
		fails=$((fails + 1))
	fi
done
[ $fails -eq 0 ] || exit 1
echo "gcc и clang: предупреждений нет"
