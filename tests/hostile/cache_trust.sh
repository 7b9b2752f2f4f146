# SPDX-License-Identifier: MIT
# cache_trust.sh - a cache on disk is believed only when it is the user's
# own and says only what the loader would have let through. Forged caches
# (tests/hostile/forge_cache.c: the project's own writer, then tampered
# with) and hostile files where the cache belongs: an escape sequence in a
# title, bytes that are not UTF-8 in a searched text, a FIFO, a sparse
# 1 GB file, a truncated file; and, run as another user (nobody) when the
# test runs as root, a shared folder and a file planted by someone else.
# The built-in pack reads no cache file at all (strace, when installed).
set -u
HELPNAV=$(realpath "$1")
SRC=$(realpath "$2")
FORGE=$(dirname "$HELPNAV")/tests/forge-cache
. "$(dirname "$0")/../lib/checks.bash"
export LC_ALL=C.UTF-8 LANGUAGE=
unset HELPNAV_NO_CACHE
export HELPNAV_CACHE_DIR=$tmp/cache
pack=$tmp/pack
cp -r "$SRC/content" "$pack"
chmod -R a+rX "$pack" # for the other-user cases below
# a file changed in the last 2 s is not cached yet (cache.h)
touch -d '-1 min' "$pack"/*.yaml
sleep 3
"$HELPNAV" --content="$pack" --list >"$tmp/want" 2>"$tmp/err"
cache=$(ls "$HELPNAV_CACHE_DIR"/pack-*.cache 2>/dev/null | head -n1)
check "a first run writes the pack's cache" [ -f "$cache" ]
check "the cache is the user's own, writable by the user alone" \
	bash -c '[ "$(stat -c %u "$1")" = "$(id -u)" ] && [ "$(stat -c %a "$1")" -le 644 ]' _ "$cache"
fresh() { rm -f "$cache"; "$HELPNAV" --content="$pack" --list >/dev/null 2>&1; }

# run NAME ARGS...: helpnav under a 20 s kill; ST, $tmp/NAME.out/.err.
run() {
	local name=$1
	shift
	timeout 20 "$HELPNAV" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
	ST=$?
}

"$FORGE" "$pack" "$cache" esc
check "forged: the cache with an escape in a title is written" grep -q PWNED "$cache"
run esc --content="$pack" --list
check "forged escape: --list succeeds (exit $ST)" [ "$ST" = 0 ]
check "forged escape: no ESC byte reaches the output" \
	bash -c '! grep -q $'"'"'\x1b'"'"' "$1"' _ "$tmp/esc.out"
check "forged escape: the fake text is not shown" \
	bash -c '! grep -q "PWNED\|000-00-00" "$1"' _ "$tmp/esc.out"
check "forged escape: the output is the parsed pack's" cmp -s "$tmp/want" "$tmp/esc.out"

fresh
"$FORGE" "$pack" "$cache" badutf
run badutf --content="$pack" --search='возврат|а'
check "forged bad UTF-8: --search ends normally (exit $ST)" [ "$ST" -le 1 ]
check "forged bad UTF-8: no byte that is not UTF-8 in the output" \
	iconv -f UTF-8 -t UTF-8 -o /dev/null "$tmp/badutf.out"

rm -f "$cache"
mkfifo "$cache"
run fifo --content="$pack" --list
check "a FIFO as the cache: --list does not hang (exit $ST)" [ "$ST" = 0 ]
check "a FIFO as the cache: the pack is shown" cmp -s "$tmp/want" "$tmp/fifo.out"
check "a FIFO as the cache: one warning ($(grep -c 'кэш не используется' "$tmp/fifo.err"))" \
	[ "$(grep -c 'кэш не используется' "$tmp/fifo.err")" = 1 ]
check "a FIFO as the cache: replaced by a real cache" [ -f "$cache" ] && [ ! -p "$cache" ]

fresh
truncate -s 1G "$cache"
timeout 20 /usr/bin/time -o "$tmp/time" -f '%M' "$HELPNAV" --content="$pack" --list \
	>"$tmp/sparse.out" 2>"$tmp/sparse.err"
ST=$?
kb=$(tail -n1 "$tmp/time")
check "a sparse 1 GB cache: --list succeeds (exit $ST)" [ "$ST" = 0 ]
check "a sparse 1 GB cache: not read (peak $kb KB < 100 MB)" [ "$kb" -lt 102400 ]
check "a sparse 1 GB cache: the pack is shown" cmp -s "$tmp/want" "$tmp/sparse.out"

fresh
truncate -s $(($(stat -c %s "$cache") / 2)) "$cache"
run short --content="$pack" --list
check "a truncated cache: --list succeeds (exit $ST)" [ "$ST" = 0 ]
check "a truncated cache: the pack is shown" cmp -s "$tmp/want" "$tmp/short.out"
check "a truncated cache: no warning (it is the user's, only damaged)" [ ! -s "$tmp/short.err" ]

fresh
ln -s "$cache" "$tmp/link.cache"
mv "$cache" "$tmp/real.cache"
ln -s "$tmp/real.cache" "$cache"
run link --content="$pack" --list
check "a symlink as the cache: not followed, one warning" \
	[ "$(grep -c 'кэш не используется' "$tmp/link.err")" = 1 ]
check "a symlink as the cache: the pack is shown" cmp -s "$tmp/want" "$tmp/link.out"

# Another user's folder and file: needs root to become someone else.
as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; }
if [ "$(id -u)" != 0 ] || ! command -v setpriv >/dev/null; then
	echo "skip: the other-user cases need root and setpriv"
elif ! as_nobody test -x "$HELPNAV"; then
	echo "skip: nobody cannot run $HELPNAV"
else
	chmod 755 "$tmp"
	shared=$tmp/shared
	mkdir -m 1777 "$shared"
	# root, the attacker here, plants a cache forged from its own
	planted=$shared/${cache##*/}
	fresh
	cp "$cache" "$planted"
	"$FORGE" "$pack" "$planted" esc
	chmod 644 "$planted"
	HELPNAV_CACHE_DIR=$shared as_nobody "$HELPNAV" --content="$pack" --list \
		>"$tmp/shared.out" 2>"$tmp/shared.err"
	ST=$?
	check "a shared folder (1777): --list as nobody succeeds (exit $ST)" [ "$ST" = 0 ]
	check "a shared folder: the planted cache is not believed" \
		cmp -s "$tmp/want" "$tmp/shared.out"
	check "a shared folder: one warning naming the folder" \
		[ "$(grep -c 'папка кэша.*кэш не используется' "$tmp/shared.err")" = 1 ]
	check "a shared folder: nobody wrote no cache there" \
		[ "$(stat -c %U "$planted")" = root ]

	own=$tmp/own
	mkdir -m 700 "$own"
	cp "$planted" "$own/"
	chmod 644 "$own"/*.cache
	chown nobody "$own"
	HELPNAV_CACHE_DIR=$own as_nobody "$HELPNAV" --content="$pack" --list \
		>"$tmp/other.out" 2>"$tmp/other.err"
	ST=$?
	check "another user's file in one's own folder: --list succeeds (exit $ST)" [ "$ST" = 0 ]
	check "another user's file: not believed" cmp -s "$tmp/want" "$tmp/other.out"
	check "another user's file: one warning naming the file" \
		[ "$(grep -c 'файл кэша.*кэш не используется' "$tmp/other.err")" = 1 ]
	check "another user's file: replaced by nobody's own cache" \
		[ "$(stat -c %U "$own"/pack-*.cache)" = nobody ]
fi

# The built-in pack is in the binary: the default run opens no cache.
if command -v strace >/dev/null; then
	for mode in --list --search=возврат; do
		strace -f -e trace=open,openat -o "$tmp/strace" "$HELPNAV" "$mode" >/dev/null 2>&1
		check "built-in $mode: strace saw the run" grep -q 'openat\|open(' "$tmp/strace"
		check "built-in $mode: nothing in the cache folder opened or tried" \
			bash -c '! grep -qE "$1|builtin\.cache|pack-[0-9a-f]+\.cache" "$2"' \
			_ "$HELPNAV_CACHE_DIR" "$tmp/strace"
	done
else
	echo "skip: strace is not installed, the no-cache-file check is not run"
fi
checks_done
