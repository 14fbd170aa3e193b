#!/usr/bin/env python3
"""bench/turn65/measure_view.py — item 1 of turn65 (stop 55): a named subject before a bare
present verb of opinion («X يرى/ترى/يعتبر/تعتبر أن»), turn64's measure_view.py with يعتبر
and the words before the mention. Over the corpus outside drawn.txt whose text has the form
(X a word not led by و/ف), every occurrence: whether BUILD gives a quote whose cue is that
verb, the PER/ORG mention of BUILD ending right before it, and the words from the sentence's
start (after . ؟ ! : or a line break, at most 8) to that mention.

    python3 bench/turn65/measure_view.py BUILD[:DATA] SEED > rows.tsv

Rows: article, offset, quote (1/0), mention type, mention (or -), words before it, the text
around. Counts to stderr."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import fresh as F  # noqa: E402
sys.path.insert(0, os.path.join(HERE, "..", "turn64"))
from measure_view import view  # noqa: E402  (turn64's: the verb, its quote, the mention)

FORM = re.compile(r"(?<![\S])([^\s،,.:؟!«»\"]+)\s+(يرى|ترى|يعتبر|تعتبر)\s+(?:أن|بأن|ان|بان)(?!\S)")
STOP = re.compile(r"[.؟!:\n]")


def forms(text):
    return [m for m in FORM.finditer(text) if m.group(1)[0] not in "وف"]


def before(t, end):
    """The words between the sentence's start and byte-free char offset end (at most 8)."""
    s = t[:end]
    k = max(s.rfind(c) for c in ".؟!:\n")
    return " ".join(s[k + 1:].split()[-8:]) if len(s[k + 1:].split()) <= 8 else "… " + " ".join(s[k + 1:].split()[-8:])


def main(a):
    build, seed = a[0], a[1]
    if ":" in build:
        build, d = build.split(":", 1)
        os.environ["RASD_DATA"] = d
    docs = F.sample(F.pool(grep=lambda t: bool(forms(t))), seed, "0:40000")
    out = F.analyze_cached(build, docs, "/tmp/turn65_view_%s.json" % seed)
    cnt = collections.Counter()
    for d in docs:
        t = d["text"]
        o = out.get(d["id"]) or {}
        b = t.encode("utf-8")
        for m in forms(t):
            vs, q, men = view(t, o, m)
            pre = before(t, len(b[:men[0]["start"]].decode("utf-8"))) if men else "-"
            cnt[(q, men[0]["type"] if men else "-")] += 1
            print("\t".join([d["id"], str(vs), str(int(q)), men[0]["type"] if men else "-",
                             men[0]["text"] if men else "-", pre,
                             t[max(0, m.start() - 80):m.end() + 60].replace("\n", " ")]))
    print("# %d articles; (quote, mention before): %s" % (len(docs), dict(cnt)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
