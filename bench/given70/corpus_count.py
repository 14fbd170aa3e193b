#!/usr/bin/env python3
"""corpus_count.py — how often a clipped speaker's form (a) occurs in the corpus outside
bench/recall/drawn.txt (branch given70, stop 59).

    python3 bench/given70/corpus_count.py BUILD[:DATA] OUT.jsonl [--minus EARLIER.jsonl] [--draw SEED N] [--sample S N]

Runs BUILD over the pool (fresh.py pool(): every article outside drawn.txt; the output is kept
in OUT.jsonl and read from it when there) and counts the quote rows whose speaker is one word
with no name longer than it (a PER mention, or an untagged word): how many are the first word
of a longer PER mention of the article (of exactly one distinct longer name, or of two or
more), how many are also a later word of another PER mention (a father's or family name).
The same for ORG speakers: the words of the speaker opening a longer ORG mention. --sample S N
prints N random rows of "one longer name" (seed S) with their sentence, to judge by hand
whether the longer name is the same person."""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import fresh as F  # noqa: E402


def words(s):
    return [w for w in s.replace("«", " ").replace("»", " ").replace('"', " ").split()]


def ent_at(o, start):
    for e in o["entities"]:
        if e["start"] == start:
            return e
    return None


def classify(o, q):
    """(kind, word, [longer names], inside) or None for a quote not of the form."""
    sp = q.get("speaker") or {}
    name = sp.get("name") or ""
    if not name:
        return None
    e = ent_at(o, sp["start"])
    typ = e["type"] if e else "-"
    nw = words(name)
    if typ in ("PER", "-", "LOC") and len(nw) == 1:
        kind = "PER1" if typ == "PER" else ("UNTAGGED1" if typ == "-" else "LOC1")
        longer = {tuple(words(x.get("name") or x["text"])) for x in o["entities"]
                  if x["type"] == "PER" and len(words(x["text"])) >= 2 and
                  words(x["text"])[0] == nw[0]}
        inside = any(x["type"] == "PER" and nw[0] in words(x["text"])[1:]
                     for x in o["entities"])
        return kind, nw[0], sorted(" ".join(t) for t in longer), inside
    if typ == "ORG":
        longer = {x["text"] for x in o["entities"] if x["type"] == "ORG" and
                  len(words(x["text"])) > len(nw) and words(x["text"])[:len(nw)] == nw}
        return "ORG", name, sorted(longer), False
    return None


def main():
    build, path = sys.argv[1], sys.argv[2]
    if not os.path.exists(path):
        docs = F.pool()
        if "--minus" in sys.argv:                 # the articles of an earlier output left out
            with open(sys.argv[sys.argv.index("--minus") + 1], encoding="utf-8") as f:
                done = {json.loads(line)["id"] for line in f}
            docs = [d for d in docs if d["id"] not in done]
        if "--draw" in sys.argv:
            i = sys.argv.index("--draw")
            docs = F.sample(docs, int(sys.argv[i + 1]), int(sys.argv[i + 2]))
        with open(path, "w", encoding="utf-8") as out:
            for i in range(0, len(docs), 250):        # one batch grows slower than linearly
                for o in F.analyze(build, docs[i:i + 250]).values():
                    out.write(json.dumps(o, ensure_ascii=False) + "\n")
    c = Counter()
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            for q in o["quotes"]:
                r = classify(o, q)
                if not r:
                    continue
                kind, w, longer, inside = r
                c[kind, "all"] += 1
                n = "0" if not longer else ("1" if len(longer) == 1 else "2+")
                c[kind, "longer " + n] += 1
                if longer and inside:
                    c[kind, "longer, also inside another"] += 1
                if len(longer) == 1:
                    rows.append((o["id"], q["start"], kind, w, longer[0]))
    for k in sorted(c):
        print("%s\t%s\t%d" % (k[0], k[1], c[k]))
    if "--sample" in sys.argv:
        i = sys.argv.index("--sample")
        s, n = int(sys.argv[i + 1]), int(sys.argv[i + 2])
        for r in random.Random(s).sample(rows, min(n, len(rows))):
            print("\t".join(map(str, r)))


if __name__ == "__main__":
    main()
