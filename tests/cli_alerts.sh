#!/usr/bin/env bash
# cli_alerts.sh RASD — black-box tests of alerts (docs/ALERTS.md): rasd alert add|list|remove,
# matching during ingest, rasd alerts, ingest --exec. The oracle is rasd search: an alert
# fires for exactly the newly ingested articles that search returns for the same query with
# every word required (+word; an OR group as the union of one search per alternative), on
# the core fixtures (tests/data/news) and on 2 × 600 SaudiNewsNet articles (2 × 150 of the
# first 6,000 under the sanitizers): words, phrases, OR, NOT, source and entity filters;
# once per article across a re-ingest, an updated article, and a kill -9 and resume
# (compared with an uninterrupted run); --exec gets each match once as valid JSON, and a failing command is
# reported without stopping the ingest.
set -u
RASD=${1:?usage: tests/cli_alerts.sh PATH/TO/rasd}
NAME=${2:-cli_alerts}
T=build/test-tmp/cli-alerts-$$
SNN=../shared/data/saudinewsnet/articles.jsonl.gz
. tests/lib.sh

# ids DB ALERT: the article ids the alert fired for, sorted.
ids() {
    "$RASD" alerts --db "$1" --json | python3 -c '
import json, sys
print("\n".join(sorted({m["article"] for m in map(json.loads, sys.stdin) if m["alert"] == sys.argv[1]})))' "$2"
}

# same DB NEWIDS ALERT [--source S] SEARCH...: the alert's articles are those of the union of
# the searches among the ids listed in NEWIDS, and there are some.
same() {
    local db=$1 new=$2 alert=$3 src=() q; shift 3
    if [ "$1" = --source ]; then src=(--source "$2"); shift 2; fi
    for q in "$@"; do
        "$RASD" search --db "$db" --no-collapse --limit 10000 --json "${src[@]}" -- "$q" || return 1
    done >"$T/hits"
    ids "$db" "$alert" >"$T/fired"
    python3 - "$T/hits" "$new" "$T/fired" <<'EOF'
import json, sys
hits = {json.loads(l)["id"] for l in open(sys.argv[1])}
new = set(open(sys.argv[2]).read().split())
fired = set(open(sys.argv[3]).read().split())
want = hits & new
if not want:
    sys.exit("search finds none of the new articles: the case proves nothing")
if fired != want:
    sys.exit("fired but not found: %s\nfound but not fired: %s" %
             (sorted(fired - want)[:10], sorted(want - fired)[:10]))
EOF
}

# --------------------------------------------------------------- core tier
D=tests/data/news
"$RASD" ingest --db "$T/core.db" "$D/a_geneva.txt" 2>/dev/null
"$RASD" alert add --db "$T/core.db" lavrov 'لافروف' >/dev/null
expect "alert add: a phrase" "$RASD" alert add --db "$T/core.db" minister '"وزير الخارجية"'
"$RASD" alert add --db "$T/core.db" either 'ميركل OR الجبير' >/dev/null
"$RASD" alert add --db "$T/core.db" notvienna 'لافروف -فيينا' >/dev/null
"$RASD" alert add --db "$T/core.db" moscow 'موسكو' --source nosuch >/dev/null
"$RASD" alert add --db "$T/core.db" lav-ent 'الخارجية' --entity 'لافروف' >/dev/null
expect "alert list shows six" test "$("$RASD" alert list --db "$T/core.db" | wc -l)" -eq 6
"$RASD" alert add --db "$T/core.db" lavrov 'x' 2>"$T/err"; expect "a taken name exits 1" test $? -eq 1
expect "and says so" grep -q "exists already" "$T/err"
"$RASD" alert add --db "$T/core.db" bad 'لافروف OR' 2>"$T/err"; expect "a dangling OR exits 1" test $? -eq 1
expect "and says why" grep -q "OR at the end" "$T/err"
"$RASD" alert add --db "$T/core.db" bad2 'OR -لافروف' 2>/dev/null; expect "OR first exits 1" test $? -eq 1
"$RASD" alert add --db "$T/core.db" -- bad3 '-لافروف' 2>/dev/null; expect "only exclusions exit 1" test $? -eq 1
"$RASD" alert add --db "$T/core.db" bad4 'x' --entity 'لا يوجد كيان كهذا' 2>"$T/err"
expect "an unknown entity exits 1" test $? -eq 1
"$RASD" alert add --db "$T/core.db" 42 'x' 2>/dev/null; expect "an all-digit name exits 1" test $? -eq 1
"$RASD" alert add --db "$T/core.db" onlyname 2>/dev/null; expect "add without a query exits 2" test $? -eq 2
"$RASD" alert add --db "$T/core.db" gone 'جنيف' >/dev/null
expect "alert remove by name" "$RASD" alert remove --db "$T/core.db" gone
"$RASD" alert remove --db "$T/core.db" gone 2>/dev/null; expect "removing it again exits 1" test $? -eq 1
"$RASD" ingest --db "$T/core.db" "$D" 2>/dev/null
ls "$D" | sed -n 's/\.txt$//p' | grep -v a_geneva >"$T/core.new"
expect "core: words" same "$T/core.db" "$T/core.new" lavrov '+لافروف'
expect "core: a phrase" same "$T/core.db" "$T/core.new" minister '"وزير الخارجية"'
expect "core: OR" same "$T/core.db" "$T/core.new" either '+ميركل' '+الجبير'
expect "core: NOT" same "$T/core.db" "$T/core.new" notvienna '+لافروف -فيينا'
expect "core: OR fires for d_paris and e_riyadh" test "$(ids "$T/core.db" either | tr '\n' ' ')" = "d_paris e_riyadh "
expect "core: NOT leaves b_reprint out (it names Vienna)" test -z "$(ids "$T/core.db" notvienna | grep b_reprint)"
expect "core: an unknown source fires nothing" test -z "$(ids "$T/core.db" moscow)"
expect "core: the old article fired nothing" test -z "$("$RASD" alerts --db "$T/core.db" | grep a_geneva)"
expect "core: entity filter (Lavrov's articles)" python3 - "$T/core.db" "$RASD" <<'EOF'
import json, subprocess, sys
db, rasd = sys.argv[1:]
run = lambda cmd, *a: subprocess.run([rasd, cmd, "--db", db, "--json", *a], capture_output=True, text=True, check=True).stdout
ent = [json.loads(l) for l in run("entity", "لافروف").splitlines()]
arts = {a["id"] for e in ent for a in e["mentioned_in"]}
hits = {json.loads(l)["id"] for l in run("search", "--no-collapse", "--limit", "100", "+الخارجية").splitlines()}
want = (arts & hits) - {"a_geneva"}
fired = {m["article"] for m in map(json.loads, run("alerts").splitlines()) if m["alert"] == "lav-ent"}
assert want and fired == want, (fired, want)
EOF
n=$("$RASD" alerts --db "$T/core.db" | wc -l)
"$RASD" ingest --db "$T/core.db" "$D" 2>/dev/null
expect "core: a re-ingest fires nothing again" test "$("$RASD" alerts --db "$T/core.db" | wc -l)" -eq "$n"
expect "core: alerts --json has the contract's fields" python3 -c '
import json, subprocess, sys
for l in subprocess.run([sys.argv[1], "alerts", "--db", sys.argv[2], "--json"], capture_output=True, text=True).stdout.splitlines():
    m = json.loads(l)
    assert set(m) == {"seq", "alert", "alert_id", "article", "title", "source", "published", "url", "matched"}, m
    assert m["matched"].endswith("Z") and m["article"]' "$RASD" "$T/core.db"
last=$("$RASD" alerts --db "$T/core.db" --json | tail -1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["seq"])')
expect "core: --since SEQ lists what follows" test "$("$RASD" alerts --db "$T/core.db" --since $((last - 1)) | wc -l)" -eq 1
expect "core: --since a future time lists nothing" test -z "$("$RASD" alerts --db "$T/core.db" --since 2999-01-01)"
expect "core: --since a past time lists all" test "$("$RASD" alerts --db "$T/core.db" --since 2000-01-01 | wc -l)" -eq "$n"
"$RASD" delete --db "$T/core.db" e_riyadh 2>/dev/null
expect "core: a taken-down article is no longer listed" test -z "$("$RASD" alerts --db "$T/core.db" | grep e_riyadh)"
"$RASD" alert remove --db "$T/core.db" lavrov
expect "core: a removed alert's log is no longer listed" test -z "$(ids "$T/core.db" lavrov)"

# --exec on the core fixtures: valid JSON, once per match; a failing command goes unheeded
"$RASD" alert add --db "$T/ex.db" geneva 'جنيف' >/dev/null
"$RASD" ingest --db "$T/ex.db" --exec "cat >>$T/exec.jsonl" "$D" 2>/dev/null
expect "--exec: one valid JSON line per match" python3 - "$T/exec.jsonl" "$T/ex.db" "$RASD" <<'EOF'
import json, subprocess, sys
got = [json.loads(l) for l in open(sys.argv[1])]
log = [json.loads(l) for l in subprocess.run([sys.argv[3], "alerts", "--db", sys.argv[2], "--json"], capture_output=True, text=True).stdout.splitlines()]
assert got and got == log, (got, log)
EOF
"$RASD" alert add --db "$T/ex2.db" geneva 'جنيف' >/dev/null
"$RASD" ingest --db "$T/ex2.db" --exec 'exit 3' "$D" 2>"$T/err"
expect "--exec failing: the ingest still succeeds" test $? -eq 0
expect "--exec failing: each failure is reported" test "$(grep -c 'exited with status 3' "$T/err")" -eq "$("$RASD" alerts --db "$T/ex2.db" | wc -l)"
expect "--exec failing: the matches are logged all the same" test "$("$RASD" alerts --db "$T/ex2.db" | wc -l)" -gt 0

# ------------------------------------------------------------- shared tier
if ! shared_tier "SaudiNewsNet articles"; then finish; exit; fi
N=600 B=60 STEP=1
# under the sanitizers: every 20th of the first 6,000 articles, so that all outlets and each
# case still have some (the first 300 are all from one outlet)
if [ -n "${RASD_TEST_SKIP_SLOW:-}" ] && [ "$RASD_TEST_SKIP_SLOW" != 0 ]; then N=150 B=15 STEP=20; fi
{ zcat "$SNN" || true; } | head -$((2 * N * STEP)) | awk -v s=$STEP 'NR % s == 0' >"$T/all.jsonl"
head -$N "$T/all.jsonl" >"$T/a.jsonl"
tail -n +$((N + 1)) "$T/all.jsonl" >"$T/b.jsonl"
python3 -c 'import json,sys; print("\n".join(json.loads(l)["id"] for l in sys.stdin))' <"$T/b.jsonl" >"$T/b.ids"
# name|query|source|the searches whose union it must equal (| apart: a tab is IFS white
# space, and two in a row would make one)
cat >"$T/cases" <<'EOF'
king|الملك سلمان||+الملك +سلمان
three|وزير الخارجية السعودي||+وزير +الخارجية +السعودي
phrase|"ولي العهد"||"ولي العهد"
phraseword|"خادم الحرمين" الرياض||"خادم الحرمين" +الرياض
or|اليمن OR الحوثي الرياض||+اليمن +الرياض|+الحوثي +الرياض
not|السعودية -إيران||+السعودية -إيران
notphrase|النفط -"أسعار النفط"||+النفط -"أسعار النفط"
orphrases|"مجلس الوزراء" OR "مجلس الشورى"||"مجلس الوزراء"|"مجلس الشورى"
and|داعش AND العراق||+داعش +العراق
source|الرياض|almadina|+الرياض
EOF
add_cases() {
    local name q src
    while IFS='|' read -r name q src _; do
        "$RASD" alert add --db "$1" "$name" "$q" ${src:+--source "$src"} >/dev/null || return 1
    done <"$T/cases"
}
"$RASD" ingest --db "$T/snn.db" --no-entities "$T/a.jsonl" 2>/dev/null
expect "snn: ten alerts added" add_cases "$T/snn.db"
"$RASD" ingest --db "$T/snn.db" --no-entities "$T/b.jsonl" 2>/dev/null
while IFS='|' read -r name q src rest; do
    IFS='|' read -r -a searches <<<"$rest"
    expect "snn: $name ($q) fires as search finds" same "$T/snn.db" "$T/b.ids" "$name" ${src:+--source "$src"} "${searches[@]}"
done <"$T/cases"
expect "snn: the first half fired nothing" test -z "$("$RASD" alerts --db "$T/snn.db" --json | grep -F -f <(head -$N "$T/all.jsonl" | python3 -c 'import json,sys; print("\n".join("\"%s\"" % json.loads(l)["id"] for l in sys.stdin))'))"
n=$("$RASD" alerts --db "$T/snn.db" | wc -l)
"$RASD" ingest --db "$T/snn.db" --no-entities "$T/all.jsonl" 2>/dev/null
expect "snn: a re-ingest of both halves fires nothing again ($n)" test "$("$RASD" alerts --db "$T/snn.db" | wc -l)" -eq "$n"
# an updated article that still matches does not fire again
art=$(ids "$T/snn.db" king | head -1)
grep -F "\"$art\"" "$T/b.jsonl" | python3 -c 'import json,sys; r=json.loads(sys.stdin.read()); r["text"] += " (محدث)"; print(json.dumps(r, ensure_ascii=False))' >"$T/upd.jsonl"
"$RASD" ingest --db "$T/snn.db" --no-entities "$T/upd.jsonl" 2>"$T/err"
expect "snn: the article was updated" grep -q "updated 1" "$T/err"
expect "snn: an updated article fires no second time" test "$("$RASD" alerts --db "$T/snn.db" | wc -l)" -eq "$n"

# kill -9 after three batches, then resume: the same matches as an uninterrupted run, once
add_cases "$T/ref.db"; add_cases "$T/kill.db"
"$RASD" ingest --db "$T/ref.db" --no-entities --batch $B "$T/all.jsonl" 2>/dev/null
(RASD_TEST_KILL_AFTER_BATCHES=3 "$RASD" ingest --db "$T/kill.db" --no-entities --batch $B \
    --exec "cat >>$T/kill.jsonl" "$T/all.jsonl"; exit $?) 2>/dev/null
expect "kill: the hook killed the ingest" test $? -eq 137
expect "kill: three batches stored" test "$(sql "$T/kill.db" 'select count(*) from articles')" -eq $((3 * B))
"$RASD" ingest --db "$T/kill.db" --no-entities --batch $B --exec "cat >>$T/kill.jsonl" "$T/all.jsonl" 2>/dev/null
expect "kill: after the resume, the same matches as without the kill, none twice" python3 - "$T/ref.db" "$T/kill.db" "$T/kill.jsonl" <<'EOF'
import json, sqlite3, sys
pairs = lambda db: sqlite3.connect(db).execute("select a.name, l.article from alert_log l join alerts a on a.id = l.alert").fetchall()
ref, got = pairs(sys.argv[1]), pairs(sys.argv[2])
assert len(got) == len(set(got)) and set(got) == set(ref) and len(ref) > 100, (len(got), len(ref))
execd = [(m["alert"], m["article"]) for m in map(json.loads, open(sys.argv[3]))]
assert sorted(execd) == sorted(got), (len(execd), len(got))
EOF

# entities: an alert on an entity fires for the new articles that mention it and match
M=$((N / 4))
head -$M "$T/a.jsonl" >"$T/ea.jsonl"; sed -n "$((M + 1)),$((2 * M))p" "$T/a.jsonl" >"$T/eb.jsonl"
python3 -c 'import json,sys; print("\n".join(json.loads(l)["id"] for l in sys.stdin))' <"$T/eb.jsonl" >"$T/eb.ids"
"$RASD" ingest --db "$T/ent.db" "$T/ea.jsonl" 2>/dev/null
ent=$("$RASD" entities --db "$T/ent.db" --json --limit 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
name=$("$RASD" entities --db "$T/ent.db" --json --limit 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["name"])')
"$RASD" alert add --db "$T/ent.db" byid 'السعودية OR المملكة' --entity "$ent" >/dev/null
"$RASD" alert add --db "$T/ent.db" byname 'السعودية OR المملكة' --entity "$name" >/dev/null
expect "entity: a name resolves to the id ($name)" test "$("$RASD" alert list --db "$T/ent.db" --json | python3 -c 'import json,sys; print(len({json.loads(l)["entity_ids"] for l in sys.stdin}))')" = 1
"$RASD" ingest --db "$T/ent.db" "$T/eb.jsonl" 2>/dev/null
expect "entity: fires for the articles that mention it and match ($name)" python3 - "$T/ent.db" "$RASD" "$ent" "$T/eb.ids" <<'EOF'
import json, subprocess, sys
db, rasd, ent, new = sys.argv[1:]
new = set(open(new).read().split())
run = lambda cmd, *a: subprocess.run([rasd, cmd, "--db", db, "--json", *a], capture_output=True, text=True, check=True).stdout
arts = {a["id"] for e in map(json.loads, run("entity", "--limit", "10000", ent).splitlines()) for a in e["mentioned_in"]}
hits = set()
for q in ("+السعودية", "+المملكة"):
    hits |= {json.loads(l)["id"] for l in run("search", "--no-collapse", "--limit", "10000", q).splitlines()}
want = arts & hits & new
for name in ("byid", "byname"):
    fired = {m["article"] for m in map(json.loads, run("alerts").splitlines()) if m["alert"] == name}
    assert want and fired == want, (name, len(fired), len(want))
EOF
finish
