#!/usr/bin/env python3
"""hist69: the rows two builds differ by on the judged samples' articles (bench/judged, outside
drawn.txt) whose text matches the year grep: more rows for rules 3 and 5 (rule 5's new draw
holds 1,921 articles only). The marker-less pool rows hist69 read are among them (in sample).
Usage: judged_draw.py OLD[:DATA] NEW OUT.tsv"""
import collections, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "recall"))
import fresh  # noqa: E402

GREP = re.compile("((19|20)[0-9][0-9]|الماضي|القرن)")


def main(old, new, out):
    ids = fresh.judged_ids()
    docs = [d for d in fresh.pool((), GREP) if d["id"] in ids]
    a, b = fresh.analyze(old, docs), fresh.analyze(new, docs)
    cnt = collections.Counter()
    with open(out, "w", encoding="utf-8") as w:
        w.write("\t".join(fresh.HEAD) + "\n")
        no = 0
        for tag, d, o, n in fresh.changes(docs, a, b, "events"):
            no += 1
            r = fresh.judge_row(d, n or o, "events")
            cnt[(tag, r[0])] += 1
            w.write("\t".join(["events", str(no), tag, d["id"], d.get("published", "")] + r +
                              [fresh.was(d, o, n, "events") if tag == "changed" else "", "", ""])
                    + "\n")
    print(f"judged articles with the grep {len(docs)}; "
          + ", ".join(f"{k[0]} {k[1]} {v}" for k, v in sorted(cnt.items())), file=sys.stderr)


main(*sys.argv[1:4])
