#!/usr/bin/env python3
"""bench/meet70/missed.py — the read parts' missed meetings (branch meet70, stop 59; app66's missed.py, meet only).

  missed.py RASD [RASD_TRIGGERS] > missed.tsv

Runs RASD (a binary or a wrapper script) on every labelled article of the read parts
(recall.py's "all" split, which holds no blind part), matches events as recall.py score does,
and writes one row per missed gold appeal or meet: part, article, the gold sentence's byte
span, actors, what rasd found in that sentence (quotes' cues, events of other kinds), whether
RASD_TRIGGERS (the same build with --event-triggers, optional) finds it, and the sentence.
unseen32's rows are marked (branch err64 takes them)."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall  # noqa: E402

KINDS = ("meet",)


def part_of():
    parts = {}
    for l in open(recall.LABELS, encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        f = l.split("\t")
        parts[f[0]] = f[1]
    return parts


def in_sent(x, a, b):
    return recall.overlap(a, b, x[0], x[1]) > 0


def main(a):
    gold = recall.load(recall.LABELS, "all")
    docs = {d["id"]: d for d in recall.articles(set(gold))}
    out = recall.analyze_docs(a[0], list(docs.values()))
    trig = recall.analyze_docs(a[1], list(docs.values())) if len(a) > 1 else {}
    parts = part_of()
    print("part\tarticle\tstart\tend\tkind\tactors\tfound_in_sentence\ttriggers_find\tsentence")
    for i, g in sorted(gold.items()):
        se = out.get(i, {}).get("events", [])
        hits, _ = recall.match_events(g["E"], se)
        th, _ = recall.match_events(g["E"], trig.get(i, {}).get("events", [])) if trig else \
            ([None] * len(g["E"]), None)
        b = docs[i]["text"].encode("utf-8")
        for e, h, t in zip(g["E"], hits, th):
            if e["type"] not in KINDS or h is not None:
                continue
            s0, s1 = e["start"], e["end"]
            found = []
            for q in out.get(i, {}).get("quotes", []):
                if in_sent((q["start"], q["end"]), s0, s1):
                    found.append("quote[%s]" % (q.get("cue") or "?"))
            for s in se:
                if in_sent(s.get("sentence") or [0, 0], s0, s1):
                    found.append("event:" + s["type"])
            sent = b[s0:s1].decode("utf-8", "replace").replace("\t", " ").replace("\n", " ")
            print("\t".join([parts[i], i, str(s0), str(s1), e["type"], ";".join(e["actors"]),
                             ",".join(found) or "-", "yes" if t is not None else "no", sent]))


if __name__ == "__main__":
    main(sys.argv[1:])
