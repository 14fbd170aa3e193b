#!/usr/bin/env python3
"""layer49: event rows of `rasd analyze` on N articles outside drawn.txt (shuffled with SEED)
with data OLD vs data NEW: the rows removed and added, as judge rows (tools/judge_sample.py).

    bench/layer49/diff.py RASD OLD_DATA NEW_DATA SEED N OUT.tsv"""
import json, os, random, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from judge_sample import load_articles, write_event_diff  # noqa: E402


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
    with open(out, "w", encoding="utf-8") as w:
        cnt = write_event_diff(docs, a, b, w)
    print(seed, n, cnt, file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
