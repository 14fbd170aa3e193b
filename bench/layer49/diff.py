#!/usr/bin/env python3
"""layer49: event rows of `rasd analyze` on N articles outside drawn.txt (shuffled with SEED)
with data OLD vs data NEW: the rows removed and added, as judge rows (tools/judge_sample.py).
The draw, runs and diff are bench/recall/fresh.py's (mend54, stop 46): the same as
`bench/recall/fresh.py --old RASD:OLD_DATA --new RASD:NEW_DATA --seed SEED --n N`.

    bench/layer49/diff.py RASD OLD_DATA NEW_DATA SEED N OUT.tsv"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import fresh as F  # noqa: E402


def main(rasd, old, new, seed, n, out):
    docs = F.sample(F.pool(), seed, n)
    a, b = F.analyze(rasd, docs, data=old), F.analyze(rasd, docs, data=new)
    with open(out, "w", encoding="utf-8") as w:
        cnt = F.write_event_diff(docs, a, b, w)
    print(seed, n, cnt, file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
