# SPDX-License-Identifier: MIT
# caps.sh - no fixed cap a user can hit: a session keeps every checklist
# it opened (a pack of 40 channels: the 33rd and the 40th are ticked and
# the ticks are still there when the 33rd is opened again; there used to
# be room for 32), and the history is as deep as the user goes (74
# views: back walks all the way down, forward all the way up; it used to
# drop all but the last 64).
source "$(dirname "$0")/../lib/checks.bash"

# pack-small and a category of 40 channels, each with an item of its own.
many=$tmp/pack
cp -r "$pack" "$many"
{
	echo "channels:"
	for i in $(seq -w 1 40); do
		printf '  - id: ch%s\n    title: Канал %s\n' "$i" "$i"
		printf '    steps:\n      - text: Шаг канала %s.\n' "$i"
		printf '        sources: ["000"]\n    checklist:\n'
		printf '      - id: item%s\n        text: Пункт канала %s\n' "$i" "$i"
		printf '        sources: ["000"]\n'
	done
	echo "categories:"
	echo "  - id: many"
	echo "    title: Много каналов"
	echo "    channels: [$(seq -f 'ch%02g' -s ', ' 1 40)]"
} >"$many/60-many.yaml"
"$bin" --content "$many" --check >/dev/null 2>"$tmp/check.err"
check "the generated pack of 40 channels loads" [ ! -s "$tmp/check.err" ]

start_shell 100 30
run "" "--content '$many' many"
expect "the category of 40 channels" "Канал 01"

# Every channel's checklist in turn: c opens the selected channel's,
# ← comes back to the category with that channel still selected.
tick_own_item() { # NN: the channel's own item is the third
	keys j
	keys j
	keys Space
	expect "the item of checklist $1 is ticked" "[x] Пункт канала $1"
}
for i in $(seq -w 1 40); do
	keys c
	if [ "$i" = 33 ] || [ "$i" = 40 ]; then
		expect "checklist $i opens" "Пункт канала $i"
		expect_not "no «too many checklists»" "слишком много"
		tick_own_item "$i"
	fi
	keys Left
	keys j
done
keys g
for _ in $(seq 1 32); do keys j; done
keys c
expect "the 33rd checklist again" "Пункт канала 33"
expect "its tick kept in the session" "[x] Пункт канала 33"
keys q
expect "unsaved ticks: q asks" "Выйти?"
keys y
st=$(wait_exit)
check "quit (got $st)" [ "$st" = 0 ]

# A history of 74 views: the checklist, its channel, its category and the
# main menu, then the main menu 70 times more.
run "" "returns/chat/checklist"
expect "the checklist" "Подготовьте до обращения"
tm send-keys -t main -N 70 m
expect "the main menu" "Чем помочь?"
tm send-keys -t main -N 70 Left
expect "70 times back: the checklist, the first view but three" \
	"Подготовьте до обращения"
tm send-keys -t main -N 70 f
expect "70 times forward: the main menu" "Чем помочь?"
keys f
expect "nothing further forward" "Вперёд идти некуда"
tm send-keys -t main -N 73 Left
expect "73 times back: the first main menu" "Чем помочь?"
keys Left
expect "nothing further back" "Это начало"
keys q
st=$(wait_exit)
check "quit (got $st)" [ "$st" = 0 ]
finish
