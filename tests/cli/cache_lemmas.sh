#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The lemma map of a --content pack is in its cache: a run that reads a
# valid cache opens no dictionary for the pack's words, and finds the
# words in any form as a run without a cache does (the installed copy of
# the guidance too). A cache written while
# the dictionary was missing holds no map and is written again, with
# one, once the dictionary appears where it was looked for (strace;
# skipped when strace or the dictionary is missing).
source "$(dirname "$0")/../lib/checks.bash"
command -v strace >/dev/null || skip "strace is not installed"
sysdict=/usr/share/hunspell
[ -r "$sysdict/ru_RU.dic" ] || skip "no Hunspell dictionary in $sysdict"

p=$tmp/pack
mkdir -p "$p" "$tmp/dict"
cp "$src"/content/*.yaml "$p"/
# a file changed in the last 2 s is not cached yet (cache.h; ctime too)
touch -d '-1 min' "$p"/*.yaml
sleep 3
export HELPNAV_DICT_DIR=$tmp/dict
query='деньги вернуть'

# traced NAME ARGS...: helpnav under strace; $tmp/NAME.out, .err, .trace
traced() {
	local name=$1
	shift
	# LeakSanitizer cannot work under ptrace and aborts at exit: off here
	ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 strace -f -e trace=open,openat -o "$tmp/$name.trace" \
		"$bin" --content "$p" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
}
opens_dict() { grep -q 'ru_RU\.\(dic\|aff\)' "$tmp/$1.trace"; }

traced nodict --list
cache=$(compgen -G "$tmp/cache/pack-*.cache")
check "without the dictionary the cache is written" [ -f "$cache" ]
traced nodict-words --any-order --search "$query"
check "without the dictionary: one note that it is missing" \
	[ "$(grep -c 'нет словаря' "$tmp/nodict-words.err")" = 1 ]

cp "$sysdict"/ru_RU.aff "$sysdict"/ru_RU.dic "$tmp/dict/"
before=$(stat -c %Y.%i "$cache")
traced appear --list
check "the dictionary appears: the cache is written again, with the map (it was read)" \
	opens_dict appear
check "the dictionary appears: a new cache file" [ "$(stat -c %Y.%i "$cache")" != "$before" ]

HELPNAV_NO_CACHE=1 "$bin" --content "$p" --any-order --search "$query" \
	>"$tmp/want.out" 2>"$tmp/want.err"
check "no cache: the words are found in other forms" grep -q 'по отдельным словам' "$tmp/want.out"
traced cached --any-order --search "$query"
check "from the cache: the dictionary is not opened" bash -c '! grep -q "ru_RU" "$1"' _ "$tmp/cached.trace"
check "from the cache: the cache file is what was read" grep -q 'pack-.*\.cache' "$tmp/cached.trace"
check "from the cache: the same words found as without a cache" cmp -s "$tmp/want.out" "$tmp/cached.out"
check "from the cache: no note on stderr" [ ! -s "$tmp/cached.err" ]
# the installed copy of the guidance ($HELPNAV_DATADIR) is such a pack too
HELPNAV_DATADIR=$p ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 strace -f -e trace=open,openat -o "$tmp/installed.trace" \
	"$bin" --any-order --search "$query" >"$tmp/installed.out" 2>&1
check "the installed pack: the dictionary is not opened" \
	bash -c '! grep -q "ru_RU" "$1"' _ "$tmp/installed.trace"
check "the installed pack: the same words found" cmp -s "$tmp/want.out" "$tmp/installed.out"
traced list --list
check "--list from the cache: the dictionary is not opened" \
	bash -c '! grep -q "ru_RU" "$1"' _ "$tmp/list.trace"
finish
