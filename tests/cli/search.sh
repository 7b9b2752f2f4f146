#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --search: hits as "Russian label: line" (--ids: "path: line"), ranked,
# caseless unless asked, -F, exit 0/1/2, the caret under a bad
# pattern, the window around a match in a long text, colour only on a
# terminal and without NO_COLOR.
source "$(dirname "$0")/../lib/checks.bash"

golden search-cyrillic 0 --content "$pack" --search возврат
# Case is ignored unless asked for: a capital or Caps Lock loses nothing.
golden search-upper-caseless 0 --content "$pack" --search ВОЗВРАТ
golden search-empty 2 --content "$pack" --search ''
golden search-case-sensitive 1 --content "$pack" --case-sensitive --search ВОЗВРАТ
golden search-case-sensitive-hit 0 --content "$pack" --case-sensitive --search Возврат
# Hits labelled for people; --ids gives scripts the paths.
golden search-ids 0 --content "$pack" --ids --search возврат
golden search-yo 0 --content "$clipack" --search 'елка|ёжик'
golden search-none 1 --content "$pack" --search 'нет-такого-слова'
# Typed under the wrong layout: nothing found, the Russian reading offered.
golden search-wrong-layout 1 --content "$pack" --search 'djpdhfn'
golden search-wrong-layout-back 1 --content "$pack" --search 'щящт'
golden search-bad-pattern 2 --content "$pack" --search 'возврат(товара'
golden search-bad-pattern-middle 2 --content "$pack" --search 'ab[z-a]cd'
golden search-bad-control 2 --content "$pack" --search $'\e[31m('
golden search-bad-utf8 2 --content "$pack" --search $'\xff\xfe'
# What a hurried user types that is not a regex: exit 2 (scripts are not
# surprised), the fault in Russian, and -F for the text as it is.
golden search-bad-plus 2 --content "$pack" --search '+7 495'
golden search-bad-star 2 --content "$pack" --search '*возврат'
# ...and, as the navigator does, the pattern is searched as plain text:
# its hits are printed after the note, the status still 2.
golden search-bad-pattern-plain 2 --content "$pack" --search 'заказа (повтор'
# -F: the pattern is plain text, as in grep.
golden search-fixed 0 --content "$pack" -F --search 'заказа (повтор'
golden search-fixed-long 0 --content "$pack" --fixed-strings --search '(ПОВТОР, не'
golden search-fixed-none 1 --content "$pack" -F --search 'заказ.'
golden search-long-line 0 --content "$clipack" --search маркер
golden search-tab 0 --content "$clipack" --search 'табуляции'
golden search-short-option 0 --content="$clipack" -s 'Ёлка'
# Pasted from a web page: a no-break or narrow space is a space and a
# zero-width character nothing, so the phrase is found as such (not by
# separate words); a fault's column counts the characters as typed.
golden search-nbsp 0 --content "$pack" --search $'в\u00a0чате'
golden search-narrow-space 0 --content "$pack" --search $'в\u202f\u200bчате'
golden search-zero-width 0 --content "$pack" --search $'\u200bвозврат\u2060'
golden search-zero-width-bad 2 --content "$pack" --search $'\u200bвозврат('

# Ranking on the built-in pack: «чат» shows channel titles first, and a
# match inside a word («распечатана») after every whole-word match.
"$bin" --search чат >"$tmp/rank"
head -n1 "$tmp/rank" | grep -q '^Каналы связи › Чат[^:]*: Чат' ||
	fail "чат: the first line is not a channel title: $(head -n1 "$tmp/rank")"
grep -q 'returns\|channels/' "$tmp/rank" && fail "чат: an internal id in a label"
# the same order with --ids, whose labels (paths) hold no Russian word
"$bin" --ids --search чат | sed 's/^[^:]*: //' >"$tmp/rank-text"
inside=$(grep -n -m1 'распечат' "$tmp/rank-text" | cut -d: -f1)
last_word=$(grep -n -E '(^|[^[:alpha:]])[Чч]ат' "$tmp/rank-text" | tail -n1 | cut -d: -f1)
[ -n "$inside" ] && [ -n "$last_word" ] && [ "$inside" -gt "$last_word" ] ||
	fail "чат: «распечатана» (line ${inside:-none}) before a whole word (line ${last_word:-none})"

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
grep -q $'\e\\[35mДлинная страница › Текст\e\\[m: ' "$tmp/tty" ||
	fail "no coloured path on a terminal"
in_pty "$tmp/tty" "NO_COLOR=1 '$bin' --content '$clipack' --search маркер"
grep -q $'\e' "$tmp/tty" && fail "colour despite NO_COLOR=1"
grep -q 'маркер' "$tmp/tty" || fail "no hit under NO_COLOR"
in_pty "$tmp/tty" "'$bin' --no-color --content '$clipack' --search маркер"
grep -q $'\e' "$tmp/tty" && fail "colour despite --no-color"
in_pty "$tmp/tty" "NO_COLOR= '$bin' --content '$clipack' --search маркер"
grep -q $'\e\\[1;31m' "$tmp/tty" || fail "empty NO_COLOR must not disable colour"
finish
