#!/usr/bin/env python3
"""pairs_diff.py — acr64: the labelled pairs (gold, hard negative) that moved between two
`rasd stories --json` outputs (bench/stories/labels.tsv, hard_negatives.tsv).
Usage: pairs_diff.py OLD.jsonl NEW.jsonl"""
import itertools, json, sys


def pairs(path, lab):
    out = set()
    for line in open(path):
        s = json.loads(line)
        ids = sorted(a for a in s["articles"] if a in lab)
        out |= set(itertools.combinations(ids, 2))
    return out


lab = {}
for l in open("bench/stories/labels.tsv"):
    if l.startswith("#") or not l.strip():
        continue
    f = l.rstrip("\n").split("\t")
    if f[0] == "id":
        continue
    lab[f[0]] = (f[1], f[2], f[3])
hard = set()
for l in open("bench/stories/hard_negatives.tsv"):
    if l.startswith("#") or not l.strip():
        continue
    f = l.split("\t")
    hard.add(tuple(sorted(f[:2])))
old, new = pairs(sys.argv[1], lab), pairs(sys.argv[2], lab)
for tag, ps in (("joined", new - old), ("parted", old - new)):
    for a, b in sorted(ps):
        same_day = lab[a][0] == lab[b][0]
        kind = ("gold" if lab[a][2] == lab[b][2] else
                "hard negative" if (a, b) in hard else "negative") if same_day else "other day (not scored)"
        print(f"{tag}\t{a}\t{b}\t{lab[a][0]}\t{lab[a][1]}\t{kind}")
