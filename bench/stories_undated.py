#!/usr/bin/env python3
"""bench/stories_undated.py — story clustering of undated articles, measured (issue 13, stop 34).

    python3 bench/stories_undated.py make OUTDIR [--split tuned|unseen]
    python3 bench/stories_undated.py run OUTDIR VARIANT [--rasd build/rasd] [--data data]
    python3 bench/stories_undated.py score OUTDIR VARIANT [--split tuned|unseen] [--totals]

`make` writes, from ../shared/data/saudinewsnet/articles.jsonl.gz, for the labelled days of
one split of bench/stories/labels.tsv (corpus order throughout):
  lab_undated.jsonl   the labelled articles, without their "published" field
  day_undated.jsonl   every article of those days, without it (chains through unlabelled
                      articles count)
  lab_dated.jsonl, day_dated.jsonl   the same with their dates (the comparison)
and the label and hard-negative files of that split alone (labels.tsv, hard_negatives.tsv).
`run` ingests OUTDIR/VARIANT.jsonl into OUTDIR/VARIANT.db (`nice`, the store removed first);
`score` runs bench/stories_eval.py on it with the split's labels (`--totals`: the pooled line
only, for the unseen days).
"""
import argparse, gzip, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "..", "shared", "data", "saudinewsnet", "articles.jsonl.gz")
VARIANTS = ("lab_undated", "day_undated", "lab_dated", "day_dated")


def split_files(out, split):
    """Writes the split's labels and hard negatives to out; returns (labelled ids, days)."""
    ids, days = set(), set()
    with open(os.path.join(HERE, "stories", "labels.tsv"), encoding="utf-8") as f, \
            open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8") as o:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            if c[2] == split:
                ids.add(c[0]), days.add(c[1])
                o.write(line)
    with open(os.path.join(HERE, "stories", "hard_negatives.tsv"), encoding="utf-8") as f, \
            open(os.path.join(out, "hard_negatives.tsv"), "w", encoding="utf-8") as o:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.split("\t")
            if c[0] in ids and c[1] in ids:
                o.write(line)
    return ids, days


def make(out, split):
    os.makedirs(out, exist_ok=True)
    ids, days = split_files(out, split)
    outs = {v: open(os.path.join(out, v + ".jsonl"), "w", encoding="utf-8") for v in VARIANTS}
    n = dict.fromkeys(VARIANTS, 0)
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if (r.get("published") or "")[:10] not in days:
                continue
            dated = json.dumps(r, ensure_ascii=False) + "\n"
            r.pop("published", None)
            undated = json.dumps(r, ensure_ascii=False) + "\n"
            for v, text in (("day_dated", dated), ("day_undated", undated)) + (
                    (("lab_dated", dated), ("lab_undated", undated)) if r["id"] in ids else ()):
                outs[v].write(text)
                n[v] += 1
    for v in VARIANTS:
        outs[v].close()
        print(f"{v}: {n[v]} articles")


def run(out, variant, rasd, data):
    db = os.path.join(out, variant + ".db")
    for ext in ("", "-wal", "-shm"):
        if os.path.exists(db + ext):
            os.remove(db + ext)
    cmd = ["nice", rasd, "ingest", "--db", db, os.path.join(out, variant + ".jsonl")]
    env = dict(os.environ, RASD_DATA=data) if data else None
    subprocess.run(cmd, check=True, env=env)


def score(out, variant, rasd, totals):
    cmd = [sys.executable, os.path.join(HERE, "stories_eval.py"), os.path.join(out, variant + ".db"),
           "--labels", os.path.join(out, "labels.tsv"), "--hard",
           os.path.join(out, "hard_negatives.tsv"), "--rasd", rasd]
    res = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    for line in res.splitlines():
        if not totals or not line.startswith("  20"):
            print(line)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=("make", "run", "score"))
    ap.add_argument("out")
    ap.add_argument("variant", nargs="?", choices=VARIANTS)
    ap.add_argument("--split", default="tuned", choices=("tuned", "unseen"))
    ap.add_argument("--rasd", default=os.path.join(ROOT, "build", "rasd"))
    ap.add_argument("--data", help="the data directory (RASD_DATA) for run")
    ap.add_argument("--totals", action="store_true", help="pooled figures only")
    a = ap.parse_args()
    if a.what == "make":
        make(a.out, a.split)
    elif not a.variant:
        sys.exit("run and score need a variant")
    elif a.what == "run":
        run(a.out, a.variant, a.rasd, a.data)
    else:
        score(a.out, a.variant, a.rasd, a.totals)


if __name__ == "__main__":
    main()
