#!/usr/bin/env bash
# Own words: the prose of content/*.yaml shares no run of 8+ words with the
# seed articles in ../shared/seeds (own_words.py; reviewed exceptions in
# own_words.allow). Without ../shared there is nothing to compare with:
# the test is skipped (exit 77), not passed.
# Usage: bash own_words.sh /path/to/helpnav /path/to/source
set -u
src=$2
here=$(dirname "$0")
seeds=$src/../shared/seeds
if ! ls "$seeds"/*.txt >/dev/null 2>&1; then
	echo "SKIP: no seed articles in $seeds (../shared is absent)"
	exit 77
fi
python3 "$here/own_words.py" "$src/content" "$seeds" "$here/own_words.allow"
