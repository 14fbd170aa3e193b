#!/usr/bin/env python3
"""appeal56 (stop 48): diff.py OLD NEW REGEX EXCLUDE_IDS_FILE OUT.tsv [SEED N]: every corpus
article outside drawn.txt whose text (diacritics removed) matches REGEX, less the ids in
EXCLUDE_IDS_FILE (those read while writing the rule), or a random sample of N of them with SEED
when given; the event rows of the two builds that differ (bench/recall/fresh.py's frame), as
judge rows. The check of docs/EVENTS.md "Issue 16: appeals that open a clause":
    diff.py 7ef945b/rasd build/rasd '(^|[.!؟،,؛:\n–-]\s*)طالب\s' bench/appeal56/read.txt OUT.tsv"""
import sys, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import fresh as F
D = re.compile(r"[\u064b-\u0652\u0640]")
old, new, rx, exf, out = sys.argv[1:6]
pat = re.compile(rx)
ex = set(open(exf).read().split()) if os.path.exists(exf) else set()
docs = F.pool(exclude=ex, grep=lambda t: pat.search(D.sub("", t)))
if len(sys.argv) > 7:
    docs = F.sample(docs, int(sys.argv[6]), min(int(sys.argv[7]), len(docs)))
print("articles", len(docs), file=sys.stderr)
a = F.analyze(old, docs); b = F.analyze(new, docs)
with open(out, "w") as w:
    w.write("\t".join(F.HEAD) + "\n")
    no = 0
    for tag, d, o, n in F.changes(docs, a, b, "events"):
        no += 1
        r = F.judge_row(d, n or o)
        w.write("\t".join(["events", str(no), tag, d["id"], d.get("published", "")] + r +
                          [F.was(d, o, n) if tag == "changed" else "", "", ""]) + "\n")
print("rows", no, file=sys.stderr)
