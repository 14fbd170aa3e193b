#!/usr/bin/env python3
"""Wrong speakers with a non-empty wrong name over the read parts (branch attrw53, stop 45).

  python3 bench/attrw53/wrong.py [--rasd build/rasd] [--parts dev,unseen21] [--ctx 400]

For every read part (dev, dev2, dev3, dev4, unseen ... unseen21; never unseen22) it runs rasd
on the part's articles as recall.py score does, matches the gold quotes with recall.py's own
match_quotes, and prints, for each found quote whose speakers share no name with the gold one
and are not empty: part, id, offset, gold speaker, rasd's speakers, ~ctx bytes before the quote,
the quote's first bytes, and rasd's quote row (cue, speaker span and its text). With --empty,
the empty ones are listed too (class C; not this branch's). The counts at the end are by part,
then the exact totals: gold quotes, found, attributed (recall.py's rule), wrong and empty.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import recall  # noqa: E402

PARTS = ["dev", "dev2", "dev3", "dev4", "unseen"] + ["unseen%d" % k for k in range(2, 22)]


def main(a):
    rasd, parts, ctx, empty = "build/rasd", PARTS, 400, False
    k = 0
    while k < len(a):
        if a[k] == "--rasd":
            rasd = a[k + 1]; k += 1
        elif a[k] == "--parts":
            parts = a[k + 1].split(","); k += 1
        elif a[k] == "--ctx":
            ctx = int(a[k + 1]); k += 1
        elif a[k] == "--empty":
            empty = True
        k += 1
    assert "unseen22" not in parts, "unseen22 is blind"
    counts = {}
    tot = {"gold": 0, "found": 0, "right": 0, "empty": 0}
    for part in parts:
        gold = recall.load(recall.LABELS, part)
        out = recall.run_rasd(rasd, gold.keys())
        texts = {d["id"]: d["text"].encode() for d in recall.articles(set(gold))}
        n = 0
        for i, g in sorted(gold.items()):
            sq = out.get(i, {}).get("quotes", [])
            found, _hit, _true = recall.match_quotes(g["Q"], sq)
            for q, m in zip(g["Q"], found):
                tot["gold"] += 1
                tot["found"] += bool(m)
                tot["right"] += bool(m and m[2])
                tot["empty"] += bool(m and not m[2] and not m[1])
                if not m or m[2] or (not m[1] and not empty):
                    continue
                best, names, _ok = m
                n += 1
                t = texts[i]
                s0 = max(0, q["start"] - ctx)
                print("=" * 8, part, i, q["start"], "gold:", q["speaker"], "<-", names)
                print("  before:", t[s0:q["start"]].decode("utf-8", "replace").replace("\n", " / "))
                print("  quote :", t[q["start"]:q["start"] + 160].decode("utf-8", "replace")
                      .replace("\n", " / "))
                row = {x: best.get(x) for x in ("start", "end", "cue", "direct")}
                sp = best.get("speaker") or {}
                row["speaker"] = [sp.get("name"), sp.get("start"), sp.get("end")]
                if sp.get("start") is not None:
                    row["spk_text"] = t[sp["start"]:sp["end"]].decode("utf-8", "replace")
                print("  rasd  :", json.dumps(row, ensure_ascii=False))
        counts[part] = n
        sys.stdout.flush()
    print("# counts", json.dumps(counts), "total", sum(counts.values()),
          "parts", sum(1 for v in counts.values() if v))
    print("# quotes gold %(gold)d found %(found)d attributed %(right)d, wrong empty %(empty)d" % tot)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
