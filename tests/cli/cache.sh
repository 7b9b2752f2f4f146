#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The cache of a --content pack: the same output from the cache as from the
# YAML; a stale, truncated or corrupt cache, or a cache folder that cannot
# be written, changes nothing but the speed.
source "$(dirname "$0")/../lib/checks.bash"

export HELPNAV_CACHE_DIR=$tmp/cache
p=$tmp/pack
mkdir -p "$p"
cp "$src"/content/*.yaml "$p"/
pattern='возврат|[0-9]+ минут'

HELPNAV_NO_CACHE=1 "$bin" --content "$p" --list >"$tmp/list.want"
HELPNAV_NO_CACHE=1 "$bin" --content "$p" --search "$pattern" \
	>"$tmp/search.want"
[ -e "$tmp/cache" ] && fail "HELPNAV_NO_CACHE=1 still wrote a cache"

# Files changed in the last 2 s are not cached yet (coarse file times):
# remove the cache and run until it is written again, with a deadline.
wait_cache() {
	local deadline=$((SECONDS + 20))
	rm -f "$tmp"/cache/*.cache
	until compgen -G "$tmp/cache/*.cache" >/dev/null; do
		if [ "$SECONDS" -ge "$deadline" ]; then
			fail "no cache file written in $tmp/cache"
			return 1
		fi
		"$bin" --content "$p" --list >/dev/null || fail "--list"
		sleep 0.1
	done
	cache=$(compgen -G "$tmp/cache/*.cache")
}

same() { # LABEL: --list and --search print what they print without a cache
	"$bin" --content "$p" --list >"$tmp/list.got" 2>"$tmp/err" ||
		fail "$1: --list exit status"
	cmp -s "$tmp/list.want" "$tmp/list.got" || fail "$1: --list differs"
	"$bin" --content "$p" --search "$pattern" >"$tmp/search.got" \
		2>>"$tmp/err" || fail "$1: --search exit status"
	cmp -s "$tmp/search.want" "$tmp/search.got" ||
		fail "$1: --search differs"
	[ -s "$tmp/err" ] && fail "$1: messages: $(head -3 "$tmp/err")"
}

wait_cache && same "from the cache"
same "from the cache, again"
[ "$(stat -c %a "$cache")" = 600 ] || fail "cache file is not private"

head -c 1000 "$cache" >"$tmp/cut" && cp "$tmp/cut" "$cache"
same "truncated cache"

wait_cache
size=$(stat -c %s "$cache")
printf 'Z' | dd of="$cache" bs=1 seek=$((size / 2)) conv=notrunc \
	status=none
same "a byte changed in the cache"
head -c "$size" /dev/zero >"$cache"
same "a cache of zeros"

# --search reads only the header, the strings and the row table (at the
# header's bytes 24 and 48): a byte changed in the table, in the first
# searched text, or a cache cut before its record stream, is caught too.
search_same() { # LABEL
	"$bin" --content "$p" --search "$pattern" >"$tmp/search.got" \
		2>"$tmp/err" || fail "$1: --search exit status"
	cmp -s "$tmp/search.want" "$tmp/search.got" ||
		fail "$1: --search differs"
	[ -s "$tmp/err" ] && fail "$1: messages: $(head -3 "$tmp/err")"
}
header_word() { od -An -t u8 -j "$1" -N 8 "$cache" | tr -d ' '; }
for spot in table text cut; do
	wait_cache
	case $spot in
	table) at=$(($(header_word 48) + 9)) ;;
	text) at=$(($(header_word 24) + 1)) ;;
	cut) at=$(header_word 64) ;;
	esac
	if [ $spot = cut ]; then
		head -c "$at" "$cache" >"$tmp/cut" && cp "$tmp/cut" "$cache"
	else
		printf 'Z' | dd of="$cache" bs=1 seek="$at" conv=notrunc \
			status=none
	fi
	search_same "--search, damaged $spot"
done

# The pack changes after it was cached: the change shows at once.
wait_cache
sed -i 's/title: Возврат и обмен$/title: Возврат и обмен товаров/' \
	"$p/categories.yaml"
"$bin" --content "$p" --list | grep -q "Возврат и обмен товаров" ||
	fail "a stale cache was used after the pack changed"
rm "$p/sources.yaml"
"$bin" --content "$p" --list >/dev/null 2>&1 &&
	fail "a removed file did not invalidate the cache"
cp "$src/content/sources.yaml" "$src/content/categories.yaml" "$p/"

# The same pack named two ways ("$p" and a relative path) gets a cache
# each: neither run rewrites the other's (their origins differ).
wait_cache
inode=$(stat -c %i "$cache")
(cd "$tmp" && "$bin" --content pack --list >/dev/null) || fail "relative --list"
[ "$(stat -c %i "$cache")" = "$inode" ] ||
	fail "a run through a relative path rewrote the absolute path's cache"
[ "$(compgen -G "$tmp/cache/*.cache" | wc -l)" = 2 ] ||
	fail "the relative path did not get its own cache"

# A cache folder that cannot be created: still works, silently.
: >"$tmp/blocker"
HELPNAV_CACHE_DIR=$tmp/blocker/sub same "an unusable cache folder"
HELPNAV_CACHE_DIR=$tmp/blocker/sub "$bin" --content "$p" --list \
	>/dev/null 2>"$tmp/err" && [ ! -s "$tmp/err" ] ||
	fail "an unusable cache folder gave messages or an error"
finish
