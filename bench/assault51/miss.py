#!/usr/bin/env python3
"""The read parts' assault events rasd misses (branch assault51, stop 43; assault52, stop 44).

  miss.py RASD OUT.tsv     one row per gold assault of dev, dev5, unseen, unseen2 … up to the
                           part before the newest drawn: part, id, found by default (1/0), found
                           under --event-triggers (1/0), actors, the gold sentence (the newest
                           drawn part, the blind one, is never read: unseen20 at stop 43,
                           unseen21 at stop 44)
Python stdlib only; uses bench/recall/recall.py's loaders and its matching rule."""
import json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R


def parts():
    """The read parts with events, and the blind part (the newest drawn, unseenN)."""
    blind = R.drawn()[-1][1]
    last = int(blind[len("unseen"):])
    return ["dev", "dev5", "unseen"] + ["unseen%d" % k for k in range(2, last)], blind


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
    return [h is not None for h in R.match_events(gold_e, se)[0]]


def main(rasd, out):
    read, blind = parts()
    with open(out, "w", encoding="utf-8") as f:
        for p in read:
            assert p != blind
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
