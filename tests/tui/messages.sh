# SPDX-License-Identifier: MIT
# messages.sh - a status message longer than the window: wrapped onto two
# rows, its end cut at a word with «…» and the message log's key, never in
# the middle of a word; the log (M) shows it whole, newest last, and q or
# Esc close it.
source "$(dirname "$0")/../lib/checks.bash"

mkdir -p "$tmp/empty"
start_shell 40 12
run "env PATH='$tmp/empty'" "returns/chat/checklist"
expect "checklist opened" "Подготовьте до"
keys p
expect "no print command: says so" "lp не найден"
bottom=$(screen | sed -n '11,12p')
echo "$bottom" | sed 's/^/  | /'
check "the message is wrapped onto two rows" \
	grep -q "^Нет команды печати (lp не найден):" <<<"$bottom"
row2=$(sed -n 2p <<<"$bottom")
check "its second row ends with «…» and the log's key" \
	grep -Eq "…  M сообщения *$" <<<"$row2"
# what the row keeps, then a space, starts the rest of the message: the
# cut is between words, not inside one
kept=${row2%%…*}
rest="задайте --print-command или HELPNAV_PRINT_COMMAND; s — сохранить в файл"
starts_rest() { [ -n "$kept" ] && [[ "$rest" == "$kept "* ]]; }
check "the row is cut between words («$kept»)" starts_rest

keys M
expect "the log opens" "Сообщения"
expect "the message's useful tail is in the log" "сохранить в файл"
log=$(screen | tr '\n' ' ' | tr -s ' ')
check "the whole message, its end included, is in the log" \
	grep -q -F "или HELPNAV_PRINT_COMMAND; s — сохранить в файл" <<<"$log"
keys q
expect "q closes the log, back to the checklist" "Подготовьте до"
expect_not "helpnav still runs" "EXIT="

# the last item selected, at the bottom: the two-row message takes a row
# from the body, which scrolls, so the selection stays on screen whole
keys End
# the body is lines 2-11; the top bar is not searched for reverse video
first=$(screen_attr | sed -n '2,11p' | grep -n $'\e\\[[0-9;]*7m' |
	head -n1 | cut -d: -f1)
item=$(screen | sed -n "$((${first:-0} + 1)),11p") # to the body's end
keys p
expect "the message again" "lp не найден"
body=$(screen | sed -n '2,10p') # the body above the two rows
whole() { [ -n "$item" ] && [[ $body == *"$item"* ]]; }
check "the selected item is whole above the message" whole
keys Home

# a second message, then the log: the newest is last
keys M
expect "log opened again" "— закрыть."
keys Escape
expect "Esc closes it" "Подготовьте до"
keys s
expect "save prompt" "Сохранить в файл:"
keys C-u
type_text "$tmp/saved.txt"
keys Enter
expect "saved" "Чек-лист сохранён"
keys M
expect "log opened" "— закрыть."
last=$(screen | grep -n "сохранён" | tail -n1 | cut -d: -f1)
first=$(screen | grep -n "печати" | tail -n1 | cut -d: -f1)
check "the newest message comes after the older one ($first < $last)" \
	[ "${first:-99}" -lt "${last:-0}" ]
keys q
keys q
st=$(wait_exit)
check "quit (got $st)" [ "$st" = 0 ]
finish
