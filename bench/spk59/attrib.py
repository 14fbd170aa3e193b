#!/usr/bin/env python3
"""spk59: exact attribution of the read parts (dev … unseenLAST, LAST 27 unless given) for two
builds, by part, and the quotes whose speaker changed.
Usage: attrib.py OLD NEW [LAST] (builds, or BINARY:DATA); attr60 (stop 52) ran it with LAST 28."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "recall"))
import recall as R


def parts(last):
    return ["dev", "dev2", "dev3", "dev4", "unseen"] + ["unseen%d" % k for k in range(2, last + 1)]


def run(build, docs):
    if ":" in build:
        b, d = build.split(":", 1)
        os.environ["RASD_DATA"] = d
        build = b
    return R.analyze_docs(build, docs)


def main(old, new, last=27):
    PARTS = parts(last)
    gold, part = {}, {}
    for p in PARTS:
        for i, v in R.load(R.LABELS, p).items():
            gold[i], part[i] = v, p
    docs = list(R.articles(set(gold)))
    outs = [run(old, docs), run(new, docs)]
    tot = [[0, 0], [0, 0]]
    by = {}
    for i in sorted(gold, key=lambda x: (PARTS.index(part[x]), x)):
        res = []
        for k, out in enumerate(outs):
            f, _h, _t = R.match_quotes(gold[i]["Q"], out.get(i, {}).get("quotes", []))
            res.append(f)
            for m in f:
                if m:
                    tot[k][0] += 1
                    tot[k][1] += m[2]
                    by.setdefault(part[i], [[0, 0], [0, 0]])[k][0] += 1
                    by[part[i]][k][1] += m[2]
        for q, a, b in zip(gold[i]["Q"], res[0], res[1]):
            if (a and a[1]) != (b and b[1]):
                print("changed", part[i], i, q["start"], q["speaker"], a and a[1], "->", b and b[1])
    for p in PARTS:
        if p in by and by[p][0] != by[p][1]:
            print("part", p, "%d/%d -> %d/%d" % (by[p][0][1], by[p][0][0], by[p][1][1], by[p][1][0]))
    print("attribution %d/%d (%.3f) -> %d/%d (%.3f)" % (tot[0][1], tot[0][0], tot[0][1] / tot[0][0],
                                                      tot[1][1], tot[1][0], tot[1][1] / tot[1][0]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 27)
