#!/usr/bin/env python3
"""sample.py (branch acc73, stop 60) — the accuse rows of a build on slices of one fresh
draw of accusation articles, for reading.

    python3 bench/acc73/sample.py --build B --seed S --slices 0:250,250:500 --out OUT.tsv

The pool: articles outside drawn.txt and bench/judged whose text has an accusation word
(GREP below); the draw: fresh.sample's permutation of the pool under seed S, cut in slices
(batches of at most 250 articles). Every event row of kind accuse is written as a judge row
(batch, article, actors, trigger-marked sentence) with empty verdict and reason columns."""
import argparse
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "recall"))
import fresh as F  # noqa: E402

GREP = "اتهم|يتهم|تتهم|اتهمت|متهم|اتهامات|الاتهام"
HEAD = ["sample", "no", "batch", "article", "published", "kind", "start", "status", "date",
        "dated", "actors", "place|speaker", "cue", "text", "verdict", "reason"]


def main(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--build", required=True)
    p.add_argument("--seed", type=int, default=7373)
    p.add_argument("--slices", default="0:250")
    p.add_argument("--kind", default="accuse")
    p.add_argument("--out")
    a = p.parse_args(argv)
    docs = F.pool(F.judged_ids(), GREP)
    rows, narts = [], 0
    for sl in a.slices.split(","):
        part = F.sample(docs, a.seed, sl)
        narts += len(part)
        out = F.analyze(a.build, part)
        for d in part:
            for e in (out.get(d["id"]) or {}).get("events") or []:
                r = F.event_row(d, e)
                if r[0] == a.kind:
                    rows.append([sl, d["id"], d.get("published", "")] + r)
    w = csv.writer(open(a.out, "w", encoding="utf-8") if a.out else sys.stdout,
                   delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
    w.writerow(HEAD)
    for i, r in enumerate(rows, 1):
        w.writerow(["events", i] + [str(x).replace("\t", " ").replace("\n", " ") for x in r]
                   + ["", ""])
    print(f"pool {len(docs)} articles {narts} {a.kind} rows {len(rows)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
