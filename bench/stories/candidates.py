#!/usr/bin/env python3
"""bench/stories/candidates.py CORPUS SAMPLE.tsv [FLOOR] — candidate pairs for labelling.

The labelling aid used to build labels.tsv: for each day of SAMPLE.tsv ("id<TAB>day"), TF-IDF
vectors over all of that day's articles (bench/stories_baseline.py), and every pair of sampled
articles with cosine >= FLOOR (default 0.08) or sharing two rare title words, printed with
titles and the start of each text for a person to judge. Judgements are the person's.
"""
import collections, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import stories_baseline as bl  # noqa: E402

corpus, sample = sys.argv[1], sys.argv[2]
floor = float(sys.argv[3]) if len(sys.argv) > 3 else 0.08
sday = dict(l.rstrip("\n").split("\t") for l in open(sample))
arts = bl.read_corpus(corpus, set(sday.values()))
for day in sorted(set(sday.values())):
    dayarts = {i: a for i, a in arts.items() if a["day"] == day}
    vecs = bl.vectors(dayarts)
    ids = sorted(i for i in sday if sday[i] == day)
    df = collections.Counter(w for a in dayarts.values() for w in set(bl.words(a["title"])))
    tw = {i: {w for w in bl.words(arts[i]["title"]) if df[w] <= 20} for i in ids}
    out = []
    for x in range(len(ids)):
        for y in range(x + 1, len(ids)):
            a, b = ids[x], ids[y]
            va, vb = vecs[a], vecs[b]
            c = sum(v * vb.get(w, 0.0) for w, v in va.items())
            if c >= floor or len(tw[a] & tw[b]) >= 2:
                out.append((c, a, b))
    out.sort(reverse=True)
    print(f"##### {day}: {len(ids)} sampled, {len(out)} candidate pairs")
    for c, a, b in out:
        print(f"== {c:.3f} {a} {b}")
        for i in (a, b):
            t = arts[i]["text"].replace("\n", " ")[:160]
            print(f"   {i} [{arts[i]['source']}] {arts[i]['title']} | {t}")
