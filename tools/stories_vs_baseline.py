#!/usr/bin/env python3
"""tools/stories_vs_baseline.py — rasd's story decisions against the single-link baseline's.

    python3 tools/stories_vs_baseline.py STORIES [--threshold 0.425] [--day DAY]...

STORIES is `rasd stories --json` output of a whole-corpus ingest. The baseline is
bench/stories_baseline.py's TF-IDF cosine single link inside the stream of the labelled days
(df over them) at one threshold. For every same-day pair of labelled articles that either
system or the labels put in one story, prints the pair when one of the two is wrong (gold,
hard negative or other pair; which system errs; the baseline's cosine), then the counts of
(kind, rasd merged, baseline merged). Only tuned days should be read (docs/STORIES.md, "The
dev set"): --day picks them. Standard library only; about 90 s of CPU.
"""
import argparse, collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
import stories_baseline as B  # noqa: E402
import stories_eval as E  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories")
    ap.add_argument("--threshold", type=float, default=0.425)
    ap.add_argument("--day", action="append")
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "shared", "data",
                                                     "saudinewsnet", "articles.jsonl.gz"))
    ap.add_argument("--labels", default=os.path.join(HERE, "..", "bench", "stories", "labels.tsv"))
    ap.add_argument("--hard", help="hard negatives (default: hard_negatives.tsv beside --labels)")
    o = ap.parse_args()
    lab = E.load_labels(o.labels, o.hard)
    days = set(o.day or [d for d in lab.split if lab.split[d] == "tuned"])
    assert all(lab.split[d] == "tuned" for d in days), "tuned days only"
    hard = {frozenset(p) for p in lab.hard}
    stream = B.read_corpus(o.corpus, set(lab.day.values()))
    vecs = B.vectors(stream)
    byday = collections.defaultdict(list)
    for i, a in stream.items():
        if a["day"] in days:
            byday[a["day"]].append(i)
    base = {}
    for d, ids in byday.items():
        for g in B.single_link(ids, B.day_pairs(ids, vecs), o.threshold):
            for i in g:
                base[i] = min(g)
    rasd = {}
    with open(o.stories, encoding="utf-8") as f:
        for line in f:
            s = json.loads(line)
            for a in s["articles"]:
                rasd[a] = s["id"]
    cnt = collections.Counter()
    for d in sorted(days):
        ids = sorted(i for i in lab.day if lab.day[i] == d)
        for j, y in enumerate(ids):
            for x in ids[:j]:
                g = lab.story[x] == lab.story[y]
                pr, pb = rasd.get(x, x) == rasd.get(y, y), base.get(x, x) == base.get(y, y)
                if not (g or pr or pb):
                    continue
                kind = "gold" if g else "hard" if frozenset((x, y)) in hard else "other"
                cnt[(kind, pr, pb)] += 1
                if pr != g or pb != g:
                    c = sum(w * vecs[y].get(k, 0.0) for k, w in vecs[x].items())
                    print(f"{d} {kind:5s} {x} {y} rasd {'ok ' if pr == g else 'ERR'} "
                          f"baseline {'ok ' if pb == g else 'ERR'} cosine {c:.2f}")
    for (kind, pr, pb), n in sorted(cnt.items()):
        print(f"{kind}: rasd {'merged' if pr else 'apart'}, baseline {'merged' if pb else 'apart'}: {n}")


if __name__ == "__main__":
    main()
