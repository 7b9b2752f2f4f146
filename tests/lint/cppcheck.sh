#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Static analysis: cppcheck over src/ and include/ with the build's
# compile_commands.json and the checked-in suppressions.
# Usage: bash cppcheck.sh /path/to/build/helpnav /path/to/source
set -euo pipefail
build=$(cd "$(dirname "$1")" && pwd)
src=$(cd "$2" && pwd)
db=$build/compile_commands.json

command -v cppcheck >/dev/null || {
	echo "cppcheck не установлен (bash tests/deps.sh --test)" >&2
	exit 1
}
[ -f "$db" ] || {
	echo "нет $db (CMAKE_EXPORT_COMPILE_COMMANDS)" >&2
	exit 1
}

# With an absolute --project, --file-filter matches absolute paths: this
# keeps our sources and leaves out the generated embedded_content.c (in the
# build folder) and the tests.
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
cppcheck --project="$db" --file-filter="$src/src/*" \
	--enable=warning,style,performance,portability \
	--library=posix --inline-suppr \
	--suppressions-list="$src"/tests/lint/cppcheck-suppressions.txt \
	--error-exitcode=1 --quiet -j "$(nproc 2>/dev/null || echo 2)" \
	--template='{file}:{line}:{column}: {severity}: {message} [{id}]' \
	2>"$out" || status=$?
cat "$out" >&2
# Any finding fails, whatever its severity.
if [ $status -ne 0 ] || [ -s "$out" ]; then
	echo "cppcheck: есть замечания (см. выше)" >&2
	exit 1
fi
echo "cppcheck: замечаний нет"
