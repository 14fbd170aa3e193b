#!/usr/bin/env python3
"""src70: every event row the branch's build changes against the base on a slice of the
corpus outside drawn.txt (`--event-triggers`), the base's output cached.

    python3 bench/src70/slice_changes.py SEED A:B BASE_CACHE.json [NEW_BUILD]"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import fresh as F  # noqa: E402

seed, cut, cache = sys.argv[1], sys.argv[2], sys.argv[3]
new = sys.argv[4] if len(sys.argv) > 4 else "build/rasd"
docs = F.sample(F.pool(), seed, cut)
if os.path.exists(cache):
    a = json.load(open(cache, encoding="utf-8"))
else:
    a = F.analyze("/tmp/start59/rasd.bin:/tmp/start59/data", docs, ["--event-triggers"])
    json.dump(a, open(cache, "w", encoding="utf-8"))
b = F.analyze(new, docs, ["--event-triggers"])
by = {d["id"]: d for d in docs}
n = 0


def names(e):
    return "; ".join(x.get("name") or "" for x in e.get("actors") or []) if e else "-"


for i in a:
    ka = {F.event_key(e): e for e in a[i].get("events") or []}
    kb = {F.event_key(e): e for e in b[i].get("events") or []}
    for k in sorted(set(ka) | set(kb)):
        ea, eb = ka.get(k), kb.get(k)
        if ea and eb and F.whole(ea) == F.whole(eb):
            continue
        n += 1
        print(i, k[0], "OLD:", names(ea), "NEW:", names(eb), "|",
              F.event_row(by[i], eb or ea)[-1][:200])
print("articles", len(docs), "events", sum(len(o.get("events") or []) for o in a.values()),
      "changed", n)
