# SPDX-License-Identifier: MIT
# draft_restore.sh - the question «Восстановить черновик от …?» never
# loses the draft: Esc and q (in a window too small as well) put it off,
# leaving the file as it was (printing does not remove it) and it is
# offered at the next start; a resize keeps the question; only an explicit
# н declines it, and even then a copy is kept next to it (draft~). A change
# made after putting it off is not lost either: the old draft is set aside
# as н sets it, the change is drafted and offered at the next start.
source "$(dirname "$0")/../lib/checks.bash"

DRAFT="$XDG_STATE_HOME/helpnav/draft-returns-chat"
start_shell 100 30
open_checklist() {
	run "" "--print-command 'cat >/dev/null' returns/chat/checklist"
	expect "checklist opened" "Подготовьте до обращения"
}
unchanged() { cmp -s "$tmp/draft.orig" "$DRAFT"; }
not() { ! "$@"; }

# A tick, then Ctrl-C Ctrl-C: the draft stays on disk.
open_checklist
keys j Space
expect "an item ticked" "[x] Суть проблемы"
keys C-c C-c
wait_exit >/dev/null
check "the draft is written" [ -f "$DRAFT" ]
cp "$DRAFT" "$tmp/draft.orig"

# Esc: no answer; the draft is kept as it was and said to come back.
open_checklist
expect "the draft is offered" "Восстановить черновик от"
keys Escape
expect "Esc says the draft will be offered again" "будет предложен"
expect "and where it goes if the list is changed" "он будет отложен как draft-returns-chat~"
expect_not "Esc does not remove the draft" "удалён"
check "Esc leaves the draft file as it was" unchanged
keys p
expect "the list printed" "отправлен на печать"
check "printing does not remove the put-off draft" unchanged
keys q
wait_exit >/dev/null
check "nothing changed: the draft file is still as it was" unchanged

# q: the same.
open_checklist
expect "offered again after Esc" "Восстановить черновик от"
keys q
expect "q says the draft will be offered again" "будет предложен"
check "q leaves the draft file as it was" unchanged
keys q
wait_exit >/dev/null

# A resize keeps the question; in a window too small, q keeps the draft.
open_checklist
expect "offered again after q" "Восстановить черновик от"
tm resize-window -t main -x 60 -y 20
settle
expect "the question survives a resize" "Восстановить черновик от"
tm resize-window -t main -x 20 -y 5
settle
keys q
tm resize-window -t main -x 100 -y 30
settle
expect "q in a window too small puts it off too" "будет предложен"
check "the draft file is still as it was" unchanged
keys q
wait_exit >/dev/null

# Only н declines; a copy is kept next to the draft.
open_checklist
expect "offered again after a small window" "Восстановить черновик от"
keys н
expect "н declines, keeping a copy" "на случай ошибки он сохранён как"
expect "the message names the copy" "draft-returns-chat~"
check "the declined draft is gone from its place" [ ! -e "$DRAFT" ]
check "its copy is kept" cmp -s "$tmp/draft.orig" "$DRAFT~"
expect_not "the declined tick is not shown" "[x] Суть проблемы"
keys q
wait_exit >/dev/null

# Once answered, changes are written to the draft again.
open_checklist
keys j Space
settle
check "changes are drafted once answered" [ -f "$DRAFT" ]
keys C-c C-c
wait_exit >/dev/null

# Put off, then a tick: the old draft is set aside, the tick is drafted.
cp "$DRAFT" "$tmp/draft.orig"
rm -f "$DRAFT~"
open_checklist
expect "a new draft is offered" "Восстановить черновик от"
keys Escape
expect "put off with Esc" "будет предложен"
keys j j j Space
expect "an item ticked after putting it off" "[x] Номер телефона"
expect "the old draft is set aside at once" "Старый черновик отложен как"
expect "the message names where it went" "draft-returns-chat~"
check "the old draft is kept as draft~, as it was" \
	cmp -s "$tmp/draft.orig" "$DRAFT~"
check "the tick is drafted before any quit" [ -f "$DRAFT" ]
check "the draft now holds the new tick, not the old draft" \
	not unchanged
keys q
expect "q asks (the tick is not saved)" "Выйти?"
keys д
wait_exit >/dev/null
expect "the exit message names the draft that holds the tick" \
	"отметки остались в"
check "the old draft is still in draft~" cmp -s "$tmp/draft.orig" "$DRAFT~"
open_checklist
expect "the new draft is offered at the next start" "Восстановить черновик от"
keys д
expect "it brings the tick made after putting off" "[x] Номер телефона"
expect_not "not the old draft's tick" "[x] Суть проблемы"
keys q
expect "q asks (restored data is unsaved)" "Выйти?"
keys д
wait_exit >/dev/null
finish
