#!/usr/bin/env python3
"""lay68: each layer row of POOL.tsv (partly or wrong) as RASD gives it now: actors (with
target_only), place, date; one line a row, for comparing with the judged columns.

    bench/lay68/now.py RASD DATA POOL.tsv OUT.json"""
import csv, gzip, json, os, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SNN = os.path.join(ROOT, "..", "shared", "data", "saudinewsnet", "articles.jsonl.gz")


def main(rasd, data, pool, out):
    rs = [r for r in csv.DictReader(open(pool, encoding="utf-8"), delimiter="\t",
                                    quoting=csv.QUOTE_NONE) if r["who"] == "layer"]
    ids = {r["article"] for r in rs}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        with gzip.open(SNN, "rt", encoding="utf-8") as f:
            for l in f:
                if json.loads(l)["id"] in ids:
                    t.write(l)
    env = dict(os.environ, RASD_DATA=data)
    o = subprocess.run(["nice", rasd, "analyze", "--threads", "1", t.name], check=True,
                       capture_output=True, env=env).stdout.decode()
    os.unlink(t.name)
    got = {}
    for l in o.splitlines():
        d = json.loads(l)
        for e in d.get("events", []):
            got["%s %s %d" % (d["id"], e["type"], e["trigger"][0])] = e
    json.dump(got, open(out, "w"), ensure_ascii=False)


if __name__ == "__main__":
    main(*sys.argv[1:])
