# SPDX-License-Identifier: MIT
# search.sh - live search: hits as you type with the match highlighted,
# opening a hit, n/N, history, a bad pattern, the wrong-layout suggestion.
source "$(dirname "$0")/../lib/checks.bash"

# Is WORD drawn as a match: reverse video (SGR 7) or the match colour
# (yellow background, SGR 43; nothing else on screen uses it)?
highlighted() {
	screen_attr | grep -q -E $'\e\\[(7|43)m(\e\\[[0-9;]*m)*'"$1"
}

start_shell 100 30
run "" ""
expect "main menu" "Чем помочь?"
keys /
expect "search prompt" "Поиск:"
type_text "возврат"
expect "hit count as you type" "«возврат»:"
check "count is a number of hits" grep -q -E "«возврат»: [0-9]+ совпаден" <<<"$(screen)"
expect "hit paths listed" "returns"
check "matches highlighted in the list" highlighted "возврат"
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

# A bad pattern: message, column marked, pattern still editable.
keys /
keys C-u
type_text "возврат("
expect "bad regex message" "Ошибка в шаблоне"
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
keys Escape
keys q
st=$(wait_exit)
check "quit after searching (got $st)" [ "$st" = 0 ]
finish
