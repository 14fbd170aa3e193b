#!/usr/bin/env python3
"""quote_breadth.py — the frequency list of branch quotes22 (docs/EVENTS.md "Issue 16:
reporting verbs by breadth"): the words that stand before a subject and its reported
content where rasd gives no quote, in SaudiNewsNet articles outside drawn.txt.

    rasd analyze --tokens --threads 2 ARTICLES.jsonl > OUT.jsonl
    tools/quote_breadth.py OUT.jsonl [N]

For every connective (أن، إن، بأن، أنه …, إلى أن), colon or quote mark, the person or
organisation (PER/ORG) that starts nearest after a word within the seven tokens before it
(no sentence end between) is the subject, and the word right before the subject is the
candidate verb; it counts as missed when no quote of rasd overlaps the 60 bytes from the
connective on, as found otherwise. A word less its و or ف (when four letters or more) is
the form; * marks a form a "cue" or "part" of data/quotes.tsv starts with. Prints the N
(default 250) forms most often missed, as form missed/found. Articles of drawn.txt are
skipped. Python stdlib only."""
import collections
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONNECTIVES = {"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم", "انهما"}
MARKS = {":", '"', "«", "“", "”"}
ENDS = ".؛?!؟"


def norm(w):
    w = re.sub("[أإآ]", "ا", w)
    w = re.sub("[\u064b-\u0652\u0640]", "", w)
    return w.replace("ة", "ه").replace("ى", "ي").replace("ؤ", "ء").replace("ئ", "ء")


def form(w):
    return w[1:] if len(w) > 4 and w[0] in "وف" else w


def listed(fold=None):
    """The first words of quotes.tsv's "cue" and "part" rows under fold (default: form of
    norm); tools/quote_cues.py passes its own."""
    fold = fold or (lambda w: form(norm(w)))
    out = set()
    for line in open(os.path.join(ROOT, "data", "quotes.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) == 3 and f[0] in ("cue", "part"):
            out.add(fold(f[2].split()[0]))
    return out


def drawn():
    with open(os.path.join(ROOT, "bench", "recall", "drawn.txt"), encoding="utf-8") as f:
        return {l.split()[0] for l in f if l.strip() and not l.startswith("#")}


def is_connective(toks, j):
    t = toks[j]
    if t["kind"] == "punct":
        return t["norm"] in MARKS
    if t["kind"] != "arabic":
        return False
    if t["norm"] == "الي":
        return j + 1 < len(toks) and toks[j + 1]["norm"] in ("ان", "انه", "انها")
    return t["norm"] in CONNECTIVES


def counts(path):
    miss, hit, skip = collections.Counter(), collections.Counter(), drawn()
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        if d["id"] in skip:
            continue
        toks = d["tokens"]
        subj = {e["start"] for e in d.get("entities", []) if e["type"] in ("PER", "ORG")}
        quotes = [(q["start"], q["end"]) for q in d.get("quotes", [])]
        for j in range(len(toks)):
            if not is_connective(toks, j):
                continue
            first = None
            for k in range(j - 1, max(j - 8, 0), -1):
                if toks[k]["kind"] == "punct" and toks[k]["norm"] in ENDS:
                    break
                if toks[k]["start"] in subj:
                    first = k
            if not first or toks[first - 1]["kind"] != "arabic":
                continue
            at = toks[j]["start"]
            got = any(a < at + 60 and b > at for a, b in quotes)
            (hit if got else miss)[form(toks[first - 1]["norm"])] += 1
    return miss, hit


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 250
    miss, hit = counts(sys.argv[1])
    known = listed()
    for f, c in miss.most_common(n):
        print("%s %d/%d%s" % (f, c, hit[f], "*" if f in known else ""))


if __name__ == "__main__":
    main()
