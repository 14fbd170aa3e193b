#!/usr/bin/env python3
"""layer49: pool the judged event rows of bench/judged/judge37..judge42, mark each as the
trigger layer's or the rules' with today's rasd, and find the tdefault form that made each
layer row (rows lost when that one form is removed from data/events.tsv).

    bench/layer49/pool.py RASD OUTDIR     (writes OUTDIR/pool.tsv, prints tables)"""
import csv, gzip, json, math, os, subprocess, sys, tempfile, collections
from concurrent.futures import ThreadPoolExecutor
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SNN = os.path.join(ROOT, "..", "shared", "data", "saudinewsnet", "articles.jsonl.gz")
FILES = ["judge%d" % n for n in range(37, 43)]


def wilson(k, n, z=1.96):
    if not n:
        return (0, 0)
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return ((c - h) / d, (c + h) / d)


def rows():
    out = []
    for f in FILES:
        with open(os.path.join(ROOT, "bench", "judged", f + ".tsv"), encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if r["sample"] == "events":
                    r["file"] = f
                    out.append(r)
    return out


def run(rasd, docs, args=(), data=None):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    cmd = [rasd, "analyze", "--threads", "1"] + list(args)
    if data:
        cmd += ["--data", data]
    out = subprocess.run(cmd + [t.name], check=True, capture_output=True).stdout.decode()
    os.unlink(t.name)
    got = set()
    for l in out.splitlines():
        d = json.loads(l)
        for e in d.get("events", []):
            got.add((d["id"], e["type"], e["trigger"][0]))
    return got


def tdefault_forms(path):
    forms = []
    for i, l in enumerate(open(path, encoding="utf-8")):
        p = l.rstrip("\n").split("\t")
        if p[0] == "tdefault":
            for f in p[2].split():
                forms.append((i, p[1], f))
    return forms


def variant(outdir, lineno, form):
    d = os.path.join(outdir, "data_%d_%s" % (lineno, form))
    os.makedirs(d, exist_ok=True)
    src = os.path.join(ROOT, "data")
    for n in os.listdir(src):
        if n != "events.tsv" and not os.path.exists(os.path.join(d, n)):
            os.symlink(os.path.join(src, n), os.path.join(d, n))
    lines = open(os.path.join(src, "events.tsv"), encoding="utf-8").read().split("\n")
    p = lines[lineno].split("\t")
    fs = [f for f in p[2].split() if f != form]
    lines[lineno] = "\t".join(p[:2] + [" ".join(fs)]) if fs else "# layer49 off: " + lines[lineno]
    open(os.path.join(d, "events.tsv"), "w", encoding="utf-8").write("\n".join(lines))
    return d


def main(rasd, outdir):
    rs = rows()
    ids = {r["article"] for r in rs}
    docs = []
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for l in f:
            d = json.loads(l)
            if d["id"] in ids:
                docs.append(d)
    forms = tdefault_forms(os.path.join(ROOT, "data", "events.tsv"))
    jobs = {"default": ((), None), "rules": (("--no-event-triggers",), None),
            "all": (("--event-triggers",), None)}
    for ln, kind, form in forms:
        jobs["%s:%s@%d" % (kind, form, ln + 1)] = ((), variant(outdir, ln, form))
    with ThreadPoolExecutor(2) as ex:
        futs = {k: ex.submit(run, rasd, docs, *v) for k, v in jobs.items()}
        res = {k: f.result() for k, f in futs.items()}
    w = open(os.path.join(outdir, "pool.tsv"), "w", encoding="utf-8")
    w.write("file\tno\tarticle\tkind\tstart\tverdict\twho\tforms\n")
    for r in rs:
        key = (r["article"], r["kind"], int(r["start"]))
        if key in res["default"]:
            who = "rules" if key in res["rules"] else "layer"
        else:
            who = "gone-rules" if key in res["rules"] else ("gone-all" if key in res["all"] else "gone")
        fs = [k for k in jobs if ":" in k and key in res["default"] and key not in res[k]]
        r["who"], r["forms"] = who, ",".join(fs)
        w.write("\t".join([r["file"], r["no"], r["article"], r["kind"], r["start"], r["verdict"],
                           who, r["forms"]]) + "\n")
    w.close()
    print("articles", len(docs), "rows", len(rs))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
