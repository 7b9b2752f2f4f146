#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The English UI: under an English locale the help and the messages come
# from the catalogue built next to the program (src/po/en.po), with the same
# exit codes; the C.UTF-8 and Russian locales keep the Russian messages.
source "$(dirname "$0")/../lib/checks.bash"
unset LC_ALL LANGUAGE LC_MESSAGES

en=
for cand in en_US.UTF-8 en_US.utf8 C.UTF-8; do
	if locale -a 2>/dev/null | grep -qix "${cand/UTF-8/utf-*8}"; then
		en=$cand
		break
	fi
done
if [ "$en" = C.UTF-8 ] || [ -z "$en" ]; then
	echo "FAIL: no en_US.UTF-8 locale (bash tests/deps.sh --test)"
	exit 1
fi

run() { # LANG RC ARGS... : output in $tmp/out and $tmp/err
	local lang=$1 want=$2
	shift 2
	LANG=$lang "$bin" "$@" </dev/null >"$tmp/out" 2>"$tmp/err"
	local rc=$?
	[ "$rc" -eq "$want" ] ||
		fail "LANG=$lang helpnav $*: exit $rc, expected $want"
}

has() { # FILE REGEX WHAT
	grep -qE "$2" "$1" || { fail "$3:"; cat "$1"; }
}

cyrillic_free() { # FILE WHAT: no Russian word outside quoted user input
	if grep -vE '^ *helpnav (--search|--checklist)' "$1" |
		grep -qP '[\x{0400}-\x{04FF}]{3,}'; then
		fail "$2 has Russian left:"
		grep -P '[\x{0400}-\x{04FF}]{3,}' "$1"
	fi
}

run "$en" 0 --help
has "$tmp/out" '^Usage: helpnav \[OPTION\]\.\.\. \[PATH\]$' "--help in English"
has "$tmp/out" '^  -h, --help +display this help and exit$' "--help options"
grep -v 'возврат' "$tmp/out" >"$tmp/help-en"
cyrillic_free "$tmp/help-en" "--help"
[ "$(wc -l <"$tmp/out")" -ge 20 ] || fail "English --help is short"
awk 'length > 80 { bad = 1 } END { exit bad }' "$tmp/out" ||
	fail "English --help has lines over 80 columns"

run "$en" 2 --bogus
has "$tmp/err" "^helpnav: unknown option '--bogus'$" "unknown option"
has "$tmp/err" "^Try 'helpnav --help' for more information\.$" "usage hint"

run "$en" 2 --list --search x
has "$tmp/err" '^helpnav: --list and --search cannot be combined$' "two modes"

run "$en" 2 --content "$pack" --checklist nowhere/none
has "$tmp/err" "^helpnav: no such checklist: 'nowhere/none'$" "bad checklist"
has "$tmp/err" '^A checklist is given as CATEGORY/CHANNEL\.$' "checklist hint"

run "$en" 1 --content "$pack" --search 'zzqqxx'
run "$en" 0 --content "$pack" --list
has "$tmp/out" '^Categories:$' "--list headings"

run "$en" 2 --content "$pack"
has "$tmp/err" 'needs a terminal' "TUI without a terminal"

# The core's messages: loader diagnostics and the checklist's headings.
run "$en" 2 --check "$tmp/no-such-folder"
has "$tmp/err" "^$tmp/no-such-folder: cannot open the folder: no such file or folder$" \
	"loader message"
has "$tmp/err" '^helpnav: cannot read the content$' "--check failure"
mkdir "$tmp/bad"
printf 'categories:\n  - id: x\n    titel: X\n' >"$tmp/bad/a.yaml"
run "$en" 1 --check "$tmp/bad"
has "$tmp/out" 'unknown key "titel", did you mean "title"\?$' "schema message"
run "$en" 0 --content "$pack" --checklist "$(LC_ALL=C.UTF-8 "$bin" \
	--content "$pack" --list | awk '$1 ~ /^[a-z-]+\/[a-z-]+$/ { print $1; exit }')"
has "$tmp/out" '^Checklist: ' "checklist title"
has "$tmp/out" '^Prepare before contacting support:$' "checklist heading"

# The same calls in C.UTF-8, a Russian locale (even when not generated)
# and with LANGUAGE=ru under the English locale stay Russian.
for lang in C.UTF-8 ru_RU.UTF-8; do
	run "$lang" 2 --bogus
	has "$tmp/err" '^helpnav: неизвестный параметр «--bogus»$' \
		"LANG=$lang: unknown option"
	run "$lang" 0 --help
	has "$tmp/out" '^Использование: helpnav ' "LANG=$lang: --help"
done
LANGUAGE=ru LANG=$en "$bin" --bogus 2>"$tmp/err"
has "$tmp/err" 'неизвестный параметр' "LANGUAGE=ru"
LC_MESSAGES=C.UTF-8 LANG=$en "$bin" --bogus 2>"$tmp/err"
has "$tmp/err" 'неизвестный параметр' "LC_MESSAGES=C.UTF-8"

finish
