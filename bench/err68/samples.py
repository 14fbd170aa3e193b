#!/usr/bin/env python3
"""bench/err68/samples.py — N matching sentences of several count.py forms in one pass
(branch err68): samples.py N FORM...  (the forms' sense is read on these)."""
import sys
import count
n, forms = int(sys.argv[1]), sys.argv[2:]
rx = {k: count.re.compile(count.FORMS[k]) for k in forms}
got = {k: 0 for k in forms}
for aid, s in count.sentences():
    for k, r in rx.items():
        if got[k] < n and r.search(s):
            got[k] += 1
            print(k, aid, s[:220])
    if all(v >= n for v in got.values()):
        break
