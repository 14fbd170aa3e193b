"""fold70's fresh draw: the corpus outside drawn.txt and bench/judged, less err67's two draws
(seed 6704: --n 400 and --n 400:2400, no grep, on the pool of their start), a slice of seed
7071's permutation of the rest;
of it, only articles with two words or more of data/events.tsv "appeal" (first words, with an
optional و/ف/ب/ل) are run, since a rule on a second appeal changes no other article.
Usage: draw.py OLD NEW LO:HI OUT.tsv  (rows as fresh.py writes them, events of kind appeal)."""
import collections, glob, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "recall"))
import fresh as F

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")


def appeal_re():
    words = set()
    for line in open(os.path.join(ROOT, "data", "events.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 3 and f[0] == "appeal":
            words.add(f[2].split()[0])
    alt = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![\u0621-\u064a])[وفبل]?(?:%s)(?![\u0621-\u064a])" % alt)


def err67_draws():
    """The articles of err67's two draws (seed 6704, --n 400 and --n 400:2400): made on the pool
    of its start, 8cbc8b77, whose bench/judged had no judge61.tsv (drawn.txt the same)."""
    ids = set()
    for f in glob.glob(os.path.join(ROOT, "bench", "judged", "*.tsv")):
        if not f.endswith("judge61.tsv"):
            for line in open(f, encoding="utf-8"):
                ids.update(w for w in line.split("\t") if w.startswith("snn-"))
    docs = F.pool(ids)
    return {d["id"] for d in F.sample(docs, 6704, 400) + F.sample(docs, 6704, "400:2400")}


def main(old, new, span, out):
    docs = F.pool(F.judged_ids())
    seen = err67_draws()
    rest = [d for d in docs if d["id"] not in seen]
    lo, hi = (int(v) for v in span.split(":"))
    drawn = F.permuted(rest, 7071, lo, hi)
    rx = appeal_re()
    run = [d for d in drawn if len(rx.findall(d["text"])) >= 2]
    a, b = F.analyze(old, run), F.analyze(new, run)
    keep = F.kind_filter(["appeal"])
    cnt = collections.Counter()
    with open(out, "w", encoding="utf-8") as w:
        w.write("\t".join(F.HEAD) + "\n")
        no = 0
        for tag, d, o, n in F.changes(run, a, b, "events", keep=keep):
            no += 1
            r = F.judge_row(d, n or o, "events")
            cnt[tag] += 1
            w.write("\t".join(["events", str(no), tag, d["id"], d.get("published", "")] + r +
                              [F.was(d, o, n, "events") if tag == "changed" else "", "", ""])
                    + "\n")
    print("draw 7071 %s: %d drawn (of %d), %d run; %s" % (span, len(drawn), len(rest), len(run),
          dict(cnt)), file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
