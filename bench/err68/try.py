#!/usr/bin/env python3
"""bench/err68/try.py — rasd on one text (a sentence or a variant): its quotes and events.
  try.py [--rasd R] TEXT...   (default R /tmp/start60/r.sh; published 2015-08-04)"""
import json, subprocess, sys
a = sys.argv[1:]
rasd = "/tmp/start60/r.sh"
if a and a[0] == "--rasd":
    rasd, a = a[1], a[2:]
for i, t in enumerate(a):
    rec = json.dumps({"id": "t%d" % i, "text": t, "published": "2015-08-04"}, ensure_ascii=False)
    o = json.loads(subprocess.run([rasd, "analyze", "-"], input=rec, capture_output=True,
                                  text=True).stdout)
    b = t.encode()
    print("##", t[:120])
    for q in o.get("quotes", []):
        sp = q.get("speaker") or {}
        print("  Q", sp.get("name") if isinstance(sp, dict) else sp, "|",
              b[q["start"]:q["end"]].decode()[:80])
    for e in o.get("events", []):
        print("  E", e["type"], e["status"], [x["name"] for x in e.get("actors", [])],
              b[e["trigger"][0]:e["trigger"][1]].decode())
