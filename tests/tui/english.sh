# SPDX-License-Identifier: MIT
# english.sh - the navigator under LANG=en_US.UTF-8: English key bar, menu
# headings, help screen and search status (the content stays Russian); the
# same screen under C.UTF-8 stays Russian.
source "$(dirname "$0")/../lib/checks.bash"

en=
for cand in en_US.UTF-8 en_US.utf8; do
	locale -a 2>/dev/null | grep -qix "${cand/UTF-8/utf-*8}" && en=$cand
done
check "an English locale is installed (bash tests/deps.sh --test)" [ -n "$en" ]
[ -n "$en" ] || finish

start_shell 100 30
run "env -u LC_ALL -u LANGUAGE LANG=$en" ""
expect "English menu title" "How can we help?"
expect "content stays Russian" "Возврат и обмен"
bar=$(line 29)
for word in open search help quit; do
	check "key bar has «$word»: $bar" grep -qw "$word" <<<"$bar"
done
expect_not "no Russian key bar" "справка"
keys "?"
expect "help screen title" "Help: keys"
expect "help group title" "Moving"
expect "help text from the action table" "a line or item up"
keys h
expect "back at the menu" "How can we help?"
keys /
expect "search prompt" "Search:"
type_text "возврат"
keys Enter
expect "search done" "«возврат»:"
check "search status with an English plural" \
	grep -qE '«возврат»: [0-9]+\+? match(es)?( |$)' <<<"$(screen)"
# The yes/no question names the keys of its answers that type "yes" and
# "no": y and n here (д and н in Russian, faults/input.sh).
keys m
open_item "Возврат и обмен"
keys Enter
keys c
keys j
keys Space
keys q
expect "the quit question names y and n" "(y/n)"
keys n
expect_not "n answers no" "(y/n)"
keys q
expect "asked again" "(y/n)"
keys y
st=$(wait_exit)
check "y answers yes: quits with status 0 (got $st)" [ "$st" = 0 ]

run "" ""
expect "C.UTF-8: Russian menu title" "Чем помочь?"
check "C.UTF-8: Russian key bar" grep -qw "справка" <<<"$(line 29)"
keys q
st=$(wait_exit)
check "q quits (got $st)" [ "$st" = 0 ]
finish
