#!/usr/bin/env python3
"""hist50: event rows of two rasd builds (each with its own data) on N SaudiNewsNet articles
outside drawn.txt and outside every article of bench/judged/*.tsv (shuffled with SEED), in
the default output and under --event-triggers: the rows removed, added or changed (same
trigger, other fields), as judge rows with empty verdict and reason. The draw, runs and rows
are bench/recall/fresh.py's (mend54, stop 46).

    bench/hist50/diff.py OLD_RASD OLD_DATA NEW_RASD NEW_DATA SEED N OUT.tsv"""
import collections, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import fresh as F  # noqa: E402


def trigger(e):
    return tuple(e["trigger"])


def main(old, old_data, new, new_data, seed, n, out):
    docs = F.sample(F.pool(F.judged_ids()), seed, n)
    with open(out, "w", encoding="utf-8") as w:
        w.write("mode\tchange\tarticle\tkind\tstart\tstatus\tdate\tdated\tactors\tplace\tcue"
                "\ttext\told_date\tverdict\treason\n")
        for mode, args in (("default", []), ("all", ["--event-triggers"])):
            a = F.analyze(old, docs, args, data=old_data)
            b = F.analyze(new, docs, args, data=new_data)
            cnt = collections.Counter({"old": 0, "new": 0, "removed": 0, "added": 0, "changed": 0})
            for d in docs:
                cnt["old"] += len(F.rows_by(a[d["id"]], key=trigger))
                cnt["new"] += len(F.rows_by(b[d["id"]], key=trigger))
            for tag, d, x, y in F.changes(docs, a, b, key=trigger):
                cnt[tag] += 1
                w.write("\t".join([mode, tag, d["id"]] + F.event_row(d, y or x) +
                                  [(x or {}).get("date") or "", "", ""]) + "\n")
            print(seed, n, mode, dict(cnt), file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
