#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Code style: every C file and header in src/, include/ and tests/ is as
# clang-format (version 14, the checked-in .clang-format) would write it.
# Usage: bash clang-format.sh /path/to/build/helpnav /path/to/source
set -euo pipefail
src=$(cd "$2" && pwd)
cd "$src"

fmt=
for cand in clang-format-14 clang-format; do
	if command -v "$cand" >/dev/null; then
		fmt=$cand
		break
	fi
done
[ -n "$fmt" ] || {
	echo "clang-format не установлен (bash tests/deps.sh --test)" >&2
	exit 1
}
[ -f .clang-format ] || {
	echo "нет .clang-format в $src" >&2
	exit 1
}

mapfile -d '' files < <(find src include tests -type f \
	\( -name '*.c' -o -name '*.h' \) -print0 | sort -z)
[ ${#files[@]} -gt 0 ] || {
	echo "не найдено ни одного файла C" >&2
	exit 1
}

bad=()
for f in "${files[@]}"; do
	"$fmt" --style=file --dry-run --Werror "$f" >/dev/null 2>&1 ||
		bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
	echo "Не по .clang-format (${#bad[@]} из ${#files[@]}):" >&2
	printf '  %s\n' "${bad[@]}" >&2
	echo "Исправить: $fmt -i ФАЙЛ...; различия: $fmt ФАЙЛ | diff -u ФАЙЛ -" >&2
	exit 1
fi
echo "clang-format: ${#files[@]} файлов в порядке"
