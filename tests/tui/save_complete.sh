# SPDX-License-Identifier: MIT
# save_complete.sh - Tab in the save prompt completes a file or folder
# name as bash does: one match fills it (a folder's with "/"), several
# extend it to what they share and are listed in the message row, none
# rings the bell and says so; "~/" is the home folder and the file is
# saved where the completed name points.
source "$(dirname "$0")/../lib/checks.bash"

mkdir -p "$tmp/документы"
touch "$tmp/отчёт-апрель.txt" "$tmp/отчёт-май.txt"

start_shell 80 24
run "env HOME='$tmp'" "returns/chat/checklist"
expect "checklist opened" "Подготовьте до обращения"
keys s
expect "save prompt" "Сохранить в файл:"
keys C-u
type_text "до"
keys Tab
expect "a unique folder is completed with /" "Сохранить в файл: документы/"

keys C-u
type_text "отч"
keys Tab
expect "several: extended to what they share" "Сохранить в файл: отчёт-"
expect "and listed above the prompt" \
	"Подходят (2): отчёт-апрель.txt  отчёт-май.txt"

keys C-u
type_text "zzz"
keys Tab
expect "none: said so" "Нет файла или папки"
expect "what was typed is kept" "Сохранить в файл: zzz"

keys C-u
# shellcheck disable=SC2088 # the ~ is typed into helpnav, not expanded here
type_text "~/док"
keys Tab
# shellcheck disable=SC2088 # the ~ is what helpnav shows
expect "~/ is the home folder, kept as typed" "Сохранить в файл: ~/документы/"
type_text "новый.txt"
keys Enter
expect "saved with the full path" "Чек-лист сохранён в $tmp/документы/новый.txt"
check "the file is where the completed name points" \
	grep -q "Чат в приложении Ozon" "$tmp/документы/новый.txt"
keys q
st=$(wait_exit)
check "quit (got $st)" [ "$st" = 0 ]
finish
