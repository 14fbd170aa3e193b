#!/usr/bin/env python3
"""reach55: which judged fresh sentences the default output already gives an event of the
kind (an event of that kind whose sentence overlaps the drawn sentence), to tell a carrier's
new reach from what the rules find already.
    found.py RASD judged5591.tsv narrow5592_judged.tsv
Runs `rasd analyze` on the drawn sentences' whole articles (all outside drawn.txt)."""
import json, os, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from judge_sample import load_articles  # noqa: E402
KIND = {"meet_aqad_subject_ijtima": "meet", "appeal_talab_subject_min": "appeal",
        "appeal_open_talab_caller": "appeal"}


def rows(path):
    for l in open(path, encoding="utf-8"):
        if l.startswith("#"):
            continue
        f = l.rstrip("\n").split("\t")
        if len(f) == 6:       # kind carrier j id y sentence
            yield f[0], f[1], f[3], int(f[4]), f[5]
        else:                 # form j id y sentence
            yield KIND[f[0]], f[0], f[2], int(f[3]), f[4]


def main():
    rasd, paths = sys.argv[1], sys.argv[2:]
    rs = [r for p in paths for r in rows(p)]
    ids = {r[2] for r in rs}
    docs = [d for d in load_articles() if d["id"] in ids]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    out = subprocess.run(["nice", "-n", "5", rasd, "analyze", "--threads", "2", t.name],
                         check=True, capture_output=True).stdout.decode()
    os.unlink(t.name)
    res = {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}
    text = {d["id"]: d["text"] for d in docs}
    tab = {}
    for kind, g, i, y, s in rs:
        b = text[i].encode()
        a = b.find(s.encode())
        z = a + len(s.encode())
        hit = a >= 0 and any(e.get("type") == kind and e.get("sentence") and
                             e["sentence"][0] < z and e["sentence"][1] > a
                             for e in res[i].get("events", []))
        t = tab.setdefault(g, [0, 0, 0, 0])
        t[0] += 1; t[1] += y; t[2] += hit; t[3] += hit and y
    print("carrier\tdrawn\tjudged_yes\tdefault_has_kind\tof_them_yes")
    for g, (n, y, h, hy) in tab.items():
        print("%s\t%d\t%d\t%d\t%d" % (g, n, y, h, hy))


if __name__ == "__main__":
    main()
