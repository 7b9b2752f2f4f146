# keep.sh - nothing typed is lost by a key: Ctrl-C on a filled-in
# checklist asks as q does (a second Ctrl-C quits), the quit question
# takes y and Enter as well as д, н/n/Esc keep the session, and s saves
# the checklist before quitting.
. "$(dirname "$0")/lib.sh" "$@"

start_shell 100 30
fill_checklist() {
	run "" "returns/chat/checklist"
	expect "checklist opened" "Подготовьте до обращения"
	keys Space
	expect "field editor opens" "Esc — отменить"
	type_text "ORDER-777"
	keys Enter
	expect "the value is in the list" "ORDER-777"
}

fill_checklist
keys C-c
expect "Ctrl-C with unsaved data asks first" "Выйти?"
keys n
expect "n keeps the session and the value" "ORDER-777"
keys C-c
expect "Ctrl-C asks again" "Выйти?"
keys Escape
expect "Esc keeps the session" "ORDER-777"
keys C-c
expect "asked once more" "Выйти?"
keys C-c
st=$(wait_exit)
check "a second Ctrl-C quits (status $st)" [ "$st" = 0 ]
check "terminal restored after Ctrl-C" terminal_restored

fill_checklist
keys q
expect "q asks" "Выйти?"
keys y
st=$(wait_exit)
check "y answers yes (status $st)" [ "$st" = 0 ]

fill_checklist
keys q
expect "q asks again" "Выйти?"
keys Enter
st=$(wait_exit)
check "Enter answers yes (status $st)" [ "$st" = 0 ]

# s in the question: the file-name prompt, then quitting once saved.
fill_checklist
keys q
expect "the question offers saving" "— сохранить"
keys s
expect "s asks for the file name" "Сохранить в файл"
tm send-keys -t main C-u
type_text "kept.txt"
keys Enter
st=$(wait_exit)
check "saved, then quit (status $st)" [ "$st" = 0 ]
check "the saved file has the value" grep -q "ORDER-777" "$WORK/kept.txt"

# Without unsaved data Ctrl-C quits at once.
run "" ""
expect "menu" "Чем помочь?"
keys C-c
st=$(wait_exit)
check "Ctrl-C with nothing unsaved quits (status $st)" [ "$st" = 0 ]
finish
