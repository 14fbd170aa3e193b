#!/usr/bin/env python3
"""list.py OUT.json > list.txt: the quotes the rules attribute wrongly whose gold speaker is no
candidate (bench/cands55/cands.py's output; branch cands55, stop 47). For each: part, id, the
~400 bytes before the quote and its first 160, rasd's speaker and cue, the gold speaker and
where its words occur nearest before the quote (byte offsets, sentences back), the candidates.
Python stdlib only."""
import sys, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
import recall

def gold_span(b, g, qstart, qend):
    """The nearest occurrence of the gold speaker's text (or of its longest word) to the quote,
    before it first, else after; (start, end, how)."""
    name = g.encode()
    k = b.rfind(name, 0, qstart)
    if k >= 0:
        return k, k + len(name), "exact before"
    k = b.find(name, qend)
    if k >= 0:
        return k, k + len(name), "exact after"
    ws = sorted(recall.words(g), key=len, reverse=True)
    t = re.sub(r"[\u064b-\u0652]", "", b.decode()).translate(recall.AR)
    for w in ws:
        for m in reversed(list(re.finditer(re.escape(w), t[:len(b[:qstart].decode())]))):
            s = len(t[:m.start()].encode()); return s, s + len(w.encode()), "word " + w
    return None

def main(path):
    rows = json.load(open(path))
    texts = {}
    ids = {r["id"] for r in rows}
    for d in recall.articles(ids):
        texts[d["id"]] = d["text"].encode()
    n = 0
    for r in rows:
        if r["rules_ok"] or any(c["label"] for c in r["cands"]):
            continue
        n += 1
        b = texts[r["id"]]
        qs, qe = r["qstart"], r["qend"]
        lo = max(0, qs - 400)
        while lo > 0 and (b[lo] & 0xC0) == 0x80: lo += 1
        hi = min(qe, qs + 160)
        while hi < len(b) and (b[hi] & 0xC0) == 0x80: hi += 1
        sp = gold_span(b, r["gold"], qs, qe)
        print("### %d  %s  %s  quote %d-%d %s" % (n, r["part"], r["id"], qs, qe,
              "direct" if r["direct"] else "indirect"))
        print("rasd: speaker=%s cue=%s next=%s" % (r["rules"], r["cue"], r["cue_next"]))
        if sp:
            print("gold: %s  at %d-%d (%s, %d bytes before the quote)" % (r["gold"], sp[0], sp[1],
                  sp[2], qs - sp[0]))
        else:
            print("gold: %s  (not in the text)" % r["gold"])
        print("cands: " + " | ".join("%s:%s(sd%d)" % (c["typ"], c["name"], c["sd"])
                                     for c in r["cands"]))
        print("before: …" + b[lo:qs].decode().replace("\n", " ⏎ "))
        print("quote: " + b[qs:hi].decode().replace("\n", " ⏎ ") + "…")
        print()

if __name__ == "__main__":
    main(sys.argv[1])
