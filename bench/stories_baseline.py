#!/usr/bin/env python3
"""bench/stories_baseline.py — the plain baseline for story clustering (issue 13, deliverable 7).

TF-IDF cosine, single link, over articles of the same day (the day of `published`), at one
threshold: two articles of a day whose cosine is >= t are in one story, and stories are the
connected components. Words are normalised (diacritics and tatweel removed, alef, ya and ta
marbuta folded), the articles' own prefixes (و ف ب ل ك ال) stripped; the weight is
(1 + log tf) * log(N / df), with df over the whole input, title words counted twice.

Run (a) on the labelled articles alone and (b) inside the whole stream (every article of the
labelled days), the threshold chosen for the best pairwise F1 on the tuned days and then applied
to the unseen day (bench/stories/labels.tsv says which day is which):

    python3 bench/stories_baseline.py [--corpus ../shared/data/saudinewsnet/articles.jsonl.gz]
        [--labels bench/stories/labels.tsv] [--json OUT.json]

Python standard library only. Candidate pairs come from words found in at most 5% of a day's
articles (day_pairs), then the exact cosine; thresholds 0.1 to 0.85 by 0.025.
"""
import argparse, collections, gzip, json, math, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stories_eval as ev  # noqa: E402

DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0671-\u06d3A-Za-z0-9]+")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و")


def words(text):
    """Normalised words of TEXT with common clitic prefixes stripped (length >= 2 kept)."""
    out = []
    for w in WORD.findall(DIAC.sub("", text).translate(FOLD).lower()):
        for p in PREFIXES:
            if w.startswith(p) and len(w) - len(p) >= 3:
                w = w[len(p):]
                break
        if len(w) >= 2:
            out.append(w)
    return out


def read_corpus(path, days=None):
    """id -> {day, title, text, source, published} for articles of DAYS (all when None)."""
    arts = {}
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            day = (d.get("published") or "")[:10]
            if days is None or day in days:
                arts[d["id"]] = {"day": day, "title": d.get("title") or "", "text": d.get("text") or "",
                                 "source": d.get("source") or "", "published": d.get("published") or ""}
    return arts


def vectors(arts):
    """id -> unit TF-IDF vector {word: weight}; df over ARTS."""
    tfs = {}
    df = collections.Counter()
    for i, a in arts.items():
        tf = collections.Counter(words(a["text"]))
        for w in words(a["title"]):
            tf[w] += 2
        tfs[i] = tf
        df.update(tf.keys())
    n = len(arts)
    vecs = {}
    for i, tf in tfs.items():
        v = {w: (1 + math.log(c)) * math.log(n / df[w]) for w, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs[i] = {w: x / norm for w, x in v.items() if x > 0}
    return vecs


def day_pairs(ids, vecs, floor=0.1, rare=0.05):
    """[(cos, a, b)] for pairs of IDS (one day) with cosine >= FLOOR, best first.

    Candidates share a word found in at most RARE of the day's articles (at least 10): their
    partial dot product over such words is accumulated per article, and the exact cosine is
    computed for pairs whose partial sum reaches FLOOR / 4 (the rare words carry most of the
    weight: of 2015-07-22's 2,050 articles, the 1,372 pairs with cosine >= 0.3 that share a word
    of df <= 5% are all kept, and 94% of those >= 0.1).
    """
    limit = max(10, int(rare * len(ids)))
    post = collections.defaultdict(list)
    for i in ids:
        for w, x in vecs[i].items():
            post[w].append((i, x))
    post = {w: lst for w, lst in post.items() if 1 < len(lst) <= limit}
    out = []
    for a in ids:
        acc = collections.defaultdict(float)
        for w, x in vecs[a].items():
            lst = post.get(w)
            if lst:
                for b, y in lst:
                    if b > a:
                        acc[b] += x * y
        va = vecs[a]
        for b, part in acc.items():
            if part >= floor / 4:
                vb = vecs[b]
                c = sum(x * vb.get(w, 0.0) for w, x in va.items()) if len(va) < len(vb) else \
                    sum(x * va.get(w, 0.0) for w, x in vb.items())
                if c >= floor:
                    out.append((c, a, b))
    out.sort(reverse=True)
    return out


def single_link(ids, edges, t):
    """Stories (lists of ids) of IDS joined by EDGES [(cos, a, b)] with cos >= T."""
    parent = {i: i for i in ids}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for c, a, b in edges:
        if c < t:
            break
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups = collections.defaultdict(list)
    for i in ids:
        groups[find(i)].append(i)
    return list(groups.values())


def run(arts, labels, thresholds):
    """{t: scores} for single link over ARTS (per day) at each threshold."""
    vecs = vectors(arts)
    byday = collections.defaultdict(list)
    for i, a in arts.items():
        byday[a["day"]].append(i)
    edges = {d: day_pairs(ids, vecs) for d, ids in byday.items()}
    res = {}
    for t in thresholds:
        clusters = []
        for d, ids in byday.items():
            clusters += single_link(ids, edges[d], t)
        res[t] = ev.score(labels, clusters)
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "data", "saudinewsnet",
                                                     "articles.jsonl.gz"))
    ap.add_argument("--labels", default=os.path.join(here, "stories", "labels.tsv"))
    ap.add_argument("--json", help="write the figures here as JSON")
    o = ap.parse_args()
    labels = ev.load_labels(o.labels)
    days = set(labels.day.values())
    stream = read_corpus(o.corpus, days)
    alone = {i: stream[i] for i in labels.day if i in stream}
    thresholds = [round(0.1 + 0.025 * k, 3) for k in range(31)]
    out = {}
    for name, arts in (("alone", alone), ("stream", stream)):
        res = run(arts, labels, thresholds)
        best = max(thresholds, key=lambda t: (res[t]["tuned"]["f1"], -t))
        out[name] = {"articles": len(arts), "threshold": best, "scores": res[best],
                     "curve": {str(t): {"tuned_f1": res[t]["tuned"]["f1"], "unseen_f1": res[t]["unseen"]["f1"]}
                               for t in thresholds}}
        print(f"baseline {name}: {len(arts)} articles, best threshold on the tuned days {best}")
        ev.print_scores(res[best])
    if o.json:
        with open(o.json, "w") as f:
            json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
