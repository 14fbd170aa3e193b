#!/usr/bin/env python3
"""bench/err68/wrong.py — unseen36's wrong-speaker rows: text before the quote (branch err68).
  wrong.py ID:OFFSET ..."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "recall"))
import recall  # noqa: E402
args = [a.split(":") for a in sys.argv[1:]]
docs = {d["id"]: d["text"].encode() for d in recall.articles({a for a, _ in args})}
for a, o in args:
    b, o = docs[a], int(o)
    print("##", a, o, b[max(0, o - 400):o].decode("utf-8", "ignore"), "[[",
          b[o:o + 200].decode("utf-8", "ignore"))
