# SPDX-License-Identifier: MIT
# ascii.sh - --ascii draws no drawing glyph: the menu, a page, a
# checklist, search results, help, the message log and the number check
# are walked in a narrow window (so that breadcrumbs are shortened and
# «↓ ещё N» shows) and each screen is searched for the glyphs of the
# table in src/tui/glyphs.c. The Russian text and its punctuation (« » —)
# stay.
source "$(dirname "$0")/../lib/checks.bash"

glyphs='[←→↑↓…•·›⚠✎–]'
# Fails, showing the lines, when the screen has a glyph.
no_glyph() { # WHERE
	local bad
	bad=$(screen | grep -n "$glyphs")
	if [ -z "$bad" ]; then ok "$1: ASCII only"; else
		fail "$1: glyphs on screen:"
		echo "$bad" >&2
	fi
}

start_shell 60 16
run "" "--ascii"
expect "menu" "Чем помочь?"
no_glyph "main menu"
expect "more below, in ASCII" "v ещё"
keys End
no_glyph "main menu, its end"
keys g

open_item "Возврат и обмен"
expect "category" "Чат в приложении Ozon"
no_glyph "category menu"
keys Enter
expect "channel page" "Как связаться"
no_glyph "channel page"
keys G
no_glyph "channel page, its end"
expect "the link drawn in ASCII" "-> Источники сведений"
keys c
expect "checklist" "Подготовьте до"
no_glyph "checklist"
check "breadcrumbs shortened with ASCII dots" grep -q '^\.\.\.' <<<"$(line 0)"
keys Enter
expect "field editor" "[*] "
no_glyph "field editor"
keys Escape
keys p
no_glyph "a message (no print command)"

keys /
type_text "возврат"
keys Enter
expect "search results" "совпадени"
no_glyph "search results"
keys Enter
no_glyph "a search hit opened"

keys '?'
expect "help" "Клавиши"
no_glyph "help"
check "key names in ASCII" grep -q "^ *\^ k " <<<"$(screen)"
keys G
no_glyph "help, its end"
keys q

keys M
expect "message log" "закрыть"
no_glyph "message log"
keys q

keys '#'
type_text "88005553434"
expect "number card" "Номер 8 800"
no_glyph "number check"
keys Escape
keys q
st=$(wait_exit)
check "quit (got $st)" [ "$st" = 0 ]

# the same walk without --ascii draws the glyphs: the check can fail
run "" "returns/chat"
expect "page without --ascii" "Как связаться"
check "without --ascii the glyphs are there" grep -q "$glyphs" <<<"$(screen)"
keys q
wait_exit >/dev/null
finish
