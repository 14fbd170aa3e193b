#!/usr/bin/env python3
"""bench/turn64/measure.py — how often a quote's content runs over a turn word of contrast
(«في حين»، «في المقابل»، «بالمقابل»، «فيما»، «بينما»; a comma at most, then a reporting cue of
data/quotes.tsv "cue", with و/ف or not) into the next statement (branch turn64, stop 54).

    python3 bench/turn64/measure.py BUILD SEED [--read] > hits.tsv

BUILD a rasd binary (data beside it). The corpus outside drawn.txt whose text matches the
turn + cue regex (fresh.py pool(grep=…)), slice 0:40000 of its permutation by SEED (all of
it), analysed by BUILD; every quote whose content holds the form is a row: article, span,
speaker, the turn word, the cue, whether a comma stands before the turn word, and the text
from 120 characters before the turn to 160 after. --read: the read parts (drawn.txt less
unseen31, the blind part) instead. Counts to stderr."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
import fresh as F  # noqa: E402
import recall as R  # noqa: E402

DIAC = re.compile("[\u064b-\u0652\u0640]")


def norm(w):
    w = DIAC.sub("", w)
    return w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


def cues():
    out = set()
    with open(os.path.join(ROOT, "data", "quotes.tsv"), encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) >= 3 and p[0] == "cue" and " " not in p[2]:
                out.add(norm(p[2]))
    return out


CUES = cues()
TURN = r"(?<!\S)(و?في\s+حين|و?في\s+المقابل|و?بالمقابل|و?فيما|و?بينما)\s*([،,]?)\s*([^\s،,.]+)"
TURN_RE = re.compile(TURN)


def is_cue(w):
    w = norm(w)
    return any(w.startswith(p) and w[len(p):] in CUES for p in ("", "و", "ف"))


def text_has(text):
    return any(is_cue(m.group(3)) for m in TURN_RE.finditer(text))


def main(a):
    build, seed = a[0], a[1]
    if "--read" in a:
        ids = [i for i, s in R.drawn() if s != "unseen31"]
        docs = R.articles(ids) if False else [d for d in R.articles() if d["id"] in set(ids)]
    else:
        docs = F.sample(F.pool(grep=text_has), seed, "0:40000")
    out = F.analyze(build, docs)
    n = tot = 0
    for d in docs:
        b = d["text"].encode("utf-8")
        for q in (out.get(d["id"]) or {}).get("quotes", []) or []:
            tot += 1
            s, e = q["start"], q["end"]
            txt = b[s:e].decode("utf-8", "replace")
            for m in TURN_RE.finditer(txt):
                if not is_cue(m.group(3)):
                    continue
                n += 1
                ctx = txt[max(0, m.start() - 120):m.end() + 160].replace("\n", " ")
                sp = (q.get("speaker") or {}).get("name") or ""
                print("\t".join([d["id"], str(s), str(e), sp, m.group(1), m.group(3),
                                 "comma" if re.search(r"[،,]\s*$", txt[:m.start()]) else "-",
                                 ctx]))
                break
    print("# %d articles, %d quotes, %d with the form inside" % (len(docs), tot, n),
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
