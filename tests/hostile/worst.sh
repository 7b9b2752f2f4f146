# SPDX-License-Identifier: MIT
# worst.sh - the costliest packs within the loader's caps (include/loader.h:
# 4 MiB a file, 1,000 files, 16 levels, 1,000,000 YAML nodes a file) stay
# within the bound the man page gives for --check: 10 s of CPU (user +
# system, so a busy machine does not matter) and 256 MB for every 8 MiB of
# YAML. The packs here are 8 MiB; the pack cap (256 MiB, so that the
# benchmark's 100x and 1000x packs load) is reached only by files of one
# comment, which cost little to read: filling it with costly shapes would
# take minutes.
#
# The shapes are those that cost most per byte: flow lists of one-letter
# items ("n," is two bytes and one node) in each place a list is allowed,
# the same item repeated (a diagnostic each) or all different (each kept
# until the pack is linked), a flow map of repeated keys, nesting to the
# depth cap, 1,000 small files, and valid pages up to the pack cap. Each
# pack fills the pack cap with as many such files as fit. The figures are
# printed; the largest is the worst pack.
source "$(dirname "$0")/../lib/checks.bash"
MAX_S=10 MAX_KB=$((256 * 1024))
FILE_CAP=$((4 * 1024 * 1024)) PACK_CAP=$((8 * 1024 * 1024)) # the unit of the bound, not the cap
NODE_CAP=1000000

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
# in NODES nodes (the head's few nodes are left room), then TAIL. With
# COUNT, the files FILE1.yaml ... FILE<COUNT>.yaml, the id zz of HEAD
# numbered in each (one awk for them all: an awk a file took seconds).
list_file() {
	awk -v head="$2" -v item="$3" -v tail="$4" -v nodes="$5" \
		-v count="${6:-0}" -v base="$1" -v cap="$FILE_CAP" 'BEGIN {
		w = item == "u" ? 5 : length(item) + 1
		n = int((cap - length(head) - length(tail) - 16) / w)
		if (n > nodes - 64) n = nodes - 64
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

# pack NAME HEAD ITEM TAIL [NODES]: the real content plus as many list files
# as the pack cap leaves room for.
pack() {
	local dir=$tmp/$1 i=10 used size
	mkdir -p "$dir"
	cp "$src"/content/*.yaml "$dir/"
	list_file "$dir/z$i.yaml" "$2" "$3" "$4" "${5:-$NODE_CAP}"
	used=$(cat "$dir"/*.yaml | wc -c)
	size=$(stat -c %s "$dir/z$i.yaml")
	while [ $((used + size)) -le $PACK_CAP ]; do
		i=$((i + 1))
		cp "$dir/z10.yaml" "$dir/z$i.yaml"
		used=$((used + size))
	done
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
# The suite measures the shapes that cost most in time (cat-notes,
# page-body) and memory (number-written), the one whose ids all differ,
# and the deepest; WORST_SHAPES=all measures every shape (about 30 s of
# CPU more), as after a change to the loader.
picked=" cat-notes page-body number-written cat-channels-ids deep "
for s in "${shapes[@]}"; do
	IFS='|' read -r name head item tail <<<"$s"
	[ "${WORST_SHAPES:-}" = all ] || [[ $picked == *" $name "* ]] || continue
	pack "$name" "$(printf "$head")" "$item" "$tail"
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

# The pack cap: 65 files of one long comment each, 4 MiB apiece (hard
# links to one file, so the disk holds 4 MiB): the 65th goes past 256 MiB
# and is refused by name, the 64 before it are read.
mkdir -p "$tmp/cap"
awk -v cap="$FILE_CAP" 'BEGIN { l = "# "; for (i = 0; i < 1020; i++) l = l "a"
	for (n = 0; (n + 1) * 1023 <= cap; n++) print l }' >"$tmp/cap/a00.yaml"
for i in $(seq -w 1 64); do ln "$tmp/cap/a00.yaml" "$tmp/cap/a$i.yaml"; done
measure cap --check="$tmp/cap"
check "cap: the 65th file is past the pack cap" \
	grep -q "a64.yaml: набор слишком большой: с этим файлом больше $((256 * 1024 * 1024)) байт" "$OUT"
check "cap: the 64th is read" grep -q "a63.yaml: файл пуст" "$OUT"

# 1,000 small files (the file cap), each a category listing ids that all
# differ, together just under the pack cap: every id is kept until the
# pack is linked.
mkdir -p "$tmp/k1"
cp "$src"/content/*.yaml "$tmp/k1/"
per=$(((PACK_CAP - $(cat "$tmp"/k1/*.yaml | wc -c)) / (1000 - $(ls "$tmp/k1" | wc -l))))
FILE_CAP=$per list_file "$tmp/k1/p" "$(printf "${cat}    channels: [")" u "]" \
	$NODE_CAP $((1000 - $(ls "$tmp/k1" | wc -l)))
check "k1: 1000 files within the pack cap" \
	bash -c '[ $(ls "$1" | wc -l) = 1000 ] && [ $(cat "$1"/*.yaml | wc -c) -le $2 ]' _ "$tmp/k1" $PACK_CAP
measure k1 --check="$tmp/k1"

# Valid pages up to the pack cap: everything is kept, and the pack loads.
mkdir -p "$tmp/valid"
cp "$src"/content/*.yaml "$tmp/valid/"
for f in 1 2; do
	awk -v f=$f 'BEGIN { print "pages:"; for (i = 0; i < 19000; i++) {
		printf "  - id: p%d-%d\n    title: Страница %d\n    body:\n", f, i, i
		print "      - note: Длинный текст о возврате товара и о том, как написать в чат поддержки." } }' \
		>"$tmp/valid/z$f.yaml"
done
measure valid --check="$tmp/valid"
check "valid: loads (exit $ST)" [ "$ST" = 0 ]
check "valid: within 8 MiB" [ "$(cat "$tmp"/valid/*.yaml | wc -c)" -le $PACK_CAP ]
measure valid-list --content="$tmp/valid" --list
check "valid-list: lists (exit $ST)" [ "$ST" = 0 ]

echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
