#!/usr/bin/env bash
# cli_batch.sh RASD — an article's analysis does not depend on its batch (issue 16, branch
# batch49; ARCHITECTURE.md: a read-only engine, per-call scratch): `rasd analyze` of 120
# SaudiNewsNet articles outside bench/recall/drawn.txt gives each article the same output
# alone, after the others in corpus order (one thread), and in reverse order (two threads).
# Shared tier (the articles are read from ../shared).
set -u
RASD=${1:?usage: tests/cli_batch.sh PATH/TO/rasd}
NAME=${2:-cli_batch}
T=build/test-tmp/cli-batch-$$
. tests/lib.sh
SNN=${SNN:-../shared/data/saudinewsnet/articles.jsonl.gz}
if shared_tier "batch" && [ -r "$SNN" ]; then
    # every 200th article of the corpus outside drawn.txt, the first 120 of them
    python3 - "$SNN" "$T" <<'EOF'
import gzip, json, sys
drawn = {l.split()[0] for l in open("bench/recall/drawn.txt", encoding="utf-8")
         if l.strip() and not l.startswith("#")}
docs, k = [], 0
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        if d["id"] in drawn:
            continue
        k += 1
        if k % 200 == 0:
            docs.append(line)
        if len(docs) == 120:
            break
open(sys.argv[2] + "/in.jsonl", "w", encoding="utf-8").writelines(docs)
open(sys.argv[2] + "/rev.jsonl", "w", encoding="utf-8").writelines(reversed(docs))
for i, l in enumerate(docs[:12]):
    open("%s/one%d.jsonl" % (sys.argv[2], i), "w", encoding="utf-8").write(l)
EOF
    "$RASD" analyze --threads 1 "$T/in.jsonl" > "$T/in.out" 2>/dev/null
    "$RASD" analyze --threads 2 "$T/rev.jsonl" > "$T/rev.out" 2>/dev/null
    for f in "$T"/one*.jsonl; do "$RASD" analyze --threads 1 "$f" 2>/dev/null; done > "$T/one.out"
    same() {   # same A B: every article of B has A's output line
        python3 - "$1" "$2" <<'EOF'
import json, sys
a = {json.loads(l)["id"]: l for l in open(sys.argv[1], encoding="utf-8")}
b = {json.loads(l)["id"]: l for l in open(sys.argv[2], encoding="utf-8")}
bad = [i for i in b if a.get(i) != b[i]]
print("%d articles, %d differ %s" % (len(b), len(bad), bad[:5]))
sys.exit(1 if bad or len(b) < 12 else 0)
EOF
    }
    expect "120 articles: 120 outputs" test "$(wc -l < "$T/in.out")" -eq 120
    expect "reverse order, two threads: each article's output the same" same "$T/in.out" "$T/rev.out"
    expect "12 articles alone: each the same as after the others" same "$T/in.out" "$T/one.out"
fi
finish
