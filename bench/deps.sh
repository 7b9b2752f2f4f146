#!/usr/bin/env bash
# Installs what bench/run.sh needs besides the build packages
# (tests/deps.sh): hyperfine, ripgrep, GNU time, python3.
set -euo pipefail
bash "$(dirname "$0")/../tests/deps.sh"
missing=()
for pkg in hyperfine ripgrep time python3 grep; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null |
		grep -q 'install ok installed' || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
echo "Устанавливаю недостающие пакеты: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
	--no-install-recommends "${missing[@]}"
