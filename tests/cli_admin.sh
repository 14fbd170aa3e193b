#!/usr/bin/env bash
# cli_admin.sh RASD — black-box tests of the administration commands on 500 SaudiNewsNet
# articles (60 under the sanitizers, RASD_TEST_SKIP_SLOW): rasd reannotate turns a store ingested with --no-entities into what a fresh
# ingest stores (entities, quotes, events, duplicates compared), also after kill -9 mid-way
# and a resume; rasd delete takes articles down (counts, search, unknown and bad ids);
# rasd backup copies a store while an ingest writes to it, and never overwrites a file.
set -u
RASD=${1:?usage: tests/cli_admin.sh PATH/TO/rasd}
NAME=${2:-cli_admin}
T=build/test-tmp/cli-admin-$$
SNN=../shared/data/saudinewsnet/articles.jsonl.gz
. tests/lib.sh

if ! shared_tier "SaudiNewsNet articles"; then finish; exit; fi
N=500 B=25
if [ -n "${RASD_TEST_SKIP_SLOW:-}" ] && [ "$RASD_TEST_SKIP_SLOW" != 0 ]; then N=60 B=5; fi
zcat "$SNN" | head -$N >"$T/snn.jsonl"
"$RASD" ingest --db "$T/fresh.db" "$T/snn.jsonl" 2>/dev/null
"$RASD" ingest --db "$T/bare.db" --no-entities "$T/snn.jsonl" 2>/dev/null
expect "ingest --no-entities stores no entities" test "$(sql "$T/bare.db" 'select count(*) from mentions')" = 0

# usage errors
"$RASD" reannotate --db "$T/bare.db" --stage nope 2>"$T/err"; expect "unknown stage exits 1" test $? -eq 1
expect "unknown stage is named" grep -q "unknown stage 'nope'" "$T/err"
"$RASD" reannotate --db "$T/bare.db" --stage 2>/dev/null; expect "--stage without a name exits 2" test $? -eq 2
"$RASD" reannotate --db "$T/bare.db" extra 2>/dev/null; expect "reannotate takes no argument" test $? -eq 2
"$RASD" reannotate --db "$T/none.db" 2>/dev/null; expect "reannotate of a missing store exits 1" test $? -eq 1
expect "and creates none" test ! -e "$T/none.db"
"$RASD" delete --db "$T/none.db" x 2>/dev/null; expect "delete in a missing store exits 1" test $? -eq 1

# kill -9 once three batches are committed, then resume
# (killed by itself with SIGKILL after 3 batches, through the test hook: a kill from
# outside races a run that may finish first, as it did under the sanitizers in CI)
(RASD_TEST_KILL_AFTER_BATCHES=3 "$RASD" reannotate --db "$T/bare.db" --batch $B; rc=$?; exit $rc) 2>/dev/null
expect "the hook killed it with SIGKILL" test $? -eq 137
next=$(sql "$T/bare.db" "select coalesce((select value from meta where key = 'reannotate_next'), -1)")
expect "killed mid-way: a resume point is stored ($next)" test "$next" -gt 0 -a "$next" -lt $N
expect "killed mid-way: the articles before it have entities, those after none" python3 -c '
import sqlite3, sys
db = sqlite3.connect(sys.argv[1]); nxt = int(sys.argv[2])
before = db.execute("select count(distinct docid) from mentions where docid < ?", (nxt,)).fetchone()[0]
after = db.execute("select count(*) from mentions where docid >= ?", (nxt,)).fetchone()[0]
assert before > nxt // 2 and after == 0, (before, after)' "$T/bare.db" "$next"
"$RASD" reannotate --db "$T/bare.db" --stage dedup 2>"$T/err"
expect "another stage is refused until the interrupted one is finished" grep -q "was interrupted: finish it first" "$T/err"
"$RASD" reannotate --db "$T/bare.db" --batch 100 2>"$T/err"; expect "resume exits 0" test $? -eq 0
expect "resume says so" grep -q "^reannotated [0-9]* of $N articles, resumed, skipped 0 (all stages" "$T/err"
expect "done: the resume point is gone" test "$(sql "$T/bare.db" "select count(*) from meta where key like 'reannotate%'")" = 0
for c in "entities --json" "quotes --json" "events --csv" "dupes --json"; do
    "$RASD" $c --db "$T/bare.db" >"$T/got"; "$RASD" $c --db "$T/fresh.db" >"$T/want"
    expect "re-annotated = fresh ingest: $c ($(wc -l <"$T/want") lines)" cmp -s "$T/got" "$T/want"
done
"$RASD" reannotate --db "$T/bare.db" --stage dedup 2>"$T/err"; expect "--stage dedup exits 0" test $? -eq 0
"$RASD" dupes --db "$T/bare.db" --json >"$T/got"; "$RASD" dupes --db "$T/fresh.db" --json >"$T/want"
expect "duplicates recomputed = fresh ingest" cmp -s "$T/got" "$T/want"

# delete
id=$(sql "$T/fresh.db" "select a.id from articles a join quotes q using (docid) group by a.docid order by count(*) desc limit 1")
before=$(sql "$T/fresh.db" "select count(*) from quotes")
q=$(sql "$T/fresh.db" "select count(*) from quotes q join articles a using (docid) where a.id = '$id'")
"$RASD" delete --db "$T/fresh.db" "$id" 2>"$T/err"; expect "delete exits 0" test $? -eq 0
expect "delete says so" grep -q "^deleted 1, not found or failed 0" "$T/err"
expect "delete: the article is gone" test "$(sql "$T/fresh.db" "select count(*) from articles where id = '$id'")" = 0
expect "delete: its $q quotes are gone" test "$(sql "$T/fresh.db" "select count(*) from quotes")" = $((before - q))
expect "delete: the entity counts agree with the mentions" test "$(sql "$T/fresh.db" "select count(*) from entities e where mentions != (select count(*) from mentions m where m.entity = e.id)")" = 0
"$RASD" show --db "$T/fresh.db" "$id" 2>/dev/null; expect "delete: show exits 1" test $? -eq 1
"$RASD" delete --db "$T/fresh.db" "$id" 2>"$T/err"; expect "deleting it again exits 1" test $? -eq 1
expect "deleting it again names it" grep -q "no article with id $id" "$T/err"
"$RASD" delete --db "$T/fresh.db" "" 2>/dev/null; expect "an empty id exits 2" test $? -eq 2
"$RASD" delete --db "$T/fresh.db" "$(printf 'a\tb')" 2>/dev/null; expect "an id with a tab exits 2" test $? -eq 2
"$RASD" delete --db "$T/fresh.db" 2>/dev/null; expect "delete without ids exits 2" test $? -eq 2

# backup, of a store being written to
"$RASD" backup --db "$T/fresh.db" "$T/copy.db" 2>"$T/err"; expect "backup exits 0" test $? -eq 0
expect "backup: the same articles" test "$(sql "$T/copy.db" 'select count(*) from articles')" = $((N - 1))
expect "backup: the same search" test "$("$RASD" search --db "$T/copy.db" --json الرياض | md5sum)" = "$("$RASD" search --db "$T/fresh.db" --json الرياض | md5sum)"
"$RASD" backup --db "$T/fresh.db" "$T/copy.db" 2>"$T/err"; expect "backup never overwrites" test $? -eq 1
expect "backup says why" grep -q "not overwritten" "$T/err"
# the ingest reads from a pipe that holds back the second half of the articles until the
# backup is done, so the backup runs while the ingest is open, whatever the machine's speed
half=$((N / 2))
{ head -$half "$T/snn.jsonl"
  for _ in $(seq 3000); do [ -e "$T/backup-done" ] && break; sleep 0.02; done
  tail -n +$((half + 1)) "$T/snn.jsonl"; } |
    "$RASD" ingest --db "$T/live.db" --no-entities --batch 10 - 2>/dev/null &
pid=$!
for _ in $(seq 1000); do
    n=$(sql "$T/live.db" 'select count(*) from articles' 2>/dev/null || echo 0)
    [ "${n:-0}" -gt 0 ] && break
    sleep 0.02
done
"$RASD" backup --db "$T/live.db" "$T/live-copy.db" 2>"$T/err"; rc=$?
touch "$T/backup-done"
wait "$pid"
expect "the ingest went on after the backup" test "$(sql "$T/live.db" "select count(*) from articles")" = $N
expect "backup during an ingest exits 0" test $rc -eq 0
expect "backup during an ingest: whole batches, intact" python3 -c '
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
n = db.execute("select count(*) from articles").fetchone()[0]
assert n > 0 and n % 10 == 0 and n <= int(sys.argv[2]), n
assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
assert db.execute("select count(*) from texts").fetchone()[0] == n' "$T/live-copy.db" "$half"
finish
