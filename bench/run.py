#!/usr/bin/env python3
"""run.py - the whole benchmark: helpnav against grep and ripgrep.

    bench/run.py [--build DIR] [--sizes 1,10,100] [--quick]

Builds helpnav and helpnav-bench in DIR (default build-bench, Release,
-DHELPNAV_BENCH=ON), generates the packs once into DIR/bench-data, runs
hyperfine, /usr/bin/time -v, the harness and the first-frame timer, and
writes the tables between the bench markers of docs/performance.md.
Every ratio compares runs made here, in this run.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

SRC = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATTERNS = [
    ("literal", "возврат"),
    ("classes", r"заказ[а-яё]*\s+№\s*[0-9]{4,}"),
    ("nothing", "щъщъ"),
]
SEED = 20261122


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True,
                          **kw).stdout


def build(bdir):
    sh(["cmake", "-S", SRC, "-B", bdir, "-DCMAKE_BUILD_TYPE=Release",
        "-DHELPNAV_BENCH=ON", "-DHELPNAV_TESTS=OFF"])
    sh(["cmake", "--build", bdir, "-j2", "--target", "helpnav",
        "helpnav-bench"])


def dir_bytes(d):
    return sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d))


def generate(bdir, name, args):
    out = os.path.join(bdir, "bench-data", name)
    stamp = os.path.join(out, "stamp")
    gen = os.path.join(SRC, "bench", "gen.py")
    want = "%s %d\n" % (" ".join(args), int(os.path.getmtime(gen)))
    if os.path.exists(stamp) and open(stamp).read() == want:
        return out
    sh(["rm", "-rf", out])
    sh([sys.executable, gen, "--seed", str(SEED)] + args + [out])
    with open(stamp, "w") as f:
        f.write(want)
    return out


def hyperfine(cmds, runs, cwd):
    """Mean and stddev in ms, and user+system, for each command."""
    out = os.path.join(cwd, "hf.json")
    sh(["hyperfine", "-N", "-i", "--output=pipe", "--warmup", "2",
        "--min-runs", str(runs), "--export-json", out] + cmds, cwd=cwd)
    res = json.load(open(out))["results"]
    os.unlink(out)
    return [{"mean": r["mean"] * 1e3, "sd": r["stddev"] * 1e3,
             "cpu": (r["user"] + r["system"]) * 1e3} for r in res]


def peak_rss_kb(cmd, cwd, env=None):
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd, env=env,
                       capture_output=True, text=True)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    return int(m.group(1))


def harness(bench, *args):
    out = {}
    for line in sh([bench] + list(args)).splitlines():
        k, v = line.split(" ", 1)
        out[k] = v.split()[0]
    return out


def fit(xs, ys):
    """Least-squares line: slope, intercept, r^2."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    syy = sum((y - my) ** 2 for y in ys)
    a = sxy / sxx
    r2 = sxy * sxy / (sxx * syy) if syy else 1.0
    return a, my - a * mx, r2


def fmt(r):
    return "%.1f ± %.1f" % (r["mean"], r["sd"])


def bench_size(ctx, name, pack):
    """Everything measured on one pack; returns a dict of results."""
    yaml, text = os.path.join(pack, "yaml"), os.path.join(pack, "text")
    hn = ctx["helpnav"]
    env = dict(os.environ)
    res = {"name": name, "yaml_bytes": dir_bytes(yaml),
           "text_bytes": dir_bytes(text)}
    # the cache: written by a first run once the files are 2 s old
    age = time.time() - max(os.path.getmtime(os.path.join(yaml, f))
                            for f in os.listdir(yaml))
    if age < 3:
        time.sleep(3 - age)
    subprocess.run([hn, "--content", "yaml", "--list"], cwd=pack, env=env,
                   capture_output=True)
    runs = 3 if res["yaml_bytes"] > 50e6 else 10
    res["search"] = {}
    for label, pat in PATTERNS:
        r = hyperfine(["%s --content yaml --search '%s'" % (hn, pat),
                       "grep -rPi '%s' text" % pat,
                       "rg -i '%s' text" % pat], runs, pack)
        res["search"][label] = r
    r = hyperfine(["%s --content yaml --list" % hn,
                   "env HELPNAV_NO_CACHE=1 %s --content yaml --list" % hn],
                  3 if res["yaml_bytes"] > 50e6 else 5, pack)
    res["list_cached"], res["list_parsed"] = r
    res["rss_cached"] = peak_rss_kb(
        [hn, "--content", "yaml", "--search", "возврат"], pack)
    res["rss_parsed"] = peak_rss_kb(
        [hn, "--content", "yaml", "--search", "возврат"], pack,
        dict(env, HELPNAV_NO_CACHE="1"))
    first_cache = tempfile.mkdtemp(prefix="helpnav-first-")
    res["rss_first"] = peak_rss_kb(
        [hn, "--content", "yaml", "--search", "возврат"], pack,
        dict(env, HELPNAV_CACHE_DIR=first_cache))
    shutil.rmtree(first_cache, ignore_errors=True)
    res["load"] = harness(ctx["bench"], "load", yaml)
    res["keys"] = harness(ctx["bench"], "keys", yaml,
                          *[p for _, p in PATTERNS])
    return res


def builtin(ctx):
    hn = ctx["helpnav"]
    r = hyperfine([hn + " --list", hn + " --search возврат",
                   hn + " --version"], 30, ctx["bdir"])
    # the first category's title: ncurses writes a frame in one refresh
    first = [l for l in sh([hn, "--list"]).splitlines()
             if re.match(r"^  [a-z0-9-]+ ", l)][0]
    marker = first.split(None, 1)[1].strip()
    ff = {}
    for line in sh([sys.executable, os.path.join(SRC, "bench",
                                                 "first_frame.py"),
                    hn, marker, "30"]).splitlines():
        k, v = line.split()
        ff[k] = float(v)
    return {"list": r[0], "search": r[1], "version": r[2],
            "load": harness(ctx["bench"], "load", "-"),
            "keys": harness(ctx["bench"], "keys", "-",
                            *[p for _, p in PATTERNS]),
            "first_frame": ff, "marker": marker}


def verdict(ok):
    return "да" if ok else "**нет**"


def report(ctx, b, sizes, shapes):
    L = []
    w = L.append
    w("Measured %s on %s (%d CPUs); helpnav %s build, cache warm, "
      "files in the page cache. Times are wall-clock means ± σ from "
      "hyperfine (`-N --output=pipe`), in ms; \"CPU\" is user+system.\n" %
      (time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
       os.uname().machine, os.cpu_count(), "Release"))
    w("### Built-in content\n")
    w("| what | result | target | met |")
    w("|---|---|---|---|")
    w("| `helpnav --list` | %s ms | < 5 ms | %s |" %
      (fmt(b["list"]), verdict(b["list"]["mean"] < 5)))
    w("| `helpnav --search возврат` | %s ms | < 5 ms | %s |" %
      (fmt(b["search"]), verdict(b["search"]["mean"] < 5)))
    w("| `helpnav --version` (no content loaded: process start-up) | %s ms"
      " | — | |" % fmt(b["version"]))
    w("| TUI first frame (pty, 80×24, median / worst of 30) | %.1f / %.1f"
      " ms | < 20 ms | %s |" % (b["first_frame"]["first_frame_median_ms"],
                                b["first_frame"]["first_frame_worst_ms"],
                                verdict(b["first_frame"]
                                        ["first_frame_median_ms"] < 20)))
    w("| parse of the built-in YAML (in process) | %s ms | — | |" %
      b["load"]["parse_ms"])
    w("| search per keystroke, worst prefix (in process; cached / "
      "parsed) | %s / %s ms | < 1 ms | %s |" %
      (b["keys"]["key_worst_ms"], b["keys"]["key_parsed_worst_ms"],
       verdict(max(float(b["keys"]["key_worst_ms"]),
                   float(b["keys"]["key_parsed_worst_ms"])) < 1)))
    w("")
    w("### Search, whole process: helpnav vs grep -rPi vs rg -i\n")
    w("Patterns: literal `%s`; classes `%s`; nothing `%s`. helpnav reads "
      "the YAML pack (through its cache), the peers the same texts as "
      "plain files.\n" % tuple(p for _, p in PATTERNS))
    w("| size | YAML MB | pattern | helpnav | grep -rPi | rg -i | "
      "÷grep | ÷rg | CPU helpnav/grep/rg |")
    w("|---|---|---|---|---|---|---|---|---|")
    for s in sizes + shapes:
        for label, _ in PATTERNS:
            h, g, r = s["search"][label]
            w("| %s | %.1f | %s | %s | %s | %s | %.2f | %.2f | "
              "%.0f / %.0f / %.0f |" %
              (s["name"], s["yaml_bytes"] / 1e6, label, fmt(h), fmt(g),
               fmt(r), h["mean"] / g["mean"], h["mean"] / r["mean"],
               h["cpu"], g["cpu"], r["cpu"]))
    w("")
    w("### Load, memory and per-keystroke search\n")
    w("| size | YAML MB | fields | parse (in process) | cache read (in "
      "process) | `--list` cached | `--list` parsed | peak RSS cached / "
      "parsed / first run MB | RSS ÷ YAML | keystroke worst / mean, "
      "cached | keystroke worst / mean, parsed |")
    w("|---|---|---|---|---|---|---|---|---|---|---|")
    for s in sizes + shapes:
        w("| %s | %.1f | %s | %s ms | %s ms | %s ms | %s ms | "
          "%.1f / %.1f / %.1f | %.2f / %.2f / %.2f | %s / %s ms | "
          "%s / %s ms |" %
          (s["name"], s["yaml_bytes"] / 1e6, s["load"]["fields"],
           s["load"]["parse_ms"], s["load"]["cache_read_ms"],
           fmt(s["list_cached"]), fmt(s["list_parsed"]),
           s["rss_cached"] / 1024, s["rss_parsed"] / 1024,
           s["rss_first"] / 1024,
           s["rss_cached"] * 1024 / s["yaml_bytes"],
           s["rss_parsed"] * 1024 / s["yaml_bytes"],
           s["rss_first"] * 1024 / s["yaml_bytes"],
           s["keys"]["key_worst_ms"], s["keys"]["key_mean_ms"],
           s["keys"]["key_parsed_worst_ms"],
           s["keys"]["key_parsed_mean_ms"]))
    w("")
    xs = [s["yaml_bytes"] / 1e6 for s in sizes]
    if len(xs) >= 3:
        w("### Growth (least-squares fit over the scaled packs, x = YAML "
          "MB)\n")
        w("| quantity | slope | intercept | r² |")
        w("|---|---|---|---|")
        for label, key, unit in (
                ("parse time", lambda s: float(s["load"]["parse_ms"]),
                 "ms/MB"),
                ("cache read time",
                 lambda s: float(s["load"]["cache_read_ms"]), "ms/MB"),
                ("peak RSS, cached", lambda s: s["rss_cached"] / 1024,
                 "MB/MB"),
                ("peak RSS, parsed", lambda s: s["rss_parsed"] / 1024,
                 "MB/MB"),
                ("`--search` literal, whole process",
                 lambda s: s["search"]["literal"][0]["mean"], "ms/MB")):
            a, c, r2 = fit(xs, [key(s) for s in sizes])
            w("| %s | %.3f %s | %.2f | %.4f |" % (label, a, unit, c, r2))
        w("")
    return "\n".join(L)


def write_doc(text):
    path = os.path.join(SRC, "docs", "performance.md")
    begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
    doc = open(path).read() if os.path.exists(path) else \
        "# Performance\n\n%s\n%s\n" % (begin, end)
    i, j = doc.index(begin) + len(begin), doc.index(end)
    doc = doc[:i] + "\n" + text + "\n" + doc[j:]
    with open(path, "w") as f:
        f.write(doc)
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(SRC, "build-bench"))
    ap.add_argument("--sizes", default="1,10,100")
    ap.add_argument("--no-shapes", action="store_true")
    ap.add_argument("--no-doc", action="store_true")
    a = ap.parse_args()
    bdir = os.path.abspath(a.build)
    t0 = time.time()
    build(bdir)
    ctx = {"bdir": bdir, "helpnav": os.path.join(bdir, "helpnav"),
           "bench": os.path.join(bdir, "helpnav-bench")}
    os.environ["HELPNAV_CACHE_DIR"] = os.path.join(bdir, "bench-cache")
    os.environ["LC_ALL"] = "C.UTF-8"
    packs = [("%sx" % n, generate(bdir, "%sx" % n, ["--scale", n]))
             for n in a.sizes.split(",")]
    shapes = [] if a.no_shapes else [
        (s, generate(bdir, s, ["--shape", s]))
        for s in ("huge-page", "tiny-pages")]
    print("generated in %.0f s" % (time.time() - t0), file=sys.stderr)
    b = builtin(ctx)
    sizes = []
    for name, pack in packs:
        sizes.append(bench_size(ctx, name, pack))
        print("%s done at %.0f s" % (name, time.time() - t0),
              file=sys.stderr)
    shp = [bench_size(ctx, n, p) for n, p in shapes]
    text = report(ctx, b, sizes, shp)
    json.dump({"builtin": b, "sizes": sizes, "shapes": shp},
              open(os.path.join(bdir, "bench-results.json"), "w"),
              indent=1, ensure_ascii=False)
    print(text)
    if not a.no_doc:
        print("written: %s (%.0f s)" % (write_doc(text), time.time() - t0),
              file=sys.stderr)


if __name__ == "__main__":
    main()
