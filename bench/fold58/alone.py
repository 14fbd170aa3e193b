#!/usr/bin/env python3
"""fold58 (stop 50): every missed gold event of every read part, analysed alone.

    alone.py RASD OUT.tsv [RASD2]
        For each gold event of dev, dev5, unseen … the part before the blind one that RASD
        misses by default (recall.py's matching), its gold sentence is analysed alone and with
        the sentence before it. A miss is "alone" when the sentence alone gives more events of
        its kind than the article found for the gold events of that kind in that sentence (so
        the article lost one the sentence gives), "ctx" when only the two sentences do, else
        "none". With RASD2 (a diagnostic build), the whole article is analysed by it too and
        the column "rasd2" says whether it finds the miss. OUT: tag, ctx tag, rasd2, part, id,
        kind, gold actors, alone's actors of that kind, the article's events of that kind in
        the sentence, sentence (200 chars). Counts by kind and tag to stdout. fold58's RASD2
        (alone_nofold.tsv) was f33615f with event_when.c `repeats` returning 0 at once, a local
        patch never committed, run through a wrapper script.
Python stdlib only; bench/assault51/miss.py's frame, recall.py's matching."""
import collections, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
sys.path.insert(0, os.path.join(HERE, "..", "assault51"))
import recall as R
import miss as M

ENDS = ".!?\n".encode() + "؟".encode()


def prev_start(text, s):
    """The byte where the sentence before byte s starts."""
    k = s - 1
    while k > 0 and text[k - 1:k] in (b" ", b"\n"):
        k -= 1
    while k > 0 and text[k - 1:k] not in (b".", b"!", b"?", b"\n") and \
            text[max(0, k - 2):k] != "؟".encode():
        k -= 1
    return k


def names(ev):
    return "|".join(a.get("name") or "" for a in ev.get("actors", []))


def main(rasd, out, rasd2=None):
    misses, docs = [], []
    for p, i, g, res, (hits, used), _, text in M.articles(rasd, (), every=True):
        for n, (e, h) in enumerate(zip(g["E"], hits)):
            if h is not None:
                continue
            same = [(f, x) for f, x in zip(g["E"], hits)
                    if f["type"] == e["type"] and f["start"] == e["start"]]
            art = [s for s in res.get("events", []) if R.kind(s) == e["type"] and
                   R.overlap(e["start"], e["end"], *(s.get("sentence") or [0, 0])) > 0]
            k = len(misses)
            misses.append((p, i, n, e, sum(x is not None for _, x in same), art,
                           M.sentence(text, e)))
            docs.append({"id": "a%d" % k, "text": text[e["start"]:e["end"]].decode(errors="replace"),
                         "published": res.get("published")})
            docs.append({"id": "c%d" % k, "published": res.get("published"),
                         "text": text[prev_start(text, e["start"]):e["end"]].decode(errors="replace")})
    pubs = {d["id"]: d.get("published") for d in R.articles({m[1] for m in misses})}
    for d in docs:
        d["published"] = pubs[misses[int(d["id"][1:])][1]]
    a = M.analyze(rasd, docs, [])
    b = {}
    if rasd2:
        read, _ = M.parts()
        for p in read:
            ids = {m[1] for m in misses if m[0] == p}
            if ids:
                gold = R.load(R.LABELS, p)
                r2 = M.analyze(rasd2, R.articles(ids), [])
                for i in ids:
                    b[i] = R.match_events(gold[i]["E"], r2.get(i, {}).get("events", []))[0]
    c, parts, arts = collections.Counter(), collections.defaultdict(set), collections.defaultdict(set)
    seen = collections.Counter()
    with open(out, "w", encoding="utf-8") as f:
        for k, (p, i, n, e, found, art, sent) in enumerate(misses):
            key = (p, i, e["start"], e["type"])
            seen[key] += 1
            nth = found + seen[key]          # the article found `found`; this is one more
            al = [s for s in a["a%d" % k].get("events", []) if R.kind(s) == e["type"]]
            cx = [s for s in a["c%d" % k].get("events", []) if R.kind(s) == e["type"]]
            tag = "alone" if len(al) >= nth else "none"
            ctag = "ctx" if len(cx) >= nth else "-"
            r2 = "-"
            if rasd2:
                r2 = "1" if b[i][n] is not None else "0"
            t = tag if tag == "alone" else ("ctx" if ctag == "ctx" else "none")
            c[(e["type"], t)] += 1
            parts[(e["type"], t)].add(p)
            arts[(e["type"], t)].add(i)
            f.write("\t".join([tag, ctag, r2, p, i, e["type"], ";".join(e["actors"]),
                               " / ".join(names(s) for s in al),
                               " / ".join(names(s) + ":" + s.get("status", "") for s in art),
                               sent[:200]]) + "\n")
    for k in sorted(c):
        print("%-10s %-6s %3d misses %2d parts %2d articles" % (k[0], k[1], c[k], len(parts[k]),
                                                                 len(arts[k])))


if __name__ == "__main__":
    main(*sys.argv[1:])
