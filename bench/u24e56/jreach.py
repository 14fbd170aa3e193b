#!/usr/bin/env python3
"""u24e56 (stop 48): the «قام X … بزيارة» form (class J of unseen24's misses) in the corpus
outside drawn.txt: per match, whether RASD's default output has a visit row in its sentence.

    jreach.py RASD [OUT.tsv]    counts; OUT gets the matches with no visit row
Python stdlib only."""
import json, os, re, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "..", "tools"))
sys.path.insert(0, HERE)
from judge_sample import load_articles  # noqa: E402
import classes as C  # noqa: E402


def main(rasd, out=None):
    pat = C.PATS["J_qama_gap_ziyara"][1]
    docs = [d for d in load_articles() if pat.search(d["text"])]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    res = subprocess.run(["nice", "-n", "5", rasd, "analyze", "--threads", "2", t.name],
                         check=True, capture_output=True).stdout.decode()
    os.unlink(t.name)
    ev = {json.loads(l)["id"]: json.loads(l).get("events", []) for l in res.splitlines()}
    have = miss = 0
    rows = []
    for d in docs:
        b = d["text"].encode()
        for m in pat.finditer(d["text"]):
            end = len(d["text"][:m.end()].encode())
            hit = any(e["type"] == "visit" and e["sentence"][0] <= end <= e["sentence"][1]
                      for e in ev.get(d["id"], []))
            have += hit
            miss += not hit
            if not hit:
                rows.append(d["id"] + "\t" + m.group(0).replace("\n", " ⏎ "))
    print("articles", len(docs), "matches", have + miss, "with a visit row", have,
          "without", miss)
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
