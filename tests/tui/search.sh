# SPDX-License-Identifier: MIT
# search.sh - live search: hits as you type with the match highlighted,
# opening a hit, n/N, history, a bad pattern, the wrong-layout suggestion.
source "$(dirname "$0")/../lib/checks.bash"

# Is WORD drawn as a match: reverse video (SGR 7) or the match colour
# (yellow background, SGR 43; nothing else on screen uses it)?
highlighted() {
	screen_attr | grep -q -E $'\e\\[(7|43)m(\e\\[[0-9;]*m)*'"$1"
}

# Whether the screen, or its last line (the prompt), has or lacks a text.
has() { screen | grep -q -- "$1"; }
lacks() { ! has "$1"; }
lacks_last() { ! screen | tail -n1 | grep -q -- "$1"; }

start_shell 100 30
run "" ""
expect "main menu" "Чем помочь?"
keys /
expect "search prompt" "Поиск:"
type_text "возврат"
expect "hit count as you type" "«возврат»:"
check "count is a number of hits" grep -q -E "«возврат»: [0-9]+ совпаден" <<<"$(screen)"
expect "hits labelled in Russian" "Возврат и обмен › Важно знать"
check "no internal id in a label" lacks 'returns ·'
check "matches highlighted in the list" highlighted "возврат"
# A snippet cut at the right edge ends in «…» (the screen is 100 wide,
# the last column kept free).
cut_without_mark() {
	screen | while IFS= read -r line; do
		[ "${line:0:4}" = "    " ] && [ "${#line}" -ge 99 ] &&
			[ "${line: -1}" != "…" ] && echo "$line"
	done
}
check "every snippet cut at the right edge ends in …" [ -z "$(cut_without_mark)" ]
check "some snippet is cut at the right edge" has '^    .*…$'
check "hardware cursor at the end of the prompt" \
	[ "$(tm display -p -t main '#{cursor_y}')" = 29 ]

keys Enter
keys Enter
expect "a hit opens its node" "Совпадение 1 из"
check "the match is highlighted on the page" highlighted "[Вв]озврат"
keys n
expect "n goes to the next hit" "Совпадение 2 из"
keys N
expect "N goes back" "Совпадение 1 из"
keys N
expect "N from the first wraps to the last" "Поиск продолжен с конца"

# History: ↑ in the prompt brings back the last pattern.
keys /
expect "prompt again" "Поиск:"
keys Up
expect "history recalls возврат" "Поиск: возврат"
keys Escape
settle

# / on the search view opens an empty prompt: typing starts a new query.
keys /
expect "prompt again" "Поиск:"
check "the prompt opens empty" [ "$(screen | tail -n1 | sed 's/ *$//')" = "Поиск:" ]
type_text "чат"
expect "typing is a new query, not appended" "«чат»:"
keys Escape
settle

# A bad regex is searched as plain text: a note, the column still marked.
keys /
keys C-u
type_text "возврат("
expect "bad regex note" "в шаблоне ошибка"
expect "searched as plain text" "ищу как обычный текст"
check "the fault in Russian" grep -q "нет закрывающей )" <<<"$(screen)"
check "bad column marked in reverse" \
	grep -q -E $'Поиск: .*возврат\\(?\e\\[[0-9;]*7[0-9;]*m' <<<"$(screen_attr | tail -n1)"
keys BSpace
expect "fixing the pattern finds again" "«возврат»:"

# Wrong layout.
keys C-u
type_text "djpdhfn"
expect "wrong-layout suggestion" "Может быть, «возврат»?"
keys Tab
expect "Tab takes the suggestion" "Поиск: возврат"
expect "and searches it" "«возврат»:"
keys C-u
type_text "djpdhfn"
expect "suggestion again" "Может быть, «возврат»?"
keys Enter
expect "Enter on no hits takes the suggestion" "«возврат»:"
check "and closes the prompt" lacks_last 'Поиск:'

# The other way: Latin typed under ЙЦУКЕН («щящт» is «ozon»).
keys /
type_text "щящт"
expect "Cyrillic-to-Latin suggestion" "Может быть, «ozon»?"
keys Escape

# Case: ignored by default; Ctrl-T makes it count and the prompt says so.
keys /
type_text "ВОЗВРАТ"
expect "capitals find the same" "«ВОЗВРАТ»:"
check "caseless by default: hits" lacks '«ВОЗВРАТ»: 0 '
keys C-t
expect "the prompt shows case counts" "Поиск [Аа]: ВОЗВРАТ"
expect "case-sensitive: nothing" "«ВОЗВРАТ»: 0 "
expect "…and what it would find without, with the key" \
	"без этого нашлось бы 29 совпадений — Ctrl-T"
keys C-t
expect "back to caseless" "Поиск: ВОЗВРАТ"

# Editing as in readline: Ctrl-W a word, Alt-B/Alt-F by words, Ctrl-U all.
keys C-u
type_text "вернуть деньги сразу"
keys C-w
expect "Ctrl-W deletes the last word" "Поиск: вернуть деньги"
check "and only it" lacks_last сразу
keys M-b
type_text "X"
expect "Alt-B goes a word back" "Поиск: вернуть Xденьги"
keys M-f
type_text "Y"
expect "Alt-F goes a word forward" "Поиск: вернуть XденьгиY"
keys Home
type_text "Z"
expect "Home goes to the start" "Поиск: Zвернуть"
keys End C-u
check "Ctrl-U at the end clears the line" [ "$(screen | tail -n1 | sed 's/ *$//')" = "Поиск:" ]
keys Escape
keys q
st=$(wait_exit)
check "quit after searching (got $st)" [ "$st" = 0 ]
finish
