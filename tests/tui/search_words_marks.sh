#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# search_words_marks.sh - the list by words as good as the phrase's: on a
# page opened from it every form of the query's words is highlighted
# (by lemma, caseless, ё = е), the hit gone to in reverse video; n and N
# step through the list's items in order, wrapping, with the phrase's
# messages; Esc, m and a new search take the highlights away.
source "$(dirname "$0")/../lib/checks.bash"
words=$src/tests/fixtures/pack-words

# Text drawn with SGR attribute N set (N alone or among others, maybe
# followed by colour codes), up to the next attribute change, one a line.
painted() { # N
	screen_attr |
		grep -o -E $'\e\\[([0-9]+;)*'"$1"$'m(\e\\[[0-9;]*m)*[^\e]+' |
		sed $'s/\e\\[[0-9;]*m//g'
}
# The words painted as the others (43) and as the hit gone to (7), each
# list joined by spaces.
others() { painted 43 | tr '\n' ' ' | sed 's/ $//'; }
current() { painted 7 | tr '\n' ' ' | sed 's/ $//'; }

start_shell 100 30
run "" "--content '$words'"
expect "main menu" "Чем помочь?"
keys /
type_text "деньги вернуть"
expect "the second list" "по отдельным словам: 2"
check "its snippets show the words in any form (got «$(others)»)" \
	grep -q "вернёт" <<<"$(others)"
keys Enter
keys Enter
expect "Enter opens the first item, counted as the phrase's hits are" \
	"Совпадение 1 из 3: n — следующее, N — предыдущее"
expect "the category page" "Вернуть товар или получить деньги обратно"
check "the hit gone to marked (got «$(current)»)" [ "$(current)" = "Вернуть" ]
check "the other word painted (got «$(others)»)" [ "$(others)" = "деньги" ]

keys n
expect "n: the next item, the next node" "Совпадение 2 из 3"
expect "the page" "Продавец вернёт деньги за брак"
check "the title's «вернут» is the hit gone to (got «$(current)»)" \
	[ "$(current)" = "вернут" ]
check "every form painted: вернёт, деньги, Деньги (got «$(others)»)" \
	[ "$(others)" = "вернёт деньги Деньги" ]
keys n
expect "n: the next item, on the same page" "Совпадение 3 из 3"
check "the mark moved to «деньги» (got «$(current)»)" [ "$(current)" = "деньги" ]
keys n
expect "n wraps as for the phrase" "Поиск продолжен с начала (1 из 3)"
expect "back on the category page" "Вернуть товар или получить деньги обратно"
keys N
expect "N wraps back" "Поиск продолжен с конца (3 из 3)"
keys N
expect "N: the item before" "Совпадение 2 из 3"
check "the mark back on «вернут» (got «$(current)»)" [ "$(current)" = "вернут" ]

keys Escape
expect "Esc takes the highlights away" "Подсветка совпадений снята"
check "nothing painted after Esc (got «$(current)» «$(others)»)" \
	[ -z "$(current)$(others)" ]
keys n
expect "n still works after Esc" "Совпадение 3 из 3"
check "and marks again (got «$(current)»)" [ "$(current)" = "деньги" ]
keys m
expect "m: the menu" "Чем помочь?"
keys BSpace
expect "back on the page" "Продавец вернёт деньги за брак"
check "nothing painted after m (got «$(current)» «$(others)»)" \
	[ -z "$(current)$(others)" ]

keys /
type_text "брак"
expect "a new search" "«брак»: 1 совпадение"
keys Enter
keys Enter
expect "its hit opens" "Совпадение 1 из 1"
check "only the new search is painted (got «$(current)» «$(others)»)" \
	[ "$(current)" = "брак" ] && [ -z "$(others)" ]
keys q
wait_exit >/dev/null
finish
