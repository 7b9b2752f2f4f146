# SPDX-License-Identifier: MIT
# worst.sh - the costliest packs within the loader's caps (include/loader.h:
# 4 MiB and 1,000,000 YAML nodes a file, 64 MiB, 4,000,000 nodes and 1,000
# files in all, 16 levels) keep --check within 10 s of CPU (user + system,
# so a busy machine does not matter) and 256 MB, the bound the man page
# gives for any pack within the caps.
#
# Reading costs by the node more than by the byte: the shapes are those
# that cost most per node, flow lists of one-letter items ("n," is two
# bytes and one node) in each place a list is allowed, the same item
# repeated (a diagnostic each) or all different (each kept until the pack
# is linked), a flow map of repeated keys, nesting to the depth cap. The
# suite builds the picked shapes' packs to a quarter of the pack's node
# cap (a shape costs in proportion) and the costliest pack, "full", to all
# the caps; WORST_SHAPES=all builds every shape to the node cap. The
# figures are printed; the largest is the worst pack.
source "$(dirname "$0")/../lib/checks.bash"
MAX_S=10 MAX_KB=$((256 * 1024))
FILE_CAP=$((4 * 1024 * 1024)) PACK_CAP=$((64 * 1024 * 1024))
NODE_CAP=1000000 PACK_NODES=4000000
# nodes left to the real content copied into each pack (about 5,000)
ROOM=20000

# measure NAME ARGS...: helpnav ARGS under /usr/bin/time; checks the bounds.
measure() {
	local name=$1 user sys
	shift
	OUT=$tmp/$name.out
	timeout 120 /usr/bin/time -o "$tmp/$name.time" -f '%U %S %M' \
		"$bin" "$@" >"$OUT" 2>&1
	ST=$?
	read -r user sys KB < <(tail -n1 "$tmp/$name.time")
	SECS=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
	echo "   $name: exit $ST, ${SECS} s of CPU, ${KB} KB"
	# 0 loaded, 1 errors found (--check), 2 not loaded (--list); not a
	# crash or the timeout
	check "$name: ran to the end (exit $ST)" \
		bash -c '[ "$1" -le 2 ]' _ "$ST"
	check "$name: within ${MAX_S} s of CPU (${SECS} s)" \
		awk -v s="$SECS" -v m=$MAX_S 'BEGIN { exit !(s < m) }'
	check "$name: within $MAX_KB KB (${KB} KB)" [ "${KB:-0}" -lt $MAX_KB ]
}

# list_file FILE HEAD ITEM TAIL NODES [COUNT]: HEAD, then ITEM ("n", or "u"
# for ids that all differ) joined by "," as many times as fit in a file and
# in NODES nodes (the head's few nodes are left room), then TAIL; prints
# the nodes of the items. With COUNT, the files FILE1.yaml ...
# FILE<COUNT>.yaml, the id zz of HEAD numbered in each (one awk for them
# all: an awk a file took seconds).
list_file() {
	awk -v head="$2" -v item="$3" -v tail="$4" -v nodes="$5" \
		-v count="${6:-0}" -v base="$1" -v cap="$FILE_CAP" 'BEGIN {
		w = item == "u" ? 5 : length(item) + 1
		# nodes an item makes: its lists and its letter, twice in a map
		per = (1 + gsub(/\[/, "[", item)) * (tail ~ /^}/ ? 2 : 1)
		n = int((cap - length(head) - length(tail) - 16) / w)
		if (n * per > nodes - 64) n = int((nodes - 64) / per)
		print n * per
		for (f = 1; f <= (count ? count : 1); f++) {
			out = count ? base f ".yaml" : base
			h = head
			if (count) sub(/zz/, "z" f, h)
			printf "%s", h > out
			for (i = 0; i < n; i++) {
				if (f == 1) {
					if (item == "u") {
						k = i; s = ""
						for (j = 0; j < 4; j++) { s = sprintf("%c", 97 + k % 26) s; k = int(k / 26) }
					} else s = item
					items[i] = s
				}
				printf "%s%s", i ? "," : "", items[i] > out
			}
			print tail > out
			close(out)
		} }'
}

# pack NAME HEAD ITEM TAIL [NODES]: the real content plus list files of as
# many nodes as NODES (the pack's node cap) leaves room for, the last one
# smaller.
pack() {
	local dir=$tmp/$1 i=10 left=$((${5:-$PACK_NODES} - ROOM)) n
	mkdir -p "$dir"
	cp "$src"/content/*.yaml "$dir/"
	n=$(list_file "$dir/z$i.yaml" "$2" "$3" "$4" $NODE_CAP)
	while [ $left -ge $((n + 64)) ]; do
		[ -e "$dir/z$i.yaml" ] || cp "$dir/z10.yaml" "$dir/z$i.yaml"
		left=$((left - n - 64)) i=$((i + 1))
	done
	[ $left -le 128 ] ||
		list_file "$dir/z$i.yaml" "$2" "$3" "$4" $left >/dev/null
}

cat='categories:\n  - id: zz\n    title: Т\n    summary: С\n'
page='pages:\n  - id: zz\n    title: Т\n    body:\n'
shapes=(
	"top-list|channels: [|n|]"
	"cat-channels|${cat}    channels: [|n|]"
	"cat-channels-ids|${cat}    channels: [|u|]"
	"cat-notes|${cat}    channels: [chat]\n    notes: [|n|]"
	"cat-attach|${cat}    channels: [chat]\n    draft:\n      subject: Т\n      attach: [|n|]"
	"page-body|${page}      [|n|]"
	"page-sources|${page}      - text: Т\n        sources: [|n|]"
	"page-sources-ids|${page}      - text: Т\n        sources: [|u|]"
	"check-kinds|checklist:\n  - id: zz\n    text: Т\n    kinds: [|n|]"
	"number-written|numbers:\n  - id: zz\n    number: \"+78003333333\"\n    status: d\n    written: [|n|]"
	"map-keys|x: {|n|}"
	"deep|x: [|[[[[[[[[[[[[[[n]]]]]]]]]]]]]]|]"
)
# The suite measures the shapes that cost most in time (cat-channels-ids,
# cat-notes, page-body) and memory (number-written), and the deepest;
# WORST_SHAPES=all measures every shape at the node cap (about 40 s of
# CPU), as after a change to the loader.
picked=" cat-notes page-body number-written cat-channels-ids deep "
nodes=$((PACK_NODES / 4))
[ "${WORST_SHAPES:-}" != all ] || nodes=$PACK_NODES
for s in "${shapes[@]}"; do
	IFS='|' read -r name head item tail <<<"$s"
	[ "${WORST_SHAPES:-}" = all ] || [[ $picked == *" $name "* ]] || continue
	pack "$name" "$(printf "$head")" "$item" "$tail" $nodes
	measure "$name" --check="$tmp/$name"
done
# --list loads the pack the same way, and says it cannot
measure page-body-list --content="$tmp/page-body" --list
check "page-body-list: not loaded, said (exit $ST)" \
	grep -q "не удалось загрузить содержимое" "$OUT"


# The node cap: a file of a million and one nodes is refused at the node
# past the cap, and the other files are still checked.
mkdir -p "$tmp/nodes"
cp "$src"/content/*.yaml "$tmp/nodes/"
awk 'BEGIN { printf "x: [n"; for (i = 1; i < 1000000; i++) printf ",n"; print "]" }' \
	>"$tmp/nodes/zz.yaml"
measure nodes --check="$tmp/nodes"
check "nodes: refused at the node past the cap" \
	grep -qE "zz.yaml:1:[0-9]+: слишком много элементов в файле \(больше $NODE_CAP\)" "$OUT"
check "nodes: the cap's message only, not one per item" \
	[ "$(grep -c 'zz.yaml' "$OUT")" = 1 ]

# The pack cap: 17 files of one long comment each, 4 MiB apiece (hard
# links to one file, so the disk holds 4 MiB): the 17th goes past 64 MiB
# and is refused by name, the 16 before it are read.
mkdir -p "$tmp/cap"
awk -v cap="$FILE_CAP" 'BEGIN { l = "# "; for (i = 0; i < 1020; i++) l = l "a"
	for (n = 0; (n + 1) * 1023 <= cap; n++) print l }' >"$tmp/cap/a00.yaml"
for i in $(seq -w 1 16); do ln "$tmp/cap/a00.yaml" "$tmp/cap/a$i.yaml"; done
measure cap --check="$tmp/cap"
check "cap: the 17th file is past the pack cap" \
	grep -q "a16.yaml: набор слишком большой: с этим файлом больше $PACK_CAP байт" "$OUT"
check "cap: the 16th is read" grep -q "a15.yaml: файл пуст" "$OUT"

# The costliest pack: the costliest shape (ids that all differ, each kept
# and looked up when the pack is linked) to the pack's node cap, after
# files of one long plain scalar that take the bytes up to the byte cap,
# then one file more, refused by name at the node cap; the files after it
# are not read, those before it are checked.
pack full "$(printf "${cat}    channels: [")" u "]"
list_file "$tmp/full/z90.yaml" "$(printf "${cat}    channels: [")" u "]" \
	$NODE_CAP >/dev/null
cp "$tmp/full/z90.yaml" "$tmp/full/z91.yaml"
used=$(cat "$tmp"/full/*.yaml | wc -c)
awk -v n=$((FILE_CAP - 8)) 'BEGIN { printf "x: "
	while (n-- > 0) printf "a"; print "" }' >"$tmp/full/a1.yaml"
for i in $(seq 2 $(((PACK_CAP - used) / FILE_CAP))); do
	ln "$tmp/full/a1.yaml" "$tmp/full/a$i.yaml"
done
check "full: within the byte cap, near it" \
	bash -c '[ $(cat "$1"/*.yaml | wc -c) -le $2 ] &&
		[ $(cat "$1"/*.yaml | wc -c) -ge $(($2 - $3 * 2)) ]' _ \
	"$tmp/full" $PACK_CAP $FILE_CAP
measure full --check="$tmp/full"
check "full: the file past the node cap is refused by name" \
	grep -q "full/z90.yaml: набор слишком большой: с этим файлом больше $PACK_NODES элементов; этот файл и следующие не проверены" "$OUT"
for f in "$tmp"/full/z1*.yaml; do
	check "full: $(basename "$f"), before it, was checked" \
		grep -q "$f: … и ещё ошибок: [0-9]" "$OUT"
done
check "full: the filler was checked" grep -q "full/a1.yaml:1:1: неизвестный ключ" "$OUT"
check "full: the file after it was not" \
	bash -c '! grep -q "z91.yaml" "$1"' _ "$OUT"

# 1,000 small files (the file cap), each a category listing ids that all
# differ, together just under the pack's node cap: every id is kept until
# the pack is linked.
mkdir -p "$tmp/k1"
cp "$src"/content/*.yaml "$tmp/k1/"
per=$(((PACK_NODES - ROOM) / (1000 - $(ls "$tmp/k1" | wc -l))))
list_file "$tmp/k1/p" "$(printf "${cat}    channels: [")" u "]" \
	$per $((1000 - $(ls "$tmp/k1" | wc -l))) >/dev/null
check "k1: 1000 files within the pack cap" \
	bash -c '[ $(ls "$1" | wc -l) = 1000 ] && [ $(cat "$1"/*.yaml | wc -c) -le $2 ]' _ "$tmp/k1" $PACK_CAP
measure k1 --check="$tmp/k1"
check "k1: every file checked" bash -c '! grep -q "набор слишком большой" "$1"' _ "$OUT"

# Valid pages up to both pack caps: everything is kept, and the pack loads.
mkdir -p "$tmp/valid"
cp "$src"/content/*.yaml "$tmp/valid/"
for f in $(seq 1 15); do
	awk -v f=$f 'BEGIN { print "pages:"; for (i = 0; i < 26000; i++) {
		printf "  - id: p%d-%d\n    title: Страница %d\n    body:\n", f, i, i
		print "      - note: Как вернуть товар — напишите в чат поддержки." } }' \
		>"$tmp/valid/z$f.yaml"
done
measure valid --check="$tmp/valid"
check "valid: loads (exit $ST)" [ "$ST" = 0 ]
check "valid: within the byte cap, near it" \
	bash -c '[ $(cat "$1"/*.yaml | wc -c) -le $2 ] &&
		[ $(cat "$1"/*.yaml | wc -c) -ge $(($2 * 9 / 10)) ]' _ "$tmp/valid" $PACK_CAP
# --list parses as --check does; through the cache --check wrote it is
# another path, outside the bound at this pack (274 MB, docs/robustness.md)
HELPNAV_NO_CACHE=1 measure valid-list --content="$tmp/valid" --list
check "valid-list: lists (exit $ST)" [ "$ST" = 0 ]

echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
