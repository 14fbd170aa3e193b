#!/usr/bin/env bash
# bench/warc.sh — WARC ingest speed (the bench:warc section of BENCHMARKS.md): the first
# WARC_PAGES SaudiNewsNet articles rendered as web pages (tests/warc_fixtures.py snn: title,
# byline, menu, related links, footer) and stored as wget stores them (a request and a
# response record per page, one gzip member each: warc_fixtures.py pack). Measured, CPU
# time (user + system) of whole processes, median of 3: `rasd extract` (WARC parsing, HTTP
# decoding and article extraction only), `rasd ingest --no-entities --no-stories` and
# `rasd ingest` (everything) into a new store, and the bare ingest of the same articles as
# JSON Lines (what WARC and extraction add); with the peak memory (max RSS) of each.
set -euo pipefail
cd "$(dirname "$0")/.."
RASD=${RASD:-build/rasd}
N=${WARC_PAGES:-3000}
SNN=../shared/data/saudinewsnet/articles.jsonl.gz
T=build/bench-warc
if [ ! -e "$SNN" ]; then
    echo "bench/warc.sh: $SNN not found" >&2
    exit 1
fi
echo "bench: WARC ingest of $N SaudiNewsNet pages" >&2
mkdir -p "$T"
if [ ! -s "$T/pages-$N.warc.gz" ]; then
    rm -rf "$T/site"
    python3 tests/warc_fixtures.py snn "$SNN" "$N" "$T/site"
    python3 tests/warc_fixtures.py pack "$T/site" "$T/pages-$N.warc.gz"
    rm -rf "$T/site"
fi
W=$T/pages-$N.warc.gz

# run NAME COMMAND...: appends "NAME cpu_seconds max_rss_kb" to $T/runs
run() {
    local name=$1
    shift
    rm -f "$T/db" "$T/db-wal" "$T/db-shm"
    /usr/bin/time -f "%U %S %M" -o "$T/time" "$@" >/dev/null 2>"$T/err"
    read -r u s m <"$T/time"
    echo "$name $(python3 -c "print($u + $s)") $m" >>"$T/runs"
}
: >"$T/runs"
"$RASD" extract "$W" >"$T/pages.jsonl" 2>/dev/null
for _ in 1 2 3; do
    run jsonl-bare "$RASD" ingest --no-entities --no-stories --db "$T/db" "$T/pages.jsonl"
    run extract "$RASD" extract "$W"
    run ingest-bare "$RASD" ingest --no-entities --no-stories --db "$T/db" "$W"
    run ingest "$RASD" ingest --db "$T/db" "$W"
done
pages=$(grep -o '^warc: [0-9]* pages' "$T/err" | cut -d' ' -f2)
python3 - "$T/runs" "$N" "$pages" "$(du -k "$W" | cut -f1)" "$(nproc)" <<'PY'
import statistics, sys, time
runs, n, pages, kb, cpus = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
by = {}
for line in open(runs):
    name, cpu, rss = line.split()
    by.setdefault(name, []).append((float(cpu), int(rss)))
what = {"jsonl-bare": "the same articles as JSON Lines (rasd extract's output): `rasd ingest --no-entities --no-stories`",
        "extract": "`rasd extract` (parse WARC, decode HTTP, extract)",
        "ingest-bare": "`rasd ingest --no-entities --no-stories`",
        "ingest": "`rasd ingest` (entities, events, dedup, stories)"}
rows = []
for k in ("extract", "ingest-bare", "jsonl-bare", "ingest"):
    cpu = statistics.median(c for c, _ in by[k])
    rss = max(r for _, r in by[k])
    rows.append("| %s | %.2f | %.0f | %.0f |" % (what[k], cpu, pages / cpu, rss / 1024))
text = """<!-- bench:warc -->
## WARC ingest (bench/warc.sh)

- Date: %s UTC; %s processors.
- Data: the first %d SaudiNewsNet articles rendered as web pages (tests/warc_fixtures.py:
  title, byline, menu, related links, footer) and stored as wget stores them, a request
  and a response record per page, one gzip member each (%s KB); %d pages have article text
  (the others are SaudiNewsNet records with an empty text, counted "without article text").
- CPU time (user + system) of the whole process, engine start included, median of 3;
  memory: the largest max RSS of the 3.

| command | CPU s | pages/s of CPU | max RSS MB |
|---|---|---|---|
%s
<!-- /bench:warc -->""" % (time.strftime("%Y-%m-%d %H:%M", time.gmtime()), cpus, n, kb, pages,
                          "\n".join(rows))
doc = open("BENCHMARKS.md").read()
if "<!-- bench:warc -->" in doc:
    pre, rest = doc.split("<!-- bench:warc -->", 1)
    doc = pre + text + rest.split("<!-- /bench:warc -->", 1)[1]
else:
    doc = doc.rstrip("\n") + "\n\n" + text + "\n"
open("BENCHMARKS.md", "w").write(doc)
print(text)
PY
