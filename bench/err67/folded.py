#!/usr/bin/env python3
"""bench/err67/folded.py VFILE — the read parts' missed gold events whose article holds another
gold event of the same kind and the same first actor that was found (the fold's one row per
real event may have taken both; unseen35's «ودعا الحسين … وحث الحسين»: branch err67)."""
import ast, collections, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import recall  # noqa: E402
gold = recall.load(os.path.join(HERE, "..", "..", "tests", "data", "recall_snn.tsv"), "all")
missed = collections.Counter()
for l in open(sys.argv[1], encoding="utf-8"):
    if l.startswith("  missed event"):
        p = l.split(None, 5)
        missed[(p[2], p[3], tuple(ast.literal_eval(p[4] if len(p) == 5 else p[4] + " " + p[5])
                                  [:1]))] += 1
n, arts = 0, set()
for (aid, kind, first), k in sorted(missed.items()):
    same = [e for e in gold.get(aid, {}).get("E", []) if e["type"] == kind and
            tuple(e.get("actors", [])[:1]) == first]
    if first and len(same) > k:   # some of them found
        n += k
        arts.add(aid)
        print(aid, kind, first[0], "gold", len(same), "missed", k)
print("missed rows with a found twin of the same kind and first actor: %d in %d articles"
      % (n, len(arts)))
