#!/usr/bin/env python3
"""bench/turn64/measure_view.py — item 3 of turn64 (stop 54): err61's q1, a subject before a
bare present verb of opinion (… عبدالرحمن الخنين يرى أن …). Over the corpus outside
drawn.txt whose text has «X يرى/ترى أن/بأن» with X a word not led by و/ف, every occurrence:
whether BUILD gives a quote whose cue is that verb, and whether a PER/ORG mention of BUILD ends
right before it (the subject the recogniser found).

    python3 bench/turn64/measure_view.py BUILD[:DATA] SEED > rows.tsv

Rows: article, offset, quote (1/0), mention before (its text or -), the words around. Counts
to stderr."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import measure as M  # noqa: E402

F = M.F
FORM = re.compile(r"(?<![\S])([^\s،,.:؟!«»\"]+)\s+(يرى|ترى)\s+(?:أن|بأن|ان|بان)(?!\S)")


def forms(text):
    return [m for m in FORM.finditer(text) if m.group(1)[0] not in "وف"]


def view(t, o, m):
    """For the form m in text t and BUILD's record o: the verb's byte offset, whether o has a
    quote whose cue is the verb (a text: its content starts right after the verb), and the
    PER/ORG mentions of o ending right before the verb (the subject the recogniser found)."""
    vs = len(t[:m.start(2)].encode("utf-8"))
    ve = len(t[:m.end(2)].encode("utf-8"))
    q = any(x.get("cue") == m.group(2) and ve <= x["start"] <= ve + 16
            for x in o.get("quotes", []) or [])
    ws = len(t[:m.start(2)].rstrip().encode("utf-8"))
    men = [e for e in o.get("entities", []) or []
           if e.get("end") == ws and e.get("type") in ("PER", "ORG")]
    return vs, q, men


def main(a):
    build, seed = a[0], a[1]
    docs = F.sample(F.pool(grep=lambda t: bool(forms(t))), seed, "0:40000")
    out = F.analyze_cached(build, docs, "/tmp/turn64_view_%s.json" % seed)
    cnt = collections.Counter()
    for d in docs:
        t = d["text"]
        o = out.get(d["id"]) or {}
        for m in forms(t):
            vs, q, men = view(t, o, m)
            cnt[(q, bool(men))] += 1
            print("\t".join([d["id"], str(vs), str(int(q)), men[0]["text"] if men else "-",
                             t[max(0, m.start() - 80):m.end() + 60].replace("\n", " ")]))
    print("# %d articles; (quote, mention before): %s" % (len(docs), dict(cnt)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
