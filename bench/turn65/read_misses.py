#!/usr/bin/env python3
"""bench/turn65/read_misses.py — the read parts' missed quotes and wrong or empty speakers
(`recall.py score --split all -v` output on stdin) whose 100 characters before the gold span
hold a cue word matching REGEX: article, kind, span, gold speaker, the text before.

    python3 bench/recall/recall.py score --split all -v | python3 bench/turn65/read_misses.py REGEX"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R  # noqa: E402

rx = re.compile(sys.argv[1])
rows = []
for line in sys.stdin:
    m = re.match(r"\s+(missed|wrong speaker) (snn-\d+) (\d+)(?: (\d+))? (.*)", line)
    if m and not line.strip().startswith("missed event"):
        rows.append(m.groups())
texts = {d["id"]: d["text"].encode("utf-8") for d in R.articles({r[1] for r in rows})}
for kind, aid, s, e, who in rows:
    b = texts[aid]
    pre = b[max(0, int(s) - 240):int(s)].decode("utf-8", "ignore")[-100:]
    if rx.search(pre):
        print("\t".join([aid, kind, s, who, pre.replace("\n", " ")]))
