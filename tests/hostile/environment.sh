# SPDX-License-Identifier: MIT
# environment.sh - cache locations from the environment that are relative:
# HELPNAV_CACHE_DIR=rel is an error with a message (in every mode that
# loads content), and a relative HOME or XDG_CACHE_HOME never makes
# folders in the current directory.
set -u
# shellcheck source=tests/lib/checks.bash
source "$(dirname "$0")/../lib/checks.bash"
export LC_ALL=C.UTF-8
cd "$tmp" || exit 1
unset HELPNAV_NO_CACHE XDG_CACHE_HOME
nothing_here() { [ -z "$(ls -A "$tmp")" ]; }

for mode in --list --search=возврат --checklist=returns/chat; do
	HELPNAV_CACHE_DIR=rel "$bin" $mode >out 2>err
	st=$?
	check "HELPNAV_CACHE_DIR=rel $mode: exit 2 (got $st)" [ "$st" = 2 ]
	check "HELPNAV_CACHE_DIR=rel $mode: says why" \
		grep -q "HELPNAV_CACHE_DIR должен быть абсолютным путём.*«rel»" err
	check "HELPNAV_CACHE_DIR=rel $mode: no output" [ ! -s out ]
	rm -f out err
	check "HELPNAV_CACHE_DIR=rel $mode: nothing made here" nothing_here
done
# --check and --help do not use the cache
HELPNAV_CACHE_DIR=rel "$bin" --help >/dev/null
check "HELPNAV_CACHE_DIR=rel --help: works" [ $? = 0 ]

env -u HELPNAV_CACHE_DIR HOME=relhome "$bin" --list >/dev/null
check "HOME=relhome --list: works (got $?)" [ $? = 0 ]
env -u HELPNAV_CACHE_DIR HOME=relhome "$bin" --content "$src/content" --list >/dev/null
check "HOME=relhome --content: works" [ $? = 0 ]
check "HOME=relhome: no folder made here" nothing_here
env -u HELPNAV_CACHE_DIR XDG_CACHE_HOME=relcache HOME="$tmp/home" \
	"$bin" --content "$src/content" --list >/dev/null
check "XDG_CACHE_HOME=relcache: ignored" [ ! -e relcache ]
check "XDG_CACHE_HOME=relcache: HOME's cache used" \
	[ -n "$(ls -A "$tmp/home/.cache/helpnav" 2>/dev/null)" ]

finish
