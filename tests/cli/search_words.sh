#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --search's second list: when the phrase finds nothing, its words in any
# order and any form (by lemma), «по отдельным словам: N»; --any-order
# asks for it always; without the dictionary only the lemma fallback is
# lost, with one note.
source "$(dirname "$0")/../lib/checks.bash"
words=$src/tests/fixtures/pack-words

# The built-in pack: its lemmas were computed at build time.
golden words-builtin 0 --search 'деньги вернуть'
golden words-builtin-ids 0 --ids --search 'вернуть деньги'
golden words-any-order 0 --any-order --search 'возврат деньги'
# Another pack: «деньги вернуть» finds «вернёт деньги».
golden words-pack 0 --content "$words" --search 'деньги вернуть'
golden words-pack-none 1 --content "$words" --search 'деньги вернуть курьер'
# The phrase found: no second list unless asked for.
golden words-phrase 0 --content "$words" --search 'вернёт деньги'
golden words-phrase-any 0 --content "$words" --any-order --search 'вернёт деньги'
# Asked "exactly this": no fallback.
golden words-case 1 --content "$words" --case-sensitive --search 'деньги вернуть'
golden words-fixed 1 --content "$words" -F --search 'деньги вернуть'
golden words-regex 1 --content "$words" --search 'деньги.вернуть'
# A question typed as such: its «?» is no regex.
golden words-question 0 --content "$words" --search 'деньги вернуть?'
# Function words are left out, and the heading says which: «как вернуть
# деньги» is searched as «вернуть» and «деньги», the same with
# --any-order; a query of function words only is searched as it is.
golden words-stop 0 --search 'как вернуть деньги'
golden words-stop-any 0 --any-order --search 'Как вернуть деньги?'
golden words-stop-only 0 --search 'где ли'

# No dictionary: one note, words match only in the form written, and the
# exact search is as before.
export HELPNAV_DICT_DIR=$tmp/no-dict
golden words-no-dict 0 --content "$words" --search 'деньги вернуть'
golden words-no-dict-form 0 --content "$words" --search 'деньги вернёт'
golden words-no-dict-exact 0 --content "$words" --search 'вернёт деньги'
# The built-in pack needs it only for a word it does not hold.
golden words-no-dict-builtin 0 --search 'деньги вернуть'
golden words-no-dict-unknown 1 --search 'деньги вернувшие'
unset HELPNAV_DICT_DIR
finish
