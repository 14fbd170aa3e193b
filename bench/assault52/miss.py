#!/usr/bin/env python3
"""The read parts' assault events rasd misses (branch assault52, stop 44; from assault51).

  miss.py RASD OUT.tsv     one row per gold assault of dev, dev5, unseen … unseen20: part, id,
                           found by default (1/0), found under --event-triggers (1/0), actors,
                           the gold sentence (the blind part unseen21 is never read)
Python stdlib only; uses bench/recall/recall.py's loaders and its matching rule."""
import json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

PARTS = ["dev", "dev5"] + ["unseen"] + ["unseen%d" % k for k in range(2, 21)]


def analyze(rasd, docs, extra):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    try:
        out = subprocess.run([rasd, "analyze", "--threads", "1"] + extra + [t.name],
                             check=True, capture_output=True).stdout.decode()
    finally:
        os.unlink(t.name)
    return {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}


def matched(gold_e, se):
    """recall.score's greedy matching: gold index -> matched (bool)."""
    used, res = [False] * len(se), []
    for e in gold_e:
        hit = False
        for k, s in enumerate(se):
            ss = s.get("sentence") or [0, 0]
            if not used[k] and R.kind(s) == e["type"] and \
                    R.overlap(e["start"], e["end"], ss[0], ss[1]) > 0:
                used[k], hit = True, True
                break
        res.append(hit)
    return res


def main(rasd, out):
    with open(out, "w", encoding="utf-8") as f:
        for p in PARTS:
            assert p != "unseen21"
            gold = R.load(R.LABELS, p)
            docs = {d["id"]: d for d in R.articles(set(gold))}
            a = analyze(rasd, docs.values(), [])
            b = analyze(rasd, docs.values(), ["--event-triggers"])
            for i, g in sorted(gold.items()):
                m1 = matched(g["E"], a.get(i, {}).get("events", []))
                m2 = matched(g["E"], b.get(i, {}).get("events", []))
                text = docs[i]["text"].encode()
                for e, x, y in zip(g["E"], m1, m2):
                    if e["type"] != "assault":
                        continue
                    s = text[e["start"]:e["end"]].decode(errors="replace").replace("\n", " ")
                    f.write("\t".join([p, i, str(int(x)), str(int(y)), ";".join(e["actors"]),
                                       e["place"], e["date"], e["status"], s]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
