#!/usr/bin/env python3
"""trace.py RASD_TRACE: the mechanism (QT_HOW/QT_SUB, a -DQT_TRACE build: tools/quote_mechanisms.py)
that chose each wrong speaker of the read parts (dev … unseen21; never unseen22). One line a row:
part id gold-start how sub gold <- system."""
import json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R
parts = []
for i, s in R.drawn():
    if s != "unseen22" and s not in R.EVENTS_ONLY and s.startswith(("dev", "unseen")) and not s.endswith(":") and s not in parts:
        parts.append(s)
gold = {}
for p in parts:
    for i, g in R.load(R.LABELS, p).items():
        gold[i] = (p, g)
docs = list(R.articles(set(gold)))
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
    for d in docs:
        t.write(json.dumps(d, ensure_ascii=False) + "\n")
r = subprocess.run([sys.argv[1], "analyze", "--threads", "1", t.name], capture_output=True)
os.unlink(t.name)
outs = [json.loads(l) for l in r.stdout.decode().splitlines()]
trace = []
for l in r.stderr.decode().splitlines():
    if l == "QDOC":
        trace.append({})
    elif l.startswith("QTRACE"):
        _, a, b, how, sub = l.split()
        trace[-1].setdefault((int(a), int(b)), (how, sub))
tr = {o["id"]: x for o, x in zip(outs, trace)} if len(trace) == len(outs) else {}
for o in outs:
    p, g = gold[o["id"]]
    found, _, _ = R.match_quotes(g["Q"], o.get("quotes", []))
    for q, m in zip(g["Q"], found):
        if m and not m[2]:
            how = tr.get(o["id"], {}).get((m[0]["start"], m[0]["end"]), ("?", "?"))
            print(p, o["id"], q["start"], how[0], how[1], q["speaker"], "<-", m[1])
