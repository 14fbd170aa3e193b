#!/usr/bin/env python3
"""bench/multi68/lost.py — every missed gold event of the read parts, its sentence analysed
alone, and what lost it in its article (branch multi68, stop 58).

  lost.py RASD [NOFOLD [NOGUARD]] > lost.tsv

NOFOLD and NOGUARD: the same tree with variant_nofold.patch or variant_noguard.patch applied.

RASD (a binary or a wrapper script) runs on every labelled article of the read parts
(recall.load(.., "all"): recall.READ_PARTS, never the blind part; the parts with no events
labelled give no rows) and is matched as `recall.py score` does (recall.match_events). For each
missed gold event its sentence (the gold row's byte span) is analysed alone with its article's
publication day, and every gold event of the article inside that span is matched against that
output the same way (so two gold rows of one sentence need two events alone, as in the
article). Columns: part, article, start, end, kind, actors, alone (found / none), n_article
(events of the kind rasd gives in that sentence in the article), n_alone (the same alone),
n_gold (gold rows of the kind in the sentence), cause, sentence.

The cause: "fold" when NOFOLD (the same build with event_when.c repeats off) finds it in the
article and the sentence alone gives it (folded into a mention of another sentence),
"fold-in-sentence" when NOFOLD finds it and the sentence alone does not (folded into an event of
its own sentence); for a row found alone otherwise, "assault-already" when NOGUARD (the same
build with struck_relative.c's «the article holds an assault already» off) finds it, else
"context" (something else of the article: its names, its quotes, its dates). Otherwise:
"sentence-limit" when the sentence holds events of the kind both alone and in the article but
fewer than its gold rows (several events in one sentence), "form" when it holds none (no rule
reads the row's words), "other-row" when it holds as many as its gold rows (the events are
there, matched to the other rows: a wrong actor or place of the same kind)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall  # noqa: E402


def part_of():
    parts = {}
    for l in open(recall.LABELS, encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        f = l.split("\t")
        parts[f[0]] = f[1]
    return parts


def in_span(s, a, b):
    ss = s.get("sentence") or [0, 0]
    return recall.overlap(a, b, ss[0], ss[1]) > 0


def missed(out, gold):
    """(article, index of the gold event) of every missed gold event."""
    rows = []
    for i, g in sorted(gold.items()):
        hits, _ = recall.match_events(g["E"], out.get(i, {}).get("events", []))
        rows += [(i, k) for k, h in enumerate(hits) if h is None]
    return rows


def found_in(out, gold, rows):
    """The rows of rows that out (an analysis of the same articles) finds."""
    got = set()
    for i in {i for i, _ in rows}:
        hits, _ = recall.match_events(gold[i]["E"], out.get(i, {}).get("events", []))
        got |= {(i, k) for k, h in enumerate(hits) if h is not None}
    return {r for r in rows if r in got}


def alone(rasd, gold, docs, rows):
    """Per row: (found alone, events of its kind in the sentence alone)."""
    spans = sorted({(i, gold[i]["E"][k]["start"], gold[i]["E"][k]["end"]) for i, k in rows})
    ad = []
    for i, a, b in spans:
        text = docs[i]["text"].encode("utf-8")[a:b].decode("utf-8", "replace")
        ad.append({"id": "%s@%d" % (i, a), "text": text, "published": docs[i].get("published")})
    out = recall.analyze_docs(rasd, ad)
    res = {}
    for i, a, b in spans:
        se = out.get("%s@%d" % (i, a), {}).get("events", [])
        inside = [(k, e) for k, e in enumerate(gold[i]["E"]) if e["start"] >= a and e["end"] <= b]
        ge = [dict(e, start=e["start"] - a, end=e["end"] - a) for _, e in inside]
        hits, _ = recall.match_events(ge, se)
        for (k, e), h in zip(inside, hits):
            res[(i, k)] = (h is not None, sum(recall.kind(s) == e["type"] for s in se))
    return res


def cause(r, e, got_alone, n_art, n_alone, n_gold, nofold, noguard):
    if r in nofold:
        return "fold" if got_alone else "fold-in-sentence"
    if got_alone:
        return "assault-already" if r in noguard else "context"
    if n_art == 0 and n_alone == 0:
        return "form"
    return "sentence-limit" if max(n_art, n_alone) < n_gold else "other-row"


def main(a):
    parts = part_of()
    gold = {i: g for i, g in recall.load(recall.LABELS, "all").items()
            if parts[i] in recall.READ_PARTS and g["E"]}
    docs = {d["id"]: d for d in recall.articles(set(gold))}
    out = recall.analyze_docs(a[0], list(docs.values()))
    rows = missed(out, gold)
    arts = [docs[i] for i in sorted({i for i, _ in rows})]
    nofold = found_in(recall.analyze_docs(a[1], arts), gold, rows) if len(a) > 1 else set()
    noguard = found_in(recall.analyze_docs(a[2], arts), gold, rows) if len(a) > 2 else set()
    al = alone(a[0], gold, docs, rows)
    print("part\tarticle\tstart\tend\tkind\tactors\talone\tn_article\tn_alone\tn_gold\tcause"
          "\tsentence")
    for i, k in rows:
        e = gold[i]["E"][k]
        s0, s1 = e["start"], e["end"]
        n_art = sum(recall.kind(s) == e["type"] and in_span(s, s0, s1)
                    for s in out.get(i, {}).get("events", []))
        n_gold = sum(g["type"] == e["type"] and g["start"] >= s0 and g["end"] <= s1
                     for g in gold[i]["E"])
        got, n_alone = al[(i, k)]
        c = cause((i, k), e, got, n_art, n_alone, n_gold, nofold, noguard)
        sent = docs[i]["text"].encode("utf-8")[s0:s1].decode("utf-8", "replace")
        sent = sent.replace("\t", " ").replace("\n", " ")
        print("\t".join([parts[i], i, str(s0), str(s1), e["type"], ";".join(e["actors"]),
                         "found" if got else "none", str(n_art), str(n_alone), str(n_gold), c,
                         sent]))


if __name__ == "__main__":
    main(sys.argv[1:])
