#!/usr/bin/env python3
"""mend51: every event and quote row that differs between two builds of rasd on a fresh draw
of N articles outside drawn.txt (seed SEED), as judge rows tagged removed / added.
The draw, runs and diffs are bench/recall/fresh.py's (mend54, stop 46); `bench/recall/fresh.py
--events --quotes` gives the same rows in one step (with "changed" rows keyed by trigger/span).

    bench/mend51/fresh.py draw SEED N DOCS.jsonl
    bench/mend51/fresh.py run RASD DOCS.jsonl OUT.jsonl
    bench/mend51/fresh.py diff DOCS.jsonl OLD.jsonl NEW.jsonl DIFF.tsv"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import fresh as F  # noqa: E402


def draw(seed, n, path):
    F.write_docs(sorted(F.sample(F.pool(), seed, n), key=lambda d: d["id"]), path)


def run(rasd, path, out):
    with open(out, "w") as w:
        F.run(rasd, path, stdout=w)


def diff(docs_p, old_p, new_p, out):
    docs = list(F.load_output(docs_p).values())
    a, b = F.load_output(old_p), F.load_output(new_p)
    with open(out, "w", encoding="utf-8") as w:
        c = F.write_event_diff(docs, a, b, w)
        q = {"removed": 0, "added": 0}
        for tag, d, x, y in F.changes(docs, a, b, "quotes", key=F.whole, order="sides"):
            q[tag] += 1
            w.write("\t".join([tag, d["id"]] + F.quote_row(d, x or y) + ["", ""]) + "\n")
    print("events", c, "quotes", q, file=sys.stderr)


if __name__ == "__main__":
    {"draw": draw, "run": run, "diff": diff}[sys.argv[1]](*sys.argv[2:])
