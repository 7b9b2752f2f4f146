#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --search: hits as "path: line", exit 0/1/2, the caret under a bad
# pattern, the window around a match in a long text, colour only on a
# terminal and without NO_COLOR.
source "$(dirname "$0")/../lib/checks.bash"

golden search-cyrillic 0 --content "$pack" --search возврат
golden search-upper-is-exact 1 --content "$pack" --search ВОЗВРАТ
golden search-yo 0 --content "$clipack" --search 'елка|ёжик'
golden search-none 1 --content "$pack" --search 'нет-такого-слова'
# Typed under the wrong layout: nothing found, the Russian reading offered.
golden search-wrong-layout 1 --content "$pack" --search 'djpdhfn'
golden search-bad-pattern 2 --content "$pack" --search 'возврат(товара'
golden search-bad-pattern-middle 2 --content "$pack" --search 'ab[z-a]cd'
golden search-bad-control 2 --content "$pack" --search $'\e[31m('
golden search-bad-utf8 2 --content "$pack" --search $'\xff\xfe'
golden search-long-line 0 --content "$clipack" --search маркер
golden search-tab 0 --content "$clipack" --search 'табуляции'
golden search-short-option 0 --content="$clipack" -s 'Ёлка'

# A plain line per hit: no escape sequences when stdout is not a terminal.
"$bin" --content "$pack" --search чат >"$tmp/plain"
grep -q $'\e' "$tmp/plain" && fail "escape sequences in piped output"
[ -s "$tmp/plain" ] || fail "no hits for чат"

# Catastrophic pattern: exit 2 with a message, within seconds.
golden search-too-complex 2 --content "$clipack" --search '(.*)*x'
timeout 10 "$bin" --content "$clipack" --search '(.*)*x' >/dev/null 2>&1
[ $? -eq 2 ] || fail "catastrophic pattern: not exit 2 within 10 s"

# On a terminal the match is bold red, the path magenta.
in_pty "$tmp/tty" "'$bin' --content '$clipack' --search маркер"
grep -q $'\e\\[1;31mмаркер\e\\[m' "$tmp/tty" ||
	fail "no highlighted match on a terminal: $(cat -v "$tmp/tty")"
# Two matches in one line: one line, both highlighted.
in_pty "$tmp/both" "'$bin' --content '$clipack' --search 'Ёлка|ежик'"
[ "$(grep -c 'Ёлка' "$tmp/both")" = 1 ] ||
	fail "a line with two matches printed more than once"
grep -q $'\e\\[1;31mЁлка\e\\[m и \e\\[1;31mежик\e\\[m' "$tmp/both" ||
	fail "both matches of one line not highlighted: $(cat -v "$tmp/both")"
grep -q $'\e\\[35mlong\e\\[m: ' "$tmp/tty" ||
	fail "no coloured path on a terminal"
in_pty "$tmp/tty" "NO_COLOR=1 '$bin' --content '$clipack' --search маркер"
grep -q $'\e' "$tmp/tty" && fail "colour despite NO_COLOR=1"
grep -q 'маркер' "$tmp/tty" || fail "no hit under NO_COLOR"
in_pty "$tmp/tty" "'$bin' --no-color --content '$clipack' --search маркер"
grep -q $'\e' "$tmp/tty" && fail "colour despite --no-color"
in_pty "$tmp/tty" "NO_COLOR= '$bin' --content '$clipack' --search маркер"
grep -q $'\e\\[1;31m' "$tmp/tty" || fail "empty NO_COLOR must not disable colour"
finish
