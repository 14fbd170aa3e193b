#!/usr/bin/env python3
"""qdiff.py SRC.jsonl OLD.jsonl NEW.jsonl: quote rows whose speaker changed (same span), and rows added/removed."""
import json, sys
src = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
def load(p):
    return {json.loads(l)["id"]: json.loads(l) for l in open(p)}
a, b = load(sys.argv[2]), load(sys.argv[3])
n = ch = ad = rm = 0
for i in a:
    qa = {(q["start"], q["end"], (q.get("speaker") or {}).get("start")): q for q in a[i].get("quotes", [])}
    qb = {(q["start"], q["end"], (q.get("speaker") or {}).get("start")): q for q in b[i].get("quotes", [])}
    ka = {(q["start"], q["end"]) for q in a[i].get("quotes", [])}
    kb = {(q["start"], q["end"]) for q in b[i].get("quotes", [])}
    n += len(qa)
    txt = src[i]["text"].encode()
    for q in b[i].get("quotes", []):
        key = (q["start"], q["end"])
        old = [x for x in a[i].get("quotes", []) if (x["start"], x["end"]) == key]
        osp = [(x.get("speaker") or {}).get("name") for x in old]
        nsp = (q.get("speaker") or {}).get("name")
        if key not in ka:
            ad += 1; print("ADDED", i, q["start"], q.get("cue"), nsp); continue
        if nsp not in osp:
            ch += 1
            ctx = txt[max(0, q["start"] - 160):q["start"]].decode(errors="ignore").replace("\n", " ")
            print("CHANGED\t%s\t%d\t%s\t%s -> %s\t%s" % (i, q["start"], q.get("cue"), "|".join(map(str, osp)), nsp, ctx[-140:]))
    for q in a[i].get("quotes", []):
        if (q["start"], q["end"]) not in kb:
            rm += 1; print("REMOVED", i, q["start"], q.get("cue"))
print("quotes", n, "changed", ch, "added", ad, "removed", rm, file=sys.stderr)
