#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The built-in pack's image (src/tools/image.c) is reproducible: written
# again from copies of the content files, in another folder, with other
# file times, it is the same bytes as the one the build compiled in.
# Skipped when the build folder's tool or image is not there (an
# installed program).
source "$(dirname "$0")/../lib/checks.bash"
build=$(dirname "$bin")
tool=$build/src/helpnav-image
image=$build/src/builtin.cache
[ -x "$tool" ] && [ -f "$image" ] || skip "no helpnav-image or builtin.cache in $build/src"
dict=$(sed -n 's/^HELPNAV_BUILD_DICT_DIR:PATH=//p' "$build/CMakeCache.txt" 2>/dev/null)
dict=${dict:-/usr/share/hunspell}

mkdir -p "$tmp/elsewhere/content"
cp "$src"/content/*.yaml "$tmp/elsewhere/content/"
touch -d '2001-02-03 04:05:06' "$tmp/elsewhere/content/"*.yaml
(cd "$tmp/elsewhere" && HELPNAV_DICT_DIR=$dict "$tool" "$tmp/again.cache" content/*.yaml)
check "the image is written again (exit $?)" [ -s "$tmp/again.cache" ]
check "the same bytes from another folder, other file times" cmp "$image" "$tmp/again.cache"
HELPNAV_DICT_DIR=$tmp/none "$tool" "$tmp/nodict.cache" "$tmp/elsewhere/content/"*.yaml \
	2>"$tmp/nodict.err"
check "without the dictionary the tool fails (exit $?) and says so" \
	grep -q 'no Hunspell dictionary' "$tmp/nodict.err"
finish
