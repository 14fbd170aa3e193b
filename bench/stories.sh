#!/usr/bin/env bash
# bench/stories.sh — story clustering against the labelled dev days (docs/STORIES.md).
#
# Quality: the plain TF-IDF single-link baseline (bench/stories_baseline.py), on the labelled
# articles alone and inside the stream of their days, at the threshold best on the tuned days;
# then, when $RASD has the `stories` command, all of SaudiNewsNet ingested into a new store and
# `rasd stories --json` scored by bench/stories_eval.py (the clusters form in the whole stream).
# Cost: that ingest's wall time and articles/s, and the same ingest with --no-stories when the
# command takes it (the issue allows stories at most 20% more).
# Writes build/bench/stories/ and the bench:stories section of BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RASD=${RASD:-build/rasd}
SNN=../shared/data/saudinewsnet/articles.jsonl.gz
OUT=build/bench/stories
mkdir -p "$OUT"
rm -f "$OUT/rasd.json" "$OUT/cost.tsv"

if [ ! -e "$SNN" ]; then
    echo "bench: $SNN not found" >&2
    exit 1
fi

echo "== stories: TF-IDF single-link baseline" >&2
python3 bench/stories_baseline.py --corpus "$SNN" --json "$OUT/baseline.json" >&2

# ingest NAME [OPTION] — a fresh whole-corpus ingest; appends "NAME articles wall_s rss_kB".
ingest() {
    local name=$1 secs rss
    shift
    rm -rf "$OUT/$name" && mkdir -p "$OUT/$name"
    /usr/bin/time -f "%e %M" -o "$OUT/$name/time" "$RASD" ingest "$@" --db "$OUT/$name/rasd.db" \
        "$OUT/all.jsonl" 2>"$OUT/$name/ingest.log"
    read -r secs rss <"$OUT/$name/time"
    printf '%s\t%s\t%s\t%s\n' "$name" "$(wc -l <"$OUT/all.jsonl")" "$secs" "$rss" | tee -a "$OUT/cost.tsv" >&2
}

if "$RASD" stories --help >/dev/null 2>&1; then
    zcat "$SNN" >"$OUT/all.jsonl"
    echo "== stories: whole-corpus ingest" >&2
    ingest on
    "$RASD" stories --db "$OUT/on/rasd.db" --json >"$OUT/stories.jsonl"
    python3 bench/stories_eval.py "$OUT/stories.jsonl" --json "$OUT/rasd.json" >&2
    if "$RASD" ingest --help 2>&1 | grep -q -- --no-stories; then
        echo "== stories: the same ingest with --no-stories" >&2
        ingest off --no-stories
    fi
    rm -rf "$OUT/all.jsonl" "$OUT/on/rasd.db"* "$OUT/off/rasd.db"*
else
    echo "bench: $RASD has no stories command; only the baseline is measured" >&2
fi

python3 - "$OUT" <<'PY'
import json, os, re, sys
out = sys.argv[1]
def row(name, s):
    return (f"| {name} | {s['articles']} | {s['gold_pairs']} | {s['precision']:.3f} | "
            f"{s['recall']:.3f} | **{s['f1']:.3f}** | {s['b3_f1']:.3f} | "
            f"{s['hard_merged']}/{s['hard_pairs']} ({100 * s['hard_merged_share']:.1f}%) |")
def table(res):
    lines = ["| part | articles | pairs | P | R | F1 | B³ F1 | hard negatives merged |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    lines += [row(d, s) for d, s in res["days"].items()]
    lines += [row("tuned days", res["tuned"]), row("**unseen days**", res["unseen"]),
              row("all", res["all"])]
    return lines
base = json.load(open(os.path.join(out, "baseline.json")))
sec = ["<!-- bench:stories -->", "",
       "### Stories on the labelled dev days (bench/stories.sh)", "",
       "Pairwise precision, recall and F1 over same-day pairs of the 950 labelled articles",
       "(bench/stories/labels.tsv; the rule and the sample in docs/STORIES.md), B³ F1, and the",
       "share of hard-negative pairs (one topic, different events) put in one story.",
       "2015-08-06 and 2015-08-10 are unseen: never looked at while tuning.", ""]
rasd = os.path.join(out, "rasd.json")
if os.path.exists(rasd):
    sec += ["rasd, all of SaudiNewsNet ingested (`rasd stories --json`):", ""]
    sec += table(json.load(open(rasd))) + [""]
    cost = [l.split() for l in open(os.path.join(out, "cost.tsv"))]
    c = {name: (int(n), float(s), int(kb)) for name, n, s, kb in cost}
    n, s, kb = c["on"]
    line = f"Whole ingest with stories: {n:,} articles in {s:.1f} s ({n / s:,.0f} articles/s, peak RSS {kb // 1024} MB)"
    if "off" in c:
        line += f"; with --no-stories {c['off'][1]:.1f} s: stories add {100 * (s / c['off'][1] - 1):.0f}%"
    sec += [line + ".", ""]
for name, what in (("alone", "on the labelled articles alone"),
                   ("stream", "inside the stream of all articles of those days")):
    b = base[name]
    sec += [f"Baseline, TF-IDF cosine single link within a day, {what} ({b['articles']:,} "
            f"articles), threshold {b['threshold']} (best F1 on the tuned days):", ""]
    sec += table(b["scores"]) + [""]
sec += ["<!-- /bench:stories -->"]
section = "\n".join(sec)
text = open("BENCHMARKS.md").read()
if "<!-- bench:stories -->" in text:
    text = re.sub(r"<!-- bench:stories -->.*?<!-- /bench:stories -->", lambda m: section, text,
                  flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open("BENCHMARKS.md", "w").write(text)
print(section)
PY
