#!/usr/bin/env python3
"""gen.py - synthetic content packs for the benchmark.

    gen.py --scale N --seed S OUT          N times the built-in content
    gen.py --shape huge-page --seed S OUT  one page with a huge body
    gen.py --shape tiny-pages --seed S OUT many pages of one line each

OUT/yaml/*.yaml is a valid pack (files under 1 MiB each, well below the
loader's 4 MiB cap); OUT/text/*.txt holds the same texts, one per line, for
grep and ripgrep. The output depends only on the arguments.
"""
import argparse
import json
import os
import random

# Built-in content, counted once: 21 channels, 12 categories, 11 pages,
# 16 general checklist items, ~430 text blocks, ~80 KB of searchable text.
BASE = {"channels": 21, "categories": 12, "pages": 11, "sources": 4}

# Word stems and endings that look and wrap like Russian support prose.
STEMS = ("заказ достав возврат оплат товар курьер пункт выдач карт "
         "деньг поддержк оператор обращени чат приложени кабинет сайт "
         "посылк упаковк продав покупател срок адрес телефон письм "
         "ответ вопрос проблем решени скидк баллы кошел продукт брак "
         "размер цвет обмен отмен статус трек номер код сообщени "
         "способ канал форм заявк претензи документ фото чек банк "
         "перевод компенсаци ошибк подписк уведомлени аккаунт вход "
         "пароль безопасност мошенник звонок ожидани минут час день "
         "недел месяц рабоч выходн праздник регион город склад").split()
ENDS = ["", "а", "у", "ом", "ы", "ов", "ам", "ами", "ах", "е", "и", "ой",
        "ей", "ия", "ие", "ий", "ая", "ое", "ые", "ых"]
SMALL = ("и в на по с к для из от до при без не но а если что как "
         "чтобы или уже ещё тоже только всегда сразу потом").split()
VERBS = ("откройте напишите выберите нажмите проверьте сохраните "
         "позвоните дождитесь укажите приложите опишите уточните "
         "получите отправьте верните оформите").split()


class Writer:
    """Rotates YAML files at about 1 MiB, mirrors texts into .txt files."""

    def __init__(self, out, key):
        self.out, self.key, self.n = out, key, 0
        self.y = self.t = None
        self.size = 0

    def start(self):
        if self.y:
            self.y.close()
            self.t.close()
        name = "%s-%04d" % (self.key, self.n)
        self.n += 1
        self.y = open(os.path.join(self.out, "yaml", name + ".yaml"), "w",
                      encoding="utf-8")
        self.t = open(os.path.join(self.out, "text", name + ".txt"), "w",
                      encoding="utf-8")
        self.y.write(self.key + ":\n")
        self.size = 0

    def record(self, yaml_text, texts):
        if not self.y or self.size > 1 << 20:
            self.start()
        self.y.write(yaml_text)
        self.size += len(yaml_text.encode())
        for t in texts:
            self.t.write(t + "\n")

    def close(self):
        if self.y:
            self.y.close()
            self.t.close()


def q(s):
    return json.dumps(s, ensure_ascii=False)


class Gen:
    def __init__(self, seed, sources):
        self.r = random.Random(seed)
        self.sources = ["%03d" % i for i in range(sources)]
        self.texts = []

    def word(self):
        r = self.r
        x = r.random()
        if x < 0.25:
            return r.choice(SMALL)
        if x < 0.32:
            return r.choice(VERBS)
        # Zipf-like: low stems are much more frequent
        i = min(int(r.paretovariate(1.2)) - 1, len(STEMS) - 1)
        stem = STEMS[i] if r.random() < 0.5 else r.choice(STEMS)
        return stem + r.choice(ENDS)

    def sentence(self):
        r = self.r
        words = [self.word() for _ in range(r.randint(5, 16))]
        if r.random() < 0.15:
            words.append("№ %d" % r.randint(10000000, 99999999))
        s = " ".join(words)
        return s[0].upper() + s[1:] + r.choice(".....!?")

    def text(self, lo=1, hi=2):
        t = " ".join(self.sentence() for _ in range(self.r.randint(lo, hi)))
        self.texts.append(t)
        return t

    def title(self):
        t = " ".join(self.word() for _ in range(self.r.randint(2, 5)))
        t = t[0].upper() + t[1:]
        self.texts.append(t)
        return t

    def srcs(self):
        k = self.r.randint(1, min(3, len(self.sources)))
        return "[" + ", ".join(q(s) for s in
                               sorted(self.r.sample(self.sources, k))) + "]"

    def blocks(self, ind, count):
        out = []
        for _ in range(count):
            x = self.r.random()
            if x < 0.08:
                out.append("%s- heading: %s\n" % (ind, q(self.title())))
            elif x < 0.2:
                out.append("%s- note: %s\n" % (ind, q(self.text())))
            elif x < 0.24:
                out.append(self.disputed(ind))
            else:
                st = "%s  status: unconfirmed\n" % ind \
                    if self.r.random() < 0.05 else ""
                out.append("%s- text: %s\n%s  sources: %s\n%s" %
                           (ind, q(self.text()), ind, self.srcs(), st))
        return "".join(out)

    def disputed(self, ind):
        s = "%s- disputed: %s\n%s  versions:\n" % (ind, q(self.title()), ind)
        for _ in range(self.r.randint(2, 3)):
            s += "%s    - text: %s\n%s      sources: %s\n" % (
                ind, q(self.text()), ind, self.srcs())
        return s + "%s  advice: %s\n" % (ind, q(self.text(1, 1)))

    def items(self, ind, prefix, count):
        s = ""
        for j in range(count):
            s += "%s- id: %s-%d\n%s  text: %s\n%s  sources: %s\n" % (
                ind, prefix, j, ind, q(self.text(1, 1)), ind, self.srcs())
            if self.r.random() < 0.3:
                s += "%s  field: %s-%d\n" % (ind, prefix, j)
            if self.r.random() < 0.1:
                s += "%s  phase: after\n" % ind
        return s

    def flush(self):
        t, self.texts = self.texts, []
        return t


def gen_scaled(g, out, scale):
    w = Writer(out, "sources")
    for s in g.sources:
        w.record("  - id: %s\n    title: %s\n" % (q(s), q(g.title())),
                 g.flush())
    w.close()
    w = Writer(out, "checklist")
    w.record(g.items("  ", "gen", 16), g.flush())
    w.close()
    nch = BASE["channels"] * scale
    w = Writer(out, "channels")
    for i in range(nch):
        y = "  - id: ch%d\n    title: %s\n    summary: %s\n" % (
            i, q(g.title()), q(g.title()))
        y += "    steps:\n" + g.blocks("      ", g.r.randint(3, 9))
        y += "    hours:\n" + g.blocks("      ", g.r.randint(1, 2))
        y += "    response:\n" + g.blocks("      ", 1)
        y += "    notes:\n" + g.blocks("      ", g.r.randint(2, 6))
        y += "    checklist:\n" + g.items("      ", "h%d" % i,
                                          g.r.randint(1, 4))
        w.record(y, g.flush())
    w.close()
    w = Writer(out, "categories")
    for i in range(BASE["categories"] * scale):
        chans = g.r.sample(range(nch), min(nch, g.r.randint(3, 10)))
        y = "  - id: cat%d\n    title: %s\n    summary: %s\n" % (
            i, q(g.title()), q(g.title()))
        y += "    channels: [%s]\n" % ", ".join("ch%d" % c for c in chans)
        y += "    notes:\n" + g.blocks("      ", g.r.randint(5, 15))
        y += "    checklist:\n" + g.items("      ", "c%d" % i,
                                          g.r.randint(2, 6))
        w.record(y, g.flush())
    w.close()
    w = Writer(out, "pages")
    for i in range(BASE["pages"] * scale):
        y = "  - id: page%d\n    title: %s\n    summary: %s\n" % (
            i, q(g.title()), q(g.title()))
        y += "    body:\n" + g.blocks("      ", g.r.randint(6, 16))
        w.record(y, g.flush())
    w.close()


def gen_minimal_tree(g, out):
    y = "sources:\n" + "".join("  - id: %s\n    title: Источник\n" % q(s)
                                for s in g.sources)
    y += ("channels:\n  - id: chat\n    title: Чат\n    steps:\n" +
         g.blocks("      ", 2) +
         "categories:\n  - id: cat\n    title: Категория\n"
         "    channels: [chat]\n")
    with open(os.path.join(out, "yaml", "base.yaml"), "w",
              encoding="utf-8") as f:
        f.write(y)
    with open(os.path.join(out, "text", "base.txt"), "w",
              encoding="utf-8") as f:
        f.write("\n".join(g.flush()) + "\n")


def gen_huge_page(g, out):
    """One page: a 1 MB paragraph and then blocks up to ~3.5 MB."""
    gen_minimal_tree(g, out)
    with open(os.path.join(out, "yaml", "page.yaml"), "w",
              encoding="utf-8") as y:
        big = " ".join(g.sentence() for _ in range(7000))
        g.texts.append(big)
        y.write("pages:\n  - id: huge\n    title: Огромная страница\n"
                "    body:\n      - note: %s\n" % q(big))
        y.write(g.blocks("      ", 9000))
    with open(os.path.join(out, "text", "page.txt"), "w",
              encoding="utf-8") as t:
        t.write("\n".join(g.flush()) + "\n")


def gen_tiny_pages(g, out):
    """50 000 pages of one short note each."""
    gen_minimal_tree(g, out)
    w = Writer(out, "pages")
    for i in range(50000):
        t = " ".join(g.word() for _ in range(3))
        g.texts.append(t)
        w.record("  - id: p%d\n    title: Стр %d\n    body:\n"
                 "      - note: %s\n" % (i, i, q(t)), g.flush())
    w.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--shape", choices=["scaled", "huge-page", "tiny-pages"],
                    default="scaled")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("out")
    a = ap.parse_args()
    for d in ("yaml", "text"):
        os.makedirs(os.path.join(a.out, d), exist_ok=True)
    g = Gen(a.seed * 1000003 + a.scale,
            BASE["sources"] * (a.scale if a.shape == "scaled" else 1))
    if a.shape == "scaled":
        gen_scaled(g, a.out, a.scale)
    elif a.shape == "huge-page":
        gen_huge_page(g, a.out)
    else:
        gen_tiny_pages(g, a.out)


if __name__ == "__main__":
    main()
