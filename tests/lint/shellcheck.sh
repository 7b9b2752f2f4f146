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
# "assigned but unused" (SC2034, SC2120) means nothing there.
status=0
for f in "${files[@]}"; do
	name=$(basename "$f")
	extra=()
	if grep -qE "^[[:space:]]*(source|\.) .*$name" "${files[@]}"; then
		extra=(--exclude=SC2034 --exclude=SC2120)
	fi
	shellcheck -x -P SCRIPTDIR -s bash -S warning -f gcc "${extra[@]}" \
		"$f" || status=1
done
if [ $status -ne 0 ]; then
	echo "shellcheck: есть замечания (см. выше)" >&2
	exit 1
fi
echo "shellcheck: ${#files[@]} сценариев в порядке"
