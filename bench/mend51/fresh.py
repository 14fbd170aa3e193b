#!/usr/bin/env python3
"""mend51: every event and quote row that differs between two builds of rasd on a fresh draw
of N articles outside drawn.txt (seed SEED), as judge rows tagged removed / added.

    bench/mend51/fresh.py draw SEED N DOCS.jsonl
    bench/mend51/fresh.py run RASD DOCS.jsonl OUT.jsonl
    bench/mend51/fresh.py diff DOCS.jsonl OLD.jsonl NEW.jsonl DIFF.tsv"""
import json, os, random, subprocess, sys
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from judge_sample import load_articles, write_event_diff, quote_row  # noqa: E402


def draw(seed, n, path):
    docs = load_articles()
    docs = [docs[i] for i in sorted(random.Random(int(seed)).sample(range(len(docs)), int(n)))]
    with open(path, "w", encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")


def run(rasd, path, out):
    with open(out, "w") as w:
        subprocess.run(["nice", "-n", "5", rasd, "analyze", "--threads", "2", path],
                       check=True, stdout=w)


def load(path):
    with open(path, encoding="utf-8") as f:
        return {json.loads(l)["id"]: json.loads(l) for l in f}


def diff(docs_p, old_p, new_p, out):
    docs = list(load(docs_p).values())
    a, b = load(old_p), load(new_p)
    with open(out, "w", encoding="utf-8") as w:
        c = write_event_diff(docs, a, b, w)
        q = {"removed": 0, "added": 0}
        for d in docs:
            qa = {json.dumps(x, sort_keys=True): x for x in a[d["id"]].get("quotes", [])}
            qb = {json.dumps(x, sort_keys=True): x for x in b[d["id"]].get("quotes", [])}
            for tag, x, y in (("removed", qa, qb), ("added", qb, qa)):
                for k in x:
                    if k not in y:
                        q[tag] += 1
                        w.write("\t".join([tag, d["id"]] + quote_row(d, x[k]) + ["", ""]) + "\n")
    print("events", c, "quotes", q, file=sys.stderr)


if __name__ == "__main__":
    {"draw": draw, "run": run, "diff": diff}[sys.argv[1]](*sys.argv[2:])
