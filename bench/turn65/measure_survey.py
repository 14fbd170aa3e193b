#!/usr/bin/env python3
"""bench/turn65/measure_survey.py — item 3 of turn65 (stop 55): a survey's counted group as
the subject of a reporting verb («في حين قال 32% إن»، «42% قالوا إن»، «أبدى 33% منهم»). Over
the corpus outside drawn.txt (fresh.py pool) whose text has a percentage right before or
after a reporting verb, every occurrence: whether BUILD gives a quote whose cue is that verb
starting within 40 bytes after it, its speaker, and the words around.

    python3 bench/turn65/measure_survey.py BUILD[:DATA] SEED > rows.tsv

Counts to stderr."""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import fresh as F  # noqa: E402

V = r"(?:و|ف)?(?:قال|قالت|قالوا|قلن|يقول|يقولون|أكد|أكدوا|اكد|اكدوا|أبدى|ابدى|أبدوا|أعرب|أعربوا|اعرب|اعتبر|اعتبروا|يعتبر|يعتبرون|يرى|يرون|رأى|يعتقد|يعتقدون|اعتقد|أشار|أشاروا|اشار|ذكر|ذكروا|أجاب|أجابوا|أفاد|أفادوا|توقع|توقعوا|يتوقع|يتوقعون|طالب|طالبوا|عبر|عبروا|أيد|أيدوا|رفض|رفضوا)"
PCT = r"(?:%\s*\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s*(?:%|٪|في\s*المئة|في\s*المائة|بالمئة|بالمائة))"
FORM = re.compile(r"(?<!\S)(" + V + r")\s+(" + PCT + r")|(" + PCT + r")\s+(?:منهم\s+|منهن\s+)?(" + V + r")(?!\S)")


def main(a):
    build, seed = a[0], a[1]
    if ":" in build:
        build, d = build.split(":", 1)
        os.environ["RASD_DATA"] = d
    docs = F.sample(F.pool(grep=lambda t: bool(FORM.search(t))), seed, "0:40000")
    out = F.analyze_cached(build, docs, "/tmp/turn65_survey_%s.json" % seed)
    cnt = collections.Counter()
    for d in docs:
        t = d["text"]
        o = out.get(d["id"]) or {}
        for m in FORM.finditer(t):
            verb = m.group(1) or m.group(4)
            vs = m.start(1) if m.group(1) else m.start(4)
            vb = len(t[:vs].encode("utf-8"))
            qs = [x for x in o.get("quotes", []) or [] if vb <= x.get("cue_start", -1) <= vb + 4
                  or (x.get("cue") and verb.endswith(x["cue"]) and vb <= x["start"] <= vb + 60)]
            sp = (qs[0].get("speaker") or {}).get("name", "-") if qs else "-"
            key = ("quote" if qs else "none", "speaker" if qs and sp != "-" else "nospeaker")
            cnt[key] += 1
            print("\t".join([d["id"], str(vb), key[0], sp or "-",
                             t[max(0, m.start() - 100):m.end() + 60].replace("\n", " ")]))
    print("# %d articles; %s" % (len(docs), dict(cnt)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
