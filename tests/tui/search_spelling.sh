#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# search_spelling.sh - a misspelt query that finds nothing: the near
# spelling from the pack's own words is offered, Enter takes it when it is
# the only one, and only Tab when two spellings are as near.
source "$(dirname "$0")/../lib/checks.bash"

lacks_last() { ! screen | tail -n1 | grep -q -- "$1"; }

start_shell 100 30
run "" ""
expect "main menu" "Чем помочь?"
keys /
type_text "вазврат"
expect "no hits as typed" "«вазврат»: 0 "
expect "near spelling offered" "Может быть, «возврат»?"
keys Enter
expect "Enter takes the near spelling" "«возврат»:"
check "and shows its hits" grep -q -E "«возврат»: [0-9]+ совпаден" <<<"$(screen)"
check "and closes the prompt" lacks_last 'Поиск:'

keys /
type_text "претензыя"
expect "a second word" "Может быть, «претензия»?"
keys Tab
expect "Tab takes it too" "Поиск: претензия"
expect "and searches it" "«претензия»:"

# Two spellings two edits away («возврат», «возврата»): offered, but
# Enter does not guess; Tab takes the one shown.
keys C-u
type_text "вазвратт"
expect "an unsure suggestion" "Может быть, «возврат"
check "Enter is not offered for it" grep -q "Tab в строке поиска" <<<"$(screen)"
keys Enter
expect "Enter keeps what was typed" "«вазвратт»: 0 "
keys /
keys Up
expect "the query comes back" "Поиск: вазвратт"
keys Tab
expect "Tab takes the unsure one" "совпаден"
check "it is a spelling of возврат" grep -q -E "«возврата?»: [0-9]+ совпаден" <<<"$(screen)"
keys Escape
# The help lists the key, from the action table.
keys '?'
expect "help" "Клавиши"
keys NPage
expect "help names the suggestion key" "взять предложенное"
check "as Tab" grep -q -E "^ *Tab +в строке поиска, когда ничего" <<<"$(screen)"
keys q
keys q
st=$(wait_exit)
check "quit after searching (got $st)" [ "$st" = 0 ]
finish
