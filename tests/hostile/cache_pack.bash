# SPDX-License-Identifier: MIT
# cache_pack.bash - sourced by the cache_*.sh tests after checks.bash: a
# copy of the built-in pack in $pack, its cache written by a first run
# ($cache), the parsed pack's --list in $tmp/want, forge-cache ($FORGE,
# next to the unit tests) and run/fresh.
# shellcheck shell=bash disable=SC2154,SC2034 # bin, src, tmp: checks.bash; the rest: the tests
FORGE=$(dirname "$bin")/tests/forge-cache
unset HELPNAV_NO_CACHE
pack=$tmp/pack
cp -r "$src/content" "$pack"
chmod -R a+rX "$pack" # for the other-user cases
# a file changed in the last 2 s is not cached yet (cache.h)
touch -d '-1 min' "$pack"/*.yaml
sleep 3
"$bin" --content="$pack" --list >"$tmp/want" 2>"$tmp/err"
cache=$(ls "$HELPNAV_CACHE_DIR"/pack-*.cache 2>/dev/null | head -n1)
check "a first run writes the pack's cache" [ -f "$cache" ]
fresh() { rm -f "$cache"; "$bin" --content="$pack" --list >/dev/null 2>&1; }

# run NAME ARGS...: helpnav under a 20 s kill; ST, $tmp/NAME.out/.err.
run() {
	local name=$1
	shift
	timeout 20 "$bin" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
	ST=$?
}
