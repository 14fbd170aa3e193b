#!/usr/bin/env python3
"""bench/date59/date_diff.py — the date annotations two rasd builds value differently, over
the articles with «اليوم|أمس|غدا [(] [الأول] weekday» (branch date59, stop 51).

    python3 bench/date59/date_diff.py --old A --new B --grep REGEX --seed S --n N
        [--avoid FILE.tsv ...] [--save DIR] [--out OUT.tsv]

The pool is fresh.py's (the corpus outside drawn.txt and bench/judged, text matching REGEX);
articles named in an --avoid file (any field snn-…) are left out. Both builds analyse the
pool (fresh.py's analyze: `rasd analyze --threads 2`, nice 5; with --save DIR the outputs are
kept there and read back on a second run). A date whose span is in both outputs with another
value is a change; random.Random(S).sample of N of them (all if fewer), in corpus order, is
written as judge rows: no article published weekday(published) start text old new sentence
verdict_old verdict_new reason (the verdicts empty). Counts to stderr. Python stdlib only."""
import argparse
import csv
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "recall"))
import fresh as F  # noqa: E402


def ids_in(path):
    with open(path, encoding="utf-8") as f:
        return {w for line in f for w in line.rstrip("\n").split("\t") if w.startswith("snn-")}


def outputs(build, docs, save, name):
    path = save and os.path.join(save, name + ".jsonl")
    if path and os.path.exists(path):
        return F.load_output(path)
    out = F.analyze(build, docs)
    if path:
        with open(path, "w", encoding="utf-8") as f:
            for v in out.values():
                f.write(json.dumps(v, ensure_ascii=False) + "\n")
    return out


def sentence(text, start, end):
    """The sentence around bytes [start, end) of text (UTF-8), cut to 400 characters."""
    b = text.encode("utf-8")
    lo = max(b.rfind(c, 0, start) for c in (b".", b"\n")) + 1
    hi = min([x for x in (b.find(c, end) for c in (b".", b"\n")) if x >= 0] or [len(b)])
    return b[lo:hi + 1].decode("utf-8", "replace").strip()[:400]


def changed_dates(docs, a, b):
    for d in docs:
        old = {(x["start"], x["end"]): x for x in a[d["id"]].get("dates", [])}
        for x in b[d["id"]].get("dates", []):
            y = old.get((x["start"], x["end"]))
            if y is not None and y.get("value") != x.get("value"):
                yield d, y, x


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--old", required=True)
    p.add_argument("--new", required=True)
    p.add_argument("--grep", required=True)
    p.add_argument("--seed", required=True, type=int)
    p.add_argument("--n", required=True, type=int)
    p.add_argument("--avoid", action="append", default=[])
    p.add_argument("--save")
    p.add_argument("--out")
    o = p.parse_args(argv)
    avoid = set().union(*(ids_in(f) for f in o.avoid)) if o.avoid else set()
    docs = [d for d in F.pool(F.judged_ids(), o.grep) if d["id"] not in avoid]
    a = outputs(o.old, docs, o.save, "old")
    b = outputs(o.new, docs, o.save, "new")
    ch = list(changed_dates(docs, a, b))
    pick = sorted(random.Random(o.seed).sample(range(len(ch)), min(o.n, len(ch))))
    print("date_diff: %d articles, %d changed dates, %d drawn" % (len(docs), len(ch), len(pick)),
          file=sys.stderr)
    w = csv.writer(open(o.out, "w", encoding="utf-8") if o.out else sys.stdout,
                   delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
    w.writerow(["no", "article", "published", "weekday", "start", "text", "old", "new",
                "sentence", "verdict_old", "verdict_new", "reason"])
    for no, k in enumerate(pick, 1):
        d, y, x = ch[k]
        day = datetime.date.fromisoformat(d["published"][:10]).strftime("%a")
        w.writerow([no, d["id"], d["published"], day, x["start"], x["text"], y["value"],
                    x["value"], sentence(d["text"], x["start"], x["end"]).replace("\t", " "),
                    "", "", ""])


if __name__ == "__main__":
    main(sys.argv[1:])
