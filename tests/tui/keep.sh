# SPDX-License-Identifier: MIT
# keep.sh - nothing typed is lost: Ctrl-C on a filled-in checklist asks
# as q does (a second Ctrl-C quits); the quit question takes y and Enter
# as well as д, н/n/Esc keep the session, s saves before quitting; every
# change is kept as a draft that survives a quit, Ctrl-C and SIGHUP and is
# offered back, and is removed when declined or saved.
source "$(dirname "$0")/../lib/checks.bash"

DRAFT="$XDG_STATE_HOME/helpnav/draft-returns-chat"
start_shell 100 30
open_checklist() {
	run "" "returns/chat/checklist"
	expect "checklist opened" "Подготовьте до обращения"
}
fill_field() {
	keys Enter
	expect "field editor opens" "Esc отменить"
	type_text "$1"
	keys Enter
	expect "the value is in the list" "$1"
}

open_checklist
fill_field "ORDER-777"
check "the change is written as a draft at once" grep -q "ORDER-777" "$DRAFT"
check "the draft is the user's own (0600): it holds the order number" \
	[ "$(stat -c %a "$DRAFT")" = 600 ]
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
# Too narrow for one line: the question wraps, its answers stay readable.
tm resize-window -t main -x 40 -y 12
settle
expect "at 40 columns the question ends readable" "сохранить (д/н)"
expect "its start is on screen too" "Отметки в чек-листе не сохранены"
tm resize-window -t main -x 100 -y 30
settle
keys C-c
st=$(wait_exit)
check "a second Ctrl-C quits (status $st)" [ "$st" = 0 ]
expect "the user is told where the marks are kept, once the screen is gone" \
	"не сохранён в файл; отметки остались в"
check "terminal restored after Ctrl-C" terminal_restored
check "the draft is kept after Ctrl-C" [ -f "$DRAFT" ]

# The draft is offered back; yes restores the value.
open_checklist
expect "the draft is offered" "Восстановить черновик от"
keys д
expect "the restored value is in the list" "ORDER-777"
keys q
expect "q asks (restored data is unsaved)" "Выйти?"
keys y
st=$(wait_exit)
check "y answers yes (status $st)" [ "$st" = 0 ]

# Declined: the draft is set aside (draft_restore.sh) and the list is empty.
open_checklist
expect "offered again" "Восстановить черновик от"
keys н
expect "declining says so" "Черновик отклонён"
expect_not "the declined value is not shown" "ORDER-777"
check "the declined draft is removed" [ ! -e "$DRAFT" ]
fill_field "ORDER-888"
keys q
expect "q asks again" "Выйти?"
keys Enter
st=$(wait_exit)
check "Enter answers yes (status $st)" [ "$st" = 0 ]

# s in the question: the file-name prompt, then quitting once saved; the
# saved list needs no draft.
open_checklist
keys д
expect "restored for saving" "ORDER-888"
keys q
expect "the question offers saving" "— сохранить"
keys s
expect "s asks for the file name" "Сохранить в файл"
tm send-keys -t main C-u
type_text "kept.txt"
keys Enter
st=$(wait_exit)
check "saved, then quit (status $st)" [ "$st" = 0 ]
check "the saved file has the value" grep -q "ORDER-888" "$tmp/kept.txt"
check "saving removes the draft" [ ! -e "$DRAFT" ]

# SIGHUP (the terminal closed): the draft written at the change stays.
open_checklist
fill_field "ORDER-999"
pid=$(pgrep -P "$(tm display -p -t main '#{pane_pid}')" -x helpnav)
check "helpnav's process found" [ -n "$pid" ]
kill -HUP "$pid"
wait_exit >/dev/null
check "terminal restored after SIGHUP" terminal_restored
open_checklist
expect "the draft is offered after SIGHUP" "Восстановить черновик от"
keys Enter
expect "the value typed before SIGHUP is back" "ORDER-999"
keys C-c C-c
wait_exit >/dev/null

# ~ in the save prompt is the home folder; the message gives the full path.
mkdir -p "$tmp/home"
run "HOME='$tmp/home'" "returns/chat/checklist"
expect "checklist opened" "Подготовьте до обращения"
keys н
keys j Space
keys s
expect "save prompt" "Сохранить в файл"
tm send-keys -t main C-u
# shellcheck disable=SC2088 # the ~ is typed into helpnav, not expanded here
type_text "~/чек.txt"
keys Enter
expect "the message names the full path" "сохранён в $tmp/home/чек.txt"
check "~ expanded to HOME" [ -f "$tmp/home/чек.txt" ]
check "no folder named ~" [ ! -e "$tmp/~" ]
keys q
wait_exit >/dev/null

# Text being typed into a field counts as unsaved: Ctrl-C asks.
open_checklist
keys Enter
expect "field editor" "Esc отменить"
type_text "TYPING-1"
keys C-c
expect "Ctrl-C while typing asks" "Выйти?"
keys n
expect "the typed text is still in the editor" "TYPING-1"
keys Escape
keys q
st=$(wait_exit)
check "with the edit cancelled q quits at once (status $st)" [ "$st" = 0 ]

# typing_interrupted TEXT: a fresh checklist, TEXT typed into its first
# field (not yet kept with Enter), then Ctrl-C.
typing_interrupted() {
	rm -f "$DRAFT"
	open_checklist
	keys Enter
	expect "field editor" "Esc отменить"
	type_text "$1"
	keys C-c
}

# Quitting while typing keeps what was typed: it goes to the draft.
typing_interrupted "TYPING-2"
expect "Ctrl-C while typing asks about the field" "Набранное в поле не сохранено в файл; оно останется в черновике"
keys д
st=$(wait_exit)
check "quits (status $st)" [ "$st" = 0 ]
check "what was typed is in the draft" grep -q "TYPING-2" "$DRAFT"

# s in that question saves the list with what was typed in the field.
typing_interrupted "TYPING-3"
expect "the question offers saving" "сохранить (д/н)"
keys s
expect "save prompt" "Сохранить в файл"
keys C-u
type_text "$tmp/typed.txt"
keys Enter
st=$(wait_exit)
check "saved, then quit (status $st)" [ "$st" = 0 ]
check "the file has what was typed in the field" grep -q "TYPING-3" "$tmp/typed.txt"

# An editor opened and left as it was is nothing unsaved: Ctrl-C quits.
rm -f "$DRAFT"
open_checklist
keys Enter
expect "field editor" "Esc отменить"
keys C-c
st=$(wait_exit)
check "Ctrl-C in an unchanged editor quits at once (status $st)" [ "$st" = 0 ]

# Without unsaved data Ctrl-C quits at once.
run "" ""
expect "menu" "Чем помочь?"
keys C-c
st=$(wait_exit)
check "Ctrl-C with nothing unsaved quits (status $st)" [ "$st" = 0 ]
finish
