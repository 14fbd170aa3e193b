#!/usr/bin/env python3
"""events50: event rows of `rasd analyze` on N articles outside drawn.txt (shuffled with SEED,
or every article when N is 0, or those matching the regex $GREP), OLD rasd vs NEW rasd (two builds, or one build
with two data folders: RASD[:DATA]); the rows removed and added, as judge rows
(tools/judge_sample.py's event_row; a last column for the verdict). The draw, runs and diff
are bench/recall/fresh.py's (mend54, stop 46).

    bench/events50/diff.py OLD NEW SEED N OUT.tsv [analyze flags…]"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import fresh as F  # noqa: E402


def main(old, new, seed, n, out, *flags):
    if os.environ.get("GREP"):   # development: only the articles holding the form's words
        docs = F.pool(grep=os.environ["GREP"])
    else:
        docs = F.pool()
        docs = F.sample(docs, seed, n) if int(n) else docs
    a, b = F.analyze(old, docs, flags), F.analyze(new, docs, flags)
    with open(out, "w", encoding="utf-8") as w:
        cnt = F.write_event_diff(docs, a, b, w, blanks=1)
    print(seed, len(docs), cnt, file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
