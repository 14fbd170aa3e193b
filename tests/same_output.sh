#!/usr/bin/env bash
# same_output.sh RASD OUTDIR [N] — writes the outputs that a refactoring must not change:
# `rasd analyze --tokens` (entities, dates, quotes, events) of the first N (3,000)
# SaudiNewsNet articles, and from a store of them `rasd search --json` on the first 500
# ARCD training questions, `rasd dupes --json`, `rasd entities --json` and
# `rasd events --csv`. Compare two runs with `diff -r`: the issue-12 check
# (tests/same_output.sh OLD_RASD old/; tests/same_output.sh NEW_RASD new/; diff -r old new).
set -euo pipefail
RASD=${1:?rasd binary}
OUT=${2:?output folder}
N=${3:-3000}
SNN=${SNN:-../shared/data/saudinewsnet/articles.jsonl.gz}
Q=${QUERIES:-../shared/data/arcd/queries-train.tsv}
[ -r "$SNN" ] && [ -r "$Q" ] || { echo "same_output.sh: needs $SNN and $Q" >&2; exit 2; }
mkdir -p "$OUT"
rm -f "$OUT"/store.db*
{ gzip -dc "$SNN" || true; } 2>/dev/null | head -n "$N" > "$OUT/input.jsonl"
"$RASD" analyze --tokens "$OUT/input.jsonl" > "$OUT/analyze.jsonl"
"$RASD" ingest --db "$OUT/store.db" "$OUT/input.jsonl" > /dev/null 2>&1
head -n 500 "$Q" | cut -f2 | while IFS= read -r q; do
    printf '## %s\n' "$q"
    "$RASD" search --db "$OUT/store.db" --json --limit 10 -- "$q" || echo "exit $?"
done > "$OUT/search.jsonl"
"$RASD" dupes --db "$OUT/store.db" --json > "$OUT/dupes.jsonl"
"$RASD" entities --db "$OUT/store.db" --json > "$OUT/entities.jsonl"
"$RASD" events --db "$OUT/store.db" --csv > "$OUT/events.csv"
rm -f "$OUT"/store.db* "$OUT/input.jsonl"
wc -l "$OUT"/*.jsonl "$OUT"/*.csv | tail -n 1
