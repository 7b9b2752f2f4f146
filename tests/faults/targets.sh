# SPDX-License-Identifier: MIT
# targets.sh - where output may not go, and output that fails in every
# mode. -o and the navigator's `s` refuse a FIFO (a write would block for
# ever), a device, a read-only file (as cp does; run as uid 65534 when the
# test runs as root, who may write anything), a dangling link and a
# writable file in a folder the user cannot write (the write would not be
# atomic); they follow a link to its target. Every mode writing to
# /dev/full or a closed stdout says what failed and why, exit 2. With
# SIGCHLD ignored by the parent a failed print is still a failure.
source "$(dirname "$0")/../lib/checks.bash"
export HELPNAV_NO_CACHE=1

# as_user CMD...: CMD as an ordinary user (65534 when we are root).
as_user() {
	if [ "$(id -u)" = 0 ]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
	else
		"$@"
	fi
}
# refused NAME REGEX TARGET: -o TARGET fails with exit 2 and REGEX.
refused() {
	timeout 10 "$bin" --checklist=returns/chat -o "$3" >"$tmp/out" 2>"$tmp/err"
	local st=$?
	check "$1: exit 2 (got $st)" [ "$st" = 2 ]
	check "$1: says /$2/" grep -qE "$2" "$tmp/err"
}

mkfifo "$tmp/fifo"
refused "-o FIFO" "«$tmp/fifo» — не обычный файл" "$tmp/fifo"
check "-o FIFO: still a FIFO" [ -p "$tmp/fifo" ]
refused "-o /dev/null" "не обычный файл" /dev/null
ln -s "$tmp/nowhere" "$tmp/dangling"
refused "-o dangling link" "ссылка на файл, которого нет" "$tmp/dangling"
check "-o dangling link: still a link, nothing made" \
	bash -c '[ -L "$1" ] && [ ! -e "$2" ]' _ "$tmp/dangling" "$tmp/nowhere"
echo старое >"$tmp/target.txt"
ln -s target.txt "$tmp/link"
"$bin" --checklist=returns/chat -o "$tmp/link"
check "-o link: the link stays a link" [ -L "$tmp/link" ]
check "-o link: its target is written" grep -q "Номер заказа" "$tmp/target.txt"
"$bin" --checklist=returns/chat -o /dev/stdout >"$tmp/out"
check "-o /dev/stdout: the standard output" grep -q "Номер заказа" "$tmp/out"

# Permissions, as an ordinary user in folders of their own.
chmod 711 "$tmp"
mkdir -m 777 "$tmp/mine" "$tmp/locked"
echo старое >"$tmp/mine/keep.txt"
echo старое >"$tmp/locked/open.txt"
chmod 444 "$tmp/mine/keep.txt"
chmod 666 "$tmp/locked/open.txt"
[ "$(id -u)" = 0 ] && chown 65534:65534 "$tmp/mine" "$tmp/mine/keep.txt"
chmod 755 "$tmp/locked"
as_user "$bin" --checklist=returns/chat -o "$tmp/mine/keep.txt" 2>"$tmp/err"
st=$?
check "-o read-only file: exit 2 (got $st)" [ "$st" = 2 ]
check "-o read-only file: says so" grep -q "keep.txt» — файл только для чтения" "$tmp/err"
check "-o read-only file: kept" [ "$(cat "$tmp/mine/keep.txt")" = старое ]
as_user "$bin" --checklist=returns/chat -o "$tmp/locked/open.txt" 2>"$tmp/err"
st=$?
check "-o writable file in a locked folder: exit 2 (got $st)" [ "$st" = 2 ]
check "-o writable file in a locked folder: says why" \
	grep -q "в папке «$tmp/locked» нельзя создавать файлы" "$tmp/err"
check "-o writable file in a locked folder: kept" \
	[ "$(cat "$tmp/locked/open.txt")" = старое ]

# Every mode: a full device and a closed stdout.
for mode in --list --help --version --check --search=возврат \
	--checklist=returns/chat; do
	"$bin" $mode >/dev/full 2>"$tmp/err"
	st=$?
	check "$mode >/dev/full: exit 2 (got $st)" [ "$st" = 2 ]
	check "$mode >/dev/full: says why, in Russian" \
		grep -q "стандартный вывод: на диске нет места" "$tmp/err"
	"$bin" $mode >&- 2>"$tmp/err"
	st=$?
	check "$mode >&-: exit 2 (got $st)" [ "$st" = 2 ]
	check "$mode >&-: says why, in Russian" \
		grep -q "стандартный вывод: файл не открыт" "$tmp/err"
done

# The navigator: a FIFO and a read-only file are refused before the
# question; a print that fails with SIGCHLD ignored keeps the ticks
# unsaved (the quit question still comes).
IGNORE_CHLD="perl -e '\$SIG{CHLD}=q(IGNORE); exec @ARGV'"
start_shell 100 30
run "$IGNORE_CHLD" "--print-command 'cat >/dev/null; exit 3' returns/chat/checklist"
expect "checklist opened" "Подготовьте до обращения"
keys j
keys Space
expect "a tick" "[x] "
keys p
expect "SIGCHLD ignored: the failed print is a failure" "Печать не удалась"
expect "SIGCHLD ignored: with its exit status" "кодом 3"
keys s
keys C-u
type_text "$tmp/fifo"
keys Enter
expect "save to a FIFO: refused at once" "не обычный файл"
expect_not "save to a FIFO: no question" "Заменить?"
keys s
keys C-u
type_text "$tmp/dangling"
keys Enter
expect "save to a dangling link: refused" "ссылка на файл, которого нет"
keys q
expect "the ticks are still unsaved: quit asks" "Выйти?"
keys д
st=$(wait_exit)
check "exits (got $st)" [ "$st" = 0 ]
if [ "$(id -u)" = 0 ]; then
	run "setpriv --reuid=65534 --regid=65534 --clear-groups" "returns/chat/checklist"
	expect "as uid 65534: checklist opened" "Подготовьте до обращения" 10
	keys j
	keys Space
	keys s
	keys C-u
	type_text "$tmp/mine/keep.txt"
	keys Enter
	expect "save to a read-only file: says so before asking" "файл только для чтения"
	expect_not "save to a read-only file: no question" "Заменить?"
	check "save to a read-only file: kept" [ "$(cat "$tmp/mine/keep.txt")" = старое ]
	keys q
	keys д
	wait_exit >/dev/null
fi
finish
