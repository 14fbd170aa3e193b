#!/usr/bin/env bash
# bench/ner_speed.sh BASE_REPO [NEW_REPO] — issue 15's speed ratios: NEW_REPO (default this
# checkout) against BASE_REPO (a built clone of the commit to compare with, e.g. today's
# main), in one run. Each repo needs build/rasd, build/release/librasd.a and data/.
#
#   1. recognition including analysis, one thread: bench/bench_rasd --entities (rasd_analyze
#      then rasd_recognize per text) linked with each librasd.a; instructions inside
#      rasd_analyze and rasd_recognize (callgrind) on the first CG_TEXTS texts, and
#      wall-clock tokens/s on the first WALL_TEXTS texts, ROUNDS rounds taking turns;
#   2. whole-pipeline ingest: `rasd ingest --no-stories` (entities, dates, quotes and
#      events; no saved alerts) of the first INGEST_DOCS SaudiNewsNet articles into a new
#      store, each build with its own data/: instructions of the whole process (callgrind,
#      every thread), and wall/CPU seconds, ROUNDS rounds taking turns.
# Callgrind counts do not move with the machine's load; the wall clocks here do (±30 % on a
# shared machine). Prints tab-separated lines: what, build, figure.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:?usage: bench/ner_speed.sh BASE_REPO [NEW_REPO]}
NEW=${2:-.}
OUT=build/bench/ner_speed
CORPUS=../shared/data/saudinewsnet/articles.jsonl.gz
TEXTS=build/bench/texts.bin
CG_TEXTS=${CG_TEXTS:-400}
WALL_TEXTS=${WALL_TEXTS:-3000}
INGEST_DOCS=${INGEST_DOCS:-1000}
ROUNDS=${ROUNDS:-3}
WARN=(-Wall -Wextra -Werror)
mkdir -p "$OUT"
[ -e "$TEXTS" ] || python3 bench/prep.py "$CORPUS" "$TEXTS" >&2
gzip -dc "$CORPUS" 2>/dev/null | head -n "$INGEST_DOCS" > "$OUT/ingest.jsonl" || true

# shellcheck disable=SC2046  # pkg-config's flags are meant to be split into words
for b in base new; do
    repo=$([ "$b" = base ] && echo "$BASE" || echo "$NEW")
    cc -std=c11 -O2 "${WARN[@]}" -Iinclude bench/bench_rasd.c "$repo/build/release/librasd.a" \
        $(pkg-config --libs json-c libutf8proc sqlite3 libxxhash gumbo libexttextcat libxml-2.0 libcurl libmicrohttpd) \
        -lstemmer -lz -lm -lpthread -o "$OUT/bench_$b"
done

data_of() { [ "$1" = base ] && echo "$BASE/data" || echo "$NEW/data"; }
rasd_of() { [ "$1" = base ] && echo "$BASE/build/rasd" || echo "$NEW/build/rasd"; }

for b in base new; do
    cg=$OUT/cg.recognize.$b
    RASD_DATA=$(data_of $b) valgrind --tool=callgrind --toggle-collect=rasd_analyze \
        --toggle-collect=rasd_recognize --callgrind-out-file="$cg" --log-file="$cg.log" \
        "$OUT/bench_$b" --entities --limit "$CG_TEXTS" "$TEXTS" >/dev/null
    printf 'recognize_instructions_%s_texts\t%s\t%s\n' "$CG_TEXTS" "$b" \
        "$(awk '/^(summary|totals):/ { print $2; exit }' "$cg")"
    cg=$OUT/cg.ingest.$b
    rm -f "$OUT/store.$b.db"*
    RASD_DATA=$(data_of $b) valgrind --tool=callgrind --callgrind-out-file="$cg" \
        --log-file="$cg.log" "$(rasd_of $b)" ingest --db "$OUT/store.$b.db" --no-stories \
        "$OUT/ingest.jsonl" >/dev/null 2>&1
    printf 'ingest_instructions_%s_articles\t%s\t%s\n' "$INGEST_DOCS" "$b" \
        "$(awk '/^(summary|totals):/ { print $2; exit }' "$cg")"
done

for r in $(seq "$ROUNDS"); do
    for b in base new; do
        line=$(RASD_DATA=$(data_of $b) "$OUT/bench_$b" --entities --limit "$WALL_TEXTS" "$TEXTS")
        printf 'recognize_wall_round%s\t%s\t%s\n' "$r" "$b" "$line"
        rm -f "$OUT/store.$b.db"*
        t=$( { TIMEFORMAT='%R %U %S'; time RASD_DATA=$(data_of $b) "$(rasd_of $b)" ingest \
            --db "$OUT/store.$b.db" --no-stories "$OUT/ingest.jsonl" >/dev/null 2>&1; } 2>&1 )
        printf 'ingest_wall_user_sys_round%s\t%s\t%s\n' "$r" "$b" "$t"
    done
done
rm -f "$OUT"/store.*.db*
