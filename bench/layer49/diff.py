#!/usr/bin/env python3
"""layer49: event rows of `rasd analyze` on N articles outside drawn.txt (shuffled with SEED)
with data OLD vs data NEW: the rows removed and added, as judge rows (tools/judge_sample.py).

    bench/layer49/diff.py RASD OLD_DATA NEW_DATA SEED N OUT.tsv"""
import json, os, random, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from judge_sample import load_articles, event_row  # noqa: E402


def run(rasd, data, docs):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    out = subprocess.run([rasd, "analyze", "--threads", "1", "--data", data, t.name],
                         check=True, capture_output=True).stdout.decode()
    os.unlink(t.name)
    return {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}


def main(rasd, old, new, seed, n, out):
    docs = load_articles()
    docs = [docs[i] for i in random.Random(int(seed)).sample(range(len(docs)), int(n))]
    a, b = run(rasd, old, docs), run(rasd, new, docs)
    w = open(out, "w", encoding="utf-8")
    cnt = {"removed": 0, "added": 0, "old": 0, "new": 0}
    for d in docs:
        ea = {json.dumps(e, sort_keys=True): e for e in a[d["id"]].get("events", [])}
        eb = {json.dumps(e, sort_keys=True): e for e in b[d["id"]].get("events", [])}
        cnt["old"] += len(ea)
        cnt["new"] += len(eb)
        for tag, x, y in (("removed", ea, eb), ("added", eb, ea)):
            for k in x:
                if k not in y:
                    cnt[tag] += 1
                    w.write("\t".join([tag, d["id"]] + event_row(d, x[k]) + ["", ""]) + "\n")
    print(seed, n, cnt, file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
