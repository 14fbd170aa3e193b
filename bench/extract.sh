#!/usr/bin/env bash
# bench/extract.sh — article extraction quality and speed against readability-lxml on the
# article-extraction benchmark (bench/extract_eval.py --bench); rewrites the bench:extract
# section of BENCHMARKS.md. readability-lxml is Debian's python3-readability, so the
# script runs under /usr/bin/python3 (tools/deps.sh bench installs it); Mozilla Readability
# is npm's @mozilla/readability over jsdom (bench/node/package-lock.json, installed here).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=../shared/data/article-extraction
RASD=${RASD:-build/rasd}
if [ ! -e "$DATA/ground-truth.json" ]; then
    echo "bench/extract.sh: $DATA not found" >&2
    exit 1
fi
if [ ! -e bench/node/node_modules/.package-lock.json ] ||
   [ bench/node/package-lock.json -nt bench/node/node_modules/.package-lock.json ]; then
    (cd bench/node && npm ci --no-audit --no-fund --loglevel=error) ||
        echo "bench/extract.sh: npm ci in bench/node failed: Mozilla Readability left out" >&2
fi
echo "bench: article extraction, rasd, readability-lxml and Mozilla Readability on $DATA" >&2
/usr/bin/python3 bench/extract_eval.py --bench BENCHMARKS.md --rasd "$RASD" --data "$DATA"
