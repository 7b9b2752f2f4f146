#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# search_dict.sh - the search by words in the built-in pack: a query word
# the pack's lemmas lack («верните») is looked up in the Hunspell
# dictionary, opened by the search's job on demand, so «верните деньги»
# finds «вернёт деньги». Without the dictionary the exact search works as
# before, the search by words goes on with the forms as written, and one
# note says why, once a session.
source "$(dirname "$0")/../lib/checks.bash"

start_shell 100 30
run "" ""
expect "main menu" "Чем помочь?"
keys /
type_text "верните деньги"
expect "the second list, from the dictionary's lemma" \
	"по отдельным словам: 3"
expect_not "no note with the dictionary" "нет словаря"
keys C-u
type_text "вернёт деньги"
expect "another form, the same list" "«вернёт деньги»: 0 "
expect "its words found by lemma" "по отдельным словам: 3"
keys Escape
keys q
wait_exit >/dev/null

mkdir -p "$tmp/empty"
run "HELPNAV_DICT_DIR='$tmp/empty'" ""
expect "main menu without dictionary" "Чем помочь?"
keys /
type_text "возврат"
expect "the exact search still finds" "«возврат»: "
expect_not "no dictionary needed for a found phrase" "нет словаря"
keys C-u
type_text "верните деньги"
expect "the note, naming the missing file" "нет словаря $tmp/empty/ru_RU.dic"
keys C-u
type_text "оплатите заказ"
keys Enter
# nothing to open: the line stays, to be changed; Esc closes it
expect "nothing found: the line stays open" "Ничего не найдено: измените запрос"
keys Escape
keys M
expect "the message log opens" "Сообщения"
notes=$(screen | grep -c "нет словаря")
check "the note was given once ($notes)" [ "$notes" -eq 1 ]
keys q
keys q
check "no crash: helpnav ends normally" [ "$(wait_exit)" = 0 ]
finish
