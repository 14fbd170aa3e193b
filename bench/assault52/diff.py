#!/usr/bin/env python3
"""assault52: the default event rows of two rasd builds (each with its own data, found from its
own tree) on N articles outside drawn.txt (shuffled with SEED): the rows removed and added, as
judge rows (tools/judge_sample.py), with the published date.

    bench/assault52/diff.py OLD_RASD NEW_RASD SEED N OUT.tsv [SEED:N,...]

The optional last argument leaves out the articles of earlier draws: stages separated by
"/", each a list of SEED:N drawn (as this one draws) from what the stages before it left. The
draws of bench/assault52: 5252 6000 and 5253 9000 from the whole pool (they share articles;
5253's rows were deduplicated by hand), 5254 9000 with 5252:6000,5253:9000, 5255 9000 with
5252:6000,5253:9000/5254:9000. Now the same as `bench/recall/fresh.py --old OLD --new NEW
--seed SEED --n N --skip SPEC` (mend54, stop 46), whose frame this uses."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import fresh as F  # noqa: E402


def main(old, new, seed, n, out, exclude=""):
    docs = F.sample(F.skip_draws(F.pool(), exclude), seed, n)
    a, b = F.analyze(old, docs), F.analyze(new, docs)
    with open(out, "w", encoding="utf-8") as w:
        cnt = F.write_event_diff(docs, a, b, w)
    print(seed, n, cnt, file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
