#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --search output on mixed text (Cyrillic, ASCII, CJK, combining marks,
# tabs, long lines with many matches; bidi controls are refused by the
# loader, hostile/content), checked line by line
# by an independent reading in Python: nothing raw reaches the terminal
# (no control or bidi character, valid UTF-8), the window is at most 120
# columns (the terminal's width in a pty), the match is in it, and what is
# shown is a piece of the line with "…" where it was cut.
source "$(dirname "$0")/../lib/checks.bash"

mkdir -p "$tmp/mixed"
python3 - "$tmp/mixed/pack.yaml" <<'PY'
import random, sys
random.seed(11)
words = ["возврат", "Возврат", "товара", "заказ", "№ 123456", "ёлка",
         "中文字符", "한국어", "e\u0301té", "с\u0483лово", "tab\there",
         "bidi-RLO", "😀", "x", "ab", "«цитата»", "деньги", "Ѐ\u0481"]
def line(n):
    return " ".join(random.choice(words) for _ in range(n))
blocks = [line(n) for n in (1, 3, 12, 40, 90, 300, 1200)]
blocks.append(line(50) + "\n" + line(70) + "\n\n" + line(4))
blocks.append(" ".join(["возврат"] * 800))
blocks.append("中" * 900 + " возврат " + "字" * 900)
blocks.append("e\u0301" * 700 + " возврат " + "\u0301" * 300 + "x" * 500)
blocks.append("\t" + line(200) + "\t")
def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') \
        .replace("\t", "\\t").replace("\n", "\\n") + '"'
out = ["sources:", "  - id: \"001\"", "    title: Т", "channels:",
       "  - id: chat", "    title: Чат", "    steps:"]
for b in blocks:
    out += ["      - text: " + q(b), "        sources: [\"001\"]"]
out += ["categories:", "  - id: returns", "    title: Возврат",
        "    channels: [chat]"]
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
"$bin" --check "$tmp/mixed" >/dev/null || fail "the mixed pack does not load"

cat >"$tmp/check.py" <<'PY'
import re, sys, unicodedata
# LIMIT: the terminal's columns for a whole line, or 0: piped, at most
# 120 columns after "path: "
out_file, pack, pattern = sys.argv[1], sys.argv[2], sys.argv[3]
limit = int(sys.argv[4])
raw = open(out_file, "rb").read().replace(b"\r\n", b"\n")
text = open(pack, encoding="utf-8").read()
problems = []
try:
    out = raw.decode("utf-8")
except UnicodeDecodeError as e:
    sys.exit("invalid UTF-8 in the output: %s" % e)
out = re.sub("\x1b\\[[0-9;]*m", "", out)
def width(s):
    w = 0
    for ch in s:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return w
lines = [l for l in out.split("\n") if l]
if not lines:
    problems.append("no output")
for l in lines:
    bad = [c for c in l if ord(c) < 0x20 or ord(c) == 0x7F or
           0x80 <= ord(c) < 0xA0 or c in "\u061c\u200e\u200f\u202a\u202b"
           "\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]
    if bad:
        problems.append("raw control %r in %r" % (bad[0], l[:60]))
    path, _, shown = l.partition(": ")
    # on a narrow terminal the text still gets 40 columns
    cap = max(limit, width(path) + 2 + 40)
    if (width(l) > cap) if limit else (width(shown) > 120):
        problems.append("%d columns: %r" % (width(l), l[:60]))
    if not re.search(pattern, shown, re.I):
        problems.append("no match in %r" % l[:60])
    core = shown.strip("…").replace("?", "\u202e")
    src = text.replace("\\t", " ").replace("\\n", "\n")
    if not all(p in src for p in core.split("\u202e") if p):
        problems.append("not a piece of the text: %r" % l[:60])
for p in problems[:5]:
    print(p)
sys.exit(1 if problems else 0)
PY

for p in возврат 'ёлка|中文' x $'e\xcc\x81t' tab bidi; do
	"$bin" --content "$tmp/mixed" --search "$p" >"$tmp/out" 2>"$tmp/err"
	python3 "$tmp/check.py" "$tmp/out" "$tmp/mixed/pack.yaml" "$p" 0 ||
		fail "--search '$p' (piped)"
done
for cols in 45 80 200; do
	in_pty "$tmp/tty" "stty cols $cols rows 30; '$bin' --content '$tmp/mixed' --search возврат"
	python3 "$tmp/check.py" "$tmp/tty" "$tmp/mixed/pack.yaml" возврат "$cols" ||
		fail "--search on a terminal of $cols columns"
done
finish
