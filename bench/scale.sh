#!/usr/bin/env bash
# bench/scale.sh — what rasd's store and index cost as the corpus grows: 10k and 31k
# SaudiNewsNet articles, then 100k and SCALE_MAX (default 1,000,000) articles resampled from
# them in rounds a month apart (bench/scale.py: dates over years, texts that are not copies).
# SCALE_SIZES overrides the list. For each size: `rasd ingest --no-entities` of a JSONL file
# into a new store (wall time, articles/s, peak memory; dedup and stories on), the store's
# size, the story clustering's cost per article and active stories (the writer's own timer),
# and the latency of the 500 queries of bench/ir (bench_search latency, warm). Run after bench/ir/run.sh, which builds bench_search
# and the query file; writes build/bench/scale.tsv and the bench:scale section of BENCHMARKS.md.
# The ingest runs with RASD_STORY_PHASES=1: the story stage's cost by part (µs an article:
# copy lookup, copy load, candidates, scoring, memory, member write, threads, sweep, and the
# rows' flush at each commit) goes to build/bench/scale/phases.tsv and a second table.
set -euo pipefail
cd "$(dirname "$0")/.."
RASD=${RASD:-build/rasd}
SNN=../shared/data/saudinewsnet/articles.jsonl.gz
OUT=build/bench/scale
SEARCH=build/bench/ir/bin/bench_search
QUERIES=build/bench/ir/queries-latency.tsv
read -r -a SIZES <<<"${SCALE_SIZES:-10000 31030 100000 ${SCALE_MAX:-1000000}}"
mkdir -p "$OUT"
if [ ! -x "$SEARCH" ] || [ ! -s "$QUERIES" ]; then
    echo "bench/scale.sh: run bench/ir/run.sh first (it builds $SEARCH and $QUERIES)" >&2
    exit 1
fi
: >"$OUT/scale.tsv"
: >"$OUT/phases.tsv"
for n in "${SIZES[@]}"; do
    dir=$OUT/n$n
    rm -rf "$dir"
    mkdir -p "$dir"
    echo "== scale: $n articles" >&2
    python3 bench/scale.py "$SNN" "$n" >"$dir/articles.jsonl"
    # --no-entities: the search index at scale, as measured before entities were stored
    RASD_STORY_PHASES=1 /usr/bin/time -f "%e %M" -o "$dir/time" "$RASD" ingest --no-entities --db "$dir/rasd.db" "$dir/articles.jsonl" \
        2>"$dir/ingest.log" || true
    rm -f "$dir/articles.jsonl"
    read -r secs rss <"$dir/time"
    bytes=$(stat -c %s "$dir/rasd.db")
    "$RASD" stats --json --db "$dir/rasd.db" >"$dir/stats.json"
    lat=$("$SEARCH" latency "$dir" "$QUERIES")
    p50=$(cut -f4 <<<"$lat")
    p99=$(cut -f5 <<<"$lat")
    qps=$(cut -f6 <<<"$lat")
    # "clustering N new articles took S s (U us each, A stories active, M MB)"
    story=$(sed -n 's/.*clustering [0-9]* new articles took [0-9.]* s (\([0-9]*\) us each, \([0-9]*\) stories active, \([0-9.]*\) MB).*/\1\t\2\t\3/p' \
            "$dir/ingest.log" | tail -1)
    [ -n "$story" ] || story=$'-\t-\t-'
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$secs" "$rss" "$bytes" "$p50" "$p99" "$qps" "$story" | tee -a "$OUT/scale.tsv" >&2
    # "stories: us each: copy lookup A, copy load B, ..., flush I; C copies joined, R stories read back, ..."
    phases=$(sed -n 's/^stories: us each: \(.*\)$/\1/p' "$dir/ingest.log" | tail -1 |
             sed 's/[a-z ]* \([0-9.]*\)[,;] */\1\t/g; s/ copies joined, /\t/; s/ stories read back, .*//')
    [ -n "$phases" ] && printf '%s\t%s\n' "$n" "$phases" >>"$OUT/phases.tsv"
    if [ "$n" -gt 31030 ]; then rm -f "$dir"/rasd.db*; fi   # gigabytes: keep the figures only
done
python3 - "$OUT/scale.tsv" "$OUT/phases.tsv" <<'PY'
import re, sys
rows = [l.split("\t") for l in open(sys.argv[1]).read().split("\n") if l]
phases = [l.split("\t") for l in open(sys.argv[2]).read().split("\n") if l]
out = ["<!-- bench:scale -->", "",
       "### Store and index as the corpus grows (bench/scale.sh)", "",
       "Articles beyond SaudiNewsNet's 31,030 are resampled from it in rounds a month apart",
       "(bench/scale.py: dates over years, texts put together from two articles' paragraphs, so",
       "not copies). `rasd ingest --no-entities` of a JSONL file into a new store, one process,",
       "dedup and stories on; clustering µs/article and active stories are the writer's own",
       "figures for the story stage; latency over the 500 queries of bench/ir, warm, top 10.", "",
       "| articles | ingest s | articles/s | µs/article | peak RSS MB | store MB | clustering µs/article | active stories | stories MB | p50 ms | p99 ms | QPS |",
       "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
for n, secs, rss, size, p50, p99, qps, cus, act, smb in rows:
    n, secs = int(n), float(secs)
    out.append(f"| {n:,} | {secs:.1f} | {n / secs:,.0f} | {1e6 * secs / n:.0f} | {int(rss) / 1024:.0f} "
               f"| {int(size) / 1e6:,.0f} | {cus} | {act} | {smb} "
               f"| {float(p50):.3f} | {float(p99):.3f} | {float(qps):,.0f} |")
if phases:
    out += ["", "The story stage's µs an article by part (RASD_STORY_PHASES; each part includes a",
            "clock read, 0.75 µs of CPU on the 2-core VM, and the clustering figure about 7 µs): the copy's story looked up and read back when out of the window,",
            "candidates gathered and scored, the article added in memory, its member row, the thread",
            "checks and merges, the window's sweep, and, outside the clustering figure, the stories'",
            "rows written at each commit.", "",
            "| articles | copy lookup | copy load | candidates | scoring | memory | member write | threads | sweep | flush | copies joined | stories read back |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for p in phases:
        out.append("| " + f"{int(p[0]):,} | " + " | ".join(p[1:10]) +
                   f" | {int(p[10]):,} | {int(p[11]):,} |")
out += ["", "<!-- /bench:scale -->"]
section = "\n".join(out)
path = "BENCHMARKS.md"
text = open(path).read()
if "<!-- bench:scale -->" in text:
    text = re.sub(r"<!-- bench:scale -->.*?<!-- /bench:scale -->", lambda m: section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w").write(text)
print(section)
PY
