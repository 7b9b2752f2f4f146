#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every fact of tests/data/public-facts.tsv is findable in the built-in
# content: `helpnav --search REGEX` exits 0 for each row. Prints the id of
# every missing fact and fails if there is any.
# Usage: bash facts.sh /path/to/helpnav /path/to/source
source "$(dirname "$0")/../lib/checks.bash"
facts=$src/tests/data/public-facts.tsv
if [ ! -r "$facts" ]; then
	echo "FAIL: cannot read $facts"
	exit 1
fi

err=$tmp/err
rows=0
missing=0
errors=0
# Columns: id doc fact regex kind; the first line is the header.
while IFS=$'\t' read -r id doc fact regex _kind || [ -n "$id" ]; do
	[ "$id" = id ] && continue
	[ -z "$id" ] && continue
	rows=$((rows + 1))
	"$bin" --search="$regex" >/dev/null 2>"$err"
	rc=$?
	case $rc in
	0) ;;
	1)
		echo "MISSING $id ($doc): $fact"
		echo "        regex: $regex"
		missing=$((missing + 1))
		;;
	*)
		echo "ERROR $id: --search exited $rc: $(cat "$err")"
		errors=$((errors + 1))
		;;
	esac
done <"$facts"

echo "facts: $rows checked, $missing missing, $errors errors"
if [ "$rows" -eq 0 ]; then
	echo "FAIL: no fact rows read from $facts"
	exit 1
fi
[ "$missing" -eq 0 ] && [ "$errors" -eq 0 ]
