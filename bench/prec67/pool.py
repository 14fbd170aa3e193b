#!/usr/bin/env python3
"""prec67: pool the judged event rows of bench/judged/judge43..judge59 and mark each as the
trigger layer's (given by default, absent under --no-event-triggers; same article, kind and
trigger start) or the rules'. Runs RASD twice over the judged articles (no per-form variants).
Also, with --new NEWRASD, marks each row kept / gone under the new build.

    bench/prec67/pool.py RASD DATA OUT.tsv [NEWRASD NEWDATA]"""
import csv, gzip, json, os, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SNN = os.path.join(ROOT, "..", "shared", "data", "saudinewsnet", "articles.jsonl.gz")
FILES = ["judge%d" % n for n in range(43, 60)]


def rows():
    out = []
    for f in FILES:
        p = os.path.join(ROOT, "bench", "judged", f + ".tsv")
        with open(p, encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if r["sample"] == "events":
                    r["file"] = f
                    out.append(r)
    return out


def run(rasd, data, docs, args=()):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    env = dict(os.environ, RASD_DATA=data)
    cmd = ["nice", rasd, "analyze", "--threads", "1"] + list(args) + [t.name]
    out = subprocess.run(cmd, check=True, capture_output=True, env=env).stdout.decode()
    os.unlink(t.name)
    got = {}
    for l in out.splitlines():
        d = json.loads(l)
        for e in d.get("events", []):
            got[(d["id"], e["type"], e["trigger"][0])] = e
    return got


def main(a):
    rs = rows()
    ids = {r["article"] for r in rs}
    docs = []
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for l in f:
            d = json.loads(l)
            if d["id"] in ids:
                docs.append(d)
    dflt = run(a[0], a[1], docs)
    rules = run(a[0], a[1], docs, ("--no-event-triggers",))
    new = run(a[3], a[4], docs) if len(a) > 4 else None
    w = open(a[2], "w", encoding="utf-8")
    w.write("file\tno\tarticle\tkind\tstart\tverdict\twho\tnew\ttext\treason\n")
    for r in rs:
        key = (r["article"], r["kind"], int(r["start"]))
        if key in dflt:
            who = "rules" if key in rules else "layer"
        else:
            who = "gone"
        st = ""
        if new is not None:
            if key not in new:
                st = "removed"
            elif key in dflt and json.dumps(new[key], sort_keys=True) != \
                    json.dumps(dflt[key], sort_keys=True):
                st = "changed"
            else:
                st = "same"
        w.write("\t".join([r["file"], r["no"], r["article"], r["kind"], r["start"],
                           r["verdict"], who, st, r["text"][:300], r["reason"]]) + "\n")
    w.close()
    print("articles", len(docs), "rows", len(rs))


if __name__ == "__main__":
    main(sys.argv[1:])
