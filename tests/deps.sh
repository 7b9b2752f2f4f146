#!/usr/bin/env bash
# Installs the Debian 12 packages helpnav needs to build and test, if any
# are missing. Usage: bash tests/deps.sh [--test]
set -euo pipefail

build_pkgs=(build-essential cmake pkg-config libncurses-dev libyaml-dev
	    libpcre2-dev)
test_pkgs=(libcmocka-dev libvterm-dev tmux clang libclang-rt-14-dev valgrind
	   groff dpkg-dev bash-completion cppcheck clang-format clang-tidy
	   python3 file shellcheck)

wanted=("${build_pkgs[@]}")
[ "${1:-}" = --test ] && wanted+=("${test_pkgs[@]}")

missing=()
for pkg in "${wanted[@]}"; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null |
		grep -q 'install ok installed' || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
echo "Устанавливаю недостающие пакеты: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
	"${missing[@]}"
