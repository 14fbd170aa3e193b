#!/usr/bin/env python3
"""fresh_rule.py (branch hist74): the rows of BUILD that the measured rule would touch, on a
fresh draw (fresh.py's pool: outside drawn.txt and every article bench/judged names), for
reading by hand. Measure only: nothing is built.

    python3 bench/hist74/fresh_rule.py SEED N|A:B OUT.tsv [BUILD[:DATA]]

Rule R7 (stated before the draw, bench/hist74/rule.md): an occurred event with no date of its
own, given the article's day, whose sentence holds a date rasd resolves (its "dates") that ends
more than 31 days before the article's day. The pool is grepped for a 4-digit year or a month
name (the rule cannot fire without one). Columns: judge_sample.py's, plus "feat" (the pair
variants' second features: month_sent, long_art, relative_sent, first3_sent) and "old" (the
old dates' text)."""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
sys.path.insert(0, HERE)
import fresh as F  # noqa: E402
import features as X  # noqa: E402

HEAD = ["sample", "no", "article", "published", "kind", "start", "status", "date", "dated",
        "actors", "place|speaker", "cue", "text", "feat", "old", "verdict", "reason"]


def main(argv):
    seed, n, path = int(argv[1]), argv[2], argv[3]
    build = argv[4] if len(argv) > 4 else "/tmp/end60/rasd.bin:/tmp/end60/data"
    grep = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)|" + X.MONTHS)
    docs = F.sample(F.pool(F.judged_ids(), grep), seed, n)
    outs = F.analyze(build, docs)
    k = 0
    with open(path, "w", encoding="utf-8") as w:
        w.write("\t".join(HEAD) + "\n")
        for d in docs:
            out = outs.get(d["id"], {})
            pub = d["published"][:10]
            for e in out.get("events", []):
                if e.get("status") != "occurred" or e.get("dated") or e.get("date") != pub:
                    continue
                s0, s1 = e["sentence"]
                old = [x for x in out.get("dates", []) if s0 <= x["start"] < s1
                       and X.prior(x.get("value"), pub, 31)]
                if not old:
                    continue
                r = {"kind": e["type"], "start": str(e["trigger"][0])}
                f = X.features(d, out, r)
                feat = ",".join(x for x in ("month_sent", "long_art", "relative_sent",
                                            "first3_sent") if f.get(x))
                k += 1
                row = ["events", str(k), d["id"], d["published"]] + F.event_row(d, e)
                w.write("\t".join(row + [feat, "; ".join(x["text"] + "=" + x["value"]
                                                          for x in old), "", ""]) + "\n")
    print("articles %d, rows %d" % (len(docs), k), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
