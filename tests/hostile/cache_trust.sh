# SPDX-License-Identifier: MIT
# cache_trust.sh - a cache on disk is believed only when it is the user's
# own and says only what the loader would have let through. Forged caches
# (tests/hostile/forge_cache.c: the project's own writer, then tampered
# with) and hostile files where the cache belongs: an escape sequence in a
# title, bytes that are not UTF-8 in a searched text, a lemma map out of
# order that lies, a FIFO, a sparse
# 1 GB file, a truncated file, a symlink. Another user's caches:
# cache_owner.sh; the built-in pack without a cache: cache_builtin.sh.
source "$(dirname "$0")/../lib/checks.bash"
source "$(dirname "$0")/cache_pack.bash"
check "the cache is the user's own, writable by the user alone" \
	bash -c '[ "$(stat -c %u "$1")" = "$(id -u)" ] && [ "$(stat -c %a "$1")" -le 644 ]' _ "$cache"

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

fresh
HELPNAV_NO_CACHE=1 "$bin" --content="$pack" --any-order --search='деньги вернуть' \
	>"$tmp/words.want" 2>&1
"$FORGE" "$pack" "$cache" lemmas
check "forged: the cache with a lemma map out of order is written" grep -q 'вернуть' "$cache"
run lemmas --content="$pack" --any-order --search='деньги вернуть'
check "forged lemma map: --search ends normally (exit $ST)" [ "$ST" -le 1 ]
check "forged lemma map: the words are found as in the parsed pack" \
	cmp -s "$tmp/words.want" "$tmp/lemmas.out"

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
timeout 20 /usr/bin/time -o "$tmp/time" -f '%M' "$bin" --content="$pack" --list \
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

finish
