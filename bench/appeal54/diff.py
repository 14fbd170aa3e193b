#!/usr/bin/env python3
"""Event rows that differ between two rasd builds on a draw (branch appeal54, stop 46).

  diff.py BASE_RASD NEW_RASD DRAW.jsonl OUT.tsv   `rasd analyze --threads 1` (default) of both;
                                                  one row per event added (+) or removed (-):
                                                  sign, id, type, actors, trigger, sentence
Python stdlib only."""
import json, subprocess, sys


def run(rasd, path):
    out = subprocess.run([rasd, "analyze", "--threads", "1", path], check=True,
                         capture_output=True).stdout.decode()
    return {d["id"]: d for d in map(json.loads, out.splitlines())}


def rows(d):
    t = d["text"].encode()
    res = []
    for e in d.get("events", []):
        s = e.get("sentence") or [0, 0]
        res.append((e["type"], ";".join(a.get("name") or "" for a in e.get("actors", [])),
                    t[s[0]:s[1]].decode(errors="replace").replace("\n", " ").replace("\t", " ")))
    return res


def main(base, new, path, out):
    docs = {d["id"]: d for d in map(json.loads, open(path, encoding="utf-8"))}
    a, b = run(base, path), run(new, path)
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for i in sorted(docs):
            ra = rows({**docs[i], **a.get(i, {})})
            rb = rows({**docs[i], **b.get(i, {})})
            for sign, xs, ys in (("-", ra, rb), ("+", rb, ra)):
                for r in xs:
                    if r not in ys:
                        f.write("\t".join([sign, i] + list(r)) + "\n")
                        n += 1
    print(len(docs), "articles;", n, "rows changed")


if __name__ == "__main__":
    main(*sys.argv[1:5])
