#!/usr/bin/env bash
# bench/dedup.sh — what duplicate detection costs as the store grows, and how right it is.
#
# Cost: the first 1,000, 10,000 and 31,030 SaudiNewsNet articles are ingested into a new store
# (--no-entities: recognition is measured elsewhere and would only slow the runs down),
# DEDUP_RUNS times each; `rasd ingest` reports the CPU time its writer thread spent checking
# them (fingerprint, candidates from LSH bands and passage keys, alignment and verification,
# the rows it writes) and the size of the in-memory candidate indexes; /usr/bin/time gives the
# process's peak memory. The medians go in the table. Once more under callgrind, counting the
# instructions executed inside dedup_put: a figure this noisy machine cannot move. Per-article
# cost must stay flat as the store grows (no all-pairs work).
# Quality: the first QUALITY_N articles against an exact all-pairs Jaccard
# (bench/dedup_quality.py), and every byte-identical group of the whole corpus.
# Writes build/bench/dedup/ and the bench:dedup section of BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RASD=${RASD:-build/rasd}
SNN=../shared/data/saudinewsnet/articles.jsonl.gz
OUT=build/bench/dedup
SIZES=(1000 10000 31030)
DEDUP_RUNS=${DEDUP_RUNS:-3}
QUALITY_N=${QUALITY_N:-5000}
mkdir -p "$OUT"
: >"$OUT/cost.tsv"

# ingest N DIR — one fresh ingest of the first N articles; prints "cpu_s mem_MB rss_kB pairs".
ingest() {
    local n=$1 dir=$2 line secs rss
    rm -rf "$dir"
    mkdir -p "$dir"
    /usr/bin/time -f "%e %M" -o "$dir/time" "$RASD" ingest --no-entities --db "$dir/rasd.db" "$OUT/n$n.jsonl" \
        2>"$dir/ingest.log"
    read -r secs rss <"$dir/time"
    line=$(grep '^duplicates:' "$dir/ingest.log")
    python3 - "$line" "$rss" <<'PY'
import re, sys
m = re.search(r"(\d+) exact, (\d+) near, (\d+) reuse .* took ([\d.]+) s .*?, ([\d.]+) candidates "
              r"verified each, ([\d.]+) MB", sys.argv[1])
ex, nr, ru, cpu, cand, mb = m.groups()
print(cpu, mb, sys.argv[2], ex, nr, ru, cand)
PY
}

zcat "$SNN" >"$OUT/all.jsonl"
for n in "${SIZES[@]}"; do
    head -n "$n" "$OUT/all.jsonl" >"$OUT/n$n.jsonl"
    for run in $(seq "$DEDUP_RUNS"); do
        echo "== dedup: $n articles, run $run" >&2
        printf '%s\t%s\n' "$n" "$(ingest "$n" "$OUT/s$n" | tr ' ' '\t')" | tee -a "$OUT/cost.tsv" >&2
    done
    echo "== dedup: $n articles under callgrind" >&2
    rm -rf "$OUT/cg$n" && mkdir -p "$OUT/cg$n"
    valgrind --tool=callgrind --toggle-collect=dedup_put --callgrind-out-file="$OUT/cg$n/out" \
        --log-file="$OUT/cg$n/log" "$RASD" ingest --no-entities --db "$OUT/cg$n/rasd.db" "$OUT/n$n.jsonl" 2>/dev/null
    printf 'ir\t%s\t%s\n' "$n" "$(awk '/^(summary|totals):/ { print $2; exit }' "$OUT/cg$n/out")" \
        | tee -a "$OUT/cost.tsv" >&2
    rm -rf "$OUT/cg$n/rasd.db"*
done

echo "== dedup: quality on the first $QUALITY_N articles" >&2
head -n "$QUALITY_N" "$OUT/all.jsonl" >"$OUT/q.jsonl"
rm -rf "$OUT/q.db"*
"$RASD" ingest --no-entities --db "$OUT/q.db" "$OUT/q.jsonl" 2>/dev/null
"$RASD" dupes --db "$OUT/q.db" --json >"$OUT/q-dupes.jsonl"
"$RASD" analyze --tokens "$OUT/q.jsonl" >"$OUT/q-analysis.jsonl"
python3 bench/dedup_quality.py "$OUT/q-analysis.jsonl" "$OUT/q-dupes.jsonl" "$OUT/q.jsonl" \
    | tee "$OUT/quality.txt" >&2
"$RASD" dupes --db "$OUT/s31030/rasd.db" --json --kind exact >"$OUT/all-exact.jsonl"
python3 - "$OUT/all.jsonl" "$OUT/all-exact.jsonl" <<'PY' | tee -a "$OUT/quality.txt" >&2
import collections, json, sys
texts = collections.defaultdict(list)
for l in open(sys.argv[1]):
    d = json.loads(l)
    if len(d["text"]) >= 50:
        texts[d["text"]].append(d["id"])
groups = [g for g in texts.values() if len(g) > 1]
parent = {}
def find(x):
    while parent.get(x, x) != x:
        x = parent[x]
    return x
for l in open(sys.argv[2]):
    d = json.loads(l)
    parent[find(d["b"])] = find(d["a"])
whole = sum(1 for g in groups if len({find(x) for x in g}) == 1)
print(f"byte-identical groups (50+ characters): {len(groups)} of {sum(map(len, groups))} "
      f"articles; found whole: {whole}")
PY
rm -f "$OUT"/*.jsonl "$OUT/q.db"*

python3 - "$OUT/cost.tsv" "$OUT/quality.txt" <<'PY'
import re, statistics, sys
rows, ir = {}, {}
for l in open(sys.argv[1]):
    f = l.split()
    if f[0] == "ir":
        ir[int(f[1])] = int(f[2])
    else:
        rows.setdefault(int(f[0]), []).append(f[1:])
med = lambda xs: statistics.median(float(x) for x in xs)
out = ["<!-- bench:dedup -->", "",
       "### Duplicate detection as the store grows (bench/dedup.sh)", "",
       "The first N SaudiNewsNet articles ingested into a new store. *CPU µs/article*: the",
       "ingest writer's CPU time inside duplicate detection (fingerprint, candidates from the",
       "LSH bands and passage keys, alignment, verification, its rows), median of the runs;",
       "*instr./article*: instructions inside `dedup_put` under callgrind (repeatable);",
       "*indexes MB*: the in-memory candidate indexes; *peak RSS*: the whole ingest process.", "",
       "| articles | CPU µs/article | instr./article | candidates verified/article | indexes MB "
       "| peak RSS MB | exact pairs | near pairs | reuse pairs |",
       "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
for n in sorted(rows):
    r = rows[n]
    cpu, mb, rss = med(x[0] for x in r), med(x[1] for x in r), med(x[2] for x in r)
    ex, nr, ru, cand = r[0][3:7]
    out.append(f"| {n:,} | {1e6 * cpu / n:.0f} | {ir.get(n, 0) / n:,.0f} | {float(cand):.1f} "
               f"| {mb} | {rss / 1024:.0f} | {int(ex):,} | {int(nr):,} | {int(ru):,} |")
out += ["", "Quality (bench/dedup_quality.py: exact all-pairs Jaccard of 5-word shingles on the",
        "first articles; the corpus's byte-identical groups):", "", "```"]
out += [l.rstrip("\n") for l in open(sys.argv[2])]
out += ["```", "", "<!-- /bench:dedup -->"]
section = "\n".join(out)
text = open("BENCHMARKS.md").read()
if "<!-- bench:dedup -->" in text:
    text = re.sub(r"<!-- bench:dedup -->.*?<!-- /bench:dedup -->", lambda m: section, text,
                  flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open("BENCHMARKS.md", "w").write(text)
print(section)
PY
