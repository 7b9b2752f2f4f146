#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The printed sheet and the message draft: both formats (empty, filled,
# long values), pages with form feeds, --field errors, --fields, and the
# draft of every built-in category with and without fields.
source "$(dirname "$0")/../lib/checks.bash"

long="Курьер не приехал в назначенный день, в приложении статус «Доставлен», хотя посылку я не получала; продавец на сообщения не отвечает третий день"
golden sheet-filled 0 --content "$pack" --checklist returns/chat \
	--field order=12345678-0001 --field "ticket=$long"
golden sheet-filled-md 0 --content "$pack" --checklist returns/chat \
	--format markdown --field order=12345678-0001 --field "ticket=$long"
golden sheet-empty-md 0 --content "$pack" --checklist channels/chat --format=markdown
# A .md name chooses Markdown, the same text as --format markdown.
golden sheet-md-file 0 --content "$pack" --checklist returns/chat \
	--field order=12345678-0001 --field "ticket=$long" -o "$tmp/лист.md"
normalize "$tmp/лист.md" | diff -u "$expected/sheet-filled-md.out" - ||
	fail "-o FILE.md differs from --format markdown"
# --format wins over the name.
"$bin" --content "$pack" --checklist returns/chat -o "$tmp/x.md" --format text
head -c 2 "$tmp/x.md" | grep -q '^#' && fail "--format text ignored for x.md"

# Pages: a sheet longer than a page; a short section never straddles a
# break; 0 is no pages; bad numbers are refused.
golden sheet-pages 0 --content "$pack" --checklist returns/chat --field "ticket=$long" --page-lines 14
"$bin" --checklist returns/chat --page-lines 40 >"$tmp/p.txt"
python3 - "$tmp/p.txt" 40 <<'PY' || fail "pages: $(cat "$tmp/pages.err" 2>/dev/null)"
import sys
text = open(sys.argv[1], encoding="utf-8").read()
page = int(sys.argv[2])
pages = text.split("\f")
assert len(pages) > 1, "a long sheet has one page"
for p in pages[1:]:
    # A page that starts after a form feed starts with a section heading.
    assert p.split("\n", 1)[0].endswith(":"), f"page starts mid-section: {p[:60]!r}"
# A page ends where it must: the next section did not fit what was left.
for p, nxt in zip(pages, pages[1:]):
    used = p.count("\n") % page
    need = nxt.split("\n\n", 1)[0].count("\n") + 2
    assert used + need > page, f"a break after {used} lines before {need}"
PY
"$bin" --checklist returns/chat --page-lines 0 | grep -q $'\f' && fail "--page-lines 0 has a form feed"
"$bin" --checklist returns/chat | grep -q $'\f' || fail "default 60 lines: no form feed in a long sheet"
golden page-lines-bad 2 --checklist returns/chat --page-lines=-3
golden format-bad 2 --checklist returns/chat --format=pdf

# 80 columns in every format, in any language of the values.
for fmt in text markdown; do
	"$bin" --checklist returns/form --format $fmt --field "reason=$long$long" \
		--field "article=ＷＩＤＥ１２３４５６７８９０ＷＩＤＥ" >"$tmp/w.txt"
	width=$(wc -L <"$tmp/w.txt")
	[ "$width" -le 80 ] || fail "$fmt: widest line $width columns"
done

# Fields: the list, errors with the valid names, exit 2.
golden fields-list 0 --content "$pack" --fields returns/chat
golden field-unknown 2 --content "$pack" --checklist returns/chat --field номер=1
golden field-no-value 2 --content "$pack" --draft returns/chat --field order
golden field-without-sheet 2 --content "$pack" --list --field order=1

"$bin" --list | sed -n 's|^    \([a-z0-9-]*\)/\([a-z0-9-]*\) .*|\1/\2|p' >"$tmp/paths"
[ "$(wc -l <"$tmp/paths")" -gt 50 ] || fail "--list gave $(wc -l <"$tmp/paths") paths"
# Field ids are unique within every checklist (--field must name one).
while read -r path; do
	dup=$("$bin" --fields "$path" | awk '{print $1}' | sort | uniq -d)
	[ -z "$dup" ] || fail "$path: field id twice: $dup"
done <"$tmp/paths"

# The draft of every built-in category: each of its channels, empty and
# with every field filled («X-name»): placeholders, never invented values.
for cat in $(cut -d/ -f1 "$tmp/paths" | uniq); do
	: >"$tmp/drafts"
	for path in $(grep "^$cat/" "$tmp/paths"); do
		args=()
		for f in $("$bin" --fields "$path" | awk '{print $1}'); do
			args+=(--field "$f=X-$f")
		done
		{
			echo "== $path"
			"$bin" --draft "$path"
			echo "== $path ${args[*]}"
			"$bin" --draft "$path" "${args[@]}"
		} >>"$tmp/drafts" 2>&1
	done
	grep -q '{' "$tmp/drafts" && fail "$cat: a {placeholder} left: $(grep '{' "$tmp/drafts" | head -1)"
	# A placeholder shows a field's label, never its bare id.
	grep -Eq '\[[a-z0-9-]+\]' "$tmp/drafts" &&
		fail "$cat: a field without a label: $(grep -Eo '\[[a-z0-9-]+\]' "$tmp/drafts" | head -1)"
	compare "draft-$cat" out "$tmp/drafts"
done
finish
