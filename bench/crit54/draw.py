#!/usr/bin/env python3
"""Draws of corpus articles outside drawn.txt for crit54's fresh checks (branch crit54, stop 46).

  draw.py SEED N OUT.jsonl          N articles outside bench/recall/drawn.txt, shuffled by
                                    random.Random(SEED) (a random draw)
  draw.py touch OUT.jsonl           every article outside drawn.txt whose text holds a
                                    participle of condemnation or of describing (مستنكرا، منددة، واصفا، واصفين:
                                    the only articles where crit54's rows can change a row)
Python stdlib only."""
import gzip, json, os, random, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

TOUCH = re.compile("(?:مستنكرا|مستنكرة|منددا|منددة|واصفا|واصفة|واصفين)")


def docs():
    drawn = {i for i, _ in R.drawn()}
    return sorted((d for d in map(json.loads, gzip.open(R.SNN, "rt")) if d["id"] not in drawn),
                  key=lambda d: d["id"])


def write(out, ds):
    with open(out, "w", encoding="utf-8") as f:
        for d in ds:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(ds), "written")


if __name__ == "__main__":
    if sys.argv[1] == "touch":
        write(sys.argv[2], [d for d in docs() if TOUCH.search(d["text"])])
    else:
        ds = docs()
        random.Random(int(sys.argv[1])).shuffle(ds)
        write(sys.argv[3], ds[:int(sys.argv[2])])
