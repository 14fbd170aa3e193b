#!/usr/bin/env python3
"""trigger_rows.py — the default trigger layer's event rows (src/events/triggers.c) over a
uniform sample of SaudiNewsNet articles outside bench/recall/drawn.txt (assault40, issue 16).

    tools/trigger_rows.py layer RASD SEED N OUT.tsv
    tools/trigger_rows.py diff RASD_BEFORE RASD_AFTER SEED N OUT.tsv

layer: N articles drawn with random.Random(SEED) are analysed twice (`rasd analyze` and
`rasd analyze --no-event-triggers`); the rows only in the default output (by article, kind and
trigger offsets) are the layer's, written one a line as tools/judge_sample.py writes event
rows (sample "layer"), with an empty verdict column to fill by hand. diff: the rows of the
default output that RASD_AFTER removes, adds or changes against RASD_BEFORE (sample "removed",
"added", "changed"; a changed row is written as RASD_AFTER gives it). Counts by kind go to
stderr. Python stdlib only."""
import collections
import json
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from judge_sample import load_articles, event_row  # noqa: E402

HEAD = ["sample", "no", "article", "published", "kind", "start", "status", "date", "dated",
        "actors", "place|speaker", "cue", "text", "verdict", "reason"]


def analyze(rasd, path, extra):
    out = subprocess.run([rasd, "analyze", "--threads", "1"] + extra + [path], check=True,
                         capture_output=True).stdout.decode()
    res = {}
    for line in out.splitlines():
        d = json.loads(line)
        res[d["id"]] = {(e["type"], tuple(e["trigger"])): e for e in d.get("events", [])}
    return res


def draw(seed, n):
    docs = load_articles()
    order = random.Random(seed).sample(range(len(docs)), min(n, len(docs)))
    return [docs[i] for i in sorted(order)]


def write(out, rows):
    with open(out, "w", encoding="utf-8") as f:
        f.write("\t".join(HEAD) + "\n")
        for k, (tag, d, e) in enumerate(rows):
            f.write("\t".join([tag, str(k + 1), d["id"], d.get("published", "")]
                              + event_row(d, e) + ["", ""]) + "\n")


def comparable(e):
    return json.dumps(e, sort_keys=True, ensure_ascii=False)


def main(a):
    if len(a) == 5 and a[0] == "layer":
        jobs = [(a[1], []), (a[1], ["--no-event-triggers"])]
        seed, n, out = int(a[2]), int(a[3]), a[4]
    elif len(a) == 6 and a[0] == "diff":
        jobs = [(a[1], []), (a[2], [])]
        seed, n, out = int(a[3]), int(a[4]), a[5]
    else:
        sys.exit(__doc__)
    docs = draw(seed, n)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                     encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    try:
        r0, r1 = (analyze(rasd, t.name, extra) for rasd, extra in jobs)
    finally:
        os.unlink(t.name)
    rows, count = [], collections.Counter()
    for d in docs:
        x0, x1 = r0.get(d["id"], {}), r1.get(d["id"], {})
        for k in sorted(set(x0) | set(x1), key=lambda k: (k[1], k[0])):
            if a[0] == "layer":
                tag = "layer" if k in x0 and k not in x1 else None
            elif k not in x1:
                tag = "removed"
            elif k not in x0:
                tag = "added"
            else:
                tag = "changed" if comparable(x0[k]) != comparable(x1[k]) else None
            if tag:
                rows.append((tag, d, x1[k] if tag in ("added", "changed") else x0[k]))
                count[(tag, k[0])] += 1
    write(out, rows)
    print(f"trigger_rows: seed {seed}: {len(docs)} articles, {len(rows)} rows -> {out}",
          file=sys.stderr)
    for (tag, kind), v in sorted(count.items()):
        print(f"  {tag} {kind} {v}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
