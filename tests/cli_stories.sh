#!/usr/bin/env bash
# cli_stories.sh RASD — black-box tests of stories: rasd stories --json keeps the contract
# field by field (every summary and timeline span inside its article's text), rasd story,
# rasd threads, rasd show's "story", rasd search --stories, rasd reannotate --stage stories
# (the same stories again), and a kill -9 during an ingest: the store stays intact, every
# committed article is in one story, and finishing the ingest gives the stories of an
# uninterrupted one (whatever batch the kill hit). Core tier on tests/data/news.
set -u
RASD=${1:?usage: tests/cli_stories.sh PATH/TO/rasd}
NAME=${2:-cli_stories}
T=build/test-tmp/cli-stories-$$
NEWS=tests/data/news
. tests/lib.sh

# The fixtures as JSON Lines with dates and sources; $2 copies of each (ids suffixed).
jsonl() {
    python3 - "$NEWS" "$2" > "$1" <<'PY'
import json, sys
news, n = sys.argv[1], int(sys.argv[2])
arts = [("a_geneva", "2015-09-14 10:00:00", "agency", "لافروف وكيري في جنيف"),
        ("b_reprint", "2015-09-15 09:00:00", "daily", "لقاء جنيف"),
        ("c_own_words", None, "weekly", None),
        ("d_paris", "2015-09-04 20:00:00", "agency", "هولاند يستقبل ميركل"),
        ("e_riyadh", "2015-09-16 12:00:00", "daily", "الجبير في موسكو")]
for k in range(n):
    for i, p, s, t in arts:
        rec = {"id": i if n == 1 else f"{i}-{k}", "text": open(f"{news}/{i}.txt").read(),
               "source": s}
        if p: rec["published"] = p
        if t: rec["title"] = t
        print(json.dumps(rec, ensure_ascii=False))
PY
}
# Every article in exactly one story, every story's size its members, no member orphaned,
# a thread named by its first story and never by a merged (redirected) id.
consistent() {
    test "$(sql "$1" 'pragma integrity_check')" = ok &&
    test "$(sql "$1" 'select count(*) from articles where docid not in (select docid from story_members)')" = 0 &&
    test "$(sql "$1" 'select count(*) from story_members where docid not in (select docid from articles)')" = 0 &&
    test "$(sql "$1" 'select count(*) from stories s where size != (select count(*) from story_members m where m.story = s.id)')" = 0 &&
    test "$(sql "$1" 'select count(*) from stories where thread > id or thread in (select old from thread_redirects)')" = 0
}
assign() { sql "$1" "select group_concat(a.id || '=' || m.story, ',') from (select * from articles order by id) a join story_members m using (docid)"; }
# story_of DB ID: the story of article ID; logged N WHAT FILE: the count an ingest log gives
# before WHAT ("stories read back", "joined unread"), empty when it gives none.
story_of() { sql "$1" "select story from story_members join articles using (docid) where id = '$2'"; }
logged() { sed -n "s/.* \([0-9]*\) $1.*/\1/p" "$2"; }

jsonl "$T/news.jsonl" 1
expect "ingest" "$RASD" ingest --db "$T/s.db" "$T/news.jsonl"
expect "consistent" consistent "$T/s.db"
"$RASD" stories --db "$T/s.db" --json > "$T/stories.json"
expect "contract" python3 - "$T/stories.json" "$T/news.jsonl" <<'PY'
import json, sys
texts = {}
for line in open(sys.argv[2]):
    r = json.loads(line)
    texts[r["id"]] = r["text"].encode()
keys = ["id", "thread", "title", "size", "articles", "sources", "first", "last", "entities",
        "summary", "timeline"]
seen = set()
for line in open(sys.argv[1]):
    st = json.loads(line)
    assert list(st)[:len(keys)] == keys, list(st)
    assert isinstance(st["id"], int) and isinstance(st["thread"], int)
    assert st["size"] == len(st["articles"]) > 0
    assert not seen & set(st["articles"]); seen |= set(st["articles"])
    assert all(isinstance(s, str) for s in st["sources"])
    assert st["title"] is None or isinstance(st["title"], str)
    for e in st["entities"]:
        assert list(e) == ["id", "name", "type", "mentions"] and e["mentions"] > 0
    assert len(st["summary"]) <= 5
    for s in st["summary"]:
        assert list(s) == ["article", "start", "end", "text"]
        t = texts[s["article"]]
        assert 0 <= s["start"] < s["end"] <= len(t) and t[s["start"]:s["end"]].decode() == s["text"]
    dates = [x["date"] for x in st["timeline"]]
    assert dates == sorted(dates)
    for s in st["timeline"]:
        assert list(s) == ["date", "article", "start", "end", "text"]
        t = texts[s["article"]]
        assert 0 <= s["start"] < s["end"] <= len(t) and t[s["start"]:s["end"]].decode() == s["text"]
assert seen == set(texts), seen ^ set(texts)
PY
geneva=$(story_of "$T/s.db" a_geneva)
expect "a reprint in its source's story" test "$(story_of "$T/s.db" b_reprint)" = "$geneva"
expect "story --json" sh -c "'$RASD' story --db '$T/s.db' --json $geneva | python3 -c 'import json,sys; d=json.load(sys.stdin); assert \"a_geneva\" in d[\"articles\"] and d[\"title\"]'"
expect "story: no such story" sh -c "! '$RASD' story --db '$T/s.db' 999"
expect "show names the story" sh -c "'$RASD' show --db '$T/s.db' b_reprint | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d[\"story\"][\"id\"] == $geneva, d[\"story\"]'"
expect "search --stories" sh -c "'$RASD' search --db '$T/s.db' --stories --json لافروف | python3 -c 'import json,sys; g=[json.loads(l) for l in sys.stdin]; assert g and any(x[\"story\"] == $geneva for x in g)'"
expect "threads" "$RASD" threads --db "$T/s.db"
expect "--min-size" sh -c "'$RASD' stories --db '$T/s.db' --json --min-size 2 | python3 -c 'import json,sys; assert all(json.loads(l)[\"size\"] >= 2 for l in sys.stdin)'"
expect "--from/--to" sh -c "test \$('$RASD' stories --db '$T/s.db' --json --from 2015-09-04 --to 2015-09-04 | wc -l) = 1"
before=$(assign "$T/s.db")
expect "reannotate --stage stories" "$RASD" reannotate --db "$T/s.db" --stage stories
expect "the same stories again" test "$(assign "$T/s.db")" = "$before"
expect "re-ingest changes nothing" "$RASD" ingest --db "$T/s.db" "$T/news.jsonl"
expect "the same stories" test "$(assign "$T/s.db")" = "$before"
# A member row is a plain INSERT (no statement journal, issue 13 stop 38); a row already there
# for the docid is replaced as INSERT OR REPLACE did: a stray row where the next article goes.
head -n 4 "$T/news.jsonl" > "$T/four.jsonl"
"$RASD" ingest --db "$T/stray.db" "$T/four.jsonl" 2>/dev/null
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("insert into story_members(docid, story, score, vec) select value, 999999, 0, x'"'"'00'"'"' from meta where key = '"'"'next_docid'"'"'"); c.commit()' "$T/stray.db"
expect "a stray member row ($(sql "$T/stray.db" 'select count(*) from story_members where story = 999999'))" \
    test "$(sql "$T/stray.db" 'select count(*) from story_members where story = 999999')" = 1
expect "ingest over it" "$RASD" ingest --db "$T/stray.db" "$T/news.jsonl"
expect "the stray row replaced" test "$(sql "$T/stray.db" 'select count(*) from story_members where story = 999999')" = 0
expect "consistent after replacing" consistent "$T/stray.db"
expect "the same stories as one ingest" test "$(assign "$T/stray.db")" = "$before"
# an updated article: its old row removed, the new one inserted
sed 's/لافروف/لافروف  /' "$T/news.jsonl" > "$T/upd.jsonl"
expect "ingest an updated article" "$RASD" ingest --db "$T/stray.db" "$T/upd.jsonl"
expect "consistent after the update" consistent "$T/stray.db"

# kill -9 in the middle of an ingest: intact, consistent, and resumed as if never stopped.
jsonl "$T/many.jsonl" 40
"$RASD" ingest --batch 10 --db "$T/whole.db" "$T/many.jsonl" 2>/dev/null
n=$(kill_ingest "$T/k.db" "$T/many.jsonl" 10)
expect "killed after a batch ($n articles)" test "$n" -gt 0
expect "consistent after kill -9" consistent "$T/k.db"
expect "resume" "$RASD" ingest --batch 10 --db "$T/k.db" "$T/many.jsonl"
expect "consistent after resuming" consistent "$T/k.db"
expect "resumed = uninterrupted" test "$(assign "$T/k.db")" = "$(assign "$T/whole.db")"
# A story of more members than it keeps gets its sum and keys stored as it leaves the window
# (stories.vec); a copy that joins it months later reads back that and its newest members.
# With the shipped model's life, such a story is spent (no article but a copy may join it
# again) and the copy joins it unread (below, "joined unread"): the read-back path is checked
# with the model's life off (data/ linked, stories.model without its life), where a story out
# of the window is read back for any copy.
mkdir -p "$T/lifeless"
for f in "$PWD"/data/*; do ln -s "$f" "$T/lifeless/"; done
rm "$T/lifeless/stories.model"
sed 's/^life\t.*/life\t0/' data/stories.model > "$T/lifeless/stories.model"
export RASD_DATA="$T/lifeless"
# Against stores where the sums are cleared (read back from every member, as before) and a
# store of schema version 12 migrated: the same stories, and the same sums once written again.
phase() {   # phase OUT COPIES SHIFT_DAYS SUFFIX [ONLY]: the fixtures (or ONLY), dates moved
    python3 - "$NEWS" "$@" <<'PY'
import datetime, json, sys
news, out, n, shift, suf = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
arts = [("a_geneva", "2015-09-14 10:00:00", "agency"), ("b_reprint", "2015-09-15 09:00:00", "daily"),
        ("c_own_words", None, "weekly"), ("d_paris", "2015-09-04 20:00:00", "agency"),
        ("e_riyadh", "2015-09-16 12:00:00", "daily")]
with open(out, "a") as f:
    for k in range(n):
        for i, p, s in arts:
            if len(sys.argv) > 6 and i != sys.argv[6]:
                continue
            rec = {"id": f"{i}-{suf}{k}", "text": open(f"{news}/{i}.txt").read(), "source": s}
            if p:
                t = datetime.datetime.fromisoformat(p) + datetime.timedelta(days=shift)
                rec["published"] = t.isoformat(" ")
            print(json.dumps(rec, ensure_ascii=False), file=f)
PY
}
# 20 copies of each; a copy of Paris's 25 days on moves the window: the others leave it
phase "$T/p1.jsonl" 20 0 e
phase "$T/p1.jsonl" 1 25 t d_paris
# 45 days on, 3 copies of each: the old stories read back; 90 days on, in the same ingest, a
# copy moves the window again and the stories that took copies are written with their sums
phase "$T/p2.jsonl" 3 45 l
phase "$T/p2.jsonl" 1 90 z d_paris
# one ingest, copied: the three stores start the same (an ingest of the same input gives the
# same store: "two ingests = one" below and the kill -9 above check that)
"$RASD" ingest --batch 25 --db "$T/sum.db" "$T/p1.jsonl" 2>/dev/null
cp "$T/sum.db" "$T/cleared.db"
cp "$T/sum.db" "$T/old.db"
summed='select count(*) from stories where vec is not null'
expect "sums stored for the stories of more than 16 members ($(sql "$T/sum.db" "$summed"))" \
    test "$(sql "$T/sum.db" "$summed")" -ge 2
expect "no sum for a story of 16 or fewer" test "$(sql "$T/sum.db" 'select count(*) from stories where vec is not null and size <= 16')" = 0
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("UPDATE stories SET vec = NULL"); c.commit()' "$T/cleared.db"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript("ALTER TABLE stories DROP COLUMN mb; ALTER TABLE stories DROP COLUMN vec; PRAGMA user_version = 12")' "$T/old.db"
# the stored sum is the members' vectors added in docid order (float32), its keys after them
expect "a stored sum is its members' sum" python3 - "$T/sum.db" <<'PY'
import sqlite3, struct, sys
db = sqlite3.connect(sys.argv[1])
def parts(b):
    n = struct.unpack_from("<3H", b)
    ents, o = [], 6
    for c in n:
        ents.append([struct.unpack_from("<If", b, o + 8 * i) for i in range(c)]); o += 8 * c
    return ents, b[o:]
f32 = lambda x: struct.unpack("<f", struct.pack("<f", x))[0]
rows = db.execute("select id, vec from stories where vec is not null").fetchall()
assert rows
for sid, vec in rows:
    sums = [{}, {}, {}]
    for (m,) in db.execute("select vec from story_members where story = ? order by docid", (sid,)):
        for s, part in zip(sums, parts(m)[0]):
            for k, w in part:
                s[k] = f32(s.get(k, 0.0) + w)
    got, keys = parts(vec)
    want = [sorted((k, w) for k, w in s.items() if abs(w) > 1e-6) for s in sums]
    assert got == want, sid
    assert len(keys) % 4 == 0 and len(keys) > 0, sid
PY
for db in sum cleared old; do
    RASD_STORY_PHASES=1 "$RASD" ingest --batch 25 --db "$T/$db.db" "$T/p2.jsonl" 2>"$T/$db.err"
done
members() { logged "member rows read" "$1"; }
expect "copies read back a stored sum, not every member ($(members "$T/sum.err") < $(members "$T/cleared.err") rows)" \
    test "$(members "$T/sum.err")" -lt "$(members "$T/cleared.err")"
expect "version 12 migrates" test "$(sql "$T/old.db" 'pragma user_version')" = 15
rows='select group_concat(id || ":" || thread || ":" || size || ":" || ifnull(oldest, "") || ":" || ifnull(newest, "") || ":" || tsum || ":" || ndated || ":" || ifnull(hex(vec), "-"), ",") from (select * from stories order by id)'
expect "sums written again after the copies" test "$(sql "$T/sum.db" 'select count(*) from stories where vec is not null and size > 20')" -ge 2
for db in cleared old; do
    expect "read back from the sum = from every member ($db)" test "$(assign "$T/sum.db")" = "$(assign "$T/$db.db")"
    expect "the same rows and sums ($db)" test "$(sql "$T/sum.db" "$rows")" = "$(sql "$T/$db.db" "$rows")"
    expect "consistent ($db)" consistent "$T/$db.db"
done
# Schema 14: a story read back for a copy keeps its newest members in its row (stories.mb,
# beside its sum) as it leaves the window again, so the next copy reads one row back, not a
# row for each member far apart in the store (issue 13, stop 37). Bounded: at most 16
# members a row, the newest member rows' own bytes. 135 days on, copies again: read back
# from the stored members = from their rows (mb cleared) = from every member (both cleared).
kept='select count(*) from stories where mb is not null'
expect "members stored for the stories read back ($(sql "$T/sum.db" "$kept"))" test "$(sql "$T/sum.db" "$kept")" -ge 2
expect "members stored only beside a sum" test "$(sql "$T/sum.db" 'select count(*) from stories where mb is not null and vec is null')" = 0
expect "stored members are the newest 16 member rows" python3 - "$T/sum.db" <<'PY'
import math, sqlite3, struct, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("select id, mb from stories where mb is not null").fetchall()
assert rows
for sid, mb in rows:
    got, o = [], 0
    while o < len(mb):
        docid, t, n = struct.unpack_from("<qdI", mb, o); o += 20
        got.append((docid, None if math.isnan(t) else t, bytes(mb[o:o + n]))); o += n
    want = db.execute("select docid, t, vec from story_members where story = ? order by docid desc limit 16", (sid,)).fetchall()
    assert got == [(d, t, bytes(v)) for d, t, v in reversed(want)], sid
    assert 0 < len(got) <= 16, sid
PY
phase "$T/p3.jsonl" 3 135 m
phase "$T/p3.jsonl" 1 180 y d_paris
cp "$T/sum.db" "$T/nomb.db"
cp "$T/sum.db" "$T/none.db"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("UPDATE stories SET mb = NULL"); c.commit()' "$T/nomb.db"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("UPDATE stories SET mb = NULL, vec = NULL"); c.commit()' "$T/none.db"
for db in sum nomb none; do
    RASD_STORY_PHASES=1 "$RASD" ingest --batch 25 --db "$T/$db.db" "$T/p3.jsonl" 2>"$T/$db.err"
done
expect "copies read back the stored members, not their rows ($(members "$T/sum.err") < $(members "$T/nomb.err") rows)" \
    test "$(members "$T/sum.err")" -lt "$(members "$T/nomb.err")"
rows14="select group_concat(id || ':' || size || ':' || ifnull(hex(vec), '-') || ':' || ifnull(hex(mb), '-'), ',') from (select * from stories order by id)"
for db in nomb none; do
    expect "read back from the stored members = from their rows ($db)" test "$(assign "$T/sum.db")" = "$(assign "$T/$db.db")"
    expect "the same rows, sums and members ($db)" test "$(sql "$T/sum.db" "$rows")" = "$(sql "$T/$db.db" "$rows")"
    expect "the same stored members ($db)" test "$(sql "$T/sum.db" "$rows14")" = "$(sql "$T/$db.db" "$rows14")"
    expect "consistent ($db)" consistent "$T/$db.db"
done
# Issue 13, stop 44: a copy of an article whose story left the window joins that story (a
# copy is in its source's story: the first of its copies by docid), and the story's row is
# written at the join with its sum and kept members, while its page is hot, not at the
# batch's flush and again at the sweep: with no later article to move the window past it,
# the row holds them already. Two ingests = one; the same ingest again changes nothing.
phase "$T/q1.jsonl" 20 0 e
phase "$T/q1.jsonl" 1 25 t d_paris
phase "$T/q2.jsonl" 1 45 l
phase "$T/q3.jsonl" 1 47 n
cat "$T/q1.jsonl" "$T/q2.jsonl" > "$T/q.jsonl"
"$RASD" ingest --batch 25 --db "$T/q.db" "$T/q1.jsonl" 2>/dev/null
RASD_STORY_PHASES=1 "$RASD" ingest --batch 25 --db "$T/q.db" "$T/q2.jsonl" 2>"$T/q.err"
"$RASD" ingest --batch 25 --db "$T/qw.db" "$T/q.jsonl" 2>/dev/null
back=$(logged "stories read back" "$T/q.err")
expect "copies of articles whose stories left the window ($back read back)" test "${back:-0}" -ge 2
for i in a_geneva b_reprint d_paris e_riyadh; do
    src=$(story_of "$T/q.db" "$i-e0")
    expect "a copy in its source's story when that left the window ($i)" \
        test "$(story_of "$T/q.db" "$i-l0")" = "$src"
done
# (b_reprint's copy joins a_geneva's story after a_geneva's did: a story in memory, its row
# written at the flush without its sum, as before)
joined="select count(*) from stories where id in (select story from story_members join articles using (docid) where id in ('d_paris-l0', 'e_riyadh-l0'))"
expect "their rows hold their sums and members at once ($(sql "$T/q.db" "$joined and mb is not null") of $(sql "$T/q.db" "$joined"))" \
    test "$(sql "$T/q.db" "$joined and vec is not null and mb is not null")" = "$(sql "$T/q.db" "$joined")"
expect "consistent (copies of closed stories)" consistent "$T/q.db"
expect "two ingests = one (copies of closed stories)" test "$(assign "$T/q.db")" = "$(assign "$T/qw.db")"
expect "the same rows (two ingests, one)" test \
    "$(sql "$T/q.db" "select group_concat(id || ':' || thread || ':' || size || ':' || ifnull(newest, ''), ',') from (select * from stories order by id)")" = \
    "$(sql "$T/qw.db" "select group_concat(id || ':' || thread || ':' || size || ':' || ifnull(newest, ''), ',') from (select * from stories order by id)")"
"$RASD" ingest --batch 25 --db "$T/q.db" "$T/q.jsonl" 2>"$T/q2.err"
expect "ingested again: nothing changes" test "$(assign "$T/q.db")" = "$(assign "$T/qw.db")"
expect "ingested again: consistent" consistent "$T/q.db"
unset RASD_DATA
# Issue 13, stop 49: with the shipped model (life 1 day), a copy 45 days on leaves its source's
# story spanning more than twice the life: none but copies may join it again, so the copy
# joins it unread (a member row and the row's counters, its stored sum and members cleared),
# and it is not read back at the next open either. The same stories in two ingests as in one,
# nothing changed by the same ingest again, consistent, whatever the batch.
"$RASD" ingest --batch 25 --db "$T/u.db" "$T/q1.jsonl" 2>/dev/null
RASD_STORY_PHASES=1 "$RASD" ingest --batch 25 --db "$T/u.db" "$T/q2.jsonl" 2>"$T/u.err"
"$RASD" ingest --batch 7 --db "$T/uw.db" "$T/q.jsonl" 2>/dev/null
unread=$(logged "joined unread" "$T/u.err")
back=$(logged "stories read back" "$T/u.err")
expect "copies join spent stories unread ($unread unread, $back read back)" \
    test "${unread:-0}" -ge 2 -a "${back:-1}" = 0
for i in a_geneva b_reprint d_paris e_riyadh; do
    src=$(story_of "$T/u.db" "$i-e0")
    expect "a copy in its source's story when that is spent ($i)" \
        test "$(story_of "$T/u.db" "$i-l0")" = "$src"
done
joined="select count(*) from stories where id in (select story from story_members join articles using (docid) where id like '%-l0')"
expect "no stale sum in the rows they joined ($(sql "$T/u.db" "$joined and vec is null and mb is null") of $(sql "$T/u.db" "$joined"))" \
    test "$(sql "$T/u.db" "$joined and vec is null and mb is null")" = "$(sql "$T/u.db" "$joined")"
expect "their last time is the copy's" test "$(sql "$T/u.db" "select count(*) from stories where id in (select story from story_members join articles using (docid) where id like '%-l0') and newest < (select max(t) from story_members m where m.story = stories.id)")" = 0
expect "consistent (copies of spent stories)" consistent "$T/u.db"
expect "two ingests = one (copies of spent stories)" test "$(assign "$T/u.db")" = "$(assign "$T/uw.db")"
expect "two ingests = one: the same rows" test \
    "$(sql "$T/u.db" "select group_concat(id || ':' || thread || ':' || size || ':' || ifnull(oldest, '') || ':' || ifnull(newest, '') || ':' || tsum || ':' || ndated, ',') from (select * from stories order by id)")" = \
    "$(sql "$T/uw.db" "select group_concat(id || ':' || thread || ':' || size || ':' || ifnull(oldest, '') || ':' || ifnull(newest, '') || ':' || tsum || ':' || ndated, ',') from (select * from stories order by id)")"
"$RASD" ingest --batch 25 --db "$T/u.db" "$T/q.jsonl" 2>/dev/null
expect "ingested again: nothing changes (spent stories)" test "$(assign "$T/u.db")" = "$(assign "$T/uw.db")"
RASD_STORY_PHASES=1 "$RASD" ingest --batch 25 --db "$T/u.db" "$T/q3.jsonl" 2>"$T/u3.err"
expect "a spent story is not read back at open ($(members "$T/u3.err") member rows)" \
    test "$(logged "joined unread" "$T/u3.err")" -ge 2 -a \
    "$(logged "stories read back" "$T/u3.err")" = 0
expect "consistent (a third ingest)" consistent "$T/u.db"
# the seeds, as rasd ingest reads them (undated files): 000, 001 and 002 one story (Putin and
# Cameron in Antalya), 003 (Lavrov and Johnson in Moscow) another. 004 (Putin and Hollande in
# Moscow) is a third story by the labels, but joins 000's by content alone: not checked
# (docs/STORIES.md, "Known limits" and "stories21")
if shared_tier "seeds"; then
    "$RASD" ingest --db "$T/seeds.db" ../shared/corpus/seeds 2>/dev/null
    seed_story() { sql "$T/seeds.db" "select story from story_members join articles using (docid) where id like '$1%'"; }
    s0=$(seed_story 000)
    expect "seeds: 000 has a story" test -n "$s0"
    expect "seeds: 001 in 000's story" test "$(seed_story 001)" = "$s0"
    expect "seeds: 002 in 000's story" test "$(seed_story 002)" = "$s0"
    expect "seeds: 003 in a story of its own" test "$(seed_story 003)" != "$s0"
fi
finish
