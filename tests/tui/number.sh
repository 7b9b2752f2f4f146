# SPDX-License-Identifier: MIT
# number.sh - «Проверить номер»: the main-menu item opens a prompt, the
# verdict appears as digits are typed, Esc on an empty prompt goes back;
# the # key opens it from anywhere; a number typed into / shows its card
# before the hits.
source "$(dirname "$0")/../lib/checks.bash"

start_shell 100 50
run "" ""
expect "main menu" "Чем помочь?"
expect "the menu item" "Проверить номер"
open_item "Проверить номер"
expect "the number prompt" "Номер:"
expect "the view's title" "Введите номер"
type_text "8 800 55"
expect "a part is not a number yet" "Пока это не номер"
type_text "5-34-34"
expect "the verdict as you type" "Номер 8 800 555-34-34"
expect "what source 000 says" "Источник 000 называет его"
expect "its status" "спорный номер"
expect "the advice marked as ours" "Совет helpnav:"
expect_not "no error" "Ошибка"

# Another number: the office, by its tail.
keys C-u
type_text "232-10-00"
expect "the office by its tail" "не для покупателей"
# A number in no source says so.
keys C-u
type_text "+7 (999) 123-45-67"
expect "a number in no source" "не называет этот номер"
expect "what that means" "ничего не доказывает"
keys Enter
expect_not "Enter closes the prompt" "Номер: +7"
expect "the verdict stays" "не называет этот номер"

# Back to the menu; # opens the check again from anywhere.
keys Left
expect "back at the menu" "Чем помочь?"
keys '#'
expect "# opens the number check" "Номер:"
keys Escape
expect "Esc on an empty prompt goes back" "Чем помочь?"
keys '№'
expect "№ (# under ЙЦУКЕН) opens it too" "Номер:"
keys Escape
expect "Esc again goes back" "Чем помочь?"

# A number typed into the / prompt: its card before the hits.
keys /
expect "search prompt" "Поиск:"
type_text "+7 495 232-10-00"
expect "the card in search" "Номер +7 495 232−10−00"
expect_not "no pattern error for a number" "Ошибка в шаблоне"
keys Escape
keys q
check "exit status 0" [ "$(wait_exit)" = 0 ]
finish
