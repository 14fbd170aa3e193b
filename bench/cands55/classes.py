#!/usr/bin/env python3
"""classes.py OUT.json: the 102 quotes of list.txt, classed by hand (branch cands55, stop 47)
by what the candidate would have to be; prints rows and parts per class. Classes:
DP a described person, DG a described group (numbers and shares included), US an unnamed
source or medium (reports, media, a site, a circular), CN a body named by a common noun
(التنظيم، الشركة، الرئاسة، البرنامج) for one named earlier, NC a name the recogniser cut,
mistyped or missed, FAR a recognised name more than three sentences back, AFTER named only
after the quote (rasd gave the title before it), LOC a country as speaker (LOC is no
candidate), PR a pronoun's antecedent (هؤلاء، وقالت أيضا إنها), O other (gold doubtful or
absent from the text)."""
import sys, json, collections
CLS = {}
for spec in """DP 3 26 27 29 36 37 38 47 51 57 58 59 61 62 64 67 72 73 88 100
DG 4 5 6 8 30 39 40 41 42 48 49 56 74 75 86 90 91 92 93 94 95
US 19 20 25 33 45 69 85 102
CN 1 21 24 28 53
NC 2 9 10 11 12 13 14 15 16 17 31 32 44 46 54 55 60 65 66 76 77 78 79 80 81 82 83 84 87 96 97 98 99 101
FAR 18 35 70
AFTER 43 71
LOC 22 68
PR 63 89
O 7 23 34 50 52""".splitlines():
    c, *ns = spec.split()
    for n in ns:
        CLS[int(n)] = c
rows = json.load(open(sys.argv[1]))
no = [r for r in rows if not r["rules_ok"] and not any(c["label"] for c in r["cands"])]
assert len(no) == 102 and sorted(CLS) == list(range(1, 103))
by = collections.defaultdict(list)
for n, r in enumerate(no, 1):
    by[CLS[n]].append((n, r))
print("| class | rows | rules named nobody | parts | articles | parts touched |")
print("|---|---|---|---|---|---|")
for c, rs in sorted(by.items(), key=lambda x: -len({r["part"] for _, r in x[1]})):
    parts = sorted({r["part"] for _, r in rs})
    print("| %s | %d | %d | %d | %d | %s |" % (c, len(rs), sum(r["rules"] is None for _, r in rs),
          len(parts), len({r["id"] for _, r in rs}), ", ".join(parts)))
