#!/usr/bin/env python3
"""rows.py (branch prec72, stop 60) — a form's event rows on a fresh draw, for reading.

    python3 bench/prec72/rows.py --build B --seed S --n N --grep ARTICLE_RE
        [--row ROW_RE] [--kind K] [--out OUT.tsv] [--count]

Draws N articles outside drawn.txt and bench/judged (fresh.pool) whose text matches
ARTICLE_RE, runs `rasd analyze` (build B, "RASD" or "RASD:DATA") and writes every event row
whose sentence (with the trigger marked ‹…›) matches ROW_RE (and of kind K) as a judge row.
--count: only the pool's size and ARTICLE_RE's matches over it (no rasd run)."""
import argparse
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "recall"))
import fresh as F  # noqa: E402

HEAD = ["sample", "no", "article", "published", "kind", "start", "status", "date", "dated",
        "actors", "place|speaker", "cue", "text", "verdict", "reason"]


def main(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--build")
    p.add_argument("--seed", type=int, default=7272)
    p.add_argument("--n", type=int, default=200)
    p.add_argument("--grep", required=True)
    p.add_argument("--row")
    p.add_argument("--kind", action="append")
    p.add_argument("--out")
    p.add_argument("--count", action="store_true")
    a = p.parse_args(argv)
    rx = re.compile(a.grep)
    docs = F.pool(F.judged_ids(), rx)
    if a.count:
        n = sum(len(rx.findall(d["text"])) for d in docs)
        print(f"articles {len(docs)} matches {n}")
        return
    docs = F.sample(docs, a.seed, min(a.n, len(docs)))
    out = F.analyze(a.build, docs)
    row_rx = re.compile(a.row) if a.row else None
    rows, nrows = [], 0
    for d in docs:
        for e in (out.get(d["id"]) or {}).get("events") or []:
            nrows += 1
            r = F.event_row(d, e)
            if a.kind and r[0] not in a.kind:
                continue
            if row_rx and not row_rx.search(r[-1]):
                continue
            rows.append([d["id"], d.get("published", "")] + r)
    w = csv.writer(open(a.out, "w", encoding="utf-8") if a.out else sys.stdout,
                   delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
    w.writerow(HEAD)
    for i, r in enumerate(rows, 1):
        w.writerow(["events", i] + [str(x).replace("\t", " ").replace("\n", " ") for x in r]
                   + ["", ""])
    print(f"articles {len(docs)} event rows {nrows} form rows {len(rows)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
