# SPDX-License-Identifier: MIT
# draft.sh - «Черновик обращения» in the navigator: the draft view shows a
# filled field and placeholders, y copies it through OSC 52 (tmux with
# set-clipboard on keeps it in a paste buffer, read back here), and D puts
# it at the end of the printed sheet.
source "$(dirname "$0")/../lib/checks.bash"

start_shell 100 30
tm set -g set-clipboard on
# No X or Wayland clipboard tool: OSC 52 alone.
run "env -u DISPLAY -u WAYLAND_DISPLAY" "--print-command 'cat > printed.txt' returns/chat/checklist"
expect "checklist opened" "Подготовьте до обращения"
expect "the key bar offers the draft" "черновик"

# The first item of the returns/chat checklist is the order number field.
keys Enter
expect "field editor opens" "Esc отменить"
type_text "12345-678 ёж"
keys Enter
expect "value shown in the list" "12345-678 ёж"

keys d
expect "draft view" "Черновик обращения"
expect "the draft has the order number" "заказа 12345-678 ёж"
expect "an unfilled part is a placeholder" "Уже сделано: [что уже сделали"
expect "the copy key is named from the action table" "y — скопировать"

keys y
expect "copied message names OSC 52" "OSC 52"
want=$("$bin" --draft returns/chat --field "order=12345-678 ёж")
got=$(tm show-buffer 2>/dev/null)
check "the tmux buffer holds the draft" [ "$got" = "$want" ]
[ "$got" = "$want" ] || diff <(echo "$want") <(echo "$got") | head -5

# Back on the checklist: D adds the draft to the printed sheet.
keys h
expect "back on the checklist" "Подготовьте до обращения"
tm delete-buffer 2>/dev/null
keys н
expect "the Russian layout copies too" "OSC 52"
check "н (y in the Russian layout) copied from the checklist" \
	[ "$(tm show-buffer 2>/dev/null)" = "$want" ]
keys D
expect "draft on the sheet" "Черновик будет в конце печати"
keys p
expect "printed" "отправлен на печать"
check "the printed sheet ends with the draft" \
	grep -q "^Черновик обращения:" "$tmp/printed.txt"
check "the printed draft has the order number" \
	grep -q "заказа 12345-678 ёж" "$tmp/printed.txt"
# s with a .md name saves Markdown, the draft at its end too.
keys s
expect "save prompt" "Сохранить в файл"
keys C-u
type_text "лист.md"
keys Enter
expect "saved" "сохранён в $tmp/лист.md"
check "a .md name saves Markdown" grep -q "^# Возврат и обмен — Чат в приложении Ozon$" "$tmp/лист.md"
check "with task items" grep -q -F -- "- [x] Номер заказа" "$tmp/лист.md"
check "and the draft" grep -q "^## Черновик обращения$" "$tmp/лист.md"
keys q
st=$(wait_exit)
check "printed, so q quits at once (got $st)" [ "$st" = 0 ]
finish
