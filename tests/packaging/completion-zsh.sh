#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# zsh completion (src/completion/helpnav.zsh, installed as _helpnav): a real
# interactive zsh with compinit, driven through a pseudo-terminal (zsh/zpty),
# types "helpnav WORDS<TAB>"; a compadd wrapper prints the candidates that
# the completion system would offer for what is typed. The same candidates
# as the bash completion. Skipped (77) where zsh is not installed.
# Usage: bash completion-zsh.sh /path/to/helpnav /path/to/source
set -uo pipefail
# shellcheck source=tests/lib/checks.bash
source "$(dirname "$0")/../lib/checks.bash"
command -v zsh >/dev/null || skip "zsh is not installed (bash tests/deps.sh --test)"
helpnav=$bin

# The installed layout: _helpnav in a folder of $fpath, helpnav on $PATH.
mkdir -p "$tmp/fn" "$tmp/bin" "$tmp/zdot"
cp "$src/src/completion/helpnav.zsh" "$tmp/fn/_helpnav"
ln -s "$helpnav" "$tmp/bin/helpnav"
# The wrapper passes calls that only filter (-O, -A, -D) through; for the
# others it asks the builtin which of the words match what is typed (-O)
# and prints them, after the folder part of a file name (-p), before adding
# them. No listing, no menu: nothing waits
# for a key.
cat >"$tmp/zdot/.zshrc" <<EOF
PS1='' RPROMPT=''
unset zle_bracketed_paste
unsetopt beep auto_list auto_menu
fpath=('$tmp/fn' \$fpath)
autoload -Uz compinit
compinit -u -D
compadd() {
	if (( \${@[(I)-[OAD]*]} )); then builtin compadd "\$@"; return; fi
	local -a hits
	local i pre=
	for ((i = 1; i < \$#; i++)); do
		case \${@[i]} in
		(-|--) break ;;
		(-p) pre=\${@[i + 1]}; break ;;
		esac
	done
	builtin compadd -O hits "\$@"
	print -rl -- "HIT:\$pre"\${^hits}
	builtin compadd "\$@"
}
bindkey '^I' complete-word
# Keys typed before zle has the terminal may be lost: say when it has.
zle-line-init() { print -rn -- 'ZLE-''READY' }
zle -N zle-line-init
EOF
# Waits for zle, types the line and a <TAB>, then a command that prints a
# marker (spelt so that its echo does not contain it).
cat >"$tmp/drive.zsh" <<'EOF'
zmodload zsh/zpty
zpty z 'zsh -d -i'
zpty -r z out '*ZLE-READY*'
zpty -w -n z "$1"$'\t'
zpty -w z $'\C-e\C-uprint EN""D'
zpty -r z out '*END*'
print -r -- "$out"
zpty -d z
EOF

complete_words()
{
	local line="helpnav $*"
	PATH=$tmp/bin:$PATH TERM=dumb ZDOTDIR=$tmp/zdot \
		timeout 30 zsh -f "$tmp/drive.zsh" "$line" >"$tmp/out" 2>&1 ||
		echo "zsh: exit $? $(tr -d '\r' <"$tmp/out" | tail -n 3)"
	tr -d '\r' <"$tmp/out" | sed -n 's/.*HIT://p' | sort -u | tr '\n' ' ' |
		sed 's/ $//'
}
# shellcheck source=tests/lib/completion.bash
source "$(dirname "$0")/../lib/completion.bash"

expect_common
expect_joined
expect_builtin
completion_report zsh
