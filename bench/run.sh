#!/usr/bin/env bash
# bench/run.sh BUILD_DIR — the text-analysis throughput benchmark behind `make bench`.
#
# Measures how many MB/s of Arabic news text rasd analyses (BUILD_DIR/librasd.a) against three
# anchors — Lucene++ ArabicAnalyzer (a fresh tokenStream per text, and reusableTokenStream as
# IndexWriter uses it), Xapian TermGenerator + Stem("arabic"), a Unicode tokenizer + Snowball's
# Arabic stemmer — and a bare tokenizer as reference, all through bench/harness.h
# on the same input (bench/prep.py: every text of the SaudiNewsNet corpus). Each program runs
# 3 times, in rounds so drift on a noisy machine hits all alike; the report takes the median.
# Then rasd runs on growing prefixes of the input (memory must stay flat) and once under
# callgrind (instructions per byte, a figure that does not depend on the machine's load).
# Prints a table and rewrites the bench:analysis section of BENCHMARKS.md (bench/report.py).
# Then bench/ir/run.sh measures retrieval quality and search speed (the bench:search section),
# bench/scale.sh the store at 10k, 31k and 1M articles (the bench:scale section), and
# bench/dedup.sh duplicate detection's cost at 1k, 10k, 31k and its quality (bench:dedup),
# bench/stories.sh story clustering on the labelled dev days and its cost (bench:stories).
# The filter part times `rasd analyze` as Spark or Hadoop Streaming would run it, a whole
# process from JSON Lines to JSON Lines, against Lucene++ as a whole process (bench:filter).
# bench/extract.sh scores article extraction from web pages against readability-lxml
# (bench:extract). bench/warc.sh times WARC ingest (bench:warc). bench/serve.sh loads
# `rasd serve` with wrk beside nginx and soaks its memory (bench:serve). bench/watch.sh
# measures rasd watch's pages/s from a loopback fixture server (bench:watch).
# bench/alerts.sh what matching 1,000 saved alerts adds to ingest (bench:alerts).
# bench/ner_speed.sh (part nerspeed, not in the default list: BENCH_BASE=a built clone of the
# commit to compare with) prints the recognition and ingest ratios of issue 15 (bench:nerspeed
# is written by hand from its lines).
# bench/ner_anchor.sh trains rasd's recogniser and a liblinear classifier on the same
# features and scores both on the same dev sets (bench:ner-anchor).
# BENCH_PARTS (default "analysis filter search scale dedup stories extract warc serve watch alerts
# ner-anchor") picks sections;
# ROUNDS the rounds.
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD=${1:?usage: bench/run.sh BUILD_DIR}
OUT=build/bench
CORPUS=../shared/data/saudinewsnet/articles.jsonl.gz
TEXTS=$OUT/texts.bin
RUNS=$OUT/runs.tsv
ROUNDS=${ROUNDS:-3}
PARTS=${BENCH_PARTS:-analysis filter search scale dedup stories extract warc serve watch alerts ner-anchor}   # sections to measure
RASD=${RASD:-build/rasd}          # the command-line program, for the filter part
FILTER_DOCS=10000                 # articles the filter part reads (~36 MB of JSON Lines)
FILTER_JSONL=$OUT/filter.jsonl
FILTER_TEXTS=$OUT/filter.texts.bin
FILTER_RUNS=$OUT/filter.tsv
IR_LIMIT=2000
WARN=(-Wall -Wextra -Werror)
BENCH_SCRIPT=bench/run.sh
# shellcheck source=bench/lib.sh
. bench/lib.sh

# shellcheck disable=SC2046  # pkg-config's flags are meant to be split into words
build_lucene() {
    compile "$OUT/anchor_lucene" "bench/anchor_lucene.cpp bench/harness.h bench/clock.h" \
        g++ -std=c++17 -O2 "${WARN[@]}" bench/anchor_lucene.cpp \
        -isystem /usr/include/lucene++ $(pkg-config --libs liblucene++-contrib liblucene++)
}

build_all() {
    local h="bench/harness.h bench/clock.h"
    compile "$OUT/anchor_snowball" "bench/anchor_snowball.c $h" \
        cc -std=c11 -O2 "${WARN[@]}" bench/anchor_snowball.c \
        $(pkg-config --cflags --libs libutf8proc) -lstemmer
    compile "$OUT/anchor_xapian" "bench/anchor_xapian.cpp $h" \
        g++ -std=c++17 -O2 "${WARN[@]}" bench/anchor_xapian.cpp \
        $(pkg-config --cflags --libs xapian-core)
    build_lucene
    compile "$OUT/bench_rasd" "bench/bench_rasd.c $h include/rasd.h $BUILD/librasd.a" \
        cc -std=c11 -O2 "${WARN[@]}" -Iinclude bench/bench_rasd.c "$BUILD/librasd.a" \
        $(pkg-config --libs json-c libutf8proc sqlite3 libxxhash gumbo libexttextcat) -lstemmer -lz -lm -lpthread
}

prep() {
    if [ ! -e "$CORPUS" ]; then
        echo "bench: $CORPUS not found" >&2
        exit 1
    fi
    if stale "$TEXTS" "$CORPUS" bench/prep.py; then
        python3 bench/prep.py "$CORPUS" "$TEXTS" >&2
    fi
}

# record KIND KEY COMMAND... — runs a program on the texts and appends its line to $RUNS.
record() {
    local kind=$1 key=$2 line
    shift 2
    line=$("$@" "$TEXTS")
    printf '%s\t%s\t%s\n' "$kind" "$key" "$line" >>"$RUNS"
    printf '  %s\n' "$line" >&2
}

speed_runs() {
    local round
    for round in $(seq "$ROUNDS"); do
        echo "bench: round $round of $ROUNDS (name bytes tokens s MB/s tokens/s maxrss_kB)" >&2
        record speed "$round" "$OUT/bench_rasd"
        record speed "$round" "$OUT/bench_rasd" --stemmer snowball
        record speed "$round" "$OUT/bench_rasd" --entities
        record speed "$round" "$OUT/bench_rasd" --events
        record speed "$round" "$OUT/anchor_lucene"
        record speed "$round" "$OUT/anchor_lucene" --reuse
        record speed "$round" "$OUT/anchor_xapian"
        record speed "$round" "$OUT/anchor_snowball"
        record speed "$round" "$OUT/anchor_snowball" --no-stem
    done
}

memory_runs() {
    local limit
    echo "bench: rasd memory on growing input" >&2
    for limit in 1000 5000 15000; do
        record mem "$limit" "$OUT/bench_rasd" --limit "$limit"
    done
    record mem "$NTEXTS (all)" "$OUT/bench_rasd"
}

# Instructions executed inside rasd_analyze (and what it calls) for the first IR_LIMIT texts.
callgrind_run() {
    local cg=$OUT/callgrind.rasd.out line ir
    echo "bench: callgrind, rasd on $IR_LIMIT texts" >&2
    rm -f "$cg"
    line=$(valgrind --tool=callgrind --toggle-collect=rasd_analyze --callgrind-out-file="$cg" \
        --log-file="$OUT/callgrind.rasd.log" "$OUT/bench_rasd" --limit "$IR_LIMIT" "$TEXTS")
    ir=$(awk '/^(summary|totals):/ { print $2; exit }' "$cg")
    printf 'ir\t%s\t%s\t%s\n' "$ir" "$IR_LIMIT" "$line" >>"$RUNS"
    printf '  %s instructions for %s\n' "$ir" "$line" >&2
}

# ------------------------------------------------------------------ filter

# whole ROUND NAME COMMAND... — times COMMAND as a whole process (its output to /dev/null)
# and appends "whole ROUND NAME text_bytes wall user sys" (seconds) to $FILTER_RUNS.
whole() {
    local round=$1 name=$2 t wall user sys
    shift 2
    if ! t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>"$OUT/filter.err"; } 2>&1 ); then
        echo "bench: $name failed:" >&2
        cat "$OUT/filter.err" >&2
        exit 1
    fi
    read -r wall user sys <<<"$t"
    printf 'whole\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$name" "$FILTER_BYTES" "$wall" "$user" "$sys" \
        >>"$FILTER_RUNS"
    awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v b="$FILTER_BYTES" \
        'BEGIN { printf "  %-16s %6.2f s wall %6.1f MB/s   %6.2f s CPU\n", n, w, b / 1e6 / w, u + s }' >&2
}

# rasd analyze --tokens --no-entities --no-events on the first FILTER_DOCS articles, with its
# default threads and with one, and the Lucene++ anchor on the same texts, whole processes,
# in rounds; then callgrind's count of the whole single-thread command on 2,000 articles.
filter_runs() {
    local round cg=$OUT/callgrind.filter.out ir
    local cmd=("$RASD" analyze --tokens --no-entities --no-events)
    if [ ! -x "$RASD" ]; then
        echo "bench: $RASD not found (make $RASD)" >&2
        exit 1
    fi
    build_lucene
    if [ ! -e "$FILTER_JSONL" ] || stale "$FILTER_TEXTS" "$CORPUS" bench/prep.py; then
        python3 bench/prep.py "$CORPUS" "$FILTER_TEXTS" --limit "$FILTER_DOCS" --jsonl "$FILTER_JSONL" >&2
    fi
    FILTER_BYTES=$(tr -d '\0' <"$FILTER_TEXTS" | wc -c)
    printf 'meta\tdocs\t%s\nmeta\tjsonl_bytes\t%s\nmeta\tthreads\t%s\nmeta\tload\t%s\n' \
        "$FILTER_DOCS" "$(wc -c <"$FILTER_JSONL")" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)" \
        >"$FILTER_RUNS"
    for round in $(seq "$ROUNDS"); do
        echo "bench: filter round $round of $ROUNDS" >&2
        whole "$round" rasd-analyze "${cmd[@]}" "$FILTER_JSONL"
        whole "$round" rasd-analyze-1 "${cmd[@]}" --threads 1 "$FILTER_JSONL"
        whole "$round" lucene-reuse "$OUT/anchor_lucene" --reuse "$FILTER_TEXTS"
        whole "$round" lucene "$OUT/anchor_lucene" "$FILTER_TEXTS"
    done
    echo "bench: callgrind, rasd analyze --threads 1 on 2,000 articles" >&2
    head -n 2000 "$FILTER_JSONL" >"$OUT/filter2k.jsonl"
    rm -f "$cg"
    valgrind --tool=callgrind --callgrind-out-file="$cg" --log-file="$OUT/callgrind.filter.log" \
        "${cmd[@]}" --threads 1 "$OUT/filter2k.jsonl" >/dev/null 2>&1
    ir=$(awk '/^(summary|totals):/ { print $2; exit }' "$cg")
    printf 'ir\t%s\t2000\t%s\n' "$ir" "$(python3 -c 'import json,sys
print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1], encoding="utf-8")))' "$OUT/filter2k.jsonl")" >>"$FILTER_RUNS"
    python3 bench/report.py --filter "$FILTER_RUNS" BENCHMARKS.md
    echo >&2
}

main() {
    if [ ! -e "$BUILD/librasd.a" ]; then
        echo "bench: $BUILD/librasd.a not found (make $BUILD/librasd.a)" >&2
        exit 1
    fi
    mkdir -p "$OUT"
    if [[ " $PARTS " == *" analysis "* ]]; then
        build_all
        prep
        NTEXTS=$(tr -cd '\0' <"$TEXTS" | wc -c)
        printf 'meta\ttexts\t%s\n' "$NTEXTS" >"$RUNS"
        speed_runs
        memory_runs
        callgrind_run
        echo >&2
        python3 bench/report.py "$RUNS" BENCHMARKS.md
        echo >&2
    fi
    if [[ " $PARTS " == *" filter "* ]]; then filter_runs; fi
    if [[ " $PARTS " == *" search "* ]]; then bench/ir/run.sh "$BUILD"; echo >&2; fi
    if [[ " $PARTS " == *" scale "* ]]; then bench/scale.sh; echo >&2; fi
    if [[ " $PARTS " == *" dedup "* ]]; then bench/dedup.sh; fi
    if [[ " $PARTS " == *" alerts "* ]]; then bench/alerts.sh; fi
    if [[ " $PARTS " == *" stories "* ]]; then bench/stories.sh; fi
    if [[ " $PARTS " == *" extract "* ]]; then bench/extract.sh; fi
    if [[ " $PARTS " == *" warc "* ]]; then bench/warc.sh; fi
    if [[ " $PARTS " == *" serve "* ]]; then bench/serve.sh; fi
    if [[ " $PARTS " == *" watch "* ]]; then bench/watch.sh; fi
    if [[ " $PARTS " == *" ner-anchor "* ]]; then bench/ner_anchor.sh "$BUILD"; fi
    if [[ " $PARTS " == *" nerspeed "* ]]; then
        bench/ner_speed.sh "${BENCH_BASE:?nerspeed: BENCH_BASE=a built clone to compare with}"
    fi
}

main
