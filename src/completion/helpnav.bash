# SPDX-License-Identifier: MIT
# bash completion for helpnav(1).                           -*- shell-script -*-
#
# Options; checklist paths after --checklist, --draft and --fields (from `helpnav --list`, with the
# --content pack given on the same line); node paths for the navigator
# (`helpnav returns/<TAB>`); folders after --content and --check; files
# after -o; nothing after --search and --number (free text). Self-contained: works with or without the bash-completion package.

# Prints the paths of `helpnav --list`, one per line: the first word of every
# indented line, skipping the sources section (its ids are not paths).
# $1: "checklists" for CATEGORY/CHANNEL paths only, "nodes" for all (a
# checklist node only once $2, the word typed so far, names its channel).
_helpnav_paths()
{
	local want=$1 cur=${2-} cmd=${COMP_WORDS[0]} i content=''
	# The words are as typed: a leading ~/ is not expanded yet.
	# shellcheck disable=SC2088
	[[ $cmd == "~/"* ]] && cmd=$HOME/${cmd#"~/"}
	for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do
		case ${COMP_WORDS[i]} in
		--content)
			content=${COMP_WORDS[i + 1]}
			[[ $content == = ]] && content=${COMP_WORDS[i + 2]}
			;;
		--content=*) content=${COMP_WORDS[i]#--content=} ;;
		esac
	done
	# shellcheck disable=SC2088
	[[ $content == "~/"* ]] && content=$HOME/${content#"~/"}
	local -a args=(--list)
	[[ -n $content ]] && args=(--content "$content" --list)

	local line word skip=0
	while IFS= read -r line; do
		if [[ $line != [[:space:]]* ]]; then
			# A section heading such as "Источники (sources):".
			[[ $line == *"(sources)"* ]] && skip=1 || skip=0
			continue
		fi
		((skip)) && continue
		read -r word _ <<<"$line"
		[[ $word == *[!a-z0-9/-]* || -z $word ]] && continue
		if [[ $want == checklists ]]; then
			[[ $word == */* ]] && printf '%s\n' "$word"
		else
			printf '%s\n' "$word"
			[[ $word == */* && $cur == "$word"* ]] &&
				printf '%s\n' "$word/checklist"
		fi
	done < <(LC_ALL=C.UTF-8 "$cmd" "${args[@]}" 2>/dev/null)
	[[ $want == nodes ]] && printf '%s\n' channels sources
}

# Sets COMPREPLY to the words of the list $2 that start with $1.
_helpnav_reply()
{
	local cur=$1 word
	COMPREPLY=()
	while IFS= read -r word; do
		[[ -n $word && $word == "$cur"* ]] && COMPREPLY+=("$word")
	done <<<"$2"
}

_helpnav_files()
{
	compopt -o filenames 2>/dev/null
	if [[ $1 == dirs ]]; then
		mapfile -t COMPREPLY < <(compgen -d -- "$2")
	else
		mapfile -t COMPREPLY < <(compgen -f -- "$2")
	fi
}

_helpnav()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev='' opt=
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}

	# "--opt=value": bash splits it at '=' into "--opt" "=" "value".
	if [[ $cur == = ]]; then
		opt=$prev
		cur=
	elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
		opt=${COMP_WORDS[COMP_CWORD - 2]}
	elif [[ $cur == --*=* ]]; then
		opt=${cur%%=*}
		cur=${cur#*=}
	else
		opt=$prev
	fi

	case $opt in
	--checklist | -c | --draft | --fields)
		_helpnav_reply "$cur" "$(_helpnav_paths checklists)"
		return 0
		;;
	--format)
		_helpnav_reply "$cur" "text
markdown"
		return 0
		;;
	--field | --page-lines)
		COMPREPLY=()
		return 0
		;;
	--content | --check)
		_helpnav_files dirs "$cur"
		return 0
		;;
	-o | --output)
		_helpnav_files files "$cur"
		return 0
		;;
	--print-command)
		mapfile -t COMPREPLY < <(compgen -c -- "$cur")
		return 0
		;;
	--search | -s | --number)
		COMPREPLY=()
		return 0
		;;
	esac

	if [[ $cur == -* ]]; then
		_helpnav_reply "$cur" "--list
--search
--fixed-strings
--case-sensitive
--ids
--any-order
--checklist
--output
--format
--page-lines
--draft
--fields
--field
--check
--number
--content
--print-command
--print-on-exit
--ascii
--no-color
--help
--version
-l
-s
-F
-c
-o
-h
-V"
		return 0
	fi
	_helpnav_reply "$cur" "$(_helpnav_paths nodes "$cur")"
	return 0
} &&
	complete -F _helpnav helpnav

# ex: filetype=sh
