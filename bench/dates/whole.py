#!/usr/bin/env python3
"""bench/dates/whole.py — every date of whole articles (issue 16; docs/EVENTS.md "Dates":
whole-article set).

  whole.py draw-all              the 24 article ids (seed 1624) as drawn from the corpus, and
                                 their split: the first 16 dev, the last 8 held back (as drawn
                                 at the branch dates2: bench/dates/whole_drawn.txt, which the
                                 other commands use)
  whole.py draw2                 36 more ids (seed 2836, branch dates3) outside every id the
                                 repository names and the 24 above: the first 24 dev2, the
                                 last 12 held2 (appended to whole_drawn.txt as drawn)
  whole.py show ID...            an article's text by paragraph, with byte offsets (labelling)
  whole.py resolve WORK          labels written with excerpts (WORK) → byte offsets
                                 (tests/data/dates_whole.tsv)
  whole.py score [--rasd R] [--split dev|held|dev2|held2|all] [-v] [--min-found X] [--min-right X]
                 [--min-precision X]
                                 runs `rasd analyze` on the articles of the split: a gold date
                                 is found when a date of rasd overlaps its bytes, right when
                                 the values are equal; a date of rasd that overlaps no gold
                                 date is counted as no date (precision); exit 1 under a floor

Articles: drawn among those no file of tests/, docs/, bench/ or tools/ names and not in
bench/recall/drawn.txt. Offsets are BYTES of the UTF-8 text, as rasd gives them. Gold values:
an ISO value (YYYY, YYYY-MM, YYYY-MM-DD), ~TIMEX for a date whose TimeML value is not ISO
(a week 2015-W30, a decade ~198, a season ~2015-SU), NULL for a date with no value the text
gives. Only ISO-valued gold counts in found and right. Python stdlib only.
"""
import gzip, json, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
import recall  # noqa: E402  (the ids other files already name: recall.used_ids)
SNN = os.environ.get("SNN", os.path.join(ROOT, "..", "shared", "data", "saudinewsnet",
                                         "articles.jsonl.gz"))
LABELS = os.path.join(ROOT, "tests", "data", "dates_whole.tsv")
DRAWN = os.path.join(HERE, "whole_drawn.txt")
SEED, N, DEV = 1624, 24, 16
SEED2, N2, DEV2 = 2836, 36, 24


def used_ids():
    """Ids that tests, benches, tools or docs name, and the recall set's draws."""
    return recall.used_ids(skip=lambda p: p in (LABELS, DRAWN))


def articles(ids=None):
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if ids is None or d["id"] in ids:
                yield line, d


def draw_all():
    avoid = used_ids()
    pool = [d["id"] for _, d in articles() if d["id"] not in avoid]
    pick = random.Random(SEED).sample(pool, N)
    return [(i, "dev" if k < DEV else "held") for k, i in enumerate(pick)]


def draw2():
    """The second set (branch dates3): none of the ids of the first draw (dev, held)."""
    first = {i for i, s in drawn() if s in ("dev", "held")}
    avoid = used_ids() | first
    pool = [d["id"] for _, d in articles() if d["id"] not in avoid]
    pick = random.Random(SEED2).sample(pool, N2)
    return [(i, "dev2" if k < DEV2 else "held2") for k, i in enumerate(pick)]


def drawn():
    return [tuple(l.split()[:2]) for l in open(DRAWN, encoding="utf-8")
            if l.strip() and not l.startswith("#")]


def show(ids):
    for _, d in articles(set(ids)):
        b = d["text"].encode()
        print("=" * 20, d["id"], d["published"], d["title"])
        pos = 0
        for para in b.split(b"\n"):
            if para.strip():
                print("[%d] %s" % (pos, para.decode()))
            pos += len(para) + 1


def resolve(work):
    """WORK: `ID | excerpt | value` a line, in text order within an article; the excerpt is
    the date's words exactly (searched after the previous label of the article); `ID | -`
    for an article with no date. The rows of the articles WORK names replace theirs in
    LABELS; the other rows stay."""
    split = dict(drawn())
    lines = [l.rstrip("\n") for l in open(work, encoding="utf-8")
             if l.strip() and not l.startswith("#")]
    texts = {d["id"]: d["text"].encode() for _, d in
             articles({l.split(" | ")[0].strip() for l in lines})}
    rows, last, bad = [], {}, 0
    for l in lines:
        f = [x.strip() for x in l.split(" | ")]
        i = f[0]
        if i not in split:
            print("not in the set:", i, file=sys.stderr); bad += 1; continue
        if f[1] == "-":
            rows.append([i, split[i], -1, -1, "-"]); continue
        s = texts[i].find(f[1].encode(), last.get(i, 0))
        if s < 0:
            print("not found:", l, file=sys.stderr); bad += 1; continue
        last[i] = s + len(f[1].encode())
        rows.append([i, split[i], s, s + len(f[1].encode()), f[2], f[1]])
    ids = {r[0] for r in rows}
    keep = [l.rstrip("\n").split("\t") for l in open(LABELS, encoding="utf-8")
            if l.strip() and not l.startswith("#")] if os.path.exists(LABELS) else []
    rows = [r for r in keep if r[0] not in ids] + rows
    with open(LABELS, "w", encoding="utf-8") as o:
        o.write("# Every date of whole SaudiNewsNet articles (docs/EVENTS.md \"Dates\":\n"
                "# whole-article set; dev, held: branch dates2; dev2, held2: branch dates3),\n"
                "# labelled from the text before rasd ran on them.\n"
                "# Columns: id, split (dev|held|dev2|held2), start, end (BYTES of the UTF-8\n"
                "# text), gold (ISO value, ~TIMEX when not ISO, NULL when the text gives no\n"
                "# value), the words. A row `id split -1 -1 -` is an article with no date.\n")
        for r in rows:
            o.write("\t".join(str(x) for x in r) + "\n")
    print("%d labels, %d bad" % (len(rows), bad), file=sys.stderr)
    return bad


def score(rasd, which, verbose, min_found, min_right, min_precision):
    gold = [l.rstrip("\n").split("\t") for l in open(LABELS, encoding="utf-8")
            if l.strip() and not l.startswith("#")]
    gold = [g for g in gold if which == "all" or g[1] == which]
    want = {g[0] for g in gold}
    lines = {d["id"]: line for line, d in articles(want)}
    out = subprocess.run([rasd, "analyze", "-"], input="".join(lines[i] for i in sorted(lines)),
                         capture_output=True, text=True).stdout
    dates = {json.loads(l)["id"]: json.loads(l)["dates"] for l in out.splitlines()}
    iso = found = right = 0
    used = set()
    for g in gold:
        if g[4] == "-":
            continue
        i, a, b, v = g[0], int(g[2]), int(g[3]), g[4]
        hit = [k for k, x in enumerate(dates.get(i, [])) if x["start"] < b and x["end"] > a]
        for k in hit:
            used.add((i, k))
        s = dates[i][hit[0]] if hit else None
        got = (s["value"] or ("~" + s["timex"] if s.get("timex") else "NULL")) if s else "-"
        if re.fullmatch(r"\d{4}(-\d\d){0,2}", v):
            iso += 1; found += bool(s); right += got == v
            if verbose and got != v:
                print("%s %s %-12s %-12s %s" % (i, g[1], v, got, g[5] if len(g) > 5 else ""))
    extra = [(i, x) for i in dates for k, x in enumerate(dates[i]) if (i, k) not in used]
    if verbose:
        for i, x in extra:
            print("%s no-date %s %s" % (i, x["value"], x["text"]))
    total = sum(len(v) for v in dates.values())
    f = lambda a, b: a / b if b else 0.0
    print("%s: %d articles, ISO-valued gold %d: found %d (%.2f), value right %d (%.2f of found); "
          "rasd dates %d, no date %d (precision %.2f)"
          % (which, len(want), iso, found, f(found, iso), right, f(right, found), total,
             len(extra), f(total - len(extra), total)))
    return 1 if (f(found, iso) < min_found or f(right, found) < min_right or
                 f(total - len(extra), total) < min_precision) else 0


def main(a):
    if a and a[0] == "draw-all":
        for i, s in draw_all():
            print(i, s)
    elif a and a[0] == "draw2":
        for i, s in draw2():
            print(i, s)
    elif a and a[0] == "show":
        show(a[1:])
    elif a and a[0] == "resolve" and len(a) == 2:
        return 1 if resolve(a[1]) else 0
    elif a and a[0] == "score":
        opt = lambda k, d: a[a.index(k) + 1] if k in a else d
        return score(opt("--rasd", os.path.join(ROOT, "build", "rasd")), opt("--split", "dev"),
                     "-v" in a, float(opt("--min-found", 0)), float(opt("--min-right", 0)),
                     float(opt("--min-precision", 0)))
    else:
        print(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
