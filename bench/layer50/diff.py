#!/usr/bin/env python3
"""layer50: event rows of two rasd builds (each with its data) on N articles outside
bench/recall/drawn.txt and the judged files (bench/judged/*.tsv), shuffled with SEED (N: the first N, or A:B, that slice of the shuffle): the rows
removed, added and changed (same article, kind and trigger; other actors, place or date),
as judge rows (tools/judge_sample.py event_row) with the old row's actors for a change.
The draw, runs and rows are bench/recall/fresh.py's (mend54, stop 46).

    bench/layer50/diff.py OLD_RASD OLD_DATA NEW_RASD NEW_DATA SEED N OUT.tsv"""
import collections, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import fresh as F  # noqa: E402


def key(e):
    return (e["type"], e["trigger"][0])


def main(old_rasd, old, new_rasd, new, seed, n, out):
    lo, hi = (int(v) for v in n.split(":")) if ":" in n else (0, int(n))
    docs = F.permuted(F.pool(F.judged_ids(article_column=True)), seed, lo, hi)
    a, b = F.analyze(old_rasd, docs, data=old), F.analyze(new_rasd, docs, data=new)
    w = open(out, "w", encoding="utf-8")
    cnt = collections.Counter()
    for d in docs:
        cnt["old"] += len(F.rows_by(a[d["id"]], key=key))
        cnt["new"] += len(F.rows_by(b[d["id"]], key=key))
    for tag, d, x, y in F.changes(docs, a, b, key=key, order=lambda k: (k[1], k[0])):
        cnt[tag + " " + (x or y)["type"]] += 1
        was = F.event_row(d, x)[5] if x and y else ""
        w.write("\t".join([tag, d["id"]] + F.event_row(d, y or x) + [was, ""]) + "\n")
    print(seed, n, dict(cnt), file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
