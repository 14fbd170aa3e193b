#!/usr/bin/env bash
# bench/acr64/stories_pair.sh RASD DATA OUT — bench/stories.sh's scored part alone (the whole
# corpus ingested with stories, `rasd stories --json`, stories_eval.py), without the
# baseline and the --no-stories ingest: the start build and the branch's, same command.
set -euo pipefail
cd "$(dirname "$0")/../.."
RASD=$1; export RASD_DATA=$2; OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
zcat ../shared/data/saudinewsnet/articles.jsonl.gz >"$OUT/all.jsonl"
"$RASD" ingest --db "$OUT/rasd.db" "$OUT/all.jsonl" 2>"$OUT/ingest.log"
"$RASD" stories --db "$OUT/rasd.db" --json >"$OUT/stories.jsonl"
python3 bench/stories_eval.py "$OUT/stories.jsonl" --json "$OUT/rasd.json" >"$OUT/eval.txt" 2>&1
rm -f "$OUT/all.jsonl" "$OUT"/rasd.db*
