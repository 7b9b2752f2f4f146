#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Bash completion (src/completion/helpnav.bash): drives _helpnav the way
# bash does (COMP_WORDS, COMP_CWORD) and checks the candidates: options,
# checklist paths from `helpnav --list`, node paths, folders and files.
# Usage: bash completion-bash.sh /path/to/helpnav /path/to/source
set -uo pipefail
# shellcheck source=tests/lib/checks.bash
source "$(dirname "$0")/../lib/checks.bash"
helpnav=$bin

# shellcheck source=/dev/null
source "$src/src/completion/helpnav.bash" || {
	echo "FAIL: the completion script does not load" >&2
	exit 1
}
spec=$(complete -p helpnav 2>/dev/null)
[[ $spec == *"-F _helpnav"* ]] || fail "'complete -p helpnav' is «$spec»"

# complete_words WORD... : runs _helpnav with the cursor at the end of the
# last word and prints the sorted candidates on one line.
complete_words()
{
	COMP_WORDS=("$helpnav" "$@")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMP_LINE="${COMP_WORDS[*]}"
	COMP_POINT=${#COMP_LINE}
	COMPREPLY=()
	_helpnav helpnav "${COMP_WORDS[COMP_CWORD]}" \
		"${COMP_WORDS[COMP_CWORD - 1]}" 2>"$tmp/stderr"
	if [ -s "$tmp/stderr" ]; then
		echo "stderr: $(cat "$tmp/stderr")"
	fi
	printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort | tr '\n' ' ' |
		sed 's/ $//'
}
# shellcheck source=tests/lib/completion.bash
source "$(dirname "$0")/../lib/completion.bash"

expect_common
# bash splits "--opt=value" at '=' into "--opt" "=" "value".
expect "checklist paths after =" "retail/form returns/chat returns/form" \
	--content = "$P" --checklist = ret
all="channels/chat channels/form delivery/chat retail/form"
expect "checklist paths right after =" "$all returns/chat returns/form" \
	--content "$P" --checklist =
expect_builtin
completion_report bash
