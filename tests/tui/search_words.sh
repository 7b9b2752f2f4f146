#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# search_words.sh - the search by words: a phrase that finds nothing
# shows its words in any order and any form as a second, labelled list
# («по отдельным словам: N», and the function words left out: «без слов:
# как»); Enter on one of them opens its node; another
# pack's lemmas come from the dictionary, and without it a note says so.
source "$(dirname "$0")/../lib/checks.bash"
words=$src/tests/fixtures/pack-words

start_shell 100 30
run "" ""
expect "main menu" "Чем помочь?"
keys /
type_text "деньги вернуть"
expect "the second list" "по отдельным словам: 3"
check "the phrase itself: nothing" grep -q "«деньги вернуть»: 0 " <<<"$(screen)"
expect "its hits labelled in Russian" "Оплата › Важно знать"
expect "a lemma found: вернуть for «вернут»" "вернут сумму"
keys Enter
keys Enter
expect "Enter opens the node of the first" "Платёж не прошёл, а деньги списались"
# Function words are left out, as in --search, and the heading says so.
keys /
keys C-u
type_text "как вернуть деньги"
expect "«как» left out" "по отдельным словам: 3, без слов: как"
keys Escape
keys q
wait_exit >/dev/null

# Another pack: its lemmas computed from the dictionary at start.
run "" "--content '$words'"
expect "main menu of the pack" "Чем помочь?"
keys /
type_text "деньги вернуть"
expect "вернёт found for вернуть" "по отдельным словам: 2"
expect "the page with «вернёт деньги»" "Продавец вернёт деньги"
expect_not "no note with the dictionary" "нет словаря"
keys Escape
keys q
wait_exit >/dev/null

# No dictionary: the note, and the words only in the forms written.
run "HELPNAV_DICT_DIR='$tmp/none'" "--content '$words'"
expect "main menu without dictionary" "Чем помочь?"
keys /
type_text "деньги вернёт"
expect "forms as written still found" "по отдельным словам: 1"
expect "the note" "нет словаря"
keys Escape
keys q
wait_exit >/dev/null
finish
