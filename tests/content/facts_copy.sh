#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The facts list the content checks read (tests/data/public-facts.tsv) is
# the same as the project's list beside the repository, ../shared/facts/,
# which is made from the source articles. A clone alone has no ../shared:
# then the test is skipped (77) and says so.
# Usage: bash facts_copy.sh /path/to/helpnav /path/to/source
source "$(dirname "$0")/../lib/checks.bash"
copy=$src/tests/data/public-facts.tsv
origin=$src/../shared/facts/public-facts.tsv
[ -r "$origin" ] ||
	skip "нет $origin (../shared лежит рядом только у разработчиков)"
if ! diff -u "$origin" "$copy"; then
	echo "FAIL: $copy differs from $origin: copy it again"
	exit 1
fi
echo "facts: the copy matches $origin"
