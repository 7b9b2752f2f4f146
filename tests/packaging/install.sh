#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `cmake --install` into a DESTDIR: exactly the binary, the content pack with
# its README, the English and Russian man pages (gzipped), the completion
# for bash, zsh and fish, the copyright and the changelog, under /usr; the
# installed program runs and accepts the installed pack.
# Usage: bash install.sh /path/to/build/helpnav /path/to/source
set -uo pipefail
build=$(cd "$(dirname "$1")" && pwd)
src=$(cd "$2" && pwd)
# shellcheck source=tests/lib/checks.bash
source "$(dirname "$0")/../lib/checks.bash"

root=$tmp/root
if ! DESTDIR=$root cmake --install "$build" --prefix /usr >"$tmp/log" 2>&1; then
	cat "$tmp/log" >&2
	echo "FAIL: cmake --install" >&2
	exit 1
fi

want=(usr/bin/helpnav usr/share/helpnav/README.md
	usr/share/man/man1/helpnav.1.gz usr/share/man/ru/man1/helpnav.1.gz
	usr/share/bash-completion/completions/helpnav
	usr/share/zsh/vendor-completions/_helpnav
	usr/share/fish/vendor_completions.d/helpnav.fish
	usr/share/doc/helpnav/copyright usr/share/doc/helpnav/changelog.gz
	usr/share/locale/en/LC_MESSAGES/helpnav.mo)
yaml=()
for f in "$src"/content/*.yaml; do
	[ -e "$f" ] && yaml+=("usr/share/helpnav/$(basename "$f")")
done
[ ${#yaml[@]} -gt 0 ] || fail "content/ has no *.yaml to install"
want+=("${yaml[@]}")

# Exactly these files: nothing missing, nothing extra (no .desktop, no
# headers, no static library).
printf '%s\n' "${want[@]}" | sort >"$tmp/want"
(cd "$root" && find . -type f -o -type l) | sed 's|^\./||' | sort >"$tmp/got"
if ! diff -u "$tmp/want" "$tmp/got" >"$tmp/diff"; then
	fail "installed files differ from the expected list (- missing, + extra):"
	cat "$tmp/diff" >&2
fi

[ -x "$root/usr/bin/helpnav" ] || fail "usr/bin/helpnav is not executable"
for f in "${yaml[@]}" usr/share/helpnav/README.md; do
	cmp -s "$root/$f" "$src/content/$(basename "$f")" ||
		fail "$f differs from content/$(basename "$f")"
done
same() # INSTALLED SOURCE: the file is installed as it is in the sources
{
	cmp -s "$root/$1" "$src/$2" || fail "$1 differs from $2"
}
gz_same() # INSTALLED.gz SOURCE: the same, gzipped without a name or time
{
	cmp -s <(gzip -dc "$root/$1") "$src/$2" || fail "$1 is not $2 gzipped"
	# Bytes 4-7 of the header: the time stamp, 0 with gzip -n.
	[ "$(od -An -tu4 -j4 -N4 "$root/$1" | tr -d ' ')" = 0 ] ||
		fail "$1 has a time stamp in its gzip header"
}
gz_same usr/share/man/man1/helpnav.1.gz src/man/helpnav.1
gz_same usr/share/man/ru/man1/helpnav.1.gz src/man/ru/helpnav.1
same usr/share/bash-completion/completions/helpnav src/completion/helpnav.bash
same usr/share/zsh/vendor-completions/_helpnav src/completion/helpnav.zsh
same usr/share/fish/vendor_completions.d/helpnav.fish \
	src/completion/helpnav.fish
same usr/share/doc/helpnav/copyright src/debian/copyright
gzip -dc "$root/usr/share/doc/helpnav/changelog.gz" >"$tmp/changelog"
grep -q '^helpnav (.*) .*; urgency=' "$tmp/changelog" ||
	fail "changelog.gz is not a Debian changelog: $(head -n 1 "$tmp/changelog")"
# man(1) finds both pages under the prefix, by name and language.
if command -v man >/dev/null; then
	for lang in en:NAME ru:ИМЯ; do
		MANPATH=$root/usr/share/man MANWIDTH=80 \
			man --warnings -L "${lang%%:*}" helpnav >"$tmp/man" 2>&1 ||
			fail "man -L ${lang%%:*} helpnav: $(head -n 3 "$tmp/man")"
		grep -qx "${lang#*:}" "$tmp/man" ||
			fail "man -L ${lang%%:*} helpnav: no section ${lang#*:}"
	done
fi
for f in "${want[@]}"; do
	[ -e "$root/$f" ] || continue
	mode=$(stat -c %a "$root/$f")
	case $f in
	usr/bin/*) [ "$mode" = 755 ] || fail "$f has mode $mode, not 755" ;;
	*) [ "$mode" = 644 ] || fail "$f has mode $mode, not 644" ;;
	esac
done

# bash-completion finds the installed file by the command's name, the way
# it loads completions on the first <TAB>.
bc=/usr/share/bash-completion/bash_completion
if [ -f "$bc" ]; then
	spec=$(BASH_COMPLETION_USER_DIR=$tmp/none XDG_DATA_DIRS=$root/usr/share \
		bash -c 'source "$1" && __load_completion helpnav &&
			complete -p helpnav' _ "$bc" 2>&1)
	[[ $spec == *"-F _helpnav helpnav"* ]] ||
		fail "bash-completion does not load the installed file: «$spec»"
else
	fail "bash-completion is not installed (bash tests/deps.sh --test)"
fi

# The installed copy works on its own.
"$root/usr/bin/helpnav" --version >"$tmp/version" ||
	fail "installed helpnav --version exits non-zero"
grep -q '^helpnav [0-9]' "$tmp/version" || fail "--version: $(cat "$tmp/version")"
if ! "$root/usr/bin/helpnav" --check "$root/usr/share/helpnav" \
	>"$tmp/check" 2>&1; then
	fail "helpnav --check on the installed pack:"
	cat "$tmp/check" >&2
fi
"$root/usr/bin/helpnav" --content "$root/usr/share/helpnav" --list \
	>"$tmp/list-installed" 2>&1
"$root/usr/bin/helpnav" --list >"$tmp/list-builtin" 2>&1
cmp -s "$tmp/list-installed" "$tmp/list-builtin" ||
	fail "the installed pack and the built-in one list different trees"

# A prefix other than /usr lands under that prefix.
if DESTDIR=$tmp/local cmake --install "$build" --prefix /opt/hn \
	>"$tmp/log" 2>&1; then
	if [ ! -x "$tmp/local/opt/hn/bin/helpnav" ] ||
		[ ! -f "$tmp/local/opt/hn/share/helpnav/README.md" ]; then
		fail "--prefix /opt/hn: files not under /opt/hn"
	fi
else
	fail "cmake --install --prefix /opt/hn"
fi

if [ $fails -ne 0 ]; then
	echo "$fails install check(s) failed" >&2
	exit 1
fi
echo "install: ${#want[@]} files in place, the installed program works"
