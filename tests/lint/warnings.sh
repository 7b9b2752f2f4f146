#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# No compiler warnings, with gcc and with clang, over the whole tree
# (program, core, unit tests), optimised (some warnings need -O2).
#
# A build configured with -DHELPNAV_WERROR=ON (tests/run-all.sh makes its
# builds so) is the proof for its compiler once it is up to date: a warning
# would have failed it. This build and the ones named in
# HELPNAV_WARNING_BUILDS (build folders separated by ':') count when they
# are such builds, optimised; they are brought up to date here (normally
# nothing to do). A compiler no such build covers is checked as before:
# the tree is built from scratch with it and any "warning:" fails.
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
declare -A covered=()

# compiler_of DIR: gcc or clang, from what CMake found for DIR.
compiler_of() {
	case $(sed -n 's/^set(CMAKE_C_COMPILER_ID "\(.*\)")$/\1/p' \
		"$1"/CMakeFiles/*/CMakeCCompiler.cmake 2>/dev/null | head -n 1) in
	GNU) echo gcc ;;
	Clang) echo clang ;;
	esac
}

# A -Werror build, optimised, that builds without error: no warnings.
werror_build() { # DIR
	local dir=$1 cc
	grep -q '^HELPNAV_WERROR:BOOL=ON' "$dir/CMakeCache.txt" 2>/dev/null ||
		return 0
	grep -qE '^CMAKE_BUILD_TYPE:STRING=(RelWithDebInfo|Release)$' \
		"$dir/CMakeCache.txt" || return 0
	cc=$(compiler_of "$dir")
	[ -n "$cc" ] || return 0
	if cmake --build "$dir" -j "$jobs" >"$tmp/log" 2>&1; then
		covered[$cc]=$dir
		echo "$cc: сборка $dir с -Werror собрана без предупреждений"
	else
		grep -E 'warning|error' "$tmp/log" | sort -u >&2
		echo "$cc: сборка $dir с -Werror не собралась" >&2
		fails=$((fails + 1))
		covered[$cc]=$dir
	fi
}

werror_build "$build"
IFS=: read -ra others <<<"${HELPNAV_WARNING_BUILDS:-}"
for dir in "${others[@]}"; do
	[ -n "$dir" ] && werror_build "$(cd "$dir" && pwd)"
done

for cc in gcc clang; do
	[ -z "${covered[$cc]:-}" ] || continue
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
	else
		echo "$cc: полная сборка без предупреждений"
	fi
done
[ $fails -eq 0 ] || exit 1
echo "gcc и clang: предупреждений нет"
