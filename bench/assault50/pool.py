#!/usr/bin/env python3
"""assault50: the judged assault rows (bench/assault50/rule.md) rerun with a rasd.

    bench/assault50/pool.py RASD OUTDIR [--data DATA]

Writes OUTDIR/pool.tsv: each judged assault row with whether RASD gives it by default with
data/ as it is (default), with `tdefault assault deed` on (deed_on) and under
--event-triggers (all); a row is the deed form's when deed_on gives it and default does not.
Prints the verdicts of the deed form's rows and of the --event-triggers rows."""
import csv, gzip, json, os, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "layer49"))
from pool import wilson, SNN, ROOT  # noqa: E402

FILES = ["bench/judged/judge%d.tsv" % n for n in range(37, 43)] + [
    "bench/layer49/fresh61349_removed.tsv", "bench/judged/assault40_dev.tsv",
    "bench/judged/assault40_fresh.tsv", "bench/judged/assault41_fresh.tsv"]


def judged():
    out, seen = [], set()
    for f in FILES:
        with open(os.path.join(ROOT, f), encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if r.get("sample", "events") not in ("events", "kept", "removed", "added",
                                                     "changed") and "judge" in f:
                    continue
                if r["kind"] != "assault" or r.get("verdict") not in ("right", "partly", "wrong"):
                    continue
                key = (r["article"], int(r["start"]))
                if key in seen:
                    continue
                seen.add(key)
                r["file"] = os.path.basename(f)
                out.append(r)
    return out


def deed_on_data(outdir, src):
    d = os.path.join(outdir, "data_deed_on")
    os.makedirs(d, exist_ok=True)
    for n in os.listdir(src):
        if n != "events.tsv" and not os.path.exists(os.path.join(d, n)):
            os.symlink(os.path.abspath(os.path.join(src, n)), os.path.join(d, n))
    t = open(os.path.join(src, "events.tsv"), encoding="utf-8").read()
    assert "\n# tdefault\tassault\tdeed\n" in t
    t = t.replace("\n# tdefault\tassault\tdeed\n", "\ntdefault\tassault\tdeed\n")
    open(os.path.join(d, "events.tsv"), "w", encoding="utf-8").write(t)
    return d


def run(rasd, path, args=(), data=None):
    cmd = [rasd, "analyze", "--threads", "1"] + list(args) + (["--data", data] if data else [])
    out = subprocess.run(cmd + [path], check=True, capture_output=True).stdout.decode()
    got = {}
    for l in out.splitlines():
        d = json.loads(l)
        for e in d.get("events", []):
            if e["type"] == "assault":
                got[(d["id"], e["trigger"][0])] = e
    return got


def docs_of(ids):
    docs = []
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for l in f:
            d = json.loads(l)
            if d["id"] in ids:
                docs.append(d)
    return docs


def score(rs):
    c = {v: sum(1 for r in rs if r["verdict"] == v) for v in ("right", "partly", "wrong")}
    n = sum(c.values())
    k = c["right"] + c["partly"]
    lo, hi = wilson(k, n)
    return "%d rows: %d / %d / %d = %.2f [%.2f, %.2f]" % (
        n, c["right"], c["partly"], c["wrong"], k / n if n else 0, lo, hi)


def main():
    rasd, outdir = sys.argv[1], sys.argv[2]
    data = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--data" else os.path.join(ROOT, "data")
    os.makedirs(outdir, exist_ok=True)
    rs = judged()
    docs = docs_of({r["article"] for r in rs})
    path = os.path.join(outdir, "docs.jsonl")
    with open(path, "w", encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    jobs = {"default": ((), data), "deed_on": ((), deed_on_data(outdir, data)),
            "all": (("--event-triggers",), data)}
    with ThreadPoolExecutor(2) as ex:
        futs = {k: ex.submit(run, rasd, path, *v) for k, v in jobs.items()}
        res = {k: f.result() for k, f in futs.items()}
    w = open(os.path.join(outdir, "pool.tsv"), "w", encoding="utf-8")
    w.write("file\tarticle\tstart\tdefault\tdeed_on\tall\tverdict\treason\ttext\n")
    for r in rs:
        key = (r["article"], int(r["start"]))
        r["default"], r["deed_on"], r["all"] = (int(key in res[k]) for k in ("default", "deed_on", "all"))
        w.write("\t".join([r["file"], r["article"], r["start"], str(r["default"]),
                           str(r["deed_on"]), str(r["all"]), r["verdict"],
                           r.get("reason", ""), r.get("text", "")]) + "\n")
    w.close()
    print("judged assault rows", len(rs), "articles", len(docs))
    print("deed form's rows (deed_on, not default):",
          score([r for r in rs if r["deed_on"] and not r["default"]]))
    print("default rows:", score([r for r in rs if r["default"]]))
    print("--event-triggers rows:", score([r for r in rs if r["all"]]))
    print("given by none:", score([r for r in rs if not (r["all"] or r["deed_on"])]))


if __name__ == "__main__":
    main()
