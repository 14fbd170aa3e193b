#!/usr/bin/env python3
"""assault50: the rows the guarded deed form adds to the default output on a fresh draw
(bench/assault50/rule.md (b)): RASD by default with DATA and with a copy where `tdefault
assault deed` is on, on N articles outside drawn.txt, the judged files of pool.py and the
articles read in the --event-triggers diffs; K of the added rows drawn with SEED.
The draw, the runs and the rows are bench/recall/fresh.py's (mend54, stop 46). It needs a
DATA whose events.tsv holds the commented row `# tdefault<TAB>assault<TAB>deed` (stop 42's).

    bench/assault50/fresh.py RASD DATA SEED N K OUT.tsv"""
import os, random, sys, tempfile, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import fresh as F  # noqa: E402
_s = importlib.util.spec_from_file_location("a50pool", os.path.join(HERE, "pool.py"))
_m = importlib.util.module_from_spec(_s)
_s.loader.exec_module(_m)
READ = {"snn-026079", "snn-026300", "snn-025903"}   # the diffs' rows, read (seeds 5042, 5043)


def main(rasd, data, seed, n, k, out):
    docs = F.sample(F.pool({r["article"] for r in _m.judged()} | READ), seed, n)
    tmp = tempfile.mkdtemp()
    a, b = F.analyze(rasd, docs, data=data), F.analyze(rasd, docs, data=_m.deed_on_data(tmp, data))
    ch = list(F.changes(docs, a, b, key=F.whole, order="sides"))
    added = [(d, e) for tag, d, _, e in ch if tag == "added"]
    removed = sum(1 for tag, *_ in ch if tag == "removed")
    print(seed, n, "added", len(added), "by kind",
          {t: sum(1 for _, e in added if e["type"] == t) for t in {e["type"] for _, e in added}},
          "removed (changed)", removed, file=sys.stderr)
    pick = random.Random(int(seed)).sample(range(len(added)), min(int(k), len(added)))
    with open(out, "w", encoding="utf-8") as w:
        w.write("no\tarticle\tkind\tstart\tstatus\tdate\tdated\tactors\tplace\tcue\ttext\tverdict\treason\n")
        for no, i in enumerate(sorted(pick), 1):
            d, e = added[i]
            w.write("\t".join([str(no), d["id"]] + F.event_row(d, e) + ["", ""]) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
