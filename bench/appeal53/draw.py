#!/usr/bin/env python3
"""Draws of corpus articles outside drawn.txt for appeal53's checks (branch appeal53, stop 45).

  draw.py SEED N OUT.jsonl [SKIP]   articles outside bench/recall/drawn.txt whose text holds a
                                    verb of appeal in the first person (data/events.tsv appeal
                                    value 14, with or without و/ف: the only articles where the
                                    rule can change a row), shuffled by random.Random(SEED);
                                    N of them after the first SKIP
Python stdlib only."""
import gzip, json, os, random, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

FIRST = re.compile("(?:أدعو|ندعو|أطالب|نطالب|أناشد|نناشد|أحث|نحث|أهيب|نهيب|ادعو|اطالب|اناشد|احث|اهيب)")


def main(seed, n, out, skip=0):
    drawn = {i for i, _ in R.drawn()}
    docs = [d for d in map(json.loads, gzip.open(R.SNN, "rt"))
            if d["id"] not in drawn and FIRST.search(d["text"])]
    docs.sort(key=lambda d: d["id"])
    random.Random(seed).shuffle(docs)
    with open(out, "w", encoding="utf-8") as f:
        for d in docs[skip:skip + n]:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(docs), "candidates;", len(docs[skip:skip + n]), "written")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 0)
