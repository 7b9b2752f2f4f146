# SPDX-License-Identifier: MIT
# limits.sh - hostile shapes and sizes of content: alias bombs and cycles,
# deep nesting, a 100 MB file, a file just under the 4 MB cap, the
# diagnostics caps (a list of a million wrong items), a *.yaml
# that is a directory, a FIFO or unreadable, and folders of 1,000 and
# 10,000 files. Each gives a clear error or a correct load, and each run is
# measured with /usr/bin/time: at most 10 s of CPU and 256 MB (generous bounds;
# the real figures are printed and are far lower).
# Root ignores file modes, so "unreadable" is a link to a file of /proc
# that even root cannot read (/proc/sys/vm/drop_caches is write-only) and
# one whose read fails with EIO (/proc/self/mem at offset 0).
source "$(dirname "$0")/../lib/checks.bash"
MAX_S=10 MAX_KB=$((256 * 1024))

# measure NAME ARGS...: runs helpnav ARGS under /usr/bin/time; sets ST,
# OUT (stdout+stderr file), SECS (CPU seconds, user + system: the machine
# may be busy with other work) and KB, and checks the bounds.
measure() {
	local name=$1 wall user sys
	shift
	OUT=$tmp/$name.out
	timeout 60 /usr/bin/time -o "$tmp/$name.time" -f '%e %U %S %M' \
		"$bin" "$@" >"$OUT" 2>&1
	ST=$?
	read -r wall user sys KB < <(tail -n1 "$tmp/$name.time")
	SECS=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
	echo "   $name: exit $ST, ${SECS} s of CPU (${wall} s), ${KB} KB"
	check "$name: within ${MAX_S} s (${SECS} s)" \
		awk -v s="$SECS" -v m=$MAX_S 'BEGIN { exit !(s < m) }'
	check "$name: within $MAX_KB KB (${KB} KB)" [ "${KB:-0}" -lt $MAX_KB ]
}

# expect_error NAME REGEX: exit 1 or 2 and a message matching REGEX.
expect_error() {
	check "$1: fails with a clear message (exit $ST)" \
		bash -c '[ "$1" = 1 ] || [ "$1" = 2 ]' _ "$ST"
	check "$1: message /$2/" grep -qE "$2" "$OUT"
}

with_content() { # DIR: the real content plus what the test adds
	mkdir -p "$tmp/$1"
	cp "$src"/content/*.yaml "$tmp/$1/"
}

# Alias bomb ("billion laughs", 9 levels) and an alias cycle.
mkdir -p "$tmp/bomb" "$tmp/cycle"
{
	printf 'sources:\n  - id: "000"\n    title: &a0 [лол]\n'
	for i in 1 2 3 4 5 6 7 8 9; do
		p="*a$((i - 1))"
		printf '    t%d: &a%d [%s,%s,%s,%s,%s,%s,%s,%s,%s]\n' $i $i \
			"$p" "$p" "$p" "$p" "$p" "$p" "$p" "$p" "$p"
	done
} >"$tmp/bomb/pack.yaml"
measure bomb --check="$tmp/bomb"
expect_error bomb 'pack.yaml:[0-9]+:[0-9]+: якоря'
printf 'channels: &a [1, *a]\n' >"$tmp/cycle/pack.yaml"
measure cycle --check="$tmp/cycle"
expect_error cycle 'pack.yaml:1:[0-9]+: ссылки \(\*a\)'

# Deep nesting: 100,000 levels of [ and of {.
mkdir -p "$tmp/deep" "$tmp/deepmap"
awk 'BEGIN { s = "x: "; for (i = 0; i < 100000; i++) s = s "["; print s }' \
	>"$tmp/deep/pack.yaml"
awk 'BEGIN { s = "x: "; for (i = 0; i < 100000; i++) s = s "{a: "; print s }' \
	>"$tmp/deepmap/pack.yaml"
measure deep --check="$tmp/deep"
expect_error deep 'pack.yaml:1:[0-9]+: слишком глубокая вложенность'
measure deepmap --check="$tmp/deepmap"
expect_error deepmap 'pack.yaml:1:[0-9]+: слишком глубокая вложенность'

# A 100 MB file (real bytes, not sparse): refused by its size, not read.
with_content big
yes '# заполнитель строки комментария, повторённый до ста мегабайт' |
	head -c 100M >"$tmp/big/zz.yaml"
measure big --check="$tmp/big"
expect_error big 'zz.yaml: файл слишком большой: 104857600 байт'
check "big: not read (under 64 MB resident)" [ "${KB:-0}" -lt 65536 ]

# Just under the cap: 3.9 MB of valid pages loads, and searches.
near_pack "$tmp/near"
check "near: the file is 3-4 MB" \
	bash -c 's=$(stat -c %s "$1"); [ $s -gt 3000000 ] && [ $s -lt 4194304 ]' _ "$tmp/near/zz.yaml"
measure near --check="$tmp/near"
check "near: loads (exit $ST)" [ "$ST" = 0 ]
check "near: all pages counted" grep -q "страниц 190[0-9][0-9]" "$OUT"
measure near-search --content="$tmp/near" --ids --search='возврат[а-я]+'
check "near-search: finds (exit $ST)" [ "$ST" = 0 ]
check "near-search: 19000 pages of hits" [ "$(grep -c '^p[0-9]*:' "$OUT")" -ge 19000 ]

# Diagnostics are capped: a file holding a list of nearly a million wrong
# items (just under the node cap) gives 100 messages and a count of the
# rest, and --check stays within the bounds; two such files still do (a
# file's parse is freed before the next one). hostile/worst.sh tries
# every such shape.
with_content diags
awk 'BEGIN { n = 999000; printf "channels: [n"
	for (i = 1; i < n; i++) printf ", n"; print "]" }' >"$tmp/diags/zz.yaml"
measure diags --check="$tmp/diags"
check "diags: exit 1 (got $ST)" [ "$ST" = 1 ]
check "diags: 100 messages of the file" [ "$(grep -c '^.*zz.yaml:1:[0-9]*: ' "$OUT")" = 100 ]
check "diags: the rest counted" grep -q "zz.yaml: … и ещё ошибок: 998900$" "$OUT"
check "diags: the total is every error" grep -q "найдено ошибок: 999000$" "$OUT"
cp "$tmp/diags/zz.yaml" "$tmp/diags/zy.yaml"
measure diags2 --check="$tmp/diags"
check "diags2: 100 messages of each file" \
	[ "$(grep -c '^.*z[yz].yaml:1:[0-9]*: ' "$OUT")" = 200 ]
# 11 files of 100 wrong items: the total cap (1000) leaves the last out
with_content many
for i in $(seq 10 20); do
	awk 'BEGIN { printf "channels: [n"
		for (i = 1; i < 150; i++) printf ", n"; print "]" }' >"$tmp/many/z$i.yaml"
done
measure many --check="$tmp/many"
check "many: 1000 messages kept" [ "$(grep -c '^.*z[0-9]*.yaml:1:[0-9]*: ' "$OUT")" = 1000 ]
check "many: the files past the total cap counted" \
	grep -q "^… и ещё ошибок в других файлах: 150$" "$OUT"

# A *.yaml that is a directory, a FIFO (would block a plain open), a file
# root cannot read, a file whose read fails.
with_content dir
mkdir "$tmp/dir/zz.yaml"
measure dir --check="$tmp/dir"
expect_error dir 'zz.yaml: это каталог'
with_content fifo
mkfifo "$tmp/fifo/zz.yaml"
measure fifo --check="$tmp/fifo"
expect_error fifo 'zz.yaml: это не обычный файл'
measure fifo-arg --content="$tmp/fifo/zz.yaml" --list
expect_error fifo-arg 'zz.yaml'
with_content noread
ln -s /proc/sys/vm/drop_caches "$tmp/noread/zz.yaml"
measure noread --check="$tmp/noread"
expect_error noread 'zz.yaml: не удаётся открыть файл'
with_content eio
ln -s /proc/self/mem "$tmp/eio/zz.yaml"
measure eio --check="$tmp/eio"
expect_error eio 'zz.yaml: ошибка чтения'
measure noread-tui --content="$tmp/noread"
expect_error noread-tui 'zz.yaml'

# 1,000 files (the cap) load; 10,000 are refused without reading them.
page() { printf 'pages:\n  - id: p%d\n    title: Страница %d\n    body:\n      - note: Текст.\n' "$1" "$1"; }
with_content k1
# the pack's own files plus as many pages as make 1,000
extra=$((1000 - $(ls "$tmp/k1" | wc -l)))
for i in $(seq 1 "$extra"); do page "$i" >"$tmp/k1/p$i.yaml"; done
check "k1: 1000 files" [ "$(ls "$tmp/k1" | wc -l)" = 1000 ]
measure k1 --check="$tmp/k1"
check "k1: loads (exit $ST)" [ "$ST" = 0 ]
pages=$(sed -n 's/.*страниц \([0-9]*\).*/\1/p' "$OUT")
check "k1: $extra+ pages" [ "${pages:-0}" -ge "$extra" ]
mkdir -p "$tmp/k10"
for i in $(seq 1 10000); do page "$i" >"$tmp/k10/p$i.yaml"; done
measure k10 --check="$tmp/k10"
expect_error k10 'слишком много файлов \*\.yaml: больше 1000'

echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
