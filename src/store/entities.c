/* entities.c — named entities in the store (schema version 4; docs/NER.md, "Storage").
 *
 * The thread that prepares an article recognises its entities and computes everything the
 * writer needs (ids, names, surface texts, lookup keys, mention counts per entity): the
 * writer only binds and steps. Two tables:
 *   entities(id, type, name, key, mentions, articles) — one row per entity with live
 *     mentions; the counts cover the live articles and are kept up to date by every put
 *     and replacement, so listing needs no scan of the mentions;
 *   mentions(docid, start, end, entity, text, key) — keyed by (docid, start), so an
 *     article's mentions are one range; indexed by (entity, docid) for an entity's articles
 *     and by key for lookups by any spelling.
 * Replacing an article removes its mentions and takes them off the counts; an entity left
 * with no article is deleted (its id is stable: it comes back the same when mentioned
 * again). Everything happens inside the batch's transaction, so a dropped batch leaves
 * nothing half-written.
 */
#include "store/store_int.h"
#include "entities/ent.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- preparing */

void ents_key(const rasd_engine *e, const rasd_doc *doc, size_t ts, size_t te, rbuf *out,
              rasd_status *rc)
{
    size_t n;
    const rasd_token *t = rasd_doc_tokens(doc, &n);
    for (size_t i = ts; i < te && i < n; i++) {
        size_t off = 0;
        uint8_t which;
        if (i == ts && t[i].kind == RASD_TOK_ARABIC)
            off = ent_proclitic(e, t[i].norm, t[i].norm_len, 0, &which);
        if (i > ts)
            rbuf_addc(out, ' ', rc);
        rbuf_add(out, t[i].norm + off, t[i].norm_len - off, rc);
    }
}

void ents_clear(art_ents *x)
{
    x->nmen = x->nents = 0;
    x->str.n = 0;
}

void ents_free(art_ents *x)
{
    free(x->men);
    free(x->ents);
    rbuf_free(&x->str);
    rasd_doc_free(x->scratch);
    memset(x, 0, sizeof *x);
}

/* Appends s[0,n) to x->str; its offset in *off. */
static void keep(art_ents *x, const char *s, size_t n, uint32_t *off, uint32_t *len,
                 rasd_status *rc)
{
    *off = (uint32_t)x->str.n;
    *len = (uint32_t)n;
    rbuf_add(&x->str, s, n, rc);
}

/* The index of mention m's entity in x->ents, added (name, key) when new. */
static uint32_t entity_of(const rasd_engine *e, art_ents *x, const rasd_entity *m,
                          rasd_status *rc)
{
    size_t i, before, ntok;
    art_entity *en;
    for (i = 0; i < x->nents; i++)
        if (memcmp(x->ents[i].id, m->id, 16) == 0)
            return (uint32_t)i;
    x->ents = grow_array(x->ents, &x->ents_cap, x->nents + 1, sizeof *x->ents, rc);
    if (!x->scratch && !*rc && rasd_doc_new(&x->scratch) != RASD_OK)
        *rc = RASD_ENOMEM;
    if (*rc)
        return 0;
    en = &x->ents[x->nents];
    memcpy(en->id, m->id, 16);
    en->id[16] = 0;
    en->type = m->type;
    en->mentions = 0;
    keep(x, m->name, strlen(m->name), &en->name_off, &en->name_len, rc);
    /* The canonical name's key, so the entity is found by its name even when no
     * article spells it out. */
    if (!*rc && (*rc = rasd_analyze(e, x->scratch, m->name, strlen(m->name))) == RASD_OK) {
        rasd_doc_tokens(x->scratch, &ntok);
        before = x->str.n;
        ents_key(e, x->scratch, 0, ntok, &x->str, rc);
        en->key_off = (uint32_t)before;
        en->key_len = (uint32_t)(x->str.n - before);
    }
    return (uint32_t)x->nents++;
}

rasd_status ents_collect(const rasd_engine *e, rasd_doc *text, art_ents *x)
{
    const rasd_entity *m;
    const char *src;
    size_t n, len;
    uint32_t last_start = 0;
    rasd_status rc;
    ents_clear(x);
    if (!rasd_ner_available(e))
        return RASD_OK;
    m = rasd_doc_entities(text, &n);          /* the entities stage ran on text */
    rc = RASD_OK;
    src = rasd_doc_text(text, &len);
    for (size_t i = 0; i < n && !rc; i++) {
        art_mention *am;
        size_t before;
        if (i && m[i].start == last_start)  /* one mention a start: the primary key (a
                                               place inside a title nests, starting later) */
            continue;
        last_start = m[i].start;
        x->men = grow_array(x->men, &x->men_cap, x->nmen + 1, sizeof *x->men, &rc);
        if (rc)
            break;
        am = &x->men[x->nmen];
        am->start = m[i].start;
        am->end = m[i].end;
        am->via_title = m[i].via != NULL;
        am->ent = entity_of(e, x, &m[i], &rc);
        keep(x, src + m[i].start, m[i].end - m[i].start, &am->text_off, &am->text_len, &rc);
        before = x->str.n;
        ents_key(e, text, m[i].tok_start, m[i].tok_end, &x->str, &rc);
        am->key_off = (uint32_t)before;
        am->key_len = (uint32_t)(x->str.n - before);
        if (!rc) {
            x->ents[am->ent].mentions++;
            x->nmen++;
        }
    }
    if (rc)
        ents_clear(x);
    return rc;
}

/* --------------------------------------------------------------- writing */

static const char *const en_sql[EN_STMTS] = {
    [EN_UNCOUNT] = ("UPDATE entities SET mentions = mentions - m.n, articles = articles - 1 "
                    "FROM (SELECT entity, count(*) AS n FROM mentions WHERE docid = ?1 "
                    "GROUP BY entity) AS m WHERE entities.id = m.entity"),
    [EN_CLEAN] = ("DELETE FROM entities WHERE articles <= 0 AND id IN "
                  "(SELECT entity FROM mentions WHERE docid = ?1)"),
    [EN_DEL] = "DELETE FROM mentions WHERE docid = ?1",
    [EN_ADD] = "UPDATE entities SET mentions = mentions + ?2, articles = articles + ?3 WHERE id = ?1",
};

/* Mentions are written by INSERTs of up to EN_MAXROWS rows each: a statement's fixed cost
 * (opening the cursors of the table and its two indexes, the statement's start and end) was
 * about a third of the ~17,000 instructions a row took one row a statement (callgrind, 1,000
 * SaudiNewsNet articles, ~32 mentions an article). The rows go in the same order, so the
 * table and its indexes get the same inserts. OR FAIL, because a statement of several rows
 * that may abort halfway keeps a statement journal, and with 64 KiB pages that journal
 * spills to a temporary file at its first page (SQLite's 64 KiB threshold): ~70,000 writes
 * of 64 KiB for those 1,000 articles. A failed row fails the put, and a failed put drops
 * the whole batch (store.c), so the rows a failed statement left are rolled back with it.
 * Entities stay one upsert a statement: the DO UPDATE part may abort (NOT NULL counts), and
 * would need the journal. */
static const struct en_rows {
    const char *head, *row, *tail;
    int nparam;                /* parameters a row */
    size_t maxrows;            /* rows a statement at most */
} en_rows[2] = {
    {"INSERT INTO entities(id, type, name, key, mentions, articles) VALUES ", "(?,?,?,?,?,1)",
     " ON CONFLICT(id) DO UPDATE SET "
     "mentions = mentions + excluded.mentions, articles = articles + 1", 5, 1},
    {"INSERT OR FAIL INTO mentions(docid, start, end, entity, text, key, via) VALUES ",
     "(?,?,?,?,?,?,?)", "", 7, EN_MAXROWS},
};

/* The statement writing n rows of kind k (0: entities, 1: mentions) into *out, prepared on
 * first use. */
static rasd_status rows_stmt(rasd_store *s, int k, size_t n, sqlite3_stmt **out)
{
    sqlite3_stmt **slot = &EN_STATE(s)->rows[k][n];
    rasd_status rc = *slot ? RASD_OK
                           : sql_prepare_rows(&s->c, en_rows[k].head, en_rows[k].row, n,
                                              en_rows[k].tail, "preparing the entities' inserts",
                                              slot);
    *out = *slot;
    return rc;
}

static void bind_entity(sqlite3_stmt *st, int b, const art_ents *x, const art_entity *en)
{
    const char *p = x->str.p;
    sqlite3_bind_text(st, b + 1, en->id, 16, SQLITE_STATIC);
    sqlite3_bind_text(st, b + 2, en->type, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, b + 3, p + en->name_off, (int)en->name_len, SQLITE_STATIC);
    sqlite3_bind_text(st, b + 4, p + en->key_off, (int)en->key_len, SQLITE_STATIC);
    sqlite3_bind_int64(st, b + 5, en->mentions);
}

static void bind_mention(sqlite3_stmt *st, int b, const art_ents *x, int64_t docid,
                         const art_mention *m)
{
    const char *p = x->str.p;
    sqlite3_bind_int64(st, b + 1, docid);
    sqlite3_bind_int64(st, b + 2, m->start);
    sqlite3_bind_int64(st, b + 3, m->end);
    sqlite3_bind_text(st, b + 4, x->ents[m->ent].id, 16, SQLITE_STATIC);
    sqlite3_bind_text(st, b + 5, p + m->text_off, (int)m->text_len, SQLITE_STATIC);
    sqlite3_bind_text(st, b + 6, p + m->key_off, (int)m->key_len, SQLITE_STATIC);
    if (m->via_title)
        sqlite3_bind_text(st, b + 7, "title", 5, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, b + 7);
}

/* Writes x's mentions, en_rows[1].maxrows a statement. */
static rasd_status put_mentions(rasd_store *s, int64_t docid, const art_ents *x)
{
    for (size_t i = 0; i < x->nmen;) {
        size_t m = x->nmen - i < en_rows[1].maxrows ? x->nmen - i : en_rows[1].maxrows;
        sqlite3_stmt *st;
        rasd_status rc = rows_stmt(s, 1, m, &st);
        if (rc)
            return rc;
        for (size_t r = 0; r < m; r++, i++)
            bind_mention(st, (int)r * en_rows[1].nparam, x, docid, &x->men[i]);
        if (!store_step(st))
            return store_sqlfail(s, "adding a mention");
    }
    return RASD_OK;
}

/* ------------------------------------------- entities written in the batch */

/* Each entity is upserted (its row written, or its counts added to) by the first article of
 * the batch that mentions it; the batch's later articles add their counts in memory, and
 * ents_flush writes each sum with one UPDATE. In a batch of 2,000 SaudiNewsNet articles the
 * ~20,000 (article, entity) pairs are ~8,000 entities: ~15,000 instructions a statement
 * saved for the rest. The row's name, key and type are the first upsert's, as before. */

static void seen_forget(en_state *es)
{
    strmap_clear(&es->seen);
    es->pending = 0;
}

/* Upserts the entities of x that the batch has not written yet; adds the others' counts. */
static rasd_status put_entities(rasd_store *s, const art_ents *x)
{
    en_state *es = EN_STATE(s);
    for (size_t i = 0; i < x->nents; i++) {
        const art_entity *en = &x->ents[i];
        const uint64_t *known = strmap_find(&es->seen, en->id, 16);
        uint64_t *v;
        sqlite3_stmt *st;
        rasd_status rc = RASD_OK;
        if (known) {
            en_count *c = &es->counts[*known - 1];
            c->mentions += en->mentions;
            c->articles++;
            es->pending = 1;
            continue;
        }
        if ((rc = rows_stmt(s, 0, 1, &st)) != RASD_OK)
            return rc;
        bind_entity(st, 0, x, en);
        if (!store_step(st))
            return store_sqlfail(s, "adding an entity");
        es->counts = grow_array(es->counts, &es->counts_cap, es->seen.n + 1, sizeof *es->counts,
                                &rc);
        if ((v = strmap_upsert(&es->seen, en->id, 16, &rc)) == NULL)
            return rc;
        es->counts[es->seen.n - 1] = (en_count){0, 0};
        *v = es->seen.n;
    }
    return RASD_OK;
}

rasd_status ents_flush(rasd_store *s, int forget)
{
    en_state *es = s->stage[store_stage_index(&ents_store_stage)];
    sqlite3_stmt *st;
    if (!es)
        return RASD_OK;
    st = es->st[EN_ADD];
    for (size_t k = 0; es->pending && k < es->seen.n; k++) {
        en_count *e = &es->counts[k];
        size_t len;
        if (!e->articles)
            continue;
        sqlite3_bind_text(st, 1, strmap_key(&es->seen, k, &len), 16, SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, e->mentions);
        sqlite3_bind_int64(st, 3, e->articles);
        if (!store_step(st))
            return store_sqlfail(s, "adding to an entity's counts");
        e->mentions = e->articles = 0;
    }
    es->pending = 0;
    if (forget)
        seen_forget(es);
    return RASD_OK;
}

static rasd_status ents_put(rasd_store *s, int64_t docid, const art_ents *x)
{
    rasd_status rc = put_entities(s, x);
    return rc ? rc : put_mentions(s, docid, x);
}

static rasd_status ents_remove(rasd_store *s, int64_t docid)
{
    rasd_status rc = ents_flush(s, 1);   /* the counts it takes off must all be there */
    if (rc)
        return rc;
    for (int i = EN_UNCOUNT; i <= EN_DEL; i++) {
        sqlite3_bind_int64(EN_ST(s)[i], 1, docid);
        if (!store_step(EN_ST(s)[i]))
            return store_sqlfail(s, "removing an article's entities");
    }
    return RASD_OK;
}

/* ---------------------------------------------------------------- the stage */

static rasd_status en_prepare(const rasd_engine *e, rasd_doc *text, int skipped, void **prep)
{
    art_ents *x = *prep;
    if (!x && !(x = *prep = calloc(1, sizeof *x)))
        return RASD_ENOMEM;
    ents_clear(x);
    return skipped ? RASD_OK : ents_collect(e, text, x);
}

static void en_prep_free(void *prep)
{
    ents_free(prep);
    free(prep);
}

static rasd_status en_open(rasd_store *s, void **state)
{
    en_state *es;
    if (s->flags & RASD_STORE_READONLY)
        return RASD_OK;
    if (!(es = *state = calloc(1, sizeof *es)))
        return RASD_ENOMEM;
    return store_prepare(s, en_sql, EN_STMTS, es->st);
}

static void en_close(void *state)
{
    en_state *es = state;
    if (es) {
        sql_finalize(es->st, EN_STMTS);
        sql_finalize(es->rows[0], EN_MAXROWS + 1);
        sql_finalize(es->rows[1], EN_MAXROWS + 1);
        strmap_free(&es->seen);
        free(es->counts);
    }
    free(es);
}

static rasd_status en_flush(rasd_store *s, void *state)
{
    (void)state;
    return ents_flush(s, 1);
}

/* The batch was rolled back: the rows its articles wrote are gone. */
static void en_rollback(rasd_store *s, void *state)
{
    en_state *es = state;
    (void)s;
    if (es)
        seen_forget(es);
}

static rasd_status en_put(rasd_store *s, void *state, int64_t docid, const store_item *it)
{
    const art_ents *x = it->prep[store_stage_index(&ents_store_stage)];
    (void)state;
    return x ? ents_put(s, docid, x) : RASD_OK;
}

static rasd_status en_remove(rasd_store *s, void *state, int64_t docid)
{
    (void)state;
    return ents_remove(s, docid);
}

/* The entities of each article, their mentions and counts (tables entities, mentions). */
const store_stage ents_store_stage = {
    .name = "entities",
    .prepare = en_prepare,
    .prep_free = en_prep_free,
    .open = en_open,
    .close = en_close,
    .put = en_put,
    .remove = en_remove,
    .flush = en_flush,
    .rollback = en_rollback,
    .load = ents_load,
};

/* --------------------------------------------------------------- reading */

/* Calls fn for each row (id, type, name, mentions, articles) of st, then finalises it. */
static rasd_status each_entity(rasd_store *s, sqlite3_stmt *st, rasd_stored_entity_fn fn,
                               void *ctx)
{
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        rasd_stored_entity en = {sql_col(st, 0), sql_col(st, 1), sql_col(st, 2),
                                 sqlite3_column_int64(st, 3), sqlite3_column_int64(st, 4)};
        if (fn(&en, ctx))
            break;
    }
    sqlite3_finalize(st);
    return r == SQLITE_ROW || r == SQLITE_DONE ? RASD_OK : store_sqlfail(s, "reading entities");
}

static rasd_status prepare(rasd_store *s, const char *sql, sqlite3_stmt **st)
{
    return sqlite3_prepare_v2(s->c.db, sql, -1, st, NULL) == SQLITE_OK
               ? RASD_OK
               : store_sqlfail(s, "reading entities");
}

rasd_status rasd_store_entities(rasd_store *s, const char *type, size_t limit,
                                rasd_stored_entity_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    rasd_status rc;
    if (!s || !fn)
        return RASD_EINVAL;
    if ((rc = ents_flush(s, 0)) != RASD_OK)   /* the open batch's counts */
        return rc;
    if ((rc = prepare(s, "SELECT id, type, name, mentions, articles FROM entities "
                         "WHERE ?1 IS NULL OR type = ?1 ORDER BY mentions DESC, articles DESC, id "
                         "LIMIT ?2", &st)) != RASD_OK)
        return rc;
    if (type)
        sqlite3_bind_text(st, 1, type, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, limit ? (int64_t)limit : -1);
    return each_entity(s, st, fn, ctx);
}

static int is_id(const char *s)
{
    size_t n = strspn(s, "0123456789abcdef");
    return n == 16 && s[16] == 0;
}

/* The id the resolver gives the whole name in s->doc when it reads it as one mention (a
 * gazetteer alias: بوتين → فلاديمير بوتين), else "". */
static const char *resolved_id(rasd_store *s, size_t ntok)
{
    const rasd_entity *m;
    size_t n;
    if (!ntok || !rasd_ner_available(s->e) || rasd_recognize(s->e, s->doc) != RASD_OK)
        return "";
    m = rasd_doc_entities(s->doc, &n);
    return n == 1 && m[0].tok_start == 0 && m[0].tok_end == ntok ? m[0].id : "";
}

rasd_status rasd_store_entity_find(rasd_store *s, const char *name, rasd_stored_entity_fn fn,
                                   void *ctx)
{
    sqlite3_stmt *st;
    rasd_status rc = RASD_OK;
    rbuf key = {0};
    size_t ntok;
    if (!s || !name || !fn)
        return RASD_EINVAL;
    if ((rc = ents_flush(s, 0)) != RASD_OK)   /* the open batch's counts */
        return rc;
    if (is_id(name)) {
        if ((rc = prepare(s, "SELECT id, type, name, mentions, articles FROM entities "
                             "WHERE id = ?1", &st)) != RASD_OK)
            return rc;
        sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
        return each_entity(s, st, fn, ctx);
    }
    if ((rc = rasd_analyze(s->e, s->doc, name, strlen(name))) != RASD_OK)
        return store_fail(s, rc, "analysing the name: %s", rasd_strerror(rc));
    rasd_doc_tokens(s->doc, &ntok);
    ents_key(s->e, s->doc, 0, ntok, &key, &rc);
    if (!rc)
        rc = prepare(s, "SELECT id, type, name, mentions, articles FROM entities WHERE key = ?1 "
                        "UNION SELECT id, type, name, mentions, articles FROM entities "
                        "WHERE id IN (SELECT entity FROM mentions WHERE key = ?1) "
                        "UNION SELECT id, type, name, mentions, articles FROM entities "
                        "WHERE id = ?2 ORDER BY 4 DESC, 1", &st);
    if (!rc) {
        sqlite3_bind_text(st, 1, key.p ? key.p : "", (int)key.n, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, resolved_id(s, ntok), -1, SQLITE_TRANSIENT);
        rc = each_entity(s, st, fn, ctx);
    }
    rbuf_free(&key);
    return rc;
}

/* One variant while they are summed: its text in a buffer, its counts. */
typedef struct variant_sum {
    uint32_t off, len;
    int64_t mentions;
    int title;
} variant_sum;

/* The index of text t[0,n) among v[0,nv) (texts in str), nv when absent. */
static size_t variant_at(const variant_sum *v, size_t nv, const char *str, const char *t, size_t n)
{
    size_t k = 0;
    while (k < nv && !(v[k].len == n && memcmp(str + v[k].off, t, n) == 0))
        k++;
    return k;
}

/* Variant text[0,n) without the proclitics of its first word, into out: لخادم الحرمين →
 * خادم الحرمين, وبوتين → بوتين; the article stays, and comes back where ل took its alef
 * (للرئيس الروسي → الرئيس الروسي). A letter that may be the name's own (كيري, not ك + يري)
 * goes only when the rest is itself a variant (raw: the n_raw variants as written). */
static void bare_variant(rasd_store *s, const char *text, size_t n, const variant_sum *raw,
                         size_t nraw, const char *rstr, rbuf *out, rasd_status *rc)
{
    size_t nt;
    uint8_t which;
    const rasd_token *t;
    if (rasd_analyze(s->e, s->doc, text, n) != RASD_OK || !(t = rasd_doc_tokens(s->doc, &nt)) ||
        t[0].kind != RASD_TOK_ARABIC) {
        rbuf_add(out, text, n, rc);
        return;
    }
    size_t keep = ent_proclitic(s->e, t[0].norm, t[0].norm_len, 1, &which);
    size_t all = ent_proclitic(s->e, t[0].norm, t[0].norm_len, 0, &which);
    int folded = keep >= 4 && memcmp(t[0].norm + keep - 4, "\xd9\x84\xd9\x84", 4) == 0;
    size_t skip = t[0].start + ent_raw_skip(text + t[0].start, t[0].end - t[0].start,
                                            ent_letters(t[0].norm, keep));
    if (keep && !folded && all == keep && variant_at(raw, nraw, rstr, text + skip, n - skip) == nraw)
        skip = 0;                            /* no article: only when the rest is a variant */
    if (folded)
        rbuf_adds(out, "\xd8\xa7\xd9\x84", rc);          /* لل → ال */
    rbuf_add(out, text + skip, n - skip, rc);
}

/* Sorts v[0,n) most mentioned first, then by text (insertion: an entity has few). */
static void sort_variants(variant_sum *v, size_t n, const char *str)
{
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0; j--) {
            const variant_sum *x = &v[j - 1], *y = &v[j];
            size_t m = x->len < y->len ? x->len : y->len;
            int c = memcmp(str + x->off, str + y->off, m);
            if (x->mentions > y->mentions ||
                (x->mentions == y->mentions && (c < 0 || (c == 0 && x->len <= y->len))))
                break;
            variant_sum tmp = v[j];
            v[j] = v[j - 1];
            v[j - 1] = tmp;
        }
}

/* Adds text[0,n) with its counts to v (texts in str): summed when already there. */
static variant_sum *add_variant(variant_sum *v, size_t *nv, size_t *cap, rbuf *str,
                                const char *text, size_t n, int64_t mentions, int title,
                                rasd_status *rc)
{
    size_t k = variant_at(v, *nv, str->p, text, n);
    if (k == *nv) {
        size_t off = str->n;
        rbuf_add(str, text, n, rc);
        v = grow_array(v, cap, *nv + 1, sizeof *v, rc);
        if (*rc)
            return v;
        v[(*nv)++] = (variant_sum){(uint32_t)off, (uint32_t)n, 0, 0};
    }
    v[k].mentions += mentions;
    v[k].title |= title;
    return v;
}

rasd_status rasd_store_entity_variants(rasd_store *s, const char *id, rasd_variant_fn fn,
                                       void *ctx)
{
    sqlite3_stmt *st;
    rasd_status rc;
    rbuf raw = {0}, str = {0}, tmp = {0};
    variant_sum *rv = NULL, *v = NULL;
    size_t nr = 0, rcap = 0, nv = 0, cap = 0;
    int r = SQLITE_DONE;
    if (!s || !id || !fn)
        return RASD_EINVAL;
    if ((rc = prepare(s, "SELECT text, count(*), max(via IS NOT NULL) FROM mentions "
                         "WHERE entity = ?1 GROUP BY text", &st)) != RASD_OK)
        return rc;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    while (!rc && (r = sqlite3_step(st)) == SQLITE_ROW)
        rv = add_variant(rv, &nr, &rcap, &raw, sql_col(st, 0), strlen(sql_col(st, 0)),
                         sqlite3_column_int64(st, 1), sqlite3_column_int(st, 2), &rc);
    sqlite3_finalize(st);
    if (!rc && r != SQLITE_DONE)
        rc = store_sqlfail(s, "reading variants");
    for (size_t k = 0; !rc && k < nr; k++) {
        tmp.n = 0;
        bare_variant(s, raw.p + rv[k].off, rv[k].len, rv, nr, raw.p, &tmp, &rc);
        v = add_variant(v, &nv, &cap, &str, tmp.p, tmp.n, rv[k].mentions, rv[k].title, &rc);
    }
    sort_variants(v, rc ? 0 : nv, str.p);
    for (size_t k = 0; !rc && k < nv; k++) {
        char *t = strndup(str.p + v[k].off, v[k].len);
        rasd_entity_variant x = {t ? t : "", v[k].mentions, v[k].title};
        int stop = fn(&x, ctx);
        free(t);
        if (stop)
            break;
    }
    free(rv);
    free(v);
    rbuf_free(&raw);
    rbuf_free(&str);
    rbuf_free(&tmp);
    return rc;
}

rasd_status rasd_store_entity_articles(rasd_store *s, const char *id, size_t limit,
                                       rasd_entity_article_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    rasd_status rc;
    int r;
    if (!s || !id || !fn)
        return RASD_EINVAL;
    if ((rc = prepare(s, "SELECT a.id, a.title, a.published, count(*) FROM mentions m "
                         "JOIN articles a ON a.docid = m.docid WHERE m.entity = ?1 "
                         "GROUP BY m.docid ORDER BY coalesce(a.day, 0) DESC, a.published DESC, "
                         "a.id LIMIT ?2", &st)) != RASD_OK)
        return rc;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, limit ? (int64_t)limit : -1);
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        rasd_entity_article a = {sql_col(st, 0), sql_col(st, 1), sql_col(st, 2), sqlite3_column_int64(st, 3)};
        if (fn(&a, ctx))
            break;
    }
    sqlite3_finalize(st);
    return r == SQLITE_ROW || r == SQLITE_DONE ? RASD_OK : store_sqlfail(s, "reading articles");
}

rasd_status ents_load(rasd_store *s, int64_t docid, rasd_doc *d)
{
    sqlite3_stmt *st;
    rasd_entity *en = NULL;
    size_t n = 0, cap = 0;
    rbuf str = {0};
    rasd_status rc = RASD_OK;
    if (!(st = store_get(s, "SELECT m.start, m.end, e.type, m.entity, e.name, m.via "
                            "FROM mentions m JOIN entities e ON e.id = m.entity "
                            "WHERE m.docid = ?1 ORDER BY m.start")))
        return store_sqlfail(s, "reading an article's entities");
    sqlite3_bind_int64(st, 1, docid);
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        en = grow_array(en, &cap, n + 1, sizeof *en, &rc);
        if (rc)
            break;
        en[n] = (rasd_entity){(uint32_t)sqlite3_column_int64(st, 0),
                              (uint32_t)sqlite3_column_int64(st, 1), NULL, NULL, NULL, 0, 0,
                              sqlite3_column_type(st, 5) == SQLITE_NULL ? NULL : "title"};
        for (int k = 0; k < 3; k++) {     /* type, id, name: offsets into str for now */
            const char **f = k == 0 ? &en[n].type : k == 1 ? &en[n].id : &en[n].name;
            const char *v = sql_col(st, k + 2);
            *f = rbuf_keep(&str, v ? v : "", (size_t)sqlite3_column_bytes(st, k + 2), &rc);
        }
        n++;
    }
    store_put(s, st);
    for (size_t i = 0; i < n && !rc; i++) {
        en[i].type = rbuf_at(&str, en[i].type);
        en[i].id = rbuf_at(&str, en[i].id);
        en[i].name = rbuf_at(&str, en[i].name);
    }
    if (!rc)
        rc = ent_doc_restore(d, en, n);
    free(en);
    rbuf_free(&str);
    return rc;
}
