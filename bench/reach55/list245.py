#!/usr/bin/env python3
"""reach55: the missed gold events of the read parts that have no trigger-layer candidate of
their kind in their sentence (rank55's test: no candidate of the kind whose sentence overlaps
the gold span), from rank55's dump.
    list245.py DUMP.jsonl OUT.tsv
DUMP: build/rank55.jsonl written by `python3 tools/rank55.py dump` in a checkout of 93b7de5
(the dump is not in main). OUT: n, part, id, kind, actors, gold text (byte span)."""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
import recall  # noqa: E402


def main():
    reached = n = 0
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for l in open(sys.argv[1], encoding="utf-8"):
            a = json.loads(l)
            hits, _ = recall.match_events(a["gold"], a["events"])
            b = a["text"].encode()
            for e, h in zip(a["gold"], hits):
                if h is not None:
                    continue
                if any(c["type"] == e["type"] and
                       recall.overlap(e["start"], e["end"], c["s"], c["e"]) > 0
                       for c in a["cands"]):
                    reached += 1
                    continue
                n += 1
                span = b[e["start"]:e["end"]].decode("utf-8", "replace")
                out.write("%d\t%s\t%s\t%s\t%s\t%s\n" % (
                    n, a["part"], a["id"], e["type"], ";".join(e["actors"]),
                    span.replace("\n", " ").replace("\t", " ")))
    print("missed with a candidate of their kind: %d; with none: %d" % (reached, n))


if __name__ == "__main__":
    main()
