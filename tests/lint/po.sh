#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The English catalogue src/po/en.po: valid (format strings agree with the
# Russian msgids), every entry translated and none fuzzy, and exactly the
# messages the sources mark for translation (src/po/extract.sh): none
# missing, none stale.
# Usage: bash po.sh /path/to/build/helpnav /path/to/source
set -uo pipefail
src=$(cd "$2" && pwd)
po=$src/src/po/en.po
# shellcheck source=tests/lib/checks.bash
source "$(dirname "$0")/../lib/checks.bash"

for tool in msgfmt msgattrib msgcmp xgettext; do
	command -v "$tool" >/dev/null ||
		{ echo "FAIL: $tool missing (bash tests/deps.sh)" >&2; exit 1; }
done

msgfmt --check -o /dev/null "$po" 2>"$tmp/msgfmt" ||
	{ fail "msgfmt --check:"; cat "$tmp/msgfmt" >&2; }
for kind in untranslated only-fuzzy; do
	msgattrib --"$kind" --no-obsolete "$po" >"$tmp/$kind" 2>&1
	if grep -q '^msgid "[^"]' "$tmp/$kind"; then
		fail "$kind entries in src/po/en.po:"
		grep '^msgid' "$tmp/$kind" >&2
	fi
done
grep -q '^#~' "$po" && fail "src/po/en.po keeps obsolete (#~) entries"

if ! bash "$src/src/po/extract.sh" "$src" >"$tmp/helpnav.pot" 2>"$tmp/xg"; then
	fail "src/po/extract.sh:"
	cat "$tmp/xg" >&2
fi
count=$(grep -c '^msgid "' "$tmp/helpnav.pot")
[ "$count" -ge 100 ] || fail "only $count messages extracted from the sources"
# Every message of the sources is in the catalogue...
msgcmp "$po" "$tmp/helpnav.pot" 2>"$tmp/cmp" ||
	{ fail "messages of the sources missing from en.po:"; cat "$tmp/cmp" >&2; }
# ...and every entry of the catalogue is still in the sources.
msgcmp --use-untranslated "$tmp/helpnav.pot" "$po" 2>"$tmp/stale" ||
	{ fail "stale entries in en.po:"; cat "$tmp/stale" >&2; }

if [ $fails -ne 0 ]; then
	echo "$fails catalogue check(s) failed" >&2
	exit 1
fi
echo "po: $count messages, all translated"
