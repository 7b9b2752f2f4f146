#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Own words: the prose of content/*.yaml shares no run of 8+ words with the
# seed articles in ../shared/seeds (own_words.py; reviewed exceptions in
# own_words.allow). Without ../shared there is nothing to compare with:
# the test is skipped (exit 77), not passed.
# Usage: bash own_words.sh /path/to/helpnav /path/to/source
source "$(dirname "$0")/../lib/checks.bash"
here=$(dirname "$0")
seeds=$src/../shared/seeds
ls "$seeds"/*.txt >/dev/null 2>&1 ||
	skip "no seed articles in $seeds (../shared is absent)"
python3 "$here/own_words.py" "$src/content" "$seeds" "$here/own_words.allow"
