#!/usr/bin/env python3
"""layer49: event recall per read part with each default trigger kind (all its tdefault
lines) off, and with chosen forms off: `recall.py score --split P` with RASD_DATA pointing at
a copy of data/ whose events.tsv lacks them.  Never unseen18, never --split all.

    bench/layer49/recall_by_kind.py RASD OUTDIR [kind|kind:form ...]   (default: every kind)"""
import os, re, subprocess, sys, json
from concurrent.futures import ThreadPoolExecutor
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PARTS = ["dev", "dev5", "unseen"] + ["unseen%d" % n for n in range(2, 18)]
RE = re.compile(r"events all\s+gold\s+(\d+) found\s+(\d+).*system\s+(\d+) precision")


def data_without(outdir, offs):
    """A data dir whose events.tsv has the tdefault kinds/forms of offs removed."""
    d = os.path.join(outdir, "rk_" + "_".join(o.replace(":", "-") for o in offs))
    os.makedirs(d, exist_ok=True)
    src = os.path.join(ROOT, "data")
    for n in os.listdir(src):
        if n != "events.tsv" and not os.path.exists(os.path.join(d, n)):
            os.symlink(os.path.join(src, n), os.path.join(d, n))
    out = []
    for l in open(os.path.join(src, "events.tsv"), encoding="utf-8").read().split("\n"):
        p = l.split("\t")
        if p[0] == "tdefault":
            fs = [f for f in p[2].split() if p[1] not in offs and p[1] + ":" + f not in offs]
            l = "\t".join(p[:2] + [" ".join(fs)]) if fs else "# layer49 off: " + l
        out.append(l)
    open(os.path.join(d, "events.tsv"), "w", encoding="utf-8").write("\n".join(out))
    return d


def score(rasd, data, part):
    env = dict(os.environ)
    if data:
        env["RASD_DATA"] = data
    out = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "recall", "recall.py"),
                          "score", "--rasd", rasd, "--split", part], env=env,
                         capture_output=True, text=True).stdout
    m = RE.search(out)
    return tuple(int(x) for x in m.groups()) if m else None


def main(rasd, outdir, variants):
    kinds = []
    for l in open(os.path.join(ROOT, "data", "events.tsv"), encoding="utf-8"):
        p = l.split("\t")
        if p[0] == "tdefault" and p[1] not in kinds:
            kinds.append(p[1])
    variants = variants or kinds
    jobs = [("default", None)] + [(v, data_without(outdir, v.split("+"))) for v in variants]
    with ThreadPoolExecutor(2) as ex:
        fut = {(n, p): ex.submit(score, rasd, d, p) for n, d in jobs for p in PARTS}
        res = {k: f.result() for k, f in fut.items()}
    json.dump({"%s|%s" % k: v for k, v in res.items()}, open(os.path.join(outdir, "recall.json"), "w"))
    print("| variant | " + " | ".join(PARTS) + " | found/gold | system |")
    for n, _ in jobs:
        f = sum(res[(n, p)][1] for p in PARTS)
        g = sum(res[(n, p)][0] for p in PARTS)
        s = sum(res[(n, p)][2] for p in PARTS)
        print("| %s | " % n + " | ".join("%d" % res[(n, p)][1] for p in PARTS) +
              " | %d/%d | %d |" % (f, g, s))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
