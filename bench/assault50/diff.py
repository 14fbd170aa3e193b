#!/usr/bin/env python3
"""assault50: event rows of two rasd builds (each with its own data) on N articles outside
drawn.txt and outside every judged file of bench/assault50/pool.py (shuffled with SEED), by
default and under --event-triggers: the rows removed and added, as judge rows.
The draw, the runs and the diff are bench/recall/fresh.py's (mend54, stop 46).

    bench/assault50/diff.py OLD_RASD OLD_DATA NEW_RASD NEW_DATA SEED N OUTPREFIX"""
import os, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import fresh as F  # noqa: E402
_s = importlib.util.spec_from_file_location("a50pool", os.path.join(HERE, "pool.py"))
_m = importlib.util.module_from_spec(_s)
_s.loader.exec_module(_m)


def main(old, old_data, new, new_data, seed, n, prefix):
    docs = F.sample(F.pool({r["article"] for r in _m.judged()}), seed, n)
    for mode, args in (("default", []), ("all", ["--event-triggers"])):
        a = F.analyze(old, docs, args, data=old_data)
        b = F.analyze(new, docs, args, data=new_data)
        with open("%s_%s.tsv" % (prefix, mode), "w", encoding="utf-8") as w:
            cnt = F.write_event_diff(docs, a, b, w)
        print(seed, n, mode, cnt, file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
