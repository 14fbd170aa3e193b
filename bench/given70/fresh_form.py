#!/usr/bin/env python3
"""fresh_form.py — fresh.py's check on the articles of one form (branch given70, stop 59).

    python3 bench/given70/fresh_form.py CORPUS.jsonl [fresh.py options]

CORPUS.jsonl is a whole-corpus `rasd analyze` output of the old build (corpus_count.py's); the
pool is the articles outside drawn.txt (and, with --exclude-judged, outside bench/judged) where
a quote's speaker is one word (a PER mention or an untagged word) that is the first word of a
longer PER mention of the article (corpus_count.py classify()); fresh.py's main then draws
--n of them with --seed and writes every row the two builds differ by."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import corpus_count as C  # noqa: E402
import fresh as F  # noqa: E402


def form_ids(path):
    ids = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            for q in o["quotes"]:
                r = C.classify(o, q)
                if r and r[0] != "ORG" and r[2]:
                    ids.add(o["id"])
    return ids


def main():
    ids = form_ids(sys.argv[1])
    base = F.pool
    F.pool = lambda exclude=(), grep=None: [d for d in base(exclude, grep) if d["id"] in ids]
    print("form: %d articles in the corpus output" % len(ids), file=sys.stderr)
    F.main(sys.argv[2:])


if __name__ == "__main__":
    main()
