#!/usr/bin/env python3
"""bench/turn64/measure_marks.py — item 2 of turn64 (stop 54): how many quotes hold, inside
their content, a reporting cue of data/quotes.tsv "cue" (with و/ف or not), up to 8 words, a
colon and a quote mark: another statement's opening that the quote's marks swallowed
(span62's snn-025443: «بدوره قال افيخاي ادرعي :»إن … ..وقال -ادرعي- في تصريح له :»»»).

    python3 bench/turn64/measure_marks.py BUILD[:DATA] SEED > hits.tsv

The corpus outside drawn.txt whose text has the form anywhere (slice 0:40000 of the grepped
pool's permutation by SEED: all of it), analysed by BUILD; a row per quote whose content
(start..end, and the 8 bytes after it: a content that ends at the colon, its mark left out)
holds the form. Counts to stderr."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import measure as M  # noqa: E402

F = M.F
MARKS = "«»\"“”„"
COLON = re.compile(r"\s*:\s*[" + MARKS + "]")
WORD = re.compile(r"[^\s\W\d_]+|[^\s]+")


def hit(text):
    """The first colon and mark with a cue among the 9 words before it (no sentence end
    between): a match-like (start, end) pair, else None."""
    for c in COLON.finditer(text):
        back = text[max(0, c.start() - 120):c.start()]
        back = re.split(r"[.؟!]\s", back)[-1]
        words = re.findall(r"[\u0600-\u06ff]+", back)[-9:]
        if any(M.is_cue(w) for w in words):
            return (c.start() - len(back), c.end())
    return None


def main(a):
    build, seed = a[0], a[1]
    docs = F.sample(F.pool(grep=lambda t: hit(t) is not None), seed, "0:40000")
    out = F.analyze_cached(build, docs, "/tmp/turn64_marks_%s.json" % seed)
    n = tot = 0
    for d in docs:
        b = d["text"].encode("utf-8")
        for q in (out.get(d["id"]) or {}).get("quotes", []) or []:
            tot += 1
            txt = b[q["start"]:q["end"] + 8].decode("utf-8", "replace")   # a mark right after
            m = hit(txt)
            if m is None:
                continue
            n += 1
            sp = (q.get("speaker") or {}).get("name") or ""
            ctx = txt[max(0, m[0] - 60):m[1] + 100].replace("\n", " ⏎ ")
            print("\t".join([d["id"], str(q["start"]), str(q["end"]), sp,
                             str(q.get("direct", "")), txt[m[0]:m[1]].replace("\n", " "), ctx]))
    print("# %d articles, %d quotes, %d with the form inside" % (len(docs), tot, n),
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
