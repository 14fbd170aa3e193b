#!/usr/bin/env python3
"""hist69: rule 5's fresh draw: every article of the year grep's pool (outside drawn.txt and
the judged files) that neither of rule 4's seed-6974 draws held (`--n 2000`, a sample, and
`--n 2000:8000`, a slice of a permutation: fresh.py's --skip cannot name the slice), in seed
6975's order; the rows two builds differ by, as fresh.py writes them.
Usage: rest_draw.py OLD[:DATA] NEW OUT.tsv"""
import collections, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "recall"))
import fresh  # noqa: E402

GREP = "((19|20)[0-9][0-9]|الماضي|القرن)"


def main(old, new, out):
    docs = fresh.pool(fresh.judged_ids(), GREP)
    seen = {d["id"] for d in fresh.sample(docs, 6974, 2000)}
    seen |= {d["id"] for d in fresh.sample(docs, 6974, "2000:8000")}
    rest = fresh.sample([d for d in docs if d["id"] not in seen], 6975, f"0:{len(docs)}")
    a, b = fresh.analyze(old, rest), fresh.analyze(new, rest)
    cnt = collections.Counter()
    with open(out, "w", encoding="utf-8") as w:
        w.write("\t".join(fresh.HEAD) + "\n")
        no = 0
        for tag, d, o, n in fresh.changes(rest, a, b, "events"):
            no += 1
            r = fresh.judge_row(d, n or o, "events")
            cnt[(tag, r[0])] += 1
            w.write("\t".join(["events", str(no), tag, d["id"], d.get("published", "")] + r +
                              [fresh.was(d, o, n, "events") if tag == "changed" else "", "", ""])
                    + "\n")
    print(f"pool {len(docs)}, 6974's draws {len(seen)}, this draw {len(rest)}; "
          + ", ".join(f"{k[0]} {k[1]} {v}" for k, v in sorted(cnt.items())), file=sys.stderr)


main(*sys.argv[1:4])
