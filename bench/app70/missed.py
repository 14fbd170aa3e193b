#!/usr/bin/env python3
"""bench/app70/missed.py — the read parts' missed gold appeals, with what would class them
(branch app70, stop 59).

  missed.py RASD RASD_TRIGGERS > missed.tsv

RASD (a binary or a wrapper with its data) runs on every labelled article of the read parts
(recall.load(.., "all"): dev … unseen35, never the blind unseen36); events are matched as
`recall.py score` does. For each missed gold appeal one row: part, article, span, gold actors,
what rasd found in the sentence (events of other kinds with their actors, quotes with cue and
speaker), the same caller's appeals rasd reports elsewhere in the article (the fold: appeals
fold on their caller), whether the sentence analysed alone (with the article's day) gives an
appeal, whether RASD_TRIGGERS (--event-triggers) finds the row, app66's class when the row was
classed at stop 56, and the sentence."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def part_of():
    parts = {}
    for l in open(recall.LABELS, encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        f = l.split("\t")
        parts[f[0]] = f[1]
    return parts


def app66():
    """(article, start) -> app66's class of the row."""
    res = {}
    p = os.path.join(HERE, "..", "app66", "missed_classed.tsv")
    for l in open(p, encoding="utf-8"):
        f = l.rstrip("\n").split("\t")
        if f[0].startswith("a"):
            res[(f[4], int(f[5]))] = f[1]
    return res


def in_sent(x, a, b):
    return recall.overlap(a, b, x[0], x[1]) > 0


def names(s):
    return [a.get("name") if isinstance(a, dict) else a for a in s.get("actors", []) or []]


def alone(rasd, docs, rows):
    ad = [{"id": "%s@%d" % (i, e["start"]), "published": docs[i].get("published"),
           "text": docs[i]["text"].encode("utf-8")[e["start"]:e["end"]].decode("utf-8", "replace")}
          for i, e in rows]
    out = recall.analyze_docs(rasd, ad)
    return {(i, e["start"]): any(recall.kind(s) == "appeal"
                                 for s in out.get("%s@%d" % (i, e["start"]), {}).get("events", []))
            for i, e in rows}


def main(a):
    parts = part_of()
    gold = recall.load(recall.LABELS, "all")
    docs = {d["id"]: d for d in recall.articles(set(gold))}
    out = recall.analyze_docs(a[0], list(docs.values()))
    trig = recall.analyze_docs(a[1], list(docs.values()))
    old = app66()
    rows = []
    for i, g in sorted(gold.items()):
        se = out.get(i, {}).get("events", [])
        hits, _ = recall.match_events(g["E"], se)
        th, _ = recall.match_events(g["E"], trig.get(i, {}).get("events", []))
        rows += [(i, e, t is not None) for e, h, t in zip(g["E"], hits, th)
                 if e["type"] == "appeal" and h is None]
    al = alone(a[0], docs, [(i, e) for i, e, _ in rows])
    print("part\tarticle\tstart\tend\tactors\tin_sentence\tsame_caller_elsewhere\talone"
          "\ttriggers\tapp66\tsentence")
    for i, e, t in rows:
        s0, s1 = e["start"], e["end"]
        found = []
        for q in out[i].get("quotes", []):
            if in_sent((q["start"], q["end"]), s0, s1):
                found.append("Q[%s|%s]" % (q.get("cue") or "?",
                                           "/".join(recall.quote_speakers(q)) or "-"))
        for s in out[i].get("events", []):
            if in_sent(s.get("sentence") or [0, 0], s0, s1):
                found.append("E:%s(%s)" % (recall.kind(s), "/".join(map(str, names(s)))))
        caller = e["actors"][0] if e["actors"] else ""
        else_ = []
        for s in out[i].get("events", []):
            ss = s.get("sentence") or [0, 0]
            if recall.kind(s) == "appeal" and not in_sent(ss, s0, s1) and caller and \
                    any(recall.same_name(caller, n or "") for n in names(s)):
                else_.append("%d" % ss[0])
        b = docs[i]["text"].encode("utf-8")
        sent = b[s0:s1].decode("utf-8", "replace").replace("\t", " ").replace("\n", " ")
        print("\t".join([parts[i], i, str(s0), str(s1), ";".join(e["actors"]),
                         ",".join(found) or "-", ",".join(else_) or "-",
                         "yes" if al[(i, s0)] else "no", "yes" if t else "no",
                         old.get((i, s0), "-"), sent]))


if __name__ == "__main__":
    main(sys.argv[1:])
