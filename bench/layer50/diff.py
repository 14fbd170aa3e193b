#!/usr/bin/env python3
"""layer50: event rows of two rasd builds (each with its data) on N articles outside
bench/recall/drawn.txt and the judged files (bench/judged/*.tsv), shuffled with SEED (N: the first N, or A:B, that slice of the shuffle): the rows
removed, added and changed (same article, kind and trigger; other actors, place or date),
as judge rows (tools/judge_sample.py event_row) with the old row's actors for a change.

    bench/layer50/diff.py OLD_RASD OLD_DATA NEW_RASD NEW_DATA SEED N OUT.tsv"""
import collections, csv, glob, json, os, random, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from judge_sample import load_articles, event_row  # noqa: E402


def judged_ids():
    ids = set()
    for f in glob.glob(os.path.join(ROOT, "bench", "judged", "*.tsv")):
        with open(f, encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if r.get("article"):
                    ids.add(r["article"])
    return ids


def run(rasd, data, docs):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    out = subprocess.run([rasd, "analyze", "--threads", "2", "--data", data, t.name],
                         check=True, capture_output=True).stdout.decode()
    os.unlink(t.name)
    return {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}


def main(old_rasd, old, new_rasd, new, seed, n, out):
    skip = judged_ids()
    docs = [d for d in load_articles() if d["id"] not in skip]
    lo, hi = (int(v) for v in n.split(":")) if ":" in n else (0, int(n))
    order = random.Random(int(seed)).sample(range(len(docs)), len(docs))
    docs = [docs[i] for i in order[lo:hi]]   # A:B: a slice of one shuffle (disjoint draws)
    a, b = run(old_rasd, old, docs), run(new_rasd, new, docs)
    w = open(out, "w", encoding="utf-8")
    cnt = collections.Counter()
    for d in docs:
        ea = {(e["type"], e["trigger"][0]): e for e in a[d["id"]].get("events", [])}
        eb = {(e["type"], e["trigger"][0]): e for e in b[d["id"]].get("events", [])}
        cnt["old"] += len(ea)
        cnt["new"] += len(eb)
        for k in sorted(set(ea) | set(eb), key=lambda k: k[1]):
            x, y = ea.get(k), eb.get(k)
            if x and y and json.dumps(x, sort_keys=True) == json.dumps(y, sort_keys=True):
                continue
            tag = "changed" if x and y else ("removed" if x else "added")
            cnt[tag + " " + k[0]] += 1
            was = event_row(d, x)[5] if x and y else ""
            w.write("\t".join([tag, d["id"]] + event_row(d, y or x) + [was, ""]) + "\n")
    print(seed, n, dict(cnt), file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
