#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The manual pages helpnav(1), English (src/man/helpnav.1, installed in
# man1/) and Russian (src/man/ru/helpnav.1, in ru/man1/): each renders
# without a single groff or `man --warnings` warning, and documents what the
# program really has: every option of --help, every environment variable
# the sources read, every key of the action table, the version.
# Usage: bash manpage.sh /path/to/helpnav /path/to/source
set -uo pipefail
helpnav=$1
src=$2
# shellcheck source=tests/lib/checks.bash
source "$(dirname "$0")/../lib/checks.bash"

"$helpnav" --help >"$tmp/help" || fail "helpnav --help exits non-zero"
longs=$(grep -o -- '--[a-z][a-z-]*' "$tmp/help" | sort -u)
[ -n "$longs" ] || fail "no long options in --help"
shorts=$(grep -oE '^ +-[a-zA-Z],' "$tmp/help" | tr -d ' ,' | sort -u)
version=$("$helpnav" --version | head -n 1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+')
vars=$(grep -rhoE 'getenv\("[A-Z_]+"\)' "$src/src" |
	sed 's/getenv("//; s/")//' | grep -vxE 'PATH|HOME' | sort -u)
actions=$src/src/tui/actions.h

# renders PAGE: groff and man(1) say nothing, lines fit 80 columns, the
# header and every section of the list are there.
renders()
{
	local page=$1 name=$2 section
	shift 2
	# -k: preconv, as man(1) does, for the UTF-8 text; -ww: every warning.
	groff -k -man -ww -z -Tutf8 "$page" 2>"$tmp/groff" ||
		fail "$name: groff exits non-zero"
	if [ -s "$tmp/groff" ]; then
		fail "$name: groff warnings:"
		cat "$tmp/groff" >&2
	fi
	if ! command -v man >/dev/null; then
		echo "man is not installed: only groff checked" >&2
		return
	fi
	MANWIDTH=80 man --warnings -l "$page" >"$tmp/out" 2>"$tmp/man" ||
		fail "$name: man --warnings -l exits non-zero"
	[ -s "$tmp/man" ] && fail "$name: man --warnings wrote: $(cat "$tmp/man")"
	grep -q '^HELPNAV(1)' "$tmp/out" || fail "$name: no HELPNAV(1) header"
	for section in "$@"; do
		grep -qx "$section" "$tmp/out" || fail "$name: no section $section"
	done
	local width
	width=$(wc -L <"$tmp/out")
	[ "$width" -le 80 ] || fail "$name: rendered lines up to $width columns"
}

# documents PAGE NAME ENV-SECTION KEYS-SECTION NEXT-SECTION: the options of
# --help, the variables, the keys of actions.h and the version.
documents()
{
	local page=$1 name=$2 env=$3 keys=$4 next=$5 plain opt v k
	# The roff source spells "--list" as "\-\-list".
	plain=$(sed 's/\\-/-/g' "$page")
	for opt in $longs; do
		grep -q -e "$opt\\b" <<<"$plain" ||
			fail "$name: $opt (in --help) not in the man page"
	done
	for opt in $shorts; do
		grep -qE -e "(^|[ \"])$opt( |,|$|\\|)" <<<"$plain" ||
			fail "$name: $opt (in --help) not in the man page"
	done
	for opt in $(grep -A1 '^\.TP' <<<"$plain" | grep -o -- '--[a-z][a-z-]*' |
		sort -u); do
		grep -qx -e "$opt" <<<"$longs" ||
			fail "$name: $opt is documented but not in helpnav --help"
	done

	# Every variable the program reads is in the environment section
	# (PATH and HOME need no words there).
	local env_section
	env_section=$(sed -n "/^\\.SH $env/,/^\\.SH /p" "$page")
	for v in $vars HELPNAV_PRINT_COMMAND NO_COLOR ESCDELAY LANG; do
		grep -q -e "$v" <<<"$env_section" ||
			fail "$name: environment $v not documented"
	done

	# Every key of the TUI's action table is in the keys section: Latin
	# keys as words of a key list, the ЙЦУКЕН twins in parentheses.
	if [ -f "$actions" ]; then
		groff -k -man -Tutf8 -P-cbou -rLL=80n "$page" 2>/dev/null |
			sed -n "/^$keys\$/,/^$next\$/p" >"$tmp/keys"
		[ -s "$tmp/keys" ] || fail "$name: no $keys section"
		for k in $latin_keys; do
			grep -qE "(^ +|, )[$k]( |,|$)|\\([$k]\\)" "$tmp/keys" ||
				fail "$name: key $k (actions.h) not in $keys"
		done
		for k in $twin_keys; do
			grep -qF "($k)" "$tmp/keys" ||
				fail "$name: key $k (twin of a key of actions.h) not in $keys"
		done
	fi

	grep -q "^\\.TH HELPNAV 1 .*\"helpnav $version\"" "$page" ||
		fail "$name: .TH does not name helpnav $version"
}

# The action table lists the Latin keys; the navigator adds each one's
# twin, the character the same key types under ЙЦУКЕН (spelled out here
# again, from the keyboard, not from the program's map).
qwerty='qwertyuiopasdfghjklzxcvbnmQWERTYUIOPASDFGHJKLZXCVBNM/?'
jcuken='йцукенгшщзфывапролдячсмитьЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ.,'
declare -A twin_of
for ((i = 0; i < ${#qwerty}; i++)); do
	twin_of[${qwerty:i:1}]=${jcuken:i:1}
done
latin_keys=
twin_keys=
if [ -f "$actions" ]; then
	# TUI_CTRL('t') is Ctrl-T, documented as such: not the key t. The
	# table only: the yes/no answers (TUI_ANSWERS) are said with the
	# question they answer.
	latin_keys=$(sed -n '/^#define TUI_ACTIONS(X)/,/^$/p' "$actions" |
		sed "s/TUI_CTRL('.')//g" |
		grep -oE "'[a-zA-Z?/.,]'" | tr -d "'" | sort -u)
	twin_keys=$(while IFS= read -r k; do
		[ -z "${twin_of[$k]:-}" ] || echo "${twin_of[$k]}"
	done <<<"$latin_keys" | sort -u)
	[ "$(wc -w <<<"$twin_keys")" -ge 16 ] ||
		fail "only $(wc -w <<<"$twin_keys") ЙЦУКЕН twins from actions.h"
fi

en=$src/src/man/helpnav.1
ru=$src/src/man/ru/helpnav.1
renders "$en" man1/helpnav.1 NAME SYNOPSIS DESCRIPTION OPTIONS KEYS \
	"EXIT STATUS" ENVIRONMENT FILES LICENSE
documents "$en" man1/helpnav.1 ENVIRONMENT KEYS "EXIT STATUS"
renders "$ru" ru/man1/helpnav.1 ИМЯ СИНТАКСИС ОПИСАНИЕ ПАРАМЕТРЫ КЛАВИШИ \
	"КОДЫ ВОЗВРАТА" ОКРУЖЕНИЕ ФАЙЛЫ ЛИЦЕНЗИЯ
documents "$ru" ru/man1/helpnav.1 ОКРУЖЕНИЕ КЛАВИШИ "КОДЫ ВОЗВРАТА"

# The two pages describe the same things: the same options in their .TP
# entries and the same number of keys.
tp_options()
{
	sed 's/\\-/-/g' "$1" | grep -A1 '^\.TP' | grep -oE -- '--?[a-zA-Z][a-z-]*' |
		sort -u
}
diff <(tp_options "$en") <(tp_options "$ru") >"$tmp/tp" ||
	fail "the pages document different options: $(cat "$tmp/tp")"
count_tp() { sed -n "/^\\.SH $2/,/^\\.SH /p" "$1" | grep -c '^\.TP'; }
[ "$(count_tp "$en" KEYS)" = "$(count_tp "$ru" КЛАВИШИ)" ] ||
	fail "KEYS and КЛАВИШИ list a different number of keys"

if [ $fails -ne 0 ]; then
	echo "$fails man page check(s) failed" >&2
	exit 1
fi
echo "man pages: both render cleanly, document $(wc -w <<<"$longs") options"
