#!/usr/bin/env python3
"""assault50: the rows the guarded deed form adds to the default output on a fresh draw
(bench/assault50/rule.md (b)): RASD by default with DATA and with a copy where `tdefault
assault deed` is on, on N articles outside drawn.txt, the judged files of pool.py and the
articles read in the --event-triggers diffs; K of the added rows drawn with SEED.

    bench/assault50/fresh.py RASD DATA SEED N K OUT.tsv"""
import json, os, random, subprocess, sys, tempfile, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from judge_sample import load_articles, event_row  # noqa: E402
_s = importlib.util.spec_from_file_location("a50pool", os.path.join(HERE, "pool.py"))
_m = importlib.util.module_from_spec(_s)
_s.loader.exec_module(_m)
READ = {"snn-026079", "snn-026300", "snn-025903"}   # the diffs' rows, read (seeds 5042, 5043)


def run(rasd, data, path):
    out = subprocess.run([rasd, "analyze", "--threads", "2", "--data", data, path],
                         check=True, capture_output=True).stdout.decode()
    return {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}


def main(rasd, data, seed, n, k, out):
    seen = {r["article"] for r in _m.judged()} | READ
    docs = [d for d in load_articles() if d["id"] not in seen]
    docs = [docs[i] for i in random.Random(int(seed)).sample(range(len(docs)), int(n))]
    tmp = tempfile.mkdtemp()
    path = os.path.join(tmp, "docs.jsonl")
    with open(path, "w", encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    a, b = run(rasd, data, path), run(rasd, _m.deed_on_data(tmp, data), path)
    added, removed = [], 0
    for d in docs:
        ea = {json.dumps(e, sort_keys=True) for e in a[d["id"]].get("events", [])}
        for e in b[d["id"]].get("events", []):
            if json.dumps(e, sort_keys=True) not in ea:
                added.append((d, e))
        eb = {json.dumps(e, sort_keys=True) for e in b[d["id"]].get("events", [])}
        removed += len(ea - eb)
    print(seed, n, "added", len(added), "by kind",
          {t: sum(1 for _, e in added if e["type"] == t) for t in {e["type"] for _, e in added}},
          "removed (changed)", removed, file=sys.stderr)
    pick = random.Random(int(seed)).sample(range(len(added)), min(int(k), len(added)))
    with open(out, "w", encoding="utf-8") as w:
        w.write("no\tarticle\tkind\tstart\tstatus\tdate\tdated\tactors\tplace\tcue\ttext\tverdict\treason\n")
        for no, i in enumerate(sorted(pick), 1):
            d, e = added[i]
            w.write("\t".join([str(no), d["id"]] + event_row(d, e) + ["", ""]) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
