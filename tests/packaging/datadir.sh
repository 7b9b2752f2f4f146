#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The installed content: a binary installed into the prefix it was
# configured for reads share/helpnav/*.yaml instead of its built-in copy
# (so an edited installed pack shows), falls back to the built-in copy with
# a one-line warning when that folder is missing or broken, and a copy of
# the binary elsewhere (a build tree) keeps its built-in content;
# HELPNAV_DATADIR names the folder for a DESTDIR install.
# Usage: bash datadir.sh /path/to/build/helpnav /path/to/source
set -o pipefail
source "$(dirname "$0")/../lib/checks.bash"
unset HELPNAV_DATADIR

# A build configured for the prefix $tmp/prefix, installed there.
prefix=$tmp/prefix
if ! { cmake -S "$src" -B "$tmp/build" -DCMAKE_INSTALL_PREFIX="$prefix" \
	-DHELPNAV_TESTS=OFF -DCMAKE_BUILD_TYPE=Release &&
	cmake --build "$tmp/build" -j4 --target helpnav &&
	cmake --install "$tmp/build"; } >"$tmp/log" 2>&1; then
	cat "$tmp/log" >&2
	echo "FAIL: configure, build and install into $prefix" >&2
	exit 1
fi
inst=$prefix/bin/helpnav
data=$prefix/share/helpnav

"$bin" --list >"$tmp/builtin" 2>&1 || fail "build-tree --list"
grep -q 'Возврат и обмен' "$tmp/builtin" || fail "built-in list: $(head -3 "$tmp/builtin")"

# The untouched installed pack lists what the built-in one does.
"$inst" --list >"$tmp/out" 2>"$tmp/err" || fail "installed --list exits non-zero"
cmp -s "$tmp/out" "$tmp/builtin" || fail "installed pack lists another tree"
[ -s "$tmp/err" ] && fail "installed --list warns: $(cat "$tmp/err")"

# An edited installed pack is what the installed program shows...
sed -i 's/title: Возврат и обмен$/title: Возврат и обмен (установлено)/' \
	"$data/categories.yaml"
"$inst" --list >"$tmp/out" 2>"$tmp/err"
grep -q 'Возврат и обмен (установлено)' "$tmp/out" ||
	fail "the installed program ignores its installed pack"
"$inst" --check >"$tmp/check" 2>&1 || fail "installed --check: $(cat "$tmp/check")"
# ...also through a symbolic link to it...
ln -s "$inst" "$tmp/link"
"$tmp/link" --list >"$tmp/out" 2>"$tmp/err"
grep -qF '(установлено)' "$tmp/out" ||
	fail "a symbolic link to the installed program ignores the pack: $(cat "$tmp/err")"
# ...but not --content, nor a copy of the binary outside the bindir.
"$inst" --content "$src/content" --list >"$tmp/out" 2>&1
cmp -s "$tmp/out" "$tmp/builtin" || fail "--content does not win over the installed pack"
cp "$inst" "$tmp/copy"
"$tmp/copy" --list >"$tmp/out" 2>&1
cmp -s "$tmp/out" "$tmp/builtin" || fail "a copy outside the bindir reads the installed pack"
# HELPNAV_DATADIR points any binary at a folder (a DESTDIR install).
HELPNAV_DATADIR=$data "$tmp/copy" --list >"$tmp/out" 2>"$tmp/err"
grep -qF '(установлено)' "$tmp/out" ||
	fail "HELPNAV_DATADIR is not used: $(cat "$tmp/err")"
HELPNAV_DATADIR=$data HELPNAV_CACHE_DIR=$tmp/cache-build "$bin" --list \
	>"$tmp/out" 2>"$tmp/err"
grep -qF '(установлено)' "$tmp/out" ||
	fail "HELPNAV_DATADIR is not used by the build-tree binary: $(cat "$tmp/err")"

fallback() { # WHAT: --list falls back with a one-line warning, exit 0
	"$inst" --list >"$tmp/out" 2>"$tmp/err"
	local rc=$?
	[ "$rc" -eq 0 ] || fail "$1: exit $rc"
	cmp -s "$tmp/out" "$tmp/builtin" || fail "$1: not the built-in content"
	[ "$(wc -l <"$tmp/err")" -eq 1 ] &&
		grep -q "^helpnav: .*$data.*встроенное" "$tmp/err" ||
		fail "$1: warning is not one line naming the folder: $(cat "$tmp/err")"
}
# A broken installed pack, then a missing one.
printf 'categories: [\n' >"$data/categories.yaml"
fallback "broken installed pack"
"$inst" --check >/dev/null 2>&1
rc=$?
[ "$rc" -eq 1 ] || fail "--check without a folder: exit $rc, not 1 for the broken installed pack"
"$inst" --checklist returns/chat >/dev/null 2>"$tmp/err" ||
	fail "--checklist with a broken installed pack"
rm -rf "$data"
fallback "missing installed pack"
LANG=en_US.UTF-8 LC_ALL="" "$inst" --list 2>&1 >/dev/null |
	grep -q 'using the built-in content' ||
	fail "the warning is not translated"

if [ $fails -ne 0 ]; then
	echo "$fails installed-content check(s) failed" >&2
	exit 1
fi
echo "datadir: the installed pack is used, with a fallback"
