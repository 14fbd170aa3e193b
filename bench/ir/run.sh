#!/usr/bin/env bash
# bench/ir/run.sh [BUILD_DIR] — retrieval quality and search speed, rasd against anchors.
#
# Run alone or as the last step of bench/run.sh (`make bench`). From the repository root:
#   1. builds the anchors — Xapian (Stem arabic), Lucene++ (ArabicAnalyzer, one body field, and
#      with --fields title^2 + text), SQLite FTS5 (unicode61) — and bench_search (rasd's
#      search API) into build/bench/ir/bin;
#   2. prepares the input (bench/ir/prep.py): ARCD's 465 passages alone ("arcd") and mixed into
#      the 31,030 SaudiNewsNet articles ("mixed"), ARCD's 693 training questions with their
#      qrels, and 500 latency queries;
#   3. indexes each setting with every engine from scratch: "arcd" once, "mixed" ROUNDS times
#      in rounds (every engine once per round, so drift on a noisy machine hits all alike;
#      the report takes the median); rasd's index is `rasd ingest` of the same documents as
#      JSONL, timed as a whole (bench/ir/timecmd.py);
#   4. runs the questions on each index (top K) into build/bench/ir/runs/ENGINE-SETTING.run
#      and scores them with bench/ir/ireval.py; rasd's run comes from `rasd eval-ir`, whose
#      own metrics are kept too, so the two implementations are checked against each other;
#   5. measures query latency on the "mixed" indexes, ROUNDS rounds;
#   6. bench/ir/report.py prints the tables and rewrites the bench:search section of
#      BENCHMARKS.md.
# Every result line goes to build/bench/ir/results.tsv (format: bench/ir/report.py).
# The rasd rows are skipped, with a message, until BUILD_DIR/librasd.a has rasd_store_open
# and the CLI (RASD, default build/rasd) has eval-ir.
set -euo pipefail

cd "$(dirname "$0")/../.."
BUILD=${1:-build/release}
RASD=${RASD:-build/rasd}
OUT=build/bench/ir
BIN=$OUT/bin
IDX=$OUT/idx
RUNS=$OUT/runs
RESULTS=$OUT/results.tsv
ARCD=../shared/data/arcd
SNN=../shared/data/saudinewsnet/articles.jsonl.gz
QUERIES=$OUT/queries-arcd.tsv
QRELS=$OUT/qrels-arcd.txt
LATENCY_QUERIES=$OUT/queries-latency.tsv
ROUNDS=3
K=100
ANCHORS=(xapian lucene lucene-fields fts5)
WARN=(-Wall -Wextra -Werror)
BENCH_SCRIPT=bench/ir/run.sh
# shellcheck source=bench/lib.sh
. bench/lib.sh

# shellcheck disable=SC2046  # pkg-config's flags are meant to be split into words
build_anchors() {
    local h="bench/ir/ir.h bench/clock.h"
    compile "$BIN/anchor_ir_xapian" "bench/ir/anchor_ir_xapian.cpp $h" \
        g++ -std=c++17 -O2 "${WARN[@]}" bench/ir/anchor_ir_xapian.cpp \
        $(pkg-config --cflags --libs xapian-core)
    compile "$BIN/anchor_ir_lucene" "bench/ir/anchor_ir_lucene.cpp $h" \
        g++ -std=c++17 -O2 "${WARN[@]}" bench/ir/anchor_ir_lucene.cpp \
        -isystem /usr/include/lucene++ $(pkg-config --libs liblucene++-contrib liblucene++)
    compile "$BIN/anchor_ir_fts5" "bench/ir/anchor_ir_fts5.c $h" \
        cc -std=c11 -O2 "${WARN[@]}" bench/ir/anchor_ir_fts5.c \
        $(pkg-config --cflags --libs sqlite3)
}

# shellcheck disable=SC2046
build_bench_search() {
    compile "$BIN/bench_search" "bench/ir/bench_search.c bench/ir/ir.h bench/clock.h include/rasd.h \
$BUILD/librasd.a" \
        cc -std=c11 -O2 "${WARN[@]}" -Iinclude bench/ir/bench_search.c "$BUILD/librasd.a" \
        $(pkg-config --libs json-c libutf8proc sqlite3 libxxhash gumbo libexttextcat) -lstemmer -lz -lm -lpthread
}

# True when rasd has its store and search: the library function and the CLI command.
# (grep reads nm through a process substitution: with pipefail, nm killed by SIGPIPE when
# grep -q stops early would make a pipeline fail.)
have_rasd() {
    grep -q ' T rasd_store_open$' < <(nm "$BUILD/librasd.a" 2>/dev/null) &&
        [ -x "$RASD" ] && "$RASD" eval-ir --help >/dev/null 2>&1
}

prep() {
    local f
    for f in "$ARCD/passages.jsonl" "$ARCD/queries-train.tsv" "$ARCD/qrels-train.txt" "$SNN"; do
        if [ ! -e "$f" ]; then
            echo "bench: $f not found" >&2
            exit 1
        fi
    done
    if stale "$LATENCY_QUERIES" "$ARCD"/* "$SNN" bench/ir/prep.py; then
        python3 bench/ir/prep.py "$ARCD" "$SNN" "$OUT" >&2
    fi
}

# anchor ENGINE ARGS... — runs the anchor program of ENGINE with ARGS.
anchor() {
    local engine=$1
    shift
    case $engine in
        xapian) "$BIN/anchor_ir_xapian" "$@" ;;
        lucene) "$BIN/anchor_ir_lucene" "$@" ;;
        lucene-fields) "$BIN/anchor_ir_lucene" --fields "$@" ;;
        fts5) "$BIN/anchor_ir_fts5" "$@" ;;
        *) echo "bench: unknown engine $engine" >&2; return 1 ;;
    esac
}

# record KIND KEY1 KEY2 COMMAND... — appends KIND, the keys and COMMAND's output line.
record() {
    local kind=$1 key1=$2 key2=$3 line
    shift 3
    line=$("$@")
    printf '%s\t%s\t%s\t%s\n' "$kind" "$key1" "$key2" "$line" >>"$RESULTS"
    printf '  %s\n' "$line" >&2
}

# fresh DIR — an empty directory DIR.
fresh() {
    rm -rf "$1"
    mkdir -p "$1"
}

# index_round SETTING ROUND — every engine builds its index of docs-SETTING from scratch.
index_round() {
    local setting=$1 round=$2 docs=$OUT/docs-$1 engine
    for engine in "${ANCHORS[@]}"; do
        fresh "$IDX/$engine-$setting"
        record index "$setting" "$round" anchor "$engine" index "$docs.bin" "$IDX/$engine-$setting"
    done
    if [ "$RASD_ON" = 1 ]; then
        fresh "$IDX/rasd-$setting"
        # --no-entities: the anchors only build a search index, so rasd does not recognise
        # named entities here either (like for like).
        record index "$setting" "$round" python3 bench/ir/timecmd.py rasd "$(wc -l <"$docs.jsonl")" \
            "$RASD" ingest --no-entities --db "$IDX/rasd-$setting/rasd.db" "$docs.jsonl"
        fresh "$IDX/rasd-fts5-$setting"
        record index "$setting" "$round" python3 bench/ir/timecmd.py rasd-fts5 "$(wc -l <"$docs.jsonl")" \
            "$RASD" ingest --no-entities --fts5 --db "$IDX/rasd-fts5-$setting/rasd.db" "$docs.jsonl"
    fi
}

index_runs() {
    local round
    echo "bench: indexing arcd (name index articles s articles/s maxrss_kB)" >&2
    index_round arcd 1
    for round in $(seq "$ROUNDS"); do
        echo "bench: indexing mixed, round $round of $ROUNDS" >&2
        index_round mixed "$round"
    done
}

# evaluate SETTING ENGINE RUN — scores a run file into a quality line.
evaluate() {
    record quality "$1" "$2" python3 bench/ir/ireval.py "$QRELS" "$3"
}

quality_runs() {
    local setting engine run
    for setting in arcd mixed; do
        echo "bench: questions on $setting, top $K (name queries MRR@10 R@10 R@100 nDCG@10)" >&2
        for engine in "${ANCHORS[@]}"; do
            run=$RUNS/$engine-$setting.run
            anchor "$engine" run "$IDX/$engine-$setting" "$QUERIES" "$K" "$run"
            evaluate "$setting" "$engine" "$run"
        done
        if [ "$RASD_ON" = 1 ]; then
            run=$RUNS/rasd-$setting.run
            record rasd-eval "$setting" rasd "$RASD" eval-ir --db "$IDX/rasd-$setting/rasd.db" \
                --json --run "$run" --queries "$QUERIES" --qrels "$QRELS"
            evaluate "$setting" rasd "$run"
            run=$RUNS/rasd-fts5-$setting.run
            "$RASD" eval-ir --engine fts5 --db "$IDX/rasd-fts5-$setting/rasd.db" --json --run "$run" \
                --queries "$QUERIES" --qrels "$QRELS" >/dev/null
            evaluate "$setting" rasd-fts5 "$run"
        fi
    done
}

latency_runs() {
    local round engine
    for round in $(seq "$ROUNDS"); do
        echo "bench: latency on mixed, round $round of $ROUNDS (name latency queries p50_ms" \
            "p99_ms qps)" >&2
        for engine in "${ANCHORS[@]}"; do
            record latency mixed "$round" anchor "$engine" latency "$IDX/$engine-mixed" \
                "$LATENCY_QUERIES"
        done
        if [ "$RASD_ON" = 1 ]; then
            record latency mixed "$round" "$BIN/bench_search" latency "$IDX/rasd-mixed" \
                "$LATENCY_QUERIES"
            record latency mixed "$round" "$BIN/bench_search" --fts5 latency "$IDX/rasd-fts5-mixed" \
                "$LATENCY_QUERIES"
        fi
    done
}

# Index sizes in kB (du) of the last build of each engine and setting.
sizes() {
    local setting engine
    for setting in arcd mixed; do
        for engine in "${ANCHORS[@]}" rasd rasd-fts5; do
            if [ -d "$IDX/$engine-$setting" ]; then
                printf 'size\t%s\t%s\t%s\n' "$setting" "$engine" \
                    "$(du -sk "$IDX/$engine-$setting" | cut -f1)" >>"$RESULTS"
            fi
        done
    done
}

main() {
    mkdir -p "$BIN" "$IDX" "$RUNS"
    build_anchors
    RASD_ON=0
    if have_rasd; then
        RASD_ON=1
        build_bench_search
    else
        echo "bench: rasd has no store/search yet ($BUILD/librasd.a without rasd_store_open," \
            "or $RASD without eval-ir): skipping the rasd rows" >&2
    fi
    prep
    printf 'meta\trasd\t%s\n' "$([ "$RASD_ON" = 1 ] && echo measured || echo skipped)" >"$RESULTS"
    printf 'meta\tlatency-queries\t%s\n' "$(wc -l <"$LATENCY_QUERIES")" >>"$RESULTS"
    index_runs
    sizes
    quality_runs
    latency_runs
    echo >&2
    python3 bench/ir/report.py "$RESULTS" BENCHMARKS.md
}

main
