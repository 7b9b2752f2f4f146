# SPDX-License-Identifier: MIT
"""Own words: no run of 8 or more words of a seed article appears, in the same
order, in the prose of the content pack (lower-cased, ё as е, punctuation
dropped). A run may stay only when tests/content/own_words.allow lists it:
menu names, proper names and figures, each reviewed.

Usage: python3 own_words.py CONTENT_DIR SEEDS_DIR ALLOW_FILE
Prints every copied run as FILE:LINE: «run» (seed FILE:LINE); exit 1 if any."""
import os
import re
import sys

RUN = 8
WORD = re.compile(r"[0-9a-zа-я]+")
KEY = re.compile(r"^(\s*)(- )?([a-z_]+):(.*)$")
# Keys whose value is not prose.
SKIP = {"id", "sources", "kind", "kinds", "channels", "field", "phase",
        "status", "file"}


def words(text):
    return WORD.findall(text.lower().replace("ё", "е"))


def segments(path):
    """(line, text) of every YAML value, folded continuation lines joined."""
    out = []
    current = None
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            m = KEY.match(line)
            if m:
                key, value = m.group(3), m.group(4).strip()
                current = None
                if key in SKIP:
                    continue
                if value in (">-", ">", "|", "|-"):
                    value = ""
                current = [number, value.strip('"')]
                out.append(current)
            elif current is not None:
                current[1] += " " + stripped.strip('"')
    return out


def windows(w):
    return [tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)]


def main():
    content, seeds, allow_file = sys.argv[1:4]
    allowed = set()
    with open(allow_file, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            allowed.update(windows(words(line)))
    grams = {}
    for name in sorted(os.listdir(seeds)):
        with open(os.path.join(seeds, name), encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                for g in windows(words(line)):
                    grams.setdefault(g, (name, number))
    found = 0
    for name in sorted(os.listdir(content)):
        if not name.endswith(".yaml"):
            continue
        for number, text in segments(os.path.join(content, name)):
            w = words(text)
            bad = [g in grams and g not in allowed for g in windows(w)]
            i = 0
            while i < len(bad):
                if not bad[i]:
                    i += 1
                    continue
                end = i
                while end + 1 < len(bad) and bad[end + 1]:
                    end += 1
                seed = grams[tuple(w[i:i + RUN])]
                run = " ".join(w[i:end + RUN])
                print(f"{name}:{number}: «{run}» (seed {seed[0]}:{seed[1]})")
                found += 1
                i = end + 1
    print(f"own words: {found} copied run(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
