#!/bin/sh
# bench/extract_cost.sh RASD [N] — instructions of extraction (rasd_extract: dates, quotes,
# events) per token, counted by callgrind on the first N (default 400) SaudiNewsNet articles
# in file order, one thread, entities on (docs/EVENTS.md "Cost per token").
set -e
R=${1:?usage: extract_cost.sh RASD [N]}; N=${2:-400}
SNN=${SNN:-../shared/data/saudinewsnet/articles.jsonl.gz}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
zcat "$SNN" | head -n "$N" > "$T/a.jsonl"
valgrind --tool=callgrind --callgrind-out-file="$T/cg" --toggle-collect=rasd_extract \
    "$R" analyze --threads 1 "$T/a.jsonl" > /dev/null 2>&1
ir=$(callgrind_annotate "$T/cg" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
tok=$("$R" analyze --threads 1 --tokens --no-entities --no-events "$T/a.jsonl" |
      python3 -c 'import sys, json; print(sum(len(json.loads(l)["tokens"]) for l in sys.stdin))')
echo "articles $N tokens $tok extraction_Ir $ir Ir_per_token $(python3 -c "print(round($ir / $tok, 1))")"
