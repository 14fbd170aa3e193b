#!/usr/bin/env python3
"""bench/dates/heldback.py — the held-back dates of issue 16 (docs/EVENTS.md "Dates").

  heldback.py draw               the 40 expressions (seed 1616) as drawn: article, char offsets,
                                 kind, context (for labelling; the labels are in
                                 tests/data/dates_heldback.tsv)
  heldback.py score [RASD] [-v]  runs `rasd analyze` on the labelled articles: a gold date is
                                 found when a date of rasd overlaps its words; its value is right
                                 when the ISO strings (or the TimeML values) are equal

Articles: numeric id % 4 == 1 (the rules were written on even ids), not named in tests/, docs/,
bench/ or tools/ at the draw (the labels name them now: a new draw gives others). Python
stdlib only.
"""
import gzip, json, os, random, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SNN = os.environ.get("SNN", os.path.join(ROOT, "..", "shared", "data", "saudinewsnet",
                                         "articles.jsonl.gz"))
LABELS = os.path.join(ROOT, "tests", "data", "dates_heldback.tsv")
DAYS = "(?:الإثنين|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)"
MONTHS = "(?:يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)"
KINDS = [r"(?:عام|سنة|في|منذ|خلال|حتى)\s+\d{4}", r"\d{4}\s*م\b",
         r"(?:ال)?(?:عشرين|ثلاثين|أربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:ي)?ات", r"القرن\s+\S+",
         r"(?:الربيع|الصيف|الخريف|الشتاء|ربيع|صيف|خريف|شتاء)\s+(?:\d{4}|الماضي|المقبل|الحالي)"
         r"|(?:في|خلال)\s+(?:الربيع|الصيف|الخريف|الشتاء)",
         MONTHS + r"\s+(?:الماضي|المقبل|المنصرم|القادم)", r"اليوم\s+(?:التالي|الذي\s+تلا|السابق)",
         r"(?:قبل|بعد|منذ)\s+(?:يومين|\S+\s+أيام)", r"(?:يوم\s+)?" + DAYS,
         r"(?:أمس|غدا)\s+" + DAYS]
PER_KIND = [5, 3, 4, 5, 4, 5, 3, 4, 5, 2]


def articles(keep):
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if keep(d["id"]):
                yield line, d


def draw(used):
    pat = re.compile("|".join("(%s)" % k for k in KINDS))
    by = {k: [] for k in range(len(KINDS))}
    for _, d in articles(lambda i: int(i[4:]) % 4 == 1 and i not in used):
        for m in pat.finditer(d["text"]):
            k = [j for j, g in enumerate(m.groups()) if g][0]
            by[k].append((d["id"], d["published"][:10], m.start(), m.end(),
                          d["text"][max(0, m.start() - 200):m.end() + 100].replace("\n", " ")))
    r = random.Random(1616)
    for k in by:
        ids, c = set(), by[k][:]
        r.shuffle(c)
        for x in c:
            if x[0] in ids:
                continue
            ids.add(x[0])
            print("%d\t%s\t%s\t%d\t%d\t%s" % ((k,) + x))
            if len(ids) >= PER_KIND[k]:
                break


def score(rasd, verbose):
    gold = [l.rstrip("\n").split("\t") for l in open(LABELS, encoding="utf-8")
            if not l.startswith("#")]
    want = {g[1] for g in gold}
    lines = {d["id"]: line for line, d in articles(lambda i: i in want)}
    out = subprocess.run([rasd, "analyze", "-"], input="".join(lines.values()),
                         capture_output=True, text=True).stdout
    dates = {json.loads(l)["id"]: json.loads(l)["dates"] for l in out.splitlines()}
    c = dict(iso=0, isof=0, isor=0, tx=0, txf=0, txr=0, none=0, fp=0, null=0, nullf=0)
    for n, art, a, b, kind, g in gold:
        hit = [x for x in dates.get(art, []) if x["start"] < int(b) and x["end"] > int(a)]
        s = hit[0] if hit else None
        got = (s["value"] or ("~" + s["timex"] if s.get("timex") else "NULL")) if s else "-"
        if g == "NONE":
            c["none"] += 1; c["fp"] += bool(s)
        elif g == "NULL":
            c["null"] += 1; c["nullf"] += bool(s)
        elif g.startswith("~"):
            c["tx"] += 1; c["txf"] += bool(s); c["txr"] += got == g
        else:
            c["iso"] += 1; c["isof"] += bool(s); c["isor"] += got == g
        if verbose:
            print(n, art, kind, g, got, "ok" if got == g else "")
    f = lambda a, b: "%.2f" % (a / b) if b else "-"
    print("ISO-valued %d: found %d (%s), value right %d (%s of found)"
          % (c["iso"], c["isof"], f(c["isof"], c["iso"]), c["isor"], f(c["isor"], c["isof"])))
    print("TimeML only (decade, century, season) %d: found %d, timex right %d"
          % (c["tx"], c["txf"], c["txr"]))
    print("dates without a value %d: found %d; not dates %d: taken for one %d"
          % (c["null"], c["nullf"], c["none"], c["fp"]))


if __name__ == "__main__":
    a = sys.argv[1:]
    if a and a[0] == "draw":
        used = set(re.findall(r"snn-\d{6}", subprocess.run(
            ["grep", "-rhoE", "snn-[0-9]{6}", "tests", "docs", "bench", "tools"], cwd=ROOT,
            capture_output=True, text=True).stdout))
        draw(used)
    elif a and a[0] == "score":
        score(next((x for x in a[1:] if x != "-v"), os.path.join(ROOT, "build", "rasd")),
              "-v" in a)
    else:
        print(__doc__)
