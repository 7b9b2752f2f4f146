#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Shell hygiene: shellcheck (warnings and errors) over every bash script of
# the project: the tests, the completion, the CI entry. Sourced helpers are
# followed from the script's own folder (-x -P SCRIPTDIR).
# Usage: bash shellcheck.sh /path/to/build/helpnav /path/to/source
set -euo pipefail
src=$(cd "$2" && pwd)
cd "$src"
command -v shellcheck >/dev/null || {
	echo "shellcheck не установлен (bash tests/deps.sh --test)" >&2
	exit 1
}
mapfile -d '' files < <(find tests src .ci -type f \
	\( -name '*.sh' -o -name '*.bash' -o -path .ci/run \) -print0 | sort -z)
[ ${#files[@]} -gt 0 ] || {
	echo "не найдено ни одного сценария" >&2
	exit 1
}
# A helper that other scripts source sets variables and functions for them:
# "assigned but unused" (SC2034, SC2120) means nothing there. One process
# for each group: one per file took 58 s of CPU, one for all 19 s.
helpers=() scripts=()
for f in "${files[@]}"; do
	if grep -qE "^[[:space:]]*(source|\.) .*$(basename "$f")" "${files[@]}"; then
		helpers+=("$f")
	else
		scripts+=("$f")
	fi
done
check() {
	shellcheck -x -P SCRIPTDIR -s bash -S warning -f gcc "$@"
}
status=0
check "${scripts[@]}" || status=1
if [ ${#helpers[@]} -gt 0 ]; then
	check --exclude=SC2034 --exclude=SC2120 "${helpers[@]}" || status=1
fi
if [ $status -ne 0 ]; then
	echo "shellcheck: есть замечания (см. выше)" >&2
	exit 1
fi
echo "shellcheck: ${#files[@]} сценариев в порядке"
