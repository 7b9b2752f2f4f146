#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages helpnav needs to build and test, if any
# are missing. Usage: bash tests/deps.sh [--test]
set -euo pipefail

build_pkgs=(build-essential cmake pkg-config libncurses-dev libyaml-dev
	    libpcre2-dev gettext libhunspell-dev hunspell-ru)
test_pkgs=(libcmocka-dev libvterm-dev tmux clang libclang-rt-14-dev valgrind
	   groff dpkg-dev bash-completion cppcheck clang-format clang-tidy
	   python3 file shellcheck locales lintian zsh fish strace)

wanted=("${build_pkgs[@]}")
[ "${1:-}" = --test ] && wanted+=("${test_pkgs[@]}")

missing=()
for pkg in "${wanted[@]}"; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null |
		grep -q 'install ok installed' || missing+=("$pkg")
done
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo

# The English UI tests need a real English locale (gettext ignores
# LANGUAGE in the C locale); generated once, when missing.
english_locale() {
	locale -a 2>/dev/null | grep -qix 'en_US.utf-*8' && return 0
	[ -f /etc/locale.gen ] || return 0
	$sudo sed -i 's/^# *\(en_US.UTF-8 UTF-8\)/\1/' /etc/locale.gen
	$sudo locale-gen >/dev/null
}

if [ ${#missing[@]} -eq 0 ]; then
	[ "${1:-}" = --test ] && english_locale
	exit 0
fi

echo "Устанавливаю недостающие пакеты: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
	"${missing[@]}"
[ "${1:-}" = --test ] && english_locale
exit 0
