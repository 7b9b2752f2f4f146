# SPDX-License-Identifier: MIT
# cache_owner.sh - another user's cache is not believed: run as nobody
# (the test needs root to become someone else, else it is skipped), a
# cache forged by root in a shared folder (mode 1777) and a file of
# root's in nobody's own folder each give one warning, and the pack is
# parsed; nothing is written to the shared folder.
source "$(dirname "$0")/../lib/checks.bash"
as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; }
[ "$(id -u)" = 0 ] && command -v setpriv >/dev/null ||
	skip "the other-user cases run as nobody: they need root and setpriv"
as_nobody test -x "$bin" || skip "nobody cannot run $bin"
source "$(dirname "$0")/cache_pack.bash"
chmod 755 "$tmp"

# A shared folder: root, the attacker here, plants a cache forged from
# its own.
shared=$tmp/shared
mkdir -m 1777 "$shared"
planted=$shared/${cache##*/}
cp "$cache" "$planted"
"$FORGE" "$pack" "$planted" esc
chmod 644 "$planted"
HELPNAV_CACHE_DIR=$shared as_nobody "$bin" --content="$pack" --list \
	>"$tmp/shared.out" 2>"$tmp/shared.err"
ST=$?
check "a shared folder (1777): --list as nobody succeeds (exit $ST)" [ "$ST" = 0 ]
check "a shared folder: the planted cache is not believed" \
	cmp -s "$tmp/want" "$tmp/shared.out"
check "a shared folder: one warning naming the folder" \
	[ "$(grep -c 'папка кэша.*кэш не используется' "$tmp/shared.err")" = 1 ]
check "a shared folder: nobody wrote no cache there" \
	[ "$(stat -c %U "$planted")" = root ]

# Root's file in nobody's own folder.
own=$tmp/own
mkdir -m 700 "$own"
cp "$planted" "$own/"
chmod 644 "$own"/*.cache
chown nobody "$own"
HELPNAV_CACHE_DIR=$own as_nobody "$bin" --content="$pack" --list \
	>"$tmp/other.out" 2>"$tmp/other.err"
ST=$?
check "another user's file in one's own folder: --list succeeds (exit $ST)" [ "$ST" = 0 ]
check "another user's file: not believed" cmp -s "$tmp/want" "$tmp/other.out"
check "another user's file: one warning naming the file" \
	[ "$(grep -c 'файл кэша.*кэш не используется' "$tmp/other.err")" = 1 ]
check "another user's file: replaced by nobody's own cache" \
	[ "$(stat -c %U "$own"/pack-*.cache)" = nobody ]
finish
