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

# ingest NAME [OPTION] — a fresh whole-corpus ingest; appends "NAME articles wall_s rss_kB
# cpu_s" (user + system CPU of all threads: on a loaded machine steadier than wall time).
ingest() {
    local name=$1 secs rss usr sys
    shift
    rm -rf "${OUT:?}/${name:?}" && mkdir -p "$OUT/$name"
    /usr/bin/time -f "%e %M %U %S" -o "$OUT/$name/time" "$RASD" ingest "$@" --db "$OUT/$name/rasd.db" \
        "$OUT/all.jsonl" 2>"$OUT/$name/ingest.log"
    read -r secs rss usr sys <"$OUT/$name/time"
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$(wc -l <"$OUT/all.jsonl")" "$secs" "$rss" \
        "$(awk -v u="$usr" -v s="$sys" 'BEGIN { print u + s }')" | tee -a "$OUT/cost.tsv" >&2
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

python3 bench/stories_report.py "$OUT"
