#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Debian package: cpack builds helpnav_*.deb; lintian finds no error and
# no warning in it; its control data names the package, section and
# maintainer and declares the shared libraries the binary needs; it holds
# exactly the installed files under /usr, with the copyright and a changelog
# of the package's version; the binary unpacked from it runs.
# Usage: bash deb.sh /path/to/build/helpnav /path/to/source
set -uo pipefail
build=$(cd "$(dirname "$1")" && pwd)
src=$(cd "$2" && pwd)
# shellcheck source=tests/lib/checks.bash
source "$(dirname "$0")/../lib/checks.bash"
for tool in cpack dpkg-deb lintian dpkg-parsechangelog; do
	command -v $tool >/dev/null || {
		echo "$tool не установлен (bash tests/deps.sh --test)" >&2
		exit 1
	}
done

# -B keeps the package and CPack's staging out of the build folder.
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" \
	>"$tmp/log" 2>&1; then
	cat "$tmp/log" >&2
	echo "FAIL: cpack" >&2
	exit 1
fi
debs=("$tmp"/out/helpnav_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
	ls -l "$tmp/out" >&2
	echo "FAIL: expected one helpnav_*.deb" >&2
	exit 1
fi
deb=${debs[0]}

dpkg-deb -I "$deb" >"$tmp/info" || fail "dpkg-deb -I"

# lintian as Debian runs it on an upload; no overrides are honoured, so
# none can hide a problem. Its info (I:) and pedantic notes are advice.
lintian --no-override --fail-on error,warning "$deb" >"$tmp/lintian" 2>&1
rc=$?
grep -v 'running with root privileges' "$tmp/lintian" >"$tmp/lintian-tags"
if [ $rc -ne 0 ] || grep -qE '^[EW]: ' "$tmp/lintian-tags"; then
	fail "lintian (exit $rc):"
	cat "$tmp/lintian-tags" >&2
fi
field()
{
	dpkg-deb -f "$deb" "$1"
}
[ "$(field Package)" = helpnav ] || fail "Package: $(field Package)"
[ "$(field Section)" = utils ] || fail "Section: $(field Section)"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] ||
	fail "Architecture: $(field Architecture)"
[[ $(field Maintainer) == *"<"*@*">" ]] || fail "Maintainer: $(field Maintainer)"
[[ $(field Maintainer) != *example.* ]] ||
	fail "Maintainer is a placeholder: $(field Maintainer)"
# Description: the summary, then indented lines that do not repeat it.
summary=$(field Description | head -n 1)
second=$(field Description | sed -n 2p)
[ -n "$summary" ] || fail "no Description"
[[ $second == " "[!\ ]* ]] || fail "extended description line: «$second»"
[ "$second" != " $summary" ] || fail "the summary is repeated: «$second»"
version=$("$1" --version | head -n 1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+')
[[ $(field Version) == "$version"* ]] ||
	fail "Version $(field Version), the program says $version"

# Depends names the package of every library the binary links directly.
depends=$(field Depends)
needed=$(objdump -p "$1" 2>/dev/null | awk '$1 == "NEEDED" { print $2 }')
[ -n "$needed" ] || needed=$(ldd "$1" | awk '{ print $1 }')
declare -A pkg_of=([libncursesw.so.6]=libncursesw6 [libtinfo.so.6]=libtinfo6
	[libyaml-0.so.2]=libyaml-0-2 [libpcre2-8.so.0]=libpcre2-8-0
	[libc.so.6]=libc6)
for lib in libncursesw.so.6 libyaml-0.so.2 libpcre2-8.so.0 libc.so.6; do
	grep -qx "$lib" <<<"$needed" || fail "the binary does not link $lib?"
done
for lib in $needed; do
	p=${pkg_of[$lib]:-}
	[ -n "$p" ] || continue
	[[ ", $depends," == *", $p"[\ ,]* ]] || fail "Depends lacks $p: «$depends»"
done

# Every dependency is a package this Debian has, in a version that
# satisfies the declared bound.
IFS=',' read -ra clauses <<<"$depends"
for clause in "${clauses[@]}"; do
	read -r name op ver <<<"$(tr -d '()' <<<"$clause")"
	have=$(dpkg-query -W -f='${Version}' "$name" 2>/dev/null) || {
		fail "Depends: $name is not a package here"
		continue
	}
	if [ -n "${op:-}" ] && ! dpkg --compare-versions "$have" "$op" "$ver"; then
		fail "Depends: $name $op $ver, but Debian has $have"
	fi
done

# Contents: the files of a plain install, under /usr, and nothing else.
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sed 's|^\./||' |
	sort >"$tmp/files"
{
	echo usr/bin/helpnav
	echo usr/share/bash-completion/completions/helpnav
	echo usr/share/zsh/vendor-completions/_helpnav
	echo usr/share/fish/vendor_completions.d/helpnav.fish
	echo usr/share/doc/helpnav/copyright
	echo usr/share/doc/helpnav/changelog.gz
	for f in "$src"/content/*.yaml "$src"/content/README.md; do
		[ -e "$f" ] && echo "usr/share/helpnav/$(basename "$f")"
	done
	echo usr/share/man/man1/helpnav.1.gz
	echo usr/share/man/ru/man1/helpnav.1.gz
	echo usr/share/locale/en/LC_MESSAGES/helpnav.mo
} | sort >"$tmp/want"
if ! diff -u "$tmp/want" "$tmp/files" >"$tmp/diff"; then
	fail "package contents differ (- missing, + extra):"
	cat "$tmp/diff" >&2
fi
dpkg-deb -c "$deb" | awk '$1 ~ /^-/ && $2 != "root/root" { print }' \
	>"$tmp/owners"
[ -s "$tmp/owners" ] && fail "files not owned by root: $(cat "$tmp/owners")"

# dpkg itself installs it into an empty root (dependencies are checked
# above) and records every file.
admin=$tmp/root/var/lib/dpkg
mkdir -p "$admin/info" "$admin/updates" "$admin/triggers"
: >"$admin/status"
if dpkg --root="$tmp/root" --force-not-root --force-depends \
	--force-script-chrootless --log=/dev/null -i "$deb" >"$tmp/dpkg" 2>&1; then
	dpkg --root="$tmp/root" -L helpnav >"$tmp/listed" 2>&1
	grep -qx /usr/bin/helpnav "$tmp/listed" ||
		fail "dpkg -L helpnav lacks /usr/bin/helpnav"
	[ -x "$tmp/root/usr/bin/helpnav" ] || fail "dpkg did not unpack the binary"
else
	fail "dpkg -i into an empty root: $(cat "$tmp/dpkg")"
fi

# Unpacked, the program runs and its pack validates.
dpkg-deb -x "$deb" "$tmp/x" || fail "dpkg-deb -x"
"$tmp/x/usr/bin/helpnav" --version >/dev/null ||
	fail "the packaged helpnav does not run"
"$tmp/x/usr/bin/helpnav" --check "$tmp/x/usr/share/helpnav" >/dev/null ||
	fail "the packaged content does not pass --check"
"$tmp/x/usr/bin/helpnav" --version | grep -q 'MIT' ||
	fail "the packaged helpnav --version does not name its license"

# The changelog's newest entry is the package's version; the copyright
# file grants the license of LICENSE, word for word.
doc=$tmp/x/usr/share/doc/helpnav
gzip -dc "$doc/changelog.gz" >"$tmp/changelog"
top=$(dpkg-parsechangelog -l "$tmp/changelog" -S Version 2>&1)
[ "$top" = "$(field Version)" ] ||
	fail "changelog.gz begins with $top, the package is $(field Version)"
sed -n '/^ Permission is hereby/,/^$/p' "$doc/copyright" |
	sed 's/^ //; s/^\.$//' >"$tmp/copyright-license"
sed -n '/^Permission is hereby/,$p' "$src/LICENSE" >"$tmp/license"
diff -u "$tmp/license" "$tmp/copyright-license" >"$tmp/ldiff" ||
	fail "the license in copyright differs from LICENSE: $(cat "$tmp/ldiff")"

if [ $fails -ne 0 ]; then
	echo "$fails package check(s) failed" >&2
	cat "$tmp/info" >&2
	exit 1
fi
echo "deb: $(basename "$deb"), Depends: $depends"
