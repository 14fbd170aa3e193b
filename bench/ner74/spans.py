#!/usr/bin/env python3
"""spans.py — PER mentions of a saved sample (bench/ner74/sample.py's OUT.jsonl) that are title
or descriptor words, not a name (branch ner74, stop 60). Classes of a recogniser PER mention
(no "via"), words taken with a proclitic and the article off (span71's bare()):
  ALL   every word is a title word (data/titles.tsv), an honorific (names.tsv honorific/king),
        a nisba of a known place (gazetteer LOC name, final ا/ه/يه off, + ي / يه) or a stop
        word — a name word of persons.tsv / the gazetteer's PER names is none of these
        (المالكي، القرني are family names first) — and at least one word is not a stop word
        («السويدي», «الرئيس الأميركي»);
  STOP  every word a stop word;
  TPH   not ALL: the first word is a title head or honorific and no word is a name word of
        persons.tsv / the gazetteer's PER names  («وزير النفط الإيراني», «مدير عام السجون»);
  TNAME the first word is a title head or honorific and a later word is a name word
        (a title phrase before a name inside the span: «الرئيس الأميركي باراك أوباما»).
Prints counts, how many are a quote's speaker / an event's actor, how many carry an entity id
no other mention of the article (outside the class) shares; with --draw SEED N --cls C the cases.

    python3 bench/ner74/spans.py SAMPLE.jsonl [--draw SEED N --cls ALL,TPH] [--tsv OUT]"""
import argparse
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "span70"))
sys.path.insert(0, os.path.join(HERE, "..", "span71"))
import nextword as N  # noqa: E402
from cases import bare  # noqa: E402


def lists():
    L = N.lists()
    rows = N.rows("titles.tsv")
    L["heads"] = {N.norm(r[1]) for r in rows if r[0] == "head"}
    L["tw"] = {N.norm(r[1]) for r in rows if r[0] in ("head", "counterpart", "former")}
    L["hon"] = {N.norm(r[1]) for r in N.rows("names.tsv") if r[0] in ("honorific", "king")}
    nis = set()
    for r in N.rows("gazetteer.tsv"):
        if r[0] != "LOC":
            continue
        for nm in {r[1], r[2] if len(r) > 2 else r[1]}:
            if len(nm.split()) != 1:
                continue
            w = N.norm(nm)
            w = w[2:] if w.startswith("ال") and len(w) > 4 else w
            stems = {w}
            for suf in ("يه", "ا", "ه"):
                if w.endswith(suf) and len(w) - len(suf) >= 3:
                    stems.add(w[:-len(suf)])
            for s in stems:
                nis.update({s + "ي", s + "يه"})
    L["nisba"] = nis
    return L


def kind(w, L):
    bs = bare(w)
    if any(b in L["tw"] for b in bs):
        return "T"
    if any(b in L["hon"] for b in bs):
        return "H"
    if any(b in L["first"] or b in L["later"] for b in bs):
        return "P"     # a name word first: المالكي، القرني، بلاتيني are family names
    if any(b in L["nisba"] for b in bs):
        return "N"
    if any(b in L["stop"] for b in bs):
        return "S"
    return "o"


def classify(text, L):
    ws = text.split()
    if not ws:
        return None, ""
    ks = "".join(kind(w, L) for w in ws)
    if set(ks) <= set("THNS"):
        return ("STOP" if set(ks) == {"S"} else "ALL"), ks
    head = any(b in L["heads"] or b in L["hon"] for b in bare(ws[0]))
    if head and "P" not in ks[1:]:
        return "TPH", ks
    if head and "P" in ks[1:]:
        return "TNAME", ks
    return None, ks


def cases(path, L):
    out = []
    for line in open(path, encoding="utf-8"):
        o = json.loads(line)
        tb = o["text"].encode("utf-8")
        spk = {(q.get("speaker") or {}).get("start") for q in o["quotes"]}
        act = {a.get("start") for e in o["events"] for a in e.get("actors", [])}
        per = [e for e in o["entities"] if e["type"] == "PER" and not e.get("via")]
        cl = {(e["start"]): classify(e["text"], L) for e in per}
        ids_other = Counter(e.get("id") for e in o["entities"]
                            if not (e["type"] == "PER" and not e.get("via")
                                    and cl[e["start"]][0]))
        for e in per:
            c, ks = cl[e["start"]]
            if not c:
                continue
            ctx = (tb[max(0, e["start"] - 60):e["start"]].decode("utf-8", "ignore") + " [[" +
                   e["text"] + "]] " + tb[e["end"]:e["end"] + 60].decode("utf-8", "ignore"))
            out.append({"doc": o["id"], "start": e["start"], "text": e["text"], "cls": c,
                        "kinds": ks, "id": e.get("id"), "name": e.get("name"),
                        "own": int(e.get("id") is not None and ids_other[e.get("id")] == 0),
                        "spk": int(e["start"] in spk), "act": int(e["start"] in act),
                        "ctx": ctx.replace("\n", "⏎")})
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("sample")
    p.add_argument("--draw", nargs=2, type=int)
    p.add_argument("--cls", default="ALL,TPH")
    p.add_argument("--tsv")
    o = p.parse_args()
    L = lists()
    cs = cases(o.sample, L)
    nper = nd = 0
    for line in open(o.sample, encoding="utf-8"):
        d = json.loads(line)
        nd += 1
        nper += sum(1 for e in d["entities"] if e["type"] == "PER" and not e.get("via"))
    print("# articles %d, recogniser PER mentions %d" % (nd, nper))
    for c in ("ALL", "STOP", "TPH", "TNAME"):
        xs = [x for x in cs if x["cls"] == c]
        print("%-5s mentions %5d  articles %4d  own-entity %5d (distinct ids %d)  speaker %4d"
              "  actor %4d" % (c, len(xs), len({x["doc"] for x in xs}), sum(x["own"] for x in xs),
                               len({(x["doc"], x["id"]) for x in xs if x["own"]}),
                               sum(x["spk"] for x in xs), sum(x["act"] for x in xs)))
    top = Counter(x["text"] for x in cs if x["cls"] in ("ALL", "TPH"))
    print("# commonest ALL/TPH texts: " + "; ".join("%s ×%d" % kv for kv in top.most_common(25)))
    if o.tsv:
        with open(o.tsv, "w", encoding="utf-8") as f:
            for x in cs:
                f.write("\t".join(str(x[k]) for k in ("doc", "start", "cls", "kinds", "own", "spk",
                                                      "act", "text", "name", "ctx")) + "\n")
    if o.draw:
        want = set(o.cls.split(","))
        pool = [x for x in cs if x["cls"] in want]
        for k, x in enumerate(random.Random(o.draw[0]).sample(pool, min(o.draw[1], len(pool))), 1):
            print("%d\t%s\t%d\t%s\t%s\town=%d spk=%d act=%d\t%s" % (
                k, x["doc"], x["start"], x["cls"], x["kinds"], x["own"], x["spk"], x["act"],
                x["ctx"]))


if __name__ == "__main__":
    main()
