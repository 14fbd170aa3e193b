/* stories_sql.c — the story stage's SQL statements (stories.c prepares them at open). */
#include "store/stories_int.h"

const char *const story_sql[SY_COUNT] = {
    /* a plain INSERT, not INSERT OR REPLACE: a REPLACE may delete a row before it inserts,
     * so SQLite keeps a statement journal for it, the 64 KiB pages it changes (the table's
     * last leaf and the index's) copied to a temporary file at every row, 18 of the member
     * write's 23 us an article (issue 13, stop 38); write_member deletes an old row first
     * when there is one (a docid is new at every put, so there never is in an ingest) */
    [SY_MEMBER_INS] = "INSERT INTO story_members(docid, story, copy_of, score, t, vec)"
                      " VALUES (?,?,?,?,?,?)",
    [SY_MEMBER_OF] = "SELECT story FROM story_members WHERE docid = ?",
    [SY_MEMBER_DEL] = "DELETE FROM story_members WHERE docid = ?",
    /* vec: the story's sum and keys (sm_sum_encode), or NULL: rebuilt from its members.
     * An update leaves thread as it is (merge_threads moves it, in the row and in memory
     * alike), so its index is not touched: a REPLACE deleted and inserted the row's entry
     * in every index, at every flush of every story a batch joined */
    [SY_STORY_PUT] = "INSERT INTO stories(id, thread, size, oldest, newest, tsum, ndated, vec,"
                     " mb) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                     " size = excluded.size, oldest = excluded.oldest,"
                     " newest = excluded.newest, tsum = excluded.tsum,"
                     " ndated = excluded.ndated, vec = excluded.vec, mb = excluded.mb",
    [SY_STORY_DEL] = "DELETE FROM stories WHERE id = ?",
    [SY_STORY_ROW] = "SELECT id, thread, size, oldest, newest, tsum, ndated, vec, mb"
                     " FROM stories WHERE id = ?",
    [SY_STORY_VECS] = "SELECT vec, docid, t FROM story_members WHERE story = ? ORDER BY docid",
    /* with a stored sum, the members the story keeps are all that is read back */
    [SY_STORY_NEWEST] = "SELECT vec, docid, t FROM story_members WHERE story = ?1"
                        " ORDER BY docid DESC LIMIT ?2",
    [SY_STORY_FIRST] = "SELECT docid, t FROM story_members WHERE story = ? ORDER BY docid"
                       " LIMIT 1",
    /* an article's exact and near copy partners (dedup's pairs, either side), two index
     * searches; copy_story looks up the story of the smallest alone: joined to each
     * partner's member row, the search read a page far back in the store for every older
     * copy of the text (issue 13, stop 44: 1.7 pages a copy at 1M articles) */
    [SY_COPY_SRC] = "SELECT b FROM dupes WHERE a = ?1 AND kind IN ('exact', 'near')"
                    " UNION ALL SELECT a FROM dupes WHERE b = ?1 AND kind IN ('exact', 'near')",
    [SY_NEXT] = "SELECT value FROM meta WHERE key = 'next_story'",
    [SY_NEXT_SET] = "UPDATE meta SET value = ? WHERE key = 'next_story'",
    [SY_LATEST] = "SELECT max(newest) FROM stories",
    /* the window read at a handle's first put: the active ids from stories_newest (newest
     * >= ?1; newest NULL and id >= ?2), then their rows by id in id order. As one OR over
     * the table the planner read every story in id order to save a sort (EXPLAIN: SCAN
     * stories), a scan of all stories at each open, ~580 instructions a row at 100k
     * articles; INDEXED BY instead sorted the rows with their blobs (issue 13, stop 55) */
    [SY_ACTIVE] = "SELECT id, thread, size, oldest, newest, tsum, ndated, vec, mb FROM stories"
                  " WHERE id IN (SELECT id FROM stories WHERE newest >= ?1 UNION ALL"
                  " SELECT id FROM stories WHERE newest IS NULL AND id >= ?2) ORDER BY id",
    [SY_RECOUNT] = "SELECT count(*), min(t), max(t), total(t), count(t) FROM story_members"
                   " WHERE story = ?",
    /* no statement of the threads opens a temporary table: `thread IN (?1, ?2)` built one
     * for its two values, and an UPDATE of the indexed column it searches by collected the
     * rows in one, each opened and dropped at every step (100 us, most of the threads'
     * cost at 10k); the moves are done a row at a time, by key, over the ids read first */
    [SY_THREAD_SPAN] = "SELECT min(lo), max(hi) FROM (SELECT min(oldest) AS lo, max(newest) AS hi"
                       " FROM stories WHERE thread = ?1 UNION ALL"
                       " SELECT min(oldest), max(newest) FROM stories WHERE thread = ?2)",
    [SY_THREAD_IDS] = "SELECT id FROM stories WHERE thread = ?",
    [SY_THREAD_MOVE] = "UPDATE stories SET thread = ?1 WHERE id = ?2",
    [SY_REDIRECT] = "INSERT OR REPLACE INTO thread_redirects(old, new) VALUES (?2, ?1)",
    [SY_REDIRECT_OLDS] = "SELECT old FROM thread_redirects WHERE new = ?",
    [SY_REDIRECT_MOVE] = "UPDATE thread_redirects SET new = ?1 WHERE old = ?2",
    /* the model's ahead: a full date after the article's day in the first ?2 bytes */
    [SY_AHEAD] = "SELECT EXISTS(SELECT 1 FROM dates WHERE docid = ?1 AND start < ?2"
                 " AND length(value) = 10 AND value > ?3)",
    /* a spent story's counters, for a copy that joins it unread (join_unread): not its
     * blobs */
    [SY_STORY_COUNTS] = "SELECT thread, size, oldest, newest, tsum, ndated FROM stories"
                        " WHERE id = ?",
    /* and its row after the join: a plain UPDATE, not SY_STORY_PUT's upsert (an INSERT
     * tried first); its sum and members are no longer its members' */
    [SY_STORY_COUNTS_SET] = "UPDATE stories SET size = ?2, oldest = ?3, newest = ?4, tsum = ?5,"
                            " ndated = ?6, vec = NULL, mb = NULL WHERE id = ?1",
};
