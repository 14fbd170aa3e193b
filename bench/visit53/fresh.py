#!/usr/bin/env python3
"""The visit rows a branch adds or changes on a fresh draw (branch visit53, stop 45).

  fresh.py BASE_RASD NEW_RASD SEED N OUT.tsv [SKIP]
Articles outside bench/recall/drawn.txt (every part) are shuffled with random.Random(SEED);
the first N (after the first SKIP, a draw judged before) are analysed by both builds (`rasd analyze --threads 2`); every visit row of the
new build that the base build does not give (same sentence, actors, place, status) is written
with its sentence (the trigger marked ‹ ›) and empty verdict and reason columns, to judge by
hand (docs/EVENTS.md "Stop 41: a fresh judged sample"); the base's rows the new build lost
are written as "lost". Python stdlib only."""
import json, os, random, subprocess, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R


def run(rasd, path):
    out = subprocess.run(["nice", "-n", "5", rasd, "analyze", "--threads", "2", path],
                         check=True, capture_output=True).stdout.decode()
    return {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}


def rows(a):
    res = {}
    for e in a.get("events", []):
        if e["type"] != "visit":
            continue
        key = (tuple(e["sentence"]), tuple(x.get("name") or "" for x in e["actors"]),
               (e.get("place") or {}).get("name") or "", e.get("status"))
        res[key] = e
    return res


def main(base, new, seed, n, out, skip=0):
    drawn = {i for i, _ in R.drawn()}
    docs = [d for d in R.articles() if d["id"] not in drawn]
    random.Random(int(seed)).shuffle(docs)
    docs = docs[int(skip):int(skip) + int(n)]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    try:
        a, b = run(base, t.name), run(new, t.name)
    finally:
        os.unlink(t.name)
    text = {d["id"]: d["text"].encode() for d in docs}
    k = 0
    with open(out, "w", encoding="utf-8") as f:
        f.write("no\tchange\tarticle\tstatus\tactors\tplace\ttext\tverdict\treason\n")
        for d in docs:
            i = d["id"]
            ra, rb = rows(a.get(i, {})), rows(b.get(i, {}))
            for what, mine, other in (("added", rb, ra), ("lost", ra, rb)):
                for key, e in mine.items():
                    if key in other:
                        continue
                    s0, s1 = e["sentence"]
                    t0, t1 = e.get("trigger") or [s0, s0]
                    tx = text[i]
                    s = (tx[s0:t0] + "‹".encode() + tx[t0:t1] + "›".encode() + tx[t1:s1])
                    k += 1
                    f.write("\t".join([str(k), what, i, key[3] or "", ";".join(key[1]), key[2],
                                       s.decode(errors="replace").replace("\n", " "), "",
                                       ""]) + "\n")
    print("articles %d, rows %d" % (len(docs), k), file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:7])
