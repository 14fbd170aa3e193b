#!/usr/bin/env python3
"""fix43: event rows of `rasd analyze` on N articles outside drawn.txt and outside judge43's
700 (seed 4381's first 700), shuffled with SEED, as judge rows (tools/judge_sample.py).

    bench/fix43/rows.py RASD DATA SEED N OUT.tsv       rows of one build
    (FIX43_FLAGS: more options for rasd, e.g. --no-event-triggers)
    bench/fix43/rows.py diff OLD.tsv NEW.tsv           rows removed (-) and added (+)"""
import json, os, random, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from judge_sample import load_articles, event_row  # noqa: E402


def draw(seed, n):
    docs = load_articles()
    j43 = set(random.Random(4381).sample(range(len(docs)), len(docs))[:700])
    order = [i for i in random.Random(seed).sample(range(len(docs)), len(docs)) if i not in j43]
    return [docs[i] for i in order[:n]]


def rows(rasd, data, seed, n, out):
    docs = draw(int(seed), int(n))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    res = subprocess.run([rasd, "analyze", "--threads", "2", "--data", data]
                         + os.environ.get("FIX43_FLAGS", "").split() + [t.name],
                         check=True, capture_output=True).stdout.decode()
    os.unlink(t.name)
    res = {json.loads(l)["id"]: json.loads(l) for l in res.splitlines()}
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            for e in sorted(res[d["id"]].get("events", []), key=lambda e: e["trigger"]):
                f.write("\t".join([d["id"], d.get("published", "")] + event_row(d, e)) + "\n")


def diff(a, b):
    ra = open(a, encoding="utf-8").read().splitlines()
    rb = open(b, encoding="utf-8").read().splitlines()
    sa, sb = set(ra), set(rb)
    for l in ra:
        if l not in sb:
            print("-\t" + l)
    for l in rb:
        if l not in sa:
            print("+\t" + l)


if __name__ == "__main__":
    if sys.argv[1] == "diff":
        diff(sys.argv[2], sys.argv[3])
    else:
        rows(*sys.argv[1:])
