#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# License identifiers: every C, shell, CMake and Python file under src/,
# include/ and tests/ says "SPDX-License-Identifier: MIT" in its first
# lines (after a shebang or a #compdef line). Vendored trees keep their
# own license: a folder holding a LICENSE or COPYING file, and all below
# it, is left out, as are fuzz inputs (exact bytes, not code).
# Usage: bash spdx.sh /path/to/build/helpnav /path/to/source
set -uo pipefail
src=$(cd "$2" && pwd)
cd "$src" || exit 1
# How far from the head the line may be.
head_lines=5

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	mapfile -t files < <(git ls-files --cached --others --exclude-standard \
		-- src include tests | sort -u)
else
	mapfile -t files < <(find src include tests -type f | sort)
fi

# The folders of vendored trees, each with a trailing '/'.
vendored=()
for f in "${files[@]}"; do
	case ${f##*/} in
	LICENSE | LICENSE.* | LICENCE | LICENCE.* | COPYING | COPYING.*)
		vendored+=("${f%/*}/")
		;;
	esac
done

is_code() # FILE: C, shell, CMake or Python, by name or by shebang
{
	case $1 in
	*.c | *.h | *.sh | *.bash | *.zsh | *.fish | *.cmake | \
		*/CMakeLists.txt | CMakeLists.txt | *.py)
		return 0
		;;
	esac
	head -c 64 "$1" | head -n 1 | grep -qE '^#!.*\b(ba|z|da)?sh\b|^#!.*python'
}

offenders=()
checked=0
for f in "${files[@]}"; do
	[ -f "$f" ] || continue
	case $f in
	tests/fuzz/regressions/* | tests/fuzz/fixtures/*) continue ;;
	esac
	skip=0
	for v in "${vendored[@]}"; do
		[[ $f == "$v"* ]] && skip=1 && break
	done
	[ $skip -eq 1 ] && continue
	is_code "$f" || continue
	checked=$((checked + 1))
	head -n "$head_lines" "$f" | grep -q 'SPDX-License-Identifier: MIT' ||
		offenders+=("$f")
done

if [ ${#offenders[@]} -ne 0 ]; then
	printf '%s\n' "${offenders[@]}" >&2
	echo "spdx: ${#offenders[@]} of $checked files lack" \
		"«SPDX-License-Identifier: MIT» in their first $head_lines lines" >&2
	exit 1
fi
echo "spdx: $checked files carry SPDX-License-Identifier: MIT"
