#!/usr/bin/env python3
# bench/stmt_journal.py TABLE VERB — does a write to one of the store's tables make SQLite keep
# a statement journal? 20,000 rows of TABLE (its schema as in src/store/store.c) written with
# VERB ("INSERT OR REPLACE" or "INSERT"; entities: its upsert) in one transaction, 64 KiB pages,
# WAL, as the store; prints MARK on stderr before the rollback. Count the pwrite calls before
# it: a journal writes pages at every row (80,000 for story_members' REPLACE), none writes ~20:
#   strace -f -e trace=pwrite64 python3 bench/stmt_journal.py dupes "INSERT OR REPLACE" 2>&1 \
#       | sed '/MARK/q' | grep -c pwrite64
# (docs/DEDUP.md, stop 38)
import sqlite3, os, sys
tab, verb = sys.argv[1], sys.argv[2]
p='/tmp/stmt_journal_%d.db' % os.getpid()
S={'dupes':("CREATE TABLE dupes(a INTEGER NOT NULL, b INTEGER NOT NULL, kind TEXT NOT NULL, similarity REAL NOT NULL, spans BLOB, PRIMARY KEY (a, b)) WITHOUT ROWID; CREATE INDEX dupes_b ON dupes(b); CREATE INDEX dupes_copies ON dupes(b) WHERE kind IN ('exact', 'near');", "dupes(a,b,kind,similarity,spans) VALUES (?, ?, 'reuse', 0.5, x'00')", lambda i:(i*7919%1000, i)),
 'fingerprints':("CREATE TABLE fingerprints(docid INTEGER PRIMARY KEY, fp BLOB NOT NULL, debris INTEGER NOT NULL);", "fingerprints VALUES (?, ?, 0)", lambda i:(i, os.urandom(16))),
 'lsh':("CREATE TABLE lsh(docid INTEGER PRIMARY KEY, bands BLOB NOT NULL);", "lsh VALUES (?, ?)", lambda i:(i, os.urandom(160))),
 'passages':("CREATE TABLE passages(docid INTEGER PRIMARY KEY, keys BLOB NOT NULL, words BLOB NOT NULL);", "passages VALUES (?, ?, ?)", lambda i:(i, os.urandom(400), os.urandom(2000))),
 'meta':("CREATE TABLE meta(key TEXT PRIMARY KEY, value);", "meta VALUES (?, ?)", lambda i:('k%d'%i, i)),
 'thread_redirects':("CREATE TABLE thread_redirects(old INTEGER PRIMARY KEY, new INTEGER NOT NULL); CREATE INDEX thread_redirects_new ON thread_redirects(new);", "thread_redirects VALUES (?, ?)", lambda i:(i, i*7919%1000)),
 'entities':("CREATE TABLE entities(id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL, mentions INTEGER NOT NULL, articles INTEGER NOT NULL) WITHOUT ROWID; CREATE INDEX entities_key ON entities(key);", "entities VALUES (?, 'P', 'n', ?, 1, 1) ON CONFLICT(id) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + 1", lambda i:('%08d' % (i*7919%5000), 'k%d' % (i%97))),
 'story_members':("CREATE TABLE story_members(docid INTEGER PRIMARY KEY, story INTEGER NOT NULL, vec BLOB); CREATE INDEX story_members_story ON story_members(story, docid);", "story_members VALUES (?, ?, ?)", lambda i:(i, i*7919%1000, os.urandom(200))),
}
sch, ins, row = S[tab]
c=sqlite3.connect(p, isolation_level=None)
c.execute('PRAGMA page_size=65536'); c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA synchronous=NORMAL'); c.execute('PRAGMA cache_size=-65536')
c.executescript(sch)
c.execute('BEGIN')
for i in range(20000): c.execute(f'{verb} INTO {ins}', row(i))
os.write(2, b'MARK\n')
c.execute('ROLLBACK')
for f in (p, p+'-wal', p+'-shm'):
    if os.path.exists(f): os.remove(f)
