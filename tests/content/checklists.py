# SPDX-License-Identifier: MIT
"""Checks every printed checklist of a pack (see checklists.sh).

Usage: python3 checklists.py HELPNAV CONTENT_DIR [--content DIR for helpnav]
Prints each problem as PATH: message; exit 1 if any."""
import re
import subprocess
import sys

# +7 or 8 and ten digits, or any ten digits, with spaces, hyphens of any
# kind, minus signs or brackets between them.
SEP = r"[\s\-\u2010-\u2015\u2212()]*"
PHONE = re.compile(r"(?<!\d)(?:\+7|8)(?:" + SEP + r"\d){10}|(?<!\d)\d(?:" + SEP + r"\d){9,}")
# The fraud page's condition, which the passport item must carry.
CONDITION = ("только в чате приложения", "оператор сам попросит")


def run(helpnav, extra, *args):
    out = subprocess.run([helpnav, *extra, *args], capture_output=True,
                         text=True)
    return out.returncode, out.stdout


def kinds(content_dir):
    """Channel id -> kind, read from the pack's channel records."""
    result, current = {}, None
    for name in ("channels.yaml",):
        with open(f"{content_dir}/{name}", encoding="utf-8") as f:
            for line in f:
                m = re.match(r"^  - id: ([a-z0-9-]+)\s*$", line)
                if m:
                    current = m.group(1)
                m = re.match(r"^    kind: ([a-z-]+)\s*$", line)
                if m and current:
                    result[current] = m.group(1)
    return result


def items(text):
    """The items of the «Подготовьте до обращения» part, wrapped lines
    joined."""
    out, inside = [], False
    for line in text.splitlines():
        if line.startswith("Подготовьте до обращения"):
            inside = True
            continue
        if inside and not line.strip():
            break
        if not inside:
            continue
        if line.startswith("      ") and out:
            out[-1] += " " + line.strip()
        else:
            out.append(line.strip())
    return out


def main():
    helpnav, content_dir = sys.argv[1:3]
    extra = sys.argv[3:]
    rc, listing = run(helpnav, extra, "--list")
    paths = re.findall(r"^\s+([a-z0-9-]+/[a-z0-9-]+)\s", listing, re.M)
    channel_kind = kinds(content_dir)
    problems = 0
    checked = 0

    def fail(path, message):
        nonlocal problems
        print(f"{path}: {message}")
        problems += 1

    if rc != 0 or not paths:
        fail("--list", f"exit {rc}, {len(paths)} paths")
    for path in paths:
        rc, text = run(helpnav, extra, "--checklist", path)
        if rc != 0:
            fail(path, f"--checklist exited {rc}")
            continue
        checked += 1
        for m in PHONE.finditer(text):
            fail(path, f"a phone number is printed: «{m.group(0)}»")
        chan = path.split("/")[1]
        kind = channel_kind.get(chan)
        for item in items(text):
            if "паспорт" not in item.lower():
                continue
            if kind != "app-chat":
                fail(path, f"passport item on a {kind} checklist: «{item}»")
            for words in CONDITION:
                if words not in item:
                    fail(path, f"passport item without «{words}»: «{item}»")
        if kind == "phone":
            if not re.search(r"\[[ x]\] Номер, который показывает ваше "
                             r"приложение[^\n]*\n +\+7 \(_+\)", text):
                fail(path, "no blank for the number your app shows")
            if "«Горячая линия и её меню»" not in text:
                fail(path, "no pointer to the page «Горячая линия и её меню»")
    print(f"checklists: {checked} printed, {problems} problem(s)")
    return 1 if problems or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
