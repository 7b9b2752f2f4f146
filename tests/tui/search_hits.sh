#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# search_hits.sh - a page and the list are highlighted from the search's
# own hits, not by matching the pattern again at draw time: the source
# tags [000] after a claim are no content, so `возврат|\[000\]` finds
# only «возврат» and only it is painted, though matching the drawn text
# again would paint the tags too. Under --ascii (→ drawn as ->, fewer
# bytes) the hit gone to is still marked on exactly its words.
source "$(dirname "$0")/../lib/checks.bash"

# Text drawn with SGR attribute N set (N alone or among others, maybe
# followed by colour codes), up to the next attribute change, one a line.
painted() { # N
	screen_attr |
		grep -o -E $'\e\\[([0-9]+;)*'"$1"$'m(\e\\[[0-9;]*m)*[^\e]+' |
		sed $'s/\e\\[[0-9;]*m//g'
}
count_painted() { # N TEXT-REGEX
	painted "$1" | grep -c -E "^$2" || true
}

start_shell 100 40
check "the CLI finds no tag: the tags are not content" \
	[ -z "$("$bin" --search '\[000\]')" ]
run "" ""
expect "main menu" "Чем помочь?"
keys /
type_text 'возврат|\[000\]'
expect "the hits" "совпадени"
check "the list paints the hits (got $(count_painted 43 '[Вв]озврат'))" \
	[ "$(count_painted 43 '[Вв]озврат')" -ge 1 ]
keys Enter
keys Enter
expect "the first hit's page" "Совпадение 1 из"
expect "its tags are on screen" "[000]"
check "the hit gone to in reverse video (got $(count_painted 7 '[Вв]озврат'))" \
	[ "$(count_painted 7 '[Вв]озврат')" = 1 ]
check "the other hits painted (got $(count_painted 43 '[Вв]озврат'))" \
	[ "$(count_painted 43 '[Вв]озврат')" -ge 3 ]
check "no tag painted: nothing matched at draw time (got $(count_painted 43 ' ?\[000\]'))" \
	[ "$(count_painted 43 ' ?\[000\]')" = 0 ]
keys q
wait_exit >/dev/null

run "" "--ascii"
expect "main menu (--ascii)" "Чем помочь?"
keys /
type_text 'заказ → «Возврат»'
expect "one hit (--ascii)" "1 совпадение"
keys Enter
keys Enter
expect "the page, → as -> (--ascii)" "заказ -> «Возврат»"
got=$(painted 7 | head -n1)
check "the hit gone to marked on exactly its words (got «$got»)" \
	[ "$got" = "заказ -> «Возврат»" ]
keys q
wait_exit >/dev/null
finish
