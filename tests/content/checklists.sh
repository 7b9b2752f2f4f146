#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every checklist the built-in pack can print (`helpnav --checklist
# CATEGORY/CHANNEL` and `channels/CHANNEL`): no phone number in it; the
# passport only on app-chat checklists and only with the fraud page's
# condition; a hotline checklist has a blank for the number your app shows
# and points to the page with the numbers. A copy of the pack with the
# passport for every channel and a number in a channel step must fail, so
# that a checker which passes anything cannot pass this test.
# Usage: bash checklists.sh /path/to/helpnav /path/to/source
source "$(dirname "$0")/../lib/checks.bash"
here=$(dirname "$0")

python3 "$here/checklists.py" "$bin" "$src/content" ||
	fail "checklists.py found problems in the built-in pack (above)"

# Control: the passport item without kinds, a number in a hotline step.
mkdir "$tmp/bad"
cp "$src"/content/*.yaml "$tmp/bad/"
python3 - "$tmp/bad" <<'PY'
import re, sys
d = sys.argv[1]
p = f"{d}/checklist.yaml"
s = open(p, encoding="utf-8").read()
s = re.sub(r"(  - id: id-document\n(?:    (?!kinds).*\n)*)    kinds: \[app-chat\]\n",
           r"\1", s)
open(p, "w", encoding="utf-8").write(s)
p = f"{d}/channels.yaml"
s = open(p, encoding="utf-8").read()
s = s.replace("При необходимости введите номер заказа.",
              "Наберите 8 800 555-34-34 (источник 000, не подтверждён).", 1)
open(p, "w", encoding="utf-8").write(s)
PY
python3 "$here/checklists.py" "$bin" "$tmp/bad" --content "$tmp/bad" >"$tmp/out"
if ! grep -q 'passport item on a phone checklist' "$tmp/out" ||
	! grep -q 'a phone number is printed' "$tmp/out"; then
	fail "the control pack was not caught:"
	tail -5 "$tmp/out"
fi
finish
