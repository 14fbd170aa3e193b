#!/usr/bin/env python3
"""view.py SRC.jsonl OLD.jsonl NEW.jsonl: each changed quote row with the new speaker's last mention before it."""
import json, sys
src = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
def load(p):
    return {json.loads(l)["id"]: json.loads(l) for l in open(p)}
a, b = load(sys.argv[2]), load(sys.argv[3])
k = 0
for i in b:
    txt = src[i]["text"].encode()
    ents = b[i].get("entities", [])
    for q in b[i].get("quotes", []):
        key = (q["start"], q["end"])
        old = [x for x in a[i].get("quotes", []) if (x["start"], x["end"]) == key]
        osp = [(x.get("speaker") or {}).get("name") for x in old]
        sp = q.get("speaker") or {}
        if sp.get("name") in osp: continue
        k += 1
        ms = [e for e in ents if e.get("id") == sp.get("id") and e["start"] < q["start"]]
        m = ms[-1] if ms else None
        print("#%d %s %d %s: %s -> %s" % (k, i, q["start"], q.get("cue"), "|".join(map(str, osp)), sp.get("name")))
        if m:
            print("   MENTION@%d: …%s[[%s]]%s…" % (m["start"], txt[max(0, m["start"]-120):m["start"]].decode(errors="ignore").replace("\n"," "), txt[m["start"]:m["end"]].decode(errors="ignore"), txt[m["end"]:m["end"]+120].decode(errors="ignore").replace("\n"," ")))
        print("   QUOTE: …%s ⟦%s⟧" % (txt[max(0, q["start"]-150):q["start"]].decode(errors="ignore").replace("\n"," "), txt[q["start"]:q["start"]+80].decode(errors="ignore").replace("\n"," ")))
