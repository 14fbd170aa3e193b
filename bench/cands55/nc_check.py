#!/usr/bin/env python3
"""nc_check.py: the PER/ORG/MISC entities rasd finds in the 250 bytes before each fresh quote
classed NC in fresh_classes.md (whether the name was missed or is there but not taken;
branch cands55, stop 47). Run from the worktree root: python3 bench/cands55/nc_check.py"""
import sys, json, re
sys.path.insert(0, "bench/recall"); import fresh
sel = {1: "F18 F20 F21 F24 F25 F30 F31 F32 F33 F38 F39 F53 F54 F68 F69", 2: "F5 F10 F12 F21 F42 F48 F73 F82 F83 F99 F104 F120 F121 F130 F135 F136 F153 F157 F167 F179 F181 F185"}
want = []
for k, f in ((1, "bench/cands55/fresh_empty.txt"), (2, "bench/cands55/fresh_empty2.txt")):
    names = set(sel[k].split())
    for l in open(f, encoding="utf-8"):
        m = re.match(r"### (F\d+) (\S+) (\d+)", l)
        if m and m.group(1) in names:
            want.append((k, m.group(1), m.group(2), int(m.group(3))))
pool = {d["id"]: d for d in fresh.pool()}
docs = [pool[i] for i in sorted({w[2] for w in want})]
out = fresh.analyze("build/rasd", docs)
for k, fn, i, qs in want:
    b = pool[i]["text"].encode()
    ents = [e for e in out[i].get("entities", []) if qs - 250 <= e["start"] < qs and e["type"] in ("PER", "ORG", "MISC")]
    print(k, fn, i, [(e["type"], e.get("name") or e["text"]) for e in ents][-4:])
