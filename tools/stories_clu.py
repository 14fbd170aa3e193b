#!/usr/bin/env python3
"""tools/stories_clu.py — adds word-cluster sub-vectors to a story dump (an experiment).

    build/rasd clusters --tokens BODY.txt ../shared/data/saudinewsnet/articles.jsonl.gz
    build/rasd clusters --tokens TITLE.txt TITLES.jsonl   # {"id", "text": title} a line
    python3 tools/stories_clu.py DUMP.pickle BODY.txt TITLE.txt OUT.pickle [--weight tfidf|idf]
        [--level 1|2]

Each article of DUMP (tools/stories_data.py; docid = line of the token files, the corpus'
order) gets "clu_v": the cluster ids (data/clusters.tsv, column LEVEL: 1 the 64 coarse, 2 the
512 fine; or --clusters data/embclusters.tsv, level 3: its 4,096) of the content tokens of its title and body (rasd's normalised tokens, as
content_token in src/stories/vec.c keeps them), weighted as TF-IDF over cluster ids
((1 + ln tf) ln(N / df) of the body plus the same of the title, df over the corpus:
--weight tfidf) or as the sum of the tokens' word
IDF (story_idf of src/stories/vec.c from data/lexicon.tsv: --weight idf). The replay's
variant keys "clu" (weight of the cluster cosine in `related`), "clu_floor" and "clu_member"
(tools/stories_cv.py) read it. docs/STORIES.md, "stories9". Standard library only.
"""
import argparse, collections, math, os, pickle

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
LEX_DOCS, LEX_UNSEEN = 31030.0, 5.0     # src/stories/vec.c


def table(path, col):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(p) > col:
                out[p[0]] = int(p[col])
    return out


def content(t):
    """content_token: Arabic words of two letters or more (4 bytes), others of 3 bytes."""
    if not any(c.isalnum() for c in t):
        return False
    return len(t.encode()) >= (4 if any("\u0600" <= c <= "\u06ff" for c in t) else 3)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump")
    ap.add_argument("body")
    ap.add_argument("title")
    ap.add_argument("out")
    ap.add_argument("--weight", choices=("tfidf", "idf"), default="tfidf")
    ap.add_argument("--level", type=int, choices=(1, 2, 3), default=2)
    ap.add_argument("--clusters", default=os.path.join(DATA, "clusters.tsv"),
                    help="or an embclusters.tsv (docs/NER.md; level 3: its 4,096 clusters)")
    o = ap.parse_args()
    cl = table(o.clusters, o.level)
    lex = table(os.path.join(DATA, "lexicon.tsv"), 1)

    def idf(w):
        c = lex.get(w, 0) or LEX_UNSEEN
        return math.log((LEX_DOCS + 1) / (LEX_DOCS * (1 - math.exp(-c / LEX_DOCS)) + 1))

    def toks(path):
        with open(path, encoding="utf-8") as f:
            return [[t for t in line.split() if content(t) and t in cl] for line in f]
    body, title = toks(o.body), toks(o.title)
    df = collections.Counter()
    for b, t in zip(body, title):
        df.update({cl[w] for w in b + t})
    n = len(body)
    with open(o.dump, "rb") as f:
        d = pickle.load(f)
    for a in d["arts"]:
        v = {}
        for words in (body[a["docid"]], title[a["docid"]]):   # the title counts apart
            if o.weight == "idf":
                for w in words:
                    v[cl[w]] = v.get(cl[w], 0.0) + idf(w)
                continue
            for c, k in collections.Counter(cl[w] for w in words).items():
                v[c] = v.get(c, 0.0) + (1 + math.log(k)) * math.log(n / df[c])
        a["clu_v"] = v
    with open(o.out, "wb") as f:
        pickle.dump(d, f)


if __name__ == "__main__":
    main()
