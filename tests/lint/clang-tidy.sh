#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Static analysis: clang-tidy with the checked-in .clang-tidy over every C
# file in src/ (and, through HeaderFilterRegex, our headers), with the
# build's compile_commands.json.
# Usage: bash clang-tidy.sh /path/to/build/helpnav /path/to/source
set -euo pipefail
build=$(cd "$(dirname "$1")" && pwd)
src=$(cd "$2" && pwd)

# The sanitizer build has the same sources: they are checked once, in the
# normal build; here the test is skipped (77), not passed.
if grep -q '^HELPNAV_SANITIZE:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
	echo "SKIP: сборка с санитайзерами, проверка выполняется в обычной сборке"
	exit 77
fi

tidy=
for cand in clang-tidy-14 clang-tidy; do
	if command -v "$cand" >/dev/null; then
		tidy=$cand
		break
	fi
done
[ -n "$tidy" ] || {
	echo "clang-tidy не установлен (bash tests/deps.sh --test)" >&2
	exit 1
}
[ -f "$build/compile_commands.json" ] || {
	echo "нет $build/compile_commands.json" >&2
	exit 1
}

cd "$src"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
# One file a process, largest first: the long analyses start at once and
# the short ones fill in around them, so no core idles at the end while
# another works through a batch of long ones.
# The analyzer explores at most 20 000 path nodes a function (its default
# is 225 000): on this code 75 000 took 72 s of CPU and 20 000 takes 29 s,
# and a planted leak is still reported; the suite has to stay within
# minutes on two cores.
analyzer_budget=(--extra-arg=-Xclang --extra-arg=-analyzer-config
	--extra-arg=-Xclang --extra-arg=max-nodes=20000)
find src -name '*.c' -printf '%s %p\0' | sort -znr | cut -zd' ' -f2- |
	xargs -0 -P "$(nproc 2>/dev/null || echo 2)" -n 1 \
		"$tidy" -p "$build" --quiet "${analyzer_budget[@]}" \
		>"$out" 2>/dev/null || status=$?
# clang-tidy prints the offending line and a caret after each finding.
if grep -qE '(warning|error):' "$out"; then
	cat "$out" >&2
	echo "clang-tidy: замечаний $(grep -cE '(warning|error):' "$out")" >&2
	exit 1
fi
if [ $status -ne 0 ]; then
	cat "$out" >&2
	echo "clang-tidy завершился с ошибкой ($status)" >&2
	exit 1
fi
echo "clang-tidy: замечаний нет"
