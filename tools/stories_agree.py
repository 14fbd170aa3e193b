#!/usr/bin/env python3
"""tools/stories_agree.py — agreement of two story labellings of one day's articles (stories53).

    python3 tools/stories_agree.py LABELS.tsv HARD.tsv RELABEL.tsv RELABEL_HARD.tsv [--corpus C]

Pairwise agreement on the articles both labellings hold: same-story pairs of each, the pairs
in both, P / R / F1 of the second against the first (F1 is symmetric), and each pair the two
part on, with what the other labelling says of it (a hard negative, or nothing) and the two
titles (--corpus: the SaudiNewsNet jsonl.gz). Hard negatives are compared too: of the pairs
both labellings could call hard (both articles in both), how many each holds, how many both.
Standard library only.
"""
import argparse, collections, gzip, json, sys


def read(path):
    day, story = {}, {}
    for ln in open(path, encoding="utf-8"):
        if ln.startswith("#") or not ln.strip():
            continue
        f = ln.rstrip("\n").split("\t")
        if f[0] == "id":
            continue
        day[f[0]], story[f[0]] = f[1], f[3]
    return day, story


def read_hard(path):
    out = {}
    for ln in open(path, encoding="utf-8"):
        if ln.startswith("#") or not ln.strip():
            continue
        f = ln.rstrip("\n").split("\t")
        out[frozenset(f[:2])] = f[3] if len(f) > 3 else ""
    return out


def pairs(ids, day, story):
    g = collections.defaultdict(list)
    for i in ids:
        g[(day[i], story[i])].append(i)
    return {frozenset((a, b)) for m in g.values() for j, a in enumerate(m) for b in m[:j]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("labels"), ap.add_argument("hard")
    ap.add_argument("relabel"), ap.add_argument("relabel_hard")
    ap.add_argument("--corpus")
    o = ap.parse_args()
    d1, s1 = read(o.labels)
    d2, s2 = read(o.relabel)
    h1, h2 = read_hard(o.hard), read_hard(o.relabel_hard)
    ids = sorted(i for i in d2 if i in d1)
    days = sorted({d2[i] for i in ids})
    p1, p2 = pairs(ids, d1, s1), pairs(ids, d2, s2)
    tp = len(p1 & p2)
    pr = tp / len(p2) if p2 else 1.0
    rc = tp / len(p1) if p1 else 1.0
    f1 = 2 * tp / (len(p1) + len(p2)) if p1 or p2 else 1.0
    idset = set(ids)
    hh1 = {p for p in h1 if p <= idset}
    hh2 = {p for p in h2 if p <= idset}
    print(f"days {' '.join(days)}: {len(ids)} articles in both ({len(d2)} relabelled)")
    print(f"same-story pairs: first {len(p1)}, second {len(p2)}, both {tp}; "
          f"P {pr:.3f} R {rc:.3f} F1 {f1:.3f}")
    print(f"hard negatives: first {len(hh1)}, second {len(hh2)}, both {len(hh1 & hh2)}; "
          f"first's hard that the second joins {len(hh1 & p2)}, "
          f"second's hard that the first joins {len(hh2 & p1)}")
    titles = {}
    if o.corpus:
        want = set().union(*(p1 ^ p2)) if p1 ^ p2 else set()
        with gzip.open(o.corpus, "rt", encoding="utf-8") as f:
            for ln in f:
                a = json.loads(ln)
                if a["id"] in want:
                    titles[a["id"]] = a.get("title", "")
    for name, only, other_h in (("first only", p1 - p2, h2), ("second only", p2 - p1, h1)):
        for p in sorted(only, key=sorted):
            a, b = sorted(p)
            why = "hard in the other" if p in other_h else "apart in the other"
            print(f"  {name}: {a} {b} ({why}: {other_h.get(p, '')[:90]})")
            for i in (a, b):
                if i in titles:
                    print(f"      {i} {titles[i][:110]}")


if __name__ == "__main__":
    main()
