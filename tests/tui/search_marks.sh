#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# search_marks.sh - on the page of a search hit the hit gone to is marked
# apart from the other matches (reverse video; the others in the match
# colour, or underlined without colour), n/N move the mark, and the
# matches go away when the user leaves the search: Esc (the page stays),
# m, a new search; other pages never show them.
source "$(dirname "$0")/../lib/checks.bash"

# Matches of возврат drawn in reverse video (SGR 7 right before the word,
# maybe after other attributes) and in the match colour (SGR 43), or
# underlined (SGR 4).
count_sgr() { # SGR-NUMBER
	screen_attr | grep -o -E $'\e\\[(([0-9]+;)*'"$1"$')m(\e\\[[0-9;]*m)*[Вв]озврат' | wc -l
}
reverse_hits() { count_sgr 7; }
colour_hits() { count_sgr 43; }
underline_hits() { count_sgr 4; }
# No match shown at all: neither the hit gone to nor the others.
no_matches() { [ "$(reverse_hits)" = 0 ] && [ "$(colour_hits)" = 0 ]; }
# Searches возврат from the main menu and opens the first hit.
open_first_hit() { # WHAT
	expect "main menu ($1)" "Чем помочь?"
	keys /
	type_text "возврат"
	expect "hits ($1)" "«возврат»:"
	# a page with many hits says how many, at its first
	expect "hits counted per page ($1)" \
		"Возврат и обмен (7 совпадений на странице)"
	keys Enter
	keys Enter
	expect "the first hit opens ($1)" "Совпадение 1 из"
}

start_shell 100 30
run "" ""
open_first_hit colour
check "the hit gone to is in reverse video (got $(reverse_hits))" [ "$(reverse_hits)" = 1 ]
check "the other matches in the match colour (got $(colour_hits))" [ "$(colour_hits)" -ge 1 ]
keys n
expect "n goes on" "Совпадение 2 из"
check "still one hit marked after n (got $(reverse_hits))" [ "$(reverse_hits)" = 1 ]

# Esc leaves the search: the page stays, its matches go, n brings them back.
page=$(screen | head -n1)
keys Escape
expect "Esc says the matches went" "Подсветка совпадений снята"
check "no match shown after Esc" no_matches
check "the page stays" [ "$(screen | head -n1)" = "$page" ]
keys n
expect "n still works" "Совпадение 3 из"
check "and marks its hit again" [ "$(reverse_hits)" = 1 ]
page=$(screen | head -n1)

# / opened by mistake and left with Esc: the search stands as it was.
keys /
expect "an empty prompt" "Поиск:"
keys Escape
expect "back on the hit's page" "$page"
keys n
expect "n goes on from where it was" "Совпадение 4 из"
page=$(screen | head -n1)

# m leaves the search: back on the page, no matches.
keys m
expect "m opens the menu" "Чем помочь?"
check "the menu shows no match" no_matches
keys BSpace
expect "back on the hit's page" "$page"
check "its matches are gone after m" no_matches

# A page opened another way shows no matches of the last search.
keys m
open_item "Возврат и обмен"
expect "a category page" "Куда обращаться"
check "no matches on a page not from search" no_matches
keys q
st=$(wait_exit)
check "quit (got $st)" [ "$st" = 0 ]

# Without colour: the hit gone to in reverse video, the others underlined.
run "NO_COLOR=1" ""
open_first_hit "no colour"
check "NO_COLOR: the hit in reverse video (got $(reverse_hits))" [ "$(reverse_hits)" = 1 ]
check "NO_COLOR: the others underlined (got $(underline_hits))" [ "$(underline_hits)" -ge 1 ]
keys q
st=$(wait_exit)
check "quit again (got $st)" [ "$st" = 0 ]
finish
