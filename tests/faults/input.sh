# SPDX-License-Identifier: MIT
# input.sh - input that used to jam the navigator: a stray 0xFF byte (a
# KOI8-R terminal, pasted binary) is dropped and the next keys work;
# bracketed paste into the search prompt and a checklist field (newlines
# become spaces, a long paste is taken whole, a paste over the limit is
# refused with a message and loses nothing); Alt with a key does not
# cancel an edit; keys typed while the window is below the minimum size
# are kept, and the quit question can be read and answered there.
source "$(dirname "$0")/../lib/checks.bash"
export HELPNAV_NO_CACHE=1

# paste TEXT: TEXT as the terminal's bracketed paste (tmux adds the marks
# because helpnav asked for them).
paste() {
	printf '%s' "$1" >"$tmp/paste.txt"
	tm load-buffer -b in "$tmp/paste.txt"
	tm paste-buffer -p -d -b in -t main
	settle
}

start_shell 100 30
run "" ""
expect "menu" "Чем помочь?"
tm send-keys -t main -H ff
settle
keys /
type_text "возврат"
expect "after a stray 0xFF byte, / and letters work" "«возврат»"
keys Escape
keys Escape
tm send-keys -t main -H ff d0
settle
keys /
keys C-u
type_text "чат"
expect "after 0xFF and a cut-off letter, the prompt works" "Поиск: чат"
keys C-u
paste "возв"
type_text "рат"
expect "a paste into the prompt" "«возврат»"
keys C-u
paste $'доставка\nзаказа'
expect "a pasted newline is a space, not Enter" "Поиск: доставка заказа"
keys C-u
type_text "чат"
paste "$(head -c 20000 /dev/zero | tr '\0' x | sed 's/x/ж/g')"
expect "a paste over the limit says so" "Вставка слишком длинная"
expect "and the prompt keeps what it had" "Поиск: чат"
keys Escape
keys Escape
keys q
st=$(wait_exit)
check "exits (got $st)" [ "$st" = 0 ]

# A checklist field: a paste of 5000 characters is taken whole (the old
# editor cut it to 511 silently); Alt-x does not cancel the edit.
run "" "returns/chat/checklist"
expect "checklist" "Подготовьте до обращения"
keys Enter
expect "editing the first field" "Enter сохранить  Esc отменить"
long=$(head -c 5000 /dev/zero | tr '\0' '7')
paste "$long"
keys M-x
expect "Alt-x keeps the editor open" "Enter сохранить  Esc отменить"
type_text "A"
keys Enter
expect_not "the edit is saved" "Enter сохранить  Esc отменить"
keys s
keys C-u
type_text "field.txt"
keys Enter
expect "saved, with the full path" "сохранён в $tmp/field.txt"
check "all 5000 pasted characters and the A after Alt-x are in the field" \
	grep -q "${long}A" <<<"$(tr -d '\n ' <"$tmp/field.txt")"

# A small window: keys typed there wait for it to grow; the quit question
# is shown and answered there.
keys j
keys Space
expect "a tick" "[x] "
tm resize-window -t main -x 25 -y 6
expect "small window notice" "Окно мало"
type_text "/доставка"
tm resize-window -t main -x 100 -y 30
expect "the keys typed in the small window arrive" "Поиск: доставка"
keys Escape
keys Left
expect "back to the checklist" "Подготовьте до обращения"
tm resize-window -t main -x 25 -y 6
expect "small again" "Окно мало"
keys q
expect "the quit question can be read in a small window" "сохранить (д/н)"
keys д
st=$(wait_exit)
check "answered there: exits (got $st)" [ "$st" = 0 ]
finish
