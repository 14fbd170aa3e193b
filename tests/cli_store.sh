#!/usr/bin/env bash
# cli_store.sh RASD — black-box tests of the store commands: ingest (folders, .jsonl, .jsonl.gz,
# stdin, bad records, idempotent re-runs, a full disk, kill -9 and resume), search (--json fields,
# filters, errors), stats, show, and eval-ir on ARCD. The core tier runs on tests/data/news;
# the seeds are the shared tier, and the SaudiNewsNet and ARCD parts its slow part (release
# pass only).
set -u
RASD=${1:?usage: tests/cli_store.sh PATH/TO/rasd}
NAME=${2:-cli_store}
T=build/test-tmp/cli-store-$$
SEEDS=../shared/corpus/seeds
SNN=../shared/data/saudinewsnet/articles.jsonl.gz
ARCD=../shared/data/arcd
NEWS=tests/data/news
. tests/lib.sh

# the fixtures: a folder; re-ingest changes nothing; b_reprint reuses two passages of a_geneva
"$RASD" ingest --db "$T/n.db" "$NEWS" 2>"$T/err"; expect "ingest the fixtures exits 0" test $? -eq 0
expect "summary counts 6 new" grep -q '^ingested 6, unchanged 0, updated 0, rejected 0' "$T/err"
"$RASD" ingest --db "$T/n.db" "$NEWS" 2>"$T/err"
expect "re-ingest: all unchanged" grep -q '^ingested 0, unchanged 6, updated 0, rejected 0' "$T/err"
RASD_DB="$T/n.db" "$RASD" stats >"$T/out"; expect "stats via RASD_DB" grep -q '^articles *6 ' "$T/out"
"$RASD" show --db "$T/n.db" d_paris >"$T/out"; expect "show exits 0" test $? -eq 0
expect "show gives the article as JSON" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["id"]=="d_paris" and "ميركل" in d["text"] and d["sentences"]==7' "$T/out"
"$RASD" show --db "$T/n.db" nope 2>/dev/null; expect "show of a missing id exits 1" test $? -eq 1
"$RASD" dupes --db "$T/n.db" >"$T/out"
expect "dupes on the fixtures: b_reprint reuses two passages of a_geneva" \
    test "$(cat "$T/out")" = "reuse  0.659  a_geneva  →  b_reprint  (2 passages)"
"$RASD" show --db "$T/n.db" b_reprint >"$T/out"
expect "show lists the passages b_reprint reprints from a_geneva" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
src = open(sys.argv[2], "rb").read()
here = d["text"].encode()
assert [(c["id"], c["kind"], c["relation"]) for c in d["copies"]] == [("a_geneva", "reuse", "source")], d["copies"]
spans = d["copies"][0]["spans"]
assert len(spans) == 2, spans
for p in spans:
    h, t = here[p["here"][0]:p["here"][1]], src[p["there"][0]:p["there"][1]]
    assert len(h) > 200 and h[:30] == t[:30] and h[-30:] == t[-30:], (h[:60], t[:60])' "$T/out" "$NEWS/a_geneva.txt"
# A copy detector's row already there under a new article's key is replaced (INSERT OR
# REPLACE, which keeps no statement journal on these tables: stop 38, docs/DEDUP.md): stray
# rows of its four tables where the next article goes, a reuse (keys kept), an exact copy.
mkdir -p "$T/n5" && cp "$NEWS"/*.txt "$T/n5/" && rm "$T/n5/b_reprint.txt"
"$RASD" ingest --no-entities --db "$T/st.db" "$T/n5" 2>/dev/null
stray() {   # stray DB DOCID: rows of the four tables under DOCID (a's pair: a_geneva's)
    python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); d=int(sys.argv[2])
a=c.execute("select docid from articles where id = ?", ("a_geneva",)).fetchone()[0]
c.execute("insert into fingerprints values (?, x'"'"'00'"'"', 0)", (d,))
c.execute("insert into lsh values (?, x'"'"'00'"'"')", (d,))
c.execute("insert into passages values (?, x'"'"''"'"', x'"'"''"'"')", (d,))
c.execute("insert into dupes values (?, ?, '"'"'near'"'"', 0.5, NULL)", (a, d)); c.commit()' "$1" "$2"
}
next=$(sql "$T/st.db" "select value from meta where key = 'next_docid'")
stray "$T/st.db" "$next"
expect "stray dedup rows at docid $next" test "$(sql "$T/st.db" "select count(*) from dupes where b = $next")" = 1
"$RASD" ingest --no-entities --db "$T/st.db" "$NEWS/b_reprint.txt" 2>"$T/err"
expect "ingest over them exits 0" test $? -eq 0
expect "the reuse pair replaced the stray one" \
    test "$("$RASD" dupes --db "$T/st.db")" = "reuse  0.659  a_geneva  →  b_reprint  (2 passages)"
expect "its fingerprint, bands and words replaced" test "$(sql "$T/st.db" "select length(f.fp) || \
' ' || (length(l.bands) > 1) || ' ' || (length(p.words) > 0) from fingerprints f join lsh l using (docid) \
join passages p using (docid) where docid = $next")" = "16 1 1"
next=$(sql "$T/st.db" "select value from meta where key = 'next_docid'")
stray "$T/st.db" "$next"
cp "$NEWS/a_geneva.txt" "$T/a_copy.txt"
"$RASD" ingest --no-entities --db "$T/st.db" "$T/a_copy.txt" 2>"$T/err"
expect "an exact copy over stray rows exits 0" test $? -eq 0
expect "its exact pair replaced the stray one" test "$(sql "$T/st.db" "select group_concat(kind || \
' ' || similarity) from dupes where b = $next")" = "exact 1.0"
expect "its fingerprint replaced" test "$(sql "$T/st.db" "select length(fp) from fingerprints where docid = $next")" = 16
"$RASD" search --db "$T/n.db" --json لافروف >"$T/out"; expect "search exits 0" test $? -eq 0
expect "search لافروف: the four articles that name him, with the contract's fields" python3 -c '
import json,sys
hits=[json.loads(l) for l in open(sys.argv[1])]
assert sorted(h["id"] for h in hits) == ["a_geneva", "b_reprint", "c_own_words", "e_riyadh"], hits
for h in hits:
    assert set(h)=={"id","score","title","published","source","snippet","copies"}, h
    assert isinstance(h["score"],float) and "<b>" in h["snippet"]
assert [h["score"] for h in hits]==sorted([h["score"] for h in hits],reverse=True)' "$T/out"
"$RASD" search --db "$T/n.db" '"unclosed' 2>"$T/err"; expect "bad query exits 2" test $? -eq 2
expect "bad query explained" grep -q 'unclosed quote' "$T/err"
"$RASD" search --db "$T/nope.db" x 2>"$T/err"; expect "missing store exits 1" test $? -eq 1
"$RASD" search --db "$T/n.db" --stemmer snowball x 2>"$T/err"; expect "other analysis refused" test $? -eq 1
expect "refusal explained" grep -q 'built with analysis' "$T/err"
"$RASD" ingest --fts5 --db "$T/nf.db" "$NEWS" 2>/dev/null; expect "ingest --fts5 exits 0" test $? -eq 0
"$RASD" search --engine fts5 --json --db "$T/nf.db" ميركل >"$T/out"
expect "fts5 finds ميركل in d_paris only" test "$(grep -o '"id":"[^"]*"' "$T/out")" = '"id":"d_paris"'
"$RASD" search --engine fts5 --json --db "$T/nf.db" بلافروف >"$T/out"
expect "fts5 query goes through the same analysis (بلافروف → لافروف: a, b, c, e)" test "$(grep -o '"id":"[^"]*"' "$T/out" | sort | tr '\n' ' ')" = '"id":"a_geneva" "id":"b_reprint" "id":"c_own_words" "id":"e_riyadh" '

# JSONL with bad lines
printf '%s\n' '{"id":"x1","text":"قال بوتين في أنطاليا","source":"test","published":"2015-11-16"}' \
    '{"id":"x2","text":' 'not json' '{"text":"no id"}' '{"id":"x3","text":"اجتماع لافروف وجونسون","title":"موسكو"}' >"$T/bad.jsonl"
"$RASD" ingest --db "$T/b.db" "$T/bad.jsonl" 2>"$T/err"; expect "bad records exit 1" test $? -eq 1
expect "bad line 2 named" grep -q 'bad.jsonl:2: invalid JSON' "$T/err"
expect "bad line 4 named" grep -q 'bad.jsonl:4: missing "id"' "$T/err"
expect "summary: 2 in, 3 rejected" grep -q '^ingested 2, unchanged 0, updated 0, rejected 3' "$T/err"
expect "good records stored" test "$(sql "$T/b.db" 'select count(*) from articles')" = 2

if shared_tier "seeds"; then

# seeds: a folder; re-ingest changes nothing
"$RASD" ingest --db "$T/s.db" "$SEEDS" 2>"$T/err"; expect "ingest seeds exits 0" test $? -eq 0
expect "summary counts 5 new" grep -q '^ingested 5, unchanged 0, updated 0, rejected 0' "$T/err"
"$RASD" ingest --db "$T/s.db" "$SEEDS" 2>"$T/err"
expect "re-ingest: all unchanged" grep -q '^ingested 0, unchanged 5, updated 0, rejected 0' "$T/err"
RASD_DB="$T/s.db" "$RASD" stats >"$T/out"; expect "stats via RASD_DB" grep -q '^articles *5 ' "$T/out"
"$RASD" show --db "$T/s.db" 004_d592b9f202c30752 >"$T/out"; expect "show exits 0" test $? -eq 0
expect "show gives the article as JSON" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["id"]=="004_d592b9f202c30752" and "هولاند" in d["text"] and d["sentences"]==25' "$T/out"
"$RASD" show --db "$T/s.db" nope 2>/dev/null; expect "show of a missing id exits 1" test $? -eq 1
"$RASD" dupes --db "$T/s.db" >"$T/out"
expect "dupes on the seeds: 001 reuses three passages of 000" \
    test "$(cat "$T/out")" = "reuse  0.608  000_93c6ccf29017a1c8  →  001_337ddc5b2ec75abf  (3 passages)"
"$RASD" dupes --db "$T/s.db" --json --kind reuse >"$T/out"
expect "dupes --json on the seeds meets the contract" ../shared/tools/check-contract dupes "$T/out"
"$RASD" show --db "$T/s.db" 001_337ddc5b2ec75abf >"$T/out"
expect "show lists the passages 001 reprints from 000" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
src = open(sys.argv[2], "rb").read()
here = d["text"].encode()
assert [(c["id"], c["kind"], c["relation"]) for c in d["copies"]] == [("000_93c6ccf29017a1c8", "reuse", "source")], d["copies"]
spans = d["copies"][0]["spans"]
assert len(spans) == 3, spans
for p in spans:
    h, t = here[p["here"][0]:p["here"][1]], src[p["there"][0]:p["there"][1]]
    assert len(h) > 200 and h[:30] == t[:30] and h[-30:] == t[-30:], (h[:60], t[:60])' "$T/out" "$SEEDS/000_93c6ccf29017a1c8.txt"
"$RASD" ingest --fts5 --db "$T/f.db" "$SEEDS" 2>/dev/null; expect "ingest --fts5 exits 0" test $? -eq 0
"$RASD" search --engine fts5 --json --db "$T/f.db" لافروف >"$T/out"
expect "fts5 finds لافروف in 003 only" test "$(grep -o '"id":"[^"]*"' "$T/out")" = '"id":"003_f448dd176493aaea"'
"$RASD" search --engine fts5 --json --db "$T/f.db" وللإرهاب >"$T/out"
expect "fts5 query goes through the same analysis (وللإرهاب → ارهاب)" test "$(wc -l <"$T/out")" -ge 4
fi

if shared_tier "2,000 and 10,000 SaudiNewsNet articles, ARCD" slow; then
# gzip, stdin
zcat "$SNN" | head -2000 >"$T/snn.jsonl"
head -2000 "$T/snn.jsonl" | gzip >"$T/snn.jsonl.gz"
"$RASD" ingest --db "$T/g.db" "$T/snn.jsonl.gz" 2>"$T/err"; expect "gz ingest exits 0" test $? -eq 0
expect "gz: 2000 new" grep -q '^ingested 2000, ' "$T/err"
"$RASD" ingest --db "$T/g.db" - <"$T/snn.jsonl" 2>"$T/err"; expect "stdin ingest exits 0" test $? -eq 0
expect "stdin: same articles unchanged" grep -q '^ingested 0, unchanged 2000, updated 0' "$T/err"
expect "integrity ok" test "$(sql "$T/g.db" 'pragma integrity_check')" = ok

# a full disk mid-ingest (a 16 MiB file size limit; the write that passes it fails): the
# summary counts what the store kept, not what was written before the failing commit
(trap '' XFSZ; ulimit -f 16384; exec "$RASD" ingest --no-entities --batch 100 --db "$T/full.db" "$T/snn.jsonl") 2>"$T/err"
expect "full disk: exit 1" test $? -eq 1
kept=$(sql "$T/full.db" 'select count(*) from articles')
expect "full disk: some batches kept ($kept)" test "$kept" -gt 0 -a "$kept" -lt 2000 -a $((kept % 100)) -eq 0
expect "full disk: the summary counts what was committed" grep -q "^ingested $kept, unchanged 0, updated 0, rejected 1 .*stopped by an error.*rolled back" "$T/err"
expect "full disk: integrity ok" test "$(sql "$T/full.db" 'pragma integrity_check')" = ok

# the duplicates line's pairs "in the store" are counted as rows go in (schema 15's triggers):
# a second ingest (new articles, 20 exact copies, 100 replaced by longer versions: pairs go
# out and in) prints what a full recount of dupes finds; a rolled-back batch (the full disk
# above) takes its counts back with its rows
recount() { python3 -c 'import sqlite3,sys; d=dict(sqlite3.connect(sys.argv[1]).execute("select kind, count(*) from dupes group by kind").fetchall()); print("duplicates: %d exact, %d near, %d reuse pairs" % (d.get("exact",0), d.get("near",0), d.get("reuse",0)))' "$1"; }
expect "full disk: kept counts = a recount" test "$(sql "$T/full.db" "select group_concat(kind || n, ' ') from (select * from dupe_counts where n > 0 order by kind)")" = "$(sql "$T/full.db" "select group_concat(kind || n, ' ') from (select kind, count(*) n from dupes group by kind order by kind)")"
head -600 "$T/snn.jsonl" >"$T/c1.jsonl"
python3 -c '
import json, sys
for i, l in enumerate(open(sys.argv[1])):
    if 400 <= i < 1000: print(l, end="")
    d = json.loads(l)
    if i < 100:
        d["text"] += "\n" + d["text"][: len(d["text"]) // 3]; print(json.dumps(d, ensure_ascii=False))
    elif 200 <= i < 220:
        d["id"] += "_copy"; print(json.dumps(d, ensure_ascii=False))
' "$T/snn.jsonl" >"$T/c2.jsonl"
"$RASD" ingest --no-entities --db "$T/c.db" "$T/c1.jsonl" 2>/dev/null
"$RASD" ingest --no-entities --db "$T/c.db" "$T/c2.jsonl" 2>"$T/err"
expect "second ingest: 420 new, 100 updated" grep -q '^ingested 420, unchanged 200, updated 100' "$T/err"
line=$(grep -o '^duplicates: [0-9]* exact, [0-9]* near, [0-9]* reuse pairs' "$T/err")
expect "second ingest: pairs in the store as a recount ($line)" test "$line" = "$(recount "$T/c.db")"
expect "second ingest: pairs of every kind" test "$(sql "$T/c.db" "select count(*) from dupe_counts where n > 0")" = 3
# a pair written again with another kind (dedup.c's upsert, as an exact group's new first
# writes its pairs) moves its count; a deleted pair takes its count off
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("insert into dupes(a, b, kind, similarity, spans) select a, b, '"'"'near'"'"', 0.9, null from dupes where kind = '"'"'reuse'"'"' order by a, b limit 2 on conflict(a, b) do update set kind = excluded.kind, similarity = excluded.similarity, spans = excluded.spans"); c.execute("delete from dupes where (a, b) in (select a, b from dupes where kind = '"'"'exact'"'"' order by a, b limit 1)"); c.commit()' "$T/c.db"
expect "a pair's kind changed and a pair deleted: counts = a recount" \
    test "$(sql "$T/c.db" "select group_concat(kind || n, ' ') from (select * from dupe_counts order by kind)")" = "$(sql "$T/c.db" "select group_concat(kind || n, ' ') from (select kind, count(*) n from dupes group by kind order by kind)")"

# exact duplicates among the 2,000 articles: every byte-identical group (50+ characters)
"$RASD" dupes --db "$T/g.db" --json >"$T/dupes.jsonl"; expect "dupes exits 0" test $? -eq 0
expect "dupes meet the contract" ../shared/tools/check-contract dupes "$T/dupes.jsonl"
expect "every byte-identical group is one exact group" python3 -c '
import json, sys, collections
parent = {}
def find(x):
    while parent.get(x, x) != x: x = parent[x]
    return x
for l in open(sys.argv[1]):
    d = json.loads(l)
    if d["kind"] == "exact":
        assert d["similarity"] == 1
        parent[find(d["b"])] = find(d["a"])
    elif d["kind"] == "near":
        assert 0.8 <= d["similarity"] < 1 and d["spans"], d
    else:
        assert d["kind"] == "reuse" and 0 < d["similarity"] <= 1 and d["spans"], d
texts = collections.defaultdict(list)
for l in open(sys.argv[2]):
    d = json.loads(l)
    if len(d["text"]) >= 50: texts[d["text"]].append(d["id"])
groups = [g for g in texts.values() if len(g) > 1]
assert len(groups) >= 10, len(groups)
for g in groups: assert len({find(x) for x in g}) == 1, g
' "$T/dupes.jsonl" "$T/snn.jsonl"
"$RASD" dupes --db "$T/g.db" --kind nonsense 2>/dev/null; expect "dupes --kind checks its value" test $? -eq 2
pair=$(grep -m1 '"kind":"exact"' "$T/dupes.jsonl")
a=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["a"])' "$pair")
b=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["b"])' "$pair")
"$RASD" show --db "$T/g.db" "$a" >"$T/out"
expect "show lists an article's copies" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
c = [x for x in d["copies"] if x["id"] == sys.argv[2]]
assert len(c) == 1 and c[0]["kind"] == "exact" and c[0]["similarity"] == 1.0, d["copies"]
assert c[0]["relation"] == "copy" and c[0]["spans"] == [{"here": [0, d["bytes"]], "there": c[0]["spans"][0]["there"]}], c' "$T/out" "$b"

# search: JSON fields, filters, errors
"$RASD" search --db "$T/g.db" --json --limit 5 الإرهاب >"$T/out"; expect "search exits 0" test $? -eq 0
expect "search --json: 5 hits with the contract's fields" python3 -c '
import json,sys
hits=[json.loads(l) for l in open(sys.argv[1])]
assert len(hits)==5
for h in hits:
    assert set(h)=={"id","score","title","published","source","snippet","copies"}, h
    assert isinstance(h["score"],float) and "<b>" in h["snippet"]
assert [h["score"] for h in hits]==sorted([h["score"] for h in hits],reverse=True)' "$T/out"
"$RASD" search --db "$T/g.db" --json --source alriyadh --since 2015-07-21 --until 2015-07-21 --limit 50 السعودية >"$T/out"
expect "filters hold on every hit" python3 -c '
import json,sys
hits=[json.loads(l) for l in open(sys.argv[1])]
assert len(hits)>=10, len(hits)
for h in hits:
    assert h["source"]=="alriyadh" and h["published"][:10]=="2015-07-21", h' "$T/out"
"$RASD" search --db "$T/g.db" --since 2015-07-22 السعودية >"$T/out"
expect "no article after the last day" grep -qx 'no match' "$T/out"
"$RASD" search --db "$T/g.db" '"unclosed' 2>"$T/err"; expect "bad query exits 2" test $? -eq 2
expect "bad query explained" grep -q 'unclosed quote' "$T/err"
"$RASD" search --db "$T/nope.db" x 2>"$T/err"; expect "missing store exits 1" test $? -eq 1
"$RASD" search --db "$T/g.db" --stemmer snowball x 2>"$T/err"; expect "other analysis refused" test $? -eq 1
expect "refusal explained" grep -q 'built with analysis' "$T/err"

# kill -9 in the middle of an ingest, then resume
zcat "$SNN" | head -10000 >"$T/snn10k.jsonl"
before=$(kill_ingest "$T/k.db" "$T/snn10k.jsonl" 200)
expect "killed mid-way ($before of 10000 stored)" test "$before" -gt 0 -a "$before" -lt 10000
expect "after kill -9: integrity ok" test "$(sql "$T/k.db" 'pragma integrity_check')" = ok
expect "after kill -9: whole batches only" test $((before % 200)) -eq 0
expect "after kill -9: index covers the articles" test "$(sql "$T/k.db" 'select coalesce(sum(ndocs),0) from segments')" = "$before"
"$RASD" ingest --batch 200 --db "$T/k.db" "$T/snn10k.jsonl" 2>"$T/err"; expect "resume exits 0" test $? -eq 0
expect "resume adds the rest" grep -q "^ingested $((10000 - before)), unchanged $before, updated 0, rejected 0" "$T/err"
expect "resumed store: integrity ok" test "$(sql "$T/k.db" 'pragma integrity_check')" = ok
expect "resumed store: 10000 articles" test "$(sql "$T/k.db" 'select count(*) from articles')" = 10000
"$RASD" search --db "$T/k.db" --json --limit 3 'ولي العهد' >"$T/out"; expect "resumed store answers" test "$(wc -l <"$T/out")" -eq 3

# retrieval quality on ARCD passages (training questions): a floor under the measured 0.79
"$RASD" ingest --db "$T/a.db" "$ARCD/passages.jsonl" 2>/dev/null
"$RASD" eval-ir --json --db "$T/a.db" --queries "$ARCD/queries-train.tsv" --qrels "$ARCD/qrels-train.txt" --run "$T/run" >"$T/out"
expect "eval-ir exits 0" test $? -eq 0
expect "eval-ir: 693 queries, MRR@10 >= 0.77" python3 -c '
import json,sys; m=json.load(open(sys.argv[1])); assert m["queries"]==693 and m["mrr@10"]>=0.77, m' "$T/out"
expect "eval-ir writes a TREC run" grep -qE '^[0-9]+ Q0 arcd-p[0-9]+ 1 [0-9.]+ rasd$' "$T/run"

# the FTS5 comparison path: the rasd tokenizer inside SQLite FTS5
"$RASD" ingest --fts5 --db "$T/a.db" "$ARCD/passages.jsonl" 2>/dev/null
"$RASD" eval-ir --engine fts5 --json --db "$T/a.db" --queries "$ARCD/queries-train.tsv" --qrels "$ARCD/qrels-train.txt" >"$T/out"
expect "an FTS5 index added to an existing store covers it (MRR@10 >= 0.77)" python3 -c '
import json,sys; m=json.load(open(sys.argv[1])); assert m["queries"]==693 and m["mrr@10"]>=0.77, m' "$T/out"
fi

finish
