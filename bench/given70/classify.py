#!/usr/bin/env python3
"""classify.py — the judged pool's clipped speakers (CP, CB; judge43-61) read against the
article's entity mentions (branch given70, stop 59).

    python3 bench/given70/classify.py BUILD[:DATA] [rows.tsv] > out.txt

For each row of rows.tsv (sample no article start class) the quote at start in BUILD's output:
its speaker's name and span, and every PER/ORG mention of the article whose words hold the
speaker's words as a prefix or a sub-sequence (longer), with where it stands (before/after,
same sentence), to class each row by hand: (a) a longer mention of the article holds it,
(b) the recogniser's span cut the name and the article gives it nowhere whole, (c) other."""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import fresh as F  # noqa: E402
import recall as R  # noqa: E402


def words(s):
    return s.replace("«", " ").replace("»", " ").split()


def holds(longer, short):
    """'prefix' when short's words open longer's, 'sub' when they stand inside it in order."""
    if len(longer) <= len(short):
        return None
    if longer[:len(short)] == short:
        return "prefix"
    for i in range(1, len(longer) - len(short) + 1):
        if longer[i:i + len(short)] == short:
            return "inside"
    return None


def sent_of(o, pos):
    for s in o["sentences"]:
        if s[0] <= pos < s[1]:
            return tuple(s)
    return None


def main():
    build = sys.argv[1]
    rows = list(csv.DictReader(open(sys.argv[2] if len(sys.argv) > 2 else
                                    os.path.join(HERE, "rows.tsv"), encoding="utf-8"),
                               delimiter="\t"))
    ids = sorted({r["article"] for r in rows})
    out = F.analyze(build, list(R.articles(ids)))
    for r in rows:
        o = out[r["article"]]
        q = [q for q in o["quotes"] if q["start"] == int(r["start"])]
        print("==", r["sample"], r["no"], r["article"], r["start"], r["class"])
        if not q:
            print("   no quote at start")
            continue
        sp = q[0].get("speaker") or {}
        name = sp.get("name") or ""
        st = sp.get("start")
        mtext = ""
        for e in o["entities"]:
            if e["start"] == st:
                mtext = e["text"]
        print("   speaker name «%s» mention «%s» at %s" % (name, mtext, st))
        short = words(mtext or name)
        ssent = sent_of(o, st) if st is not None else None
        for e in o["entities"]:
            if e["type"] not in ("PER", "ORG"):
                continue
            h = holds(words(e["text"]), short)
            if h:
                where = "before" if e["start"] < (st or 0) else "after"
                same = "same-sent" if sent_of(o, e["start"]) == ssent else ""
                print("   %s %s «%s» %s %s %s" % (h, e["type"], e["text"], e["start"], where,
                                                 same))


if __name__ == "__main__":
    main()
