#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --checklist: the rendering (golden), 80 columns, unknown paths, and -o:
# atomic writes, refused targets, nothing left behind on failure.
source "$(dirname "$0")/../lib/checks.bash"

golden checklist-returns-chat 0 --content "$pack" --checklist returns/chat
golden checklist-cli-pack 0 --content "$clipack" --checklist returns/chat
golden checklist-channel-only 0 --content "$pack" --checklist channels/chat
golden checklist-suffix 0 --content "$pack" --checklist returns/chat/checklist/
golden checklist-unknown 2 --content "$pack" --checklist returns/chta
golden checklist-category-only 2 --content "$pack" --checklist returns
golden checklist-stdout-dash 0 --content "$pack" --checklist returns/chat -o -
cmp -s "$expected/checklist-returns-chat.out" "$expected/checklist-stdout-dash.out" ||
	fail "-o - differs from stdout"

# Every line fits 80 columns (wc -L: display width in a UTF-8 locale).
for path in returns/chat orders/callback payment/chat; do
	"$bin" --content "$pack" --checklist $path >"$tmp/c.txt" ||
		fail "--checklist $path"
	width=$(wc -L <"$tmp/c.txt")
	[ "$width" -le 80 ] && [ "$width" -gt 50 ] ||
		fail "$path: widest line $width columns"
done

# -o FILE: the same text as stdout, nothing on stdout, no temporary left.
mkdir "$tmp/dest"
golden checklist-o-file 0 --content "$pack" --checklist returns/chat -o "$tmp/dest/чек-лист.txt"
normalize "$tmp/dest/чек-лист.txt" | cmp -s "$expected/checklist-returns-chat.out" - ||
	fail "-o FILE content differs from stdout"
# An existing file is replaced.
echo старое >"$tmp/dest/old.txt"
golden checklist-o-file 0 --content "$pack" --checklist returns/chat -o "$tmp/dest/old.txt"
normalize "$tmp/dest/old.txt" | cmp -s "$expected/checklist-returns-chat.out" - ||
	fail "-o over an existing file"
[ "$(ls -A "$tmp/dest" | wc -l)" -eq 2 ] || fail "left in the folder: $(ls -A "$tmp/dest")"

# A write that fails half-way (file size limit: EFBIG) keeps the old file
# and leaves no temporary file.
echo старое >"$tmp/dest/old.txt"
(
	trap '' XFSZ
	ulimit -f 1
	"$bin" --content "$pack" --checklist returns/chat -o "$tmp/dest/old.txt"
) >"$tmp/stdout" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 2 ] || fail "-o under ulimit -f: exit $rc"
grep -q 'old.txt' "$tmp/err" || fail "-o under ulimit -f: message: $(cat "$tmp/err")"
[ "$(cat "$tmp/dest/old.txt")" = старое ] || fail "old file changed by a fail write"
[ "$(ls -A "$tmp/dest" | wc -l)" -eq 2 ] || fail "left after EFBIG: $(ls -A "$tmp/dest")"

# A device (here a full one) is refused before it is opened.
golden checklist-dev-full 2 --content "$pack" --checklist returns/chat -o /dev/full
# A folder that does not exist: nothing is created.
golden checklist-no-folder 2 --content "$pack" --checklist returns/chat -o "$tmp/нет/файл.txt"
[ -e "$tmp/нет" ] && fail "the missing folder was created"
# A file in /proc cannot be replaced, even by root.
golden checklist-proc 2 --content "$pack" --checklist returns/chat -o /proc/version
# A read-only folder: only meaningful when permissions apply (not root).
if [ "$(id -u)" -ne 0 ]; then
	mkdir "$tmp/ro" && chmod 555 "$tmp/ro"
	"$bin" --content "$pack" --checklist returns/chat -o "$tmp/ro/f.txt" 2>"$tmp/err"
	rc=$?
	[ "$rc" -eq 2 ] && grep -q 'нет прав доступа' "$tmp/err" ||
		fail "read-only folder: exit $rc, $(cat "$tmp/err")"
	[ -z "$(ls -A "$tmp/ro")" ] || fail "left in the read-only folder"
else
	echo "root: read-only folder case skipped (covered by /proc and a missing folder)"
fi
finish
