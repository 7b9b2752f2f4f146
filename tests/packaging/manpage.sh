#!/usr/bin/env bash
# The manual page helpnav(1): renders without a single groff warning, and
# documents what the program really has: every option of --help, every
# environment variable the sources read, the version.
# Usage: bash manpage.sh /path/to/helpnav /path/to/source
set -uo pipefail
helpnav=$1
src=$2
page=$src/src/man/helpnav.1
# shellcheck source=tests/lib/checks.bash
source "$(dirname "$0")/../lib/checks.bash"

# -k: preconv, as man(1) does, for the UTF-8 text; -ww: every warning.
if ! groff -k -man -ww -z -Tutf8 "$page" 2>"$tmp/groff"; then
	fail "groff exits non-zero"
fi
if [ -s "$tmp/groff" ]; then
	fail "groff warnings:"
	cat "$tmp/groff" >&2
fi

if command -v man >/dev/null; then
	MANWIDTH=80 man -l "$page" >"$tmp/out" 2>"$tmp/man" ||
		fail "man -l exits non-zero"
	[ -s "$tmp/man" ] && fail "man -l wrote to stderr: $(cat "$tmp/man")"
	grep -q '^HELPNAV(1)' "$tmp/out" || fail "no HELPNAV(1) header"
	for section in ИМЯ СИНТАКСИС ОПИСАНИЕ ПАРАМЕТРЫ КЛАВИШИ "КОДЫ ВОЗВРАТА" \
		ОКРУЖЕНИЕ ФАЙЛЫ; do
		grep -qx "$section" "$tmp/out" || fail "no section $section"
	done
	width=$(wc -L <"$tmp/out")
	[ "$width" -le 80 ] || fail "rendered lines up to $width columns"
else
	echo "man is not installed: only groff checked" >&2
fi

# The roff source spells "--list" as "\-\-list".
plain=$(sed 's/\\-/-/g' "$page")
"$helpnav" --help >"$tmp/help" || fail "helpnav --help exits non-zero"
longs=$(grep -o -- '--[a-z][a-z-]*' "$tmp/help" | sort -u)
[ -n "$longs" ] || fail "no long options in --help"
for opt in $longs; do
	grep -q -e "$opt\\b" <<<"$plain" || fail "$opt (in --help) not in the man page"
done
shorts=$(grep -oE '^ +-[a-zA-Z],' "$tmp/help" | tr -d ' ,' | sort -u)
for opt in $shorts; do
	grep -qE -e "(^|[ \"])$opt( |,|$|\\|)" <<<"$plain" ||
		fail "$opt (in --help) not in the man page"
done
documented=$(grep -A1 '^\.TP' <<<"$plain" | grep -o -- '--[a-z][a-z-]*' |
	sort -u)
for opt in $documented; do
	grep -qx -e "$opt" <<<"$longs" ||
		fail "$opt is documented but not in helpnav --help"
done

# Every variable the program reads is in ОКРУЖЕНИЕ (PATH and HOME need no
# words there).
vars=$(grep -rhoE 'getenv\("[A-Z_]+"\)' "$src/src" |
	sed 's/getenv("//; s/")//' | grep -vxE 'PATH|HOME' | sort -u)
env_section=$(sed -n '/^\.SH ОКРУЖЕНИЕ/,/^\.SH /p' "$page")
for v in $vars HELPNAV_PRINT_COMMAND NO_COLOR ESCDELAY LANG; do
	grep -q -e "$v" <<<"$env_section" || fail "environment $v not documented"
done

# Every key of the TUI's action table (src/tui/actions.h) is in КЛАВИШИ:
# Latin keys as words of a key list, the ЙЦУКЕН twins in parentheses. The
# table lists the Latin keys; the navigator adds each one's twin, the
# character the same key types under ЙЦУКЕН (spelled out here again, from
# the keyboard, not from the program's map).
qwerty='qwertyuiopasdfghjklzxcvbnmQWERTYUIOPASDFGHJKLZXCVBNM/?'
jcuken='йцукенгшщзфывапролдячсмитьЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ.,'
declare -A twin_of
for ((i = 0; i < ${#qwerty}; i++)); do
	twin_of[${qwerty:i:1}]=${jcuken:i:1}
done
actions=$src/src/tui/actions.h
if [ -f "$actions" ]; then
	groff -k -man -Tutf8 -P-cbou -rLL=80n "$page" 2>/dev/null |
		sed -n '/^КЛАВИШИ/,/^КОДЫ ВОЗВРАТА/p' >"$tmp/keys"
	latin=$(grep -oE "'[a-zA-Z?/.,]'" "$actions" | tr -d "'" | sort -u)
	cyrillic=$(while IFS= read -r k; do
		[ -z "${twin_of[$k]:-}" ] || echo "${twin_of[$k]}"
	done <<<"$latin" | sort -u)
	[ "$(wc -w <<<"$cyrillic")" -ge 16 ] ||
		fail "only $(wc -w <<<"$cyrillic") ЙЦУКЕН twins from actions.h"
	for k in $latin; do
		grep -qE "(^ +|, )[$k]( |,|$)|\\([$k]\\)" "$tmp/keys" ||
			fail "key $k (actions.h) not in КЛАВИШИ"
	done
	for k in $cyrillic; do
		grep -qF "($k)" "$tmp/keys" ||
			fail "key $k (twin of a key of actions.h) not in КЛАВИШИ"
	done
fi

version=$("$helpnav" --version | head -n 1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+')
grep -q "^\.TH HELPNAV 1 .*\"helpnav $version\"" "$page" ||
	fail ".TH does not name helpnav $version"

if [ $fails -ne 0 ]; then
	echo "$fails man page check(s) failed" >&2
	exit 1
fi
echo "man page: renders cleanly, documents $(wc -w <<<"$longs") options"
