#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The .editorconfig rules every text file of the project keeps: UTF-8, LF
# line ends, a final newline, no trailing whitespace (Markdown may end a
# line with two spaces), no tabs in YAML. Test fixtures that are malformed
# on purpose and golden outputs are left out.
# Usage: bash editorconfig.sh /path/to/build/helpnav /path/to/source
set -uo pipefail
src=$(cd "$2" && pwd)
cd "$src" || exit 1

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	mapfile -t files < <(git ls-files --cached --others --exclude-standard |
		sort -u)
else
	mapfile -t files < <(find . -path ./.git -prune -o -path './build*' \
		-prune -o -type f -print | sed 's|^\./||' | sort)
fi

bad=0
report()
{
	echo "$1: $2" >&2
	bad=$((bad + 1))
}
checked=0
for f in "${files[@]}"; do
	case $f in
	# fuzz regressions and the YAML test suite are exact bytes
	tests/fixtures/* | tests/*/expected/* | tests/*/fixtures/* | \
		tests/fuzz/regressions/* | tests/data/yaml-test-suite/*) continue ;;
	esac
	[ -f "$f" ] || continue
	# Binary files (and empty ones) are not text to check.
	grep -Iq . "$f" || continue
	checked=$((checked + 1))
	iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1 || report "$f" "не UTF-8"
	grep -q $'\r' "$f" && report "$f" "концы строк CR LF"
	[ -z "$(tail -c 1 "$f")" ] || report "$f" "нет перевода строки в конце"
	case $f in
	*.md) ;;
	*)
		line=$(grep -nE '[[:space:]]+$' "$f" | head -n 1 | cut -d: -f1)
		[ -z "$line" ] || report "$f:$line" "пробелы в конце строки"
		;;
	esac
	case $f in
	*.yaml | *.yml)
		line=$(grep -n $'\t' "$f" | head -n 1 | cut -d: -f1)
		[ -z "$line" ] || report "$f:$line" "табуляция в YAML"
		;;
	esac
done
if [ $bad -ne 0 ]; then
	echo "editorconfig: нарушений $bad (файлов проверено $checked)" >&2
	exit 1
fi
echo "editorconfig: $checked файлов в порядке"
