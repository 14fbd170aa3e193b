#!/usr/bin/env python3
"""fresh_ids.py — acr64's fresh check: N corpus articles outside drawn.txt (seed S), analysed
by OLD and NEW rasd; every mention whose id changed (or that appeared or went), with the other
mentions of the sample that share its new id, for judging (same organisation?).
Usage: fresh_ids.py OLD OLD_DATA NEW NEW_DATA SEED N > rows.tsv"""
import collections, gzip, json, os, random, subprocess, sys, tempfile

old, old_data, new, new_data, seed, n = sys.argv[1:7]
drawn = {l.split()[0] for l in open("bench/recall/drawn.txt") if l.strip()}
arts = []
for line in gzip.open("../shared/data/saudinewsnet/articles.jsonl.gz", "rt"):
    a = json.loads(line)
    if a["id"] not in drawn:
        arts.append(a)
arts = random.Random(int(seed)).sample(arts, int(n))
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    for a in arts:
        f.write(json.dumps({"id": a["id"], "text": (a.get("title") or "") + "\n" + (a.get("text") or "")},
                           ensure_ascii=False) + "\n")
    path = f.name


def run(rasd, data):
    env = dict(os.environ, RASD_DATA=data)
    out = subprocess.run([rasd, "analyze", "--no-events", path], capture_output=True, text=True, env=env).stdout
    return {d["id"]: d for d in map(json.loads, out.splitlines())}


o, w = run(old, old_data), run(new, new_data)
by_new = collections.defaultdict(set)
for d in w.values():
    for m in d["entities"]:
        by_new[m["id"]].add(m["text"])
print("id\tstart\tend\ttype\ttext\tchange\tothers with its new id\tverdict\treason")
for a in arts:
    om = {(m["start"], m["end"]): m for m in o[a["id"]]["entities"]}
    nm = {(m["start"], m["end"]): m for m in w[a["id"]]["entities"]}
    for k in sorted(set(om) | set(nm)):
        x, y = om.get(k), nm.get(k)
        if x and y and x["id"] == y["id"] and x["type"] == y["type"]:
            continue
        m = y or x
        change = "id" if x and y else ("new mention" if y else "mention gone")
        others = " / ".join(sorted(by_new[y["id"]] - {y["text"]})) if y else ""
        print(f"{a['id']}\t{k[0]}\t{k[1]}\t{m['type']}\t{m['text']}\t{change}\t{others}\t\t")
