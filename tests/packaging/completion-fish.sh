#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# fish completion (src/completion/helpnav.fish): fish loads it from a folder
# of $fish_complete_path, the way it loads vendor_completions.d, and
# `complete -C` lists the candidates for "helpnav WORDS". The same
# candidates as the bash completion. Skipped (77) where fish is not
# installed.
# Usage: bash completion-fish.sh /path/to/helpnav /path/to/source
set -uo pipefail
# shellcheck source=tests/lib/checks.bash
source "$(dirname "$0")/../lib/checks.bash"
command -v fish >/dev/null || skip "fish is not installed (bash tests/deps.sh --test)"
helpnav=$bin

mkdir -p "$tmp/completions" "$tmp/bin"
cp "$src/src/completion/helpnav.fish" "$tmp/completions/"
ln -s "$helpnav" "$tmp/bin/helpnav"

# Candidates without their descriptions, the "--opt=" fish repeats before
# the value and the '/' it puts after a folder.
complete_words()
{
	local line="helpnav $*"
	# shellcheck disable=SC2016 # $argv and $fish_complete_path are fish's
	PATH=$tmp/bin:$PATH XDG_CONFIG_HOME=$tmp/config fish --no-config -c \
		'set -p fish_complete_path $argv[1]; complete -C $argv[2]' \
		"$tmp/completions" "$line" >"$tmp/out" 2>&1 ||
		echo "fish: exit $? $(tail -n 3 "$tmp/out")"
	sed 's/\t.*//; s|^--[a-z-]*=||; s|/$||' "$tmp/out" | sort -u |
		tr '\n' ' ' | sed 's/ $//'
}
# shellcheck source=tests/lib/completion.bash
source "$(dirname "$0")/../lib/completion.bash"

expect_common
expect_joined
expect_builtin
completion_report fish
