/* segment.c — rasd's ranking index on disk: building a segment from one ingest batch,
 * reading its dictionary and posting lists, and merging two segments (layout in
 * index.h and docs/SEARCH.md). */
#include "search/index.h"
#include "core/sort.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEG_MAGIC 0x32475352u  /* "RSG2": blocks record their count */
#define SEG_HEADER 16
#define SEG_ENTRY 24

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

static uint32_t get32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* ------------------------------------------------------------ list codec */

/* Appends the posting list doc[0,n)/tf[0,n) (local docids, ascending) to out; lens gives
 * each local doc's weighted length (for the blocks' smallest length). */
static void encode_list(rbuf *out, const uint32_t *doc, const uint32_t *tf, size_t n,
                        const unsigned char *lens, rbuf *tmp, rasd_status *rc)
{
    size_t nblocks = (n + SEG_BLOCK - 1) / SEG_BLOCK;
    unsigned char v[5];
    tmp->n = 0;
    rbuf_reserve(out, 10 + nblocks * 20, rc);
    if (*rc)
        return;
    out->n += varint_put((unsigned char *)out->p + out->n, (uint32_t)n);
    out->n += varint_put((unsigned char *)out->p + out->n, (uint32_t)nblocks);
    for (size_t b = 0; b < nblocks; b++) {
        size_t lo = b * SEG_BLOCK, hi = lo + SEG_BLOCK < n ? lo + SEG_BLOCK : n;
        size_t start = tmp->n;
        uint32_t prev = b ? doc[lo - 1] : 0, maxtf = 0, mindl = UINT32_MAX;
        rbuf_reserve(tmp, (hi - lo) * 10, rc);
        if (*rc)
            return;
        for (size_t i = lo; i < hi; i++) {
            uint32_t dl = get32(lens + (size_t)doc[i] * SEG_DOC_BYTES);
            tmp->n += varint_put((unsigned char *)tmp->p + tmp->n, doc[i] - prev);
            tmp->n += varint_put((unsigned char *)tmp->p + tmp->n, tf[i]);
            prev = doc[i];
            maxtf = tf[i] > maxtf ? tf[i] : maxtf;
            mindl = dl < mindl ? dl : mindl;
        }
        rbuf_add(out, v, varint_put(v, doc[hi - 1]), rc);
        rbuf_add(out, v, varint_put(v, (uint32_t)(tmp->n - start)), rc);
        rbuf_add(out, v, varint_put(v, (uint32_t)(hi - lo)), rc);
        rbuf_add(out, v, varint_put(v, maxtf), rc);
        rbuf_add(out, v, varint_put(v, mindl), rc);
    }
    rbuf_add(out, tmp->p, tmp->n, rc);
}

static void decode_block(plist *l, uint32_t b)
{
    const unsigned char *p = l->data + l->blk_off[b];
    const unsigned char *end = b + 1 < l->nblocks ? l->data + l->blk_off[b + 1] : l->end;
    uint32_t n = l->blk_count[b];
    uint32_t prev = b ? l->blk_last[b - 1] : 0;
    if (p > end || n > SEG_BLOCK)
        n = 0;
    for (uint32_t i = 0; i < n; i++) {
        prev += varint_get(&p, end);
        l->doc[i] = prev;
        l->tf[i] = varint_get(&p, end);
    }
    l->blk = b;
    l->n = n;
    l->i = 0;
}

static rasd_status plist_parse(plist *l)
{
    const unsigned char *p = l->p;
    uint32_t off = 0;
    l->df = varint_get(&p, l->end);
    l->nblocks = varint_get(&p, l->end);
    uint64_t total = 0;
    if (l->nblocks > l->df || l->nblocks > (uint32_t)(l->end - p) ||
        l->df > (uint32_t)SEG_BLOCK * l->nblocks)
        return RASD_EDATA;
    if (l->nblocks) {
        l->blk_last = malloc(5 * sizeof(uint32_t) * l->nblocks);
        if (!l->blk_last)
            return RASD_ENOMEM;
    }
    l->blk_off = l->blk_last + l->nblocks;
    l->blk_count = l->blk_off + l->nblocks;
    l->blk_maxtf = l->blk_count + l->nblocks;
    l->blk_mindl = l->blk_maxtf + l->nblocks;
    for (uint32_t b = 0; b < l->nblocks; b++) {
        uint32_t len;
        l->blk_last[b] = varint_get(&p, l->end);
        len = varint_get(&p, l->end);
        l->blk_count[b] = varint_get(&p, l->end);
        l->blk_maxtf[b] = varint_get(&p, l->end);
        l->blk_mindl[b] = varint_get(&p, l->end);
        l->blk_off[b] = off;
        off += len;
        total += l->blk_count[b];
        if (l->blk_count[b] == 0 || l->blk_count[b] > SEG_BLOCK)
            return RASD_EDATA;
    }
    l->data = p;
    if (off > (uint32_t)(l->end - p) || total != l->df)
        return RASD_EDATA;
    if (l->nblocks)
        decode_block(l, 0);
    return RASD_OK;
}

#define LIST_CACHE_BUDGET ((size_t)256 << 20)

void list_cache_free(list_cache *c)
{
    for (size_t i = 0; i < c->nlists; i++)
        free(c->lists[i].p);
    free(c->lists);
    strmap_free(&c->rows);
    memset(c, 0, sizeof *c);
}

/* Reads postings row `rowid` into a new buffer; *own is set when lc did not take it. */
static rasd_status read_row(plist *l, sqlite3_stmt *stmt, int64_t rowid, list_cache *lc)
{
    rasd_status rc = RASD_OK;
    unsigned char *buf = NULL;
    size_t n = 0;
    int r;
    sqlite3_bind_int64(stmt, 1, rowid);
    r = sqlite3_step(stmt);
    if (r == SQLITE_ROW) {
        n = (size_t)sqlite3_column_bytes(stmt, 0);
        if ((buf = malloc(n ? n : 1)) != NULL)
            memcpy(buf, sqlite3_column_blob(stmt, 0), n);
    }
    sqlite3_reset(stmt);
    if (r != SQLITE_ROW)
        return r == SQLITE_DONE ? RASD_EDATA : RASD_EIO;
    if (!buf)
        return RASD_ENOMEM;
    l->p = buf;
    l->end = buf + n;
    if (lc && lc->bytes + n <= LIST_CACHE_BUDGET) {
        uint64_t *v = strmap_upsert(&lc->rows, (const char *)&rowid, sizeof rowid, &rc);
        lc->lists = grow_array(lc->lists, &lc->cap, lc->nlists + 1, sizeof *lc->lists, &rc);
        if (!rc) {
            lc->lists[lc->nlists].p = buf;
            lc->lists[lc->nlists].n = n;
            *v = ++lc->nlists;
            lc->bytes += n;
            return RASD_OK;
        }
    }
    l->own = buf;
    return RASD_OK;
}

rasd_status plist_open(plist *l, const segment *g, uint32_t i, const seg_entry *e,
                       sqlite3_stmt *stmt, list_cache *lc)
{
    rasd_status rc;
    memset(l, 0, offsetof(plist, doc));
    if (e->data_len) {
        l->p = g->data + e->data_off;
        l->end = l->p + e->data_len;
    } else {
        int64_t rowid = g->seg << 32 | i;
        uint64_t at = lc ? strmap_get(&lc->rows, (const char *)&rowid, sizeof rowid) : 0;
        if (at) {
            l->p = lc->lists[at - 1].p;
            l->end = l->p + lc->lists[at - 1].n;
        } else if ((rc = read_row(l, stmt, rowid, lc)) != RASD_OK) {
            return rc;
        }
    }
    return plist_parse(l);
}

void plist_close(plist *l)
{
    free(l->blk_last);
    free(l->own);
    l->blk_last = NULL;
    l->own = NULL;
}

void plist_next(plist *l)
{
    if (++l->i < l->n)
        return;
    if (l->blk + 1 < l->nblocks)
        decode_block(l, l->blk + 1);
}

uint32_t plist_block_of(const plist *l, uint32_t target)
{
    uint32_t lo = l->blk, hi = l->nblocks;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (l->blk_last[mid] < target)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void plist_seek(plist *l, uint32_t target)
{
    if (l->i >= l->n)
        return;
    if (l->blk_last[l->blk] < target) {
        uint32_t b = plist_block_of(l, target);
        if (b >= l->nblocks) {
            l->i = l->n;
            return;
        }
        decode_block(l, b);
    }
    while (l->i < l->n && l->doc[l->i] < target)
        l->i++;
}

/* ------------------------------------------------------------ segments */

rasd_status segment_parse(segment *g)
{
    const unsigned char *d = g->dict;
    uint32_t keys_off, data_off;
    if (g->dict_len < SEG_HEADER || get32(d) != SEG_MAGIC)
        return RASD_EDATA;
    g->nterms = get32(d + 4);
    keys_off = get32(d + 8);
    data_off = get32(d + 12);
    if ((uint64_t)g->nterms * SEG_ENTRY + SEG_HEADER > keys_off || keys_off > data_off ||
        data_off > g->dict_len)
        return RASD_EDATA;
    g->entries = d + SEG_HEADER;
    g->keys = d + keys_off;
    g->data = d + data_off;
    /* Every entry must point inside the blob. */
    for (uint32_t i = 0; i < g->nterms; i++) {
        seg_entry e;
        segment_entry(g, i, &e);
        if ((uint64_t)e.key_off + e.key_len > data_off - keys_off ||
            (uint64_t)e.data_off + e.data_len > g->dict_len - data_off)
            return RASD_EDATA;
    }
    return RASD_OK;
}

void segment_free(segment *g)
{
    free(g->dict);
    free(g->docs);
    memset(g, 0, sizeof *g);
}

void segment_entry(const segment *g, uint32_t i, seg_entry *e)
{
    const unsigned char *p = g->entries + (size_t)i * SEG_ENTRY;
    e->key_off = get32(p);
    e->key_len = (uint16_t)(p[4] | p[5] << 8);
    e->pad = 0;
    e->df = get32(p + 8);
    e->data_off = get32(p + 12);
    e->data_len = get32(p + 16);
    e->max_tf = get32(p + 20);
}

const char *segment_key(const segment *g, const seg_entry *e)
{
    return (const char *)g->keys + e->key_off;
}

static int key_cmp(const char *a, size_t an, const char *b, size_t bn)
{
    int c = memcmp(a, b, an < bn ? an : bn);
    return c ? c : (an > bn) - (an < bn);
}

uint32_t segment_lower_bound(const segment *g, const char *key, size_t len)
{
    uint32_t lo = 0, hi = g->nterms;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        seg_entry e;
        segment_entry(g, mid, &e);
        if (key_cmp(segment_key(g, &e), e.key_len, key, len) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

uint32_t segment_doc_len(const segment *g, uint32_t local)
{
    return get32(g->docs + (size_t)local * SEG_DOC_BYTES);
}

uint32_t segment_doc_day(const segment *g, uint32_t local)
{
    return get32(g->docs + (size_t)local * SEG_DOC_BYTES + 4);
}

uint32_t segment_doc_source(const segment *g, uint32_t local)
{
    return get32(g->docs + (size_t)local * SEG_DOC_BYTES + 8);
}

/* ------------------------------------------------------------- builder */

void seg_builder_reset(seg_builder *b, uint32_t base)
{
    strmap_clear(&b->terms);
    b->ntrip = 0;
    b->base = base;
    b->ndocs = 0;
    b->tokens = 0;
}

void seg_builder_free(seg_builder *b)
{
    strmap_free(&b->terms);
    free(b->last_doc);
    free(b->last_trip);
    free(b->trip_term);
    free(b->trip_doc);
    free(b->trip_tf);
    free(b->docs);
    memset(b, 0, sizeof *b);
}

static void add_posting(seg_builder *b, uint32_t docid, const char *stem, size_t len,
                        uint32_t w, rasd_status *rc)
{
    uint64_t *v = strmap_upsert(&b->terms, stem, len > TERM_MAX ? TERM_MAX : len, rc);
    uint32_t t;
    if (*rc)
        return;
    if (*v == 0) {
        if (b->terms.n > b->terms_cap) {
            size_t cap = b->terms_cap;
            b->last_doc = grow_array(b->last_doc, &cap, b->terms.n, sizeof(uint32_t), rc);
            cap = b->terms_cap;
            b->last_trip = grow_array(b->last_trip, &cap, b->terms.n, sizeof(uint32_t), rc);
            if (*rc)
                return;
            b->terms_cap = cap;
        }
        *v = b->terms.n;
        b->last_doc[*v - 1] = 0;
    }
    t = (uint32_t)*v - 1;
    if (b->last_doc[t] == docid + 1) {
        b->trip_tf[b->last_trip[t]] += w;
        return;
    }
    if (b->ntrip == b->trip_cap) {
        size_t cap = b->trip_cap;
        b->trip_term = grow_array(b->trip_term, &cap, b->ntrip + 1, sizeof(uint32_t), rc);
        cap = b->trip_cap;
        b->trip_doc = grow_array(b->trip_doc, &cap, b->ntrip + 1, sizeof(uint32_t), rc);
        cap = b->trip_cap;
        b->trip_tf = grow_array(b->trip_tf, &cap, b->ntrip + 1, sizeof(uint32_t), rc);
        if (*rc)
            return;
        b->trip_cap = cap;
    }
    b->last_doc[t] = docid + 1;
    b->last_trip[t] = (uint32_t)b->ntrip;
    b->trip_term[b->ntrip] = t;
    b->trip_doc[b->ntrip] = docid - b->base;
    b->trip_tf[b->ntrip++] = w;
}

static uint32_t add_doc_tokens(seg_builder *b, uint32_t docid, const rasd_doc *d, uint32_t w,
                               rasd_status *rc)
{
    size_t n;
    const rasd_token *t = rasd_doc_tokens(d, &n);
    uint32_t len = 0;
    for (size_t i = 0; i < n && !*rc; i++) {
        if (!token_indexed(&t[i]))
            continue;
        add_posting(b, docid, t[i].stem, t[i].stem_len, w, rc);
        len += w;
        b->tokens++;
    }
    return len;
}

rasd_status seg_builder_add(seg_builder *b, uint32_t docid, const rasd_doc *title,
                            const rasd_doc *text, uint32_t day, uint32_t source)
{
    rasd_status rc = RASD_OK;
    uint32_t len = 0;
    size_t cap = b->docs_cap;
    if (docid != b->base + b->ndocs)
        return RASD_EINVAL;
    b->docs = grow_array(b->docs, &cap, (size_t)(b->ndocs + 1) * SEG_DOC_BYTES, 1, &rc);
    if (rc)
        return rc;
    b->docs_cap = cap;
    if (title)
        len += add_doc_tokens(b, docid, title, TITLE_WEIGHT, &rc);
    len += add_doc_tokens(b, docid, text, 1, &rc);
    if (rc)
        return rc;
    put32(b->docs + (size_t)b->ndocs * SEG_DOC_BYTES, len);
    put32(b->docs + (size_t)b->ndocs * SEG_DOC_BYTES + 4, day);
    put32(b->docs + (size_t)b->ndocs * SEG_DOC_BYTES + 8, source);
    b->ndocs++;
    return RASD_OK;
}

/* ------------------------------------------------------------- writing */

/* A segment being written: the dictionary parts and the SQL to store long lists. */
typedef struct seg_writer {
    rbuf entries, keys, data, list, tmp, dir;
    sqlite3_stmt *ins;
    int64_t seg;
    uint32_t nterms;
    const unsigned char *lens;
} seg_writer;

/* Adds a term whose encoded posting list (df postings, largest tf maxtf) is in w->list. */
static void writer_list(seg_writer *w, const char *key, size_t klen, size_t n, uint32_t maxtf,
                        rasd_status *rc)
{
    unsigned char e[SEG_ENTRY] = {0};
    if (n == 0 || *rc)
        return;
    put32(e, (uint32_t)w->keys.n);
    e[4] = (unsigned char)klen;
    e[5] = (unsigned char)(klen >> 8);
    put32(e + 8, (uint32_t)n);
    put32(e + 20, maxtf);
    rbuf_add(&w->keys, key, klen, rc);
    if (*rc)
        return;
    if (n < SEG_INLINE_DF) {
        put32(e + 12, (uint32_t)w->data.n);
        put32(e + 16, (uint32_t)w->list.n);
        rbuf_add(&w->data, w->list.p, w->list.n, rc);
    } else {
        sqlite3_bind_int64(w->ins, 1, w->seg << 32 | w->nterms);
        sqlite3_bind_blob(w->ins, 2, w->list.p, (int)w->list.n, SQLITE_STATIC);
        if (sqlite3_step(w->ins) != SQLITE_DONE)
            *rc = RASD_EIO;
        sqlite3_reset(w->ins);
    }
    rbuf_add(&w->entries, e, sizeof e, rc);
    w->nterms++;
}

static void writer_term(seg_writer *w, const char *key, size_t klen, const uint32_t *doc,
                        const uint32_t *tf, size_t n, rasd_status *rc)
{
    uint32_t maxtf = 0;
    if (n == 0 || *rc)
        return;
    for (size_t i = 0; i < n; i++)
        maxtf = tf[i] > maxtf ? tf[i] : maxtf;
    w->list.n = 0;
    encode_list(&w->list, doc, tf, n, w->lens, &w->tmp, rc);
    writer_list(w, key, klen, n, maxtf, rc);
}

static void writer_free(seg_writer *w)
{
    rbuf_free(&w->entries);
    rbuf_free(&w->keys);
    rbuf_free(&w->data);
    rbuf_free(&w->list);
    rbuf_free(&w->tmp);
    rbuf_free(&w->dir);
    sqlite3_finalize(w->ins);
}

/* Stores the dictionary blob and the segment row. */
static rasd_status writer_finish(seg_writer *w, sqlite3 *db, uint32_t base, uint32_t ndocs,
                                 const unsigned char *docs, int64_t tokens)
{
    rasd_status rc = RASD_OK;
    rbuf dict = {0};
    unsigned char h[SEG_HEADER];
    sqlite3_stmt *st = NULL;
    uint32_t keys_off = (uint32_t)(SEG_HEADER + w->entries.n);
    put32(h, SEG_MAGIC);
    put32(h + 4, w->nterms);
    put32(h + 8, keys_off);
    put32(h + 12, keys_off + (uint32_t)w->keys.n);
    rbuf_add(&dict, h, sizeof h, &rc);
    rbuf_add(&dict, w->entries.p, w->entries.n, &rc);
    rbuf_add(&dict, w->keys.p, w->keys.n, &rc);
    rbuf_add(&dict, w->data.p, w->data.n, &rc);
    if (!rc && sqlite3_prepare_v2(db,
                                  "INSERT INTO segments(seg, base, ndocs, nterms, tokens, dict, "
                                  "docs) VALUES (?,?,?,?,?,?,?)",
                                  -1, &st, NULL) != SQLITE_OK)
        rc = RASD_EIO;
    if (!rc) {
        sqlite3_bind_int64(st, 1, w->seg);
        sqlite3_bind_int64(st, 2, base);
        sqlite3_bind_int64(st, 3, ndocs);
        sqlite3_bind_int64(st, 4, w->nterms);
        sqlite3_bind_int64(st, 5, tokens);
        sqlite3_bind_blob(st, 6, dict.p ? dict.p : "", (int)dict.n, SQLITE_STATIC);
        sqlite3_bind_blob(st, 7, docs ? (const void *)docs : "", (int)ndocs * SEG_DOC_BYTES,
                          SQLITE_STATIC);
        if (sqlite3_step(st) != SQLITE_DONE)
            rc = RASD_EIO;
    }
    sqlite3_finalize(st);
    rbuf_free(&dict);
    return rc;
}

static rasd_status writer_init(seg_writer *w, sqlite3 *db, int64_t seg,
                               const unsigned char *lens)
{
    memset(w, 0, sizeof *w);
    w->seg = seg;
    w->lens = lens;
    return sqlite3_prepare_v2(db, "INSERT INTO postings(rowid, data) VALUES (?, ?)", -1,
                              &w->ins, NULL) == SQLITE_OK
               ? RASD_OK
               : RASD_EIO;
}

typedef struct term_ref {
    uint64_t pfx;              /* the key's first 8 bytes, big-endian, zero-padded */
    const char *key;
    uint32_t len, idx;
} term_ref;

/* key_cmp's order: prefixes that differ order their keys as key_cmp does (a key that ends
 * within them is padded with zeros, below any byte that goes on), equal ones compare whole. */
static int term_less(const term_ref *x, const term_ref *y)
{
    return x->pfx != y->pfx ? x->pfx < y->pfx : key_cmp(x->key, x->len, y->key, y->len) < 0;
}

/* Sorts a batch's terms by key (distinct keys; src/core/sort.h: a third of qsort's
 * instructions on a batch's ~30,000 terms, which the writer sorts while the batch commits). */
RASD_SORT_DEFINE(sort_terms, term_ref, term_less)

static uint64_t key_prefix(const char *key, size_t len)
{
    uint64_t v = 0;
    for (size_t i = 0; i < 8; i++)
        v = v << 8 | (i < len ? (unsigned char)key[i] : 0);
    return v;
}

rasd_status seg_builder_write(seg_builder *b, sqlite3 *db, int64_t seg)
{
    rasd_status rc = RASD_OK;
    size_t nt = b->terms.n;
    term_ref *order = malloc((nt ? nt : 1) * sizeof *order);
    uint32_t *start = calloc(nt + 1, sizeof *start);
    uint32_t *doc = malloc((b->ntrip ? b->ntrip : 1) * sizeof *doc);
    uint32_t *tf = malloc((b->ntrip ? b->ntrip : 1) * sizeof *tf);
    seg_writer w;
    if (writer_init(&w, db, seg, b->docs) != RASD_OK)
        rc = RASD_EIO;
    if (!order || !start || !doc || !tf)
        rc = RASD_ENOMEM;
    /* Group the postings by term (a stable counting sort keeps docid order). */
    for (size_t i = 0; !rc && i < b->ntrip; i++)
        start[b->trip_term[i] + 1]++;
    for (size_t t = 0; !rc && t < nt; t++)
        start[t + 1] += start[t];
    for (size_t i = 0; !rc && i < b->ntrip; i++) {
        uint32_t at = start[b->trip_term[i]]++;
        doc[at] = b->trip_doc[i];
        tf[at] = b->trip_tf[i];
    }
    for (size_t t = nt; !rc && t > 0; t--)
        start[t] = start[t - 1];
    if (!rc && nt)
        start[0] = 0;
    for (size_t t = 0; !rc && t < nt; t++) {
        size_t len;
        order[t].key = strmap_key(&b->terms, t, &len);
        order[t].len = (uint32_t)len;
        order[t].idx = (uint32_t)t;
        order[t].pfx = key_prefix(order[t].key, len);
    }
    if (!rc)
        sort_terms(order, nt);
    for (size_t k = 0; !rc && k < nt; k++) {
        uint32_t t = order[k].idx;
        writer_term(&w, order[k].key, order[k].len, doc + start[t], tf + start[t],
                    start[t + 1] - start[t], &rc);
    }
    if (!rc)
        rc = writer_finish(&w, db, b->base, b->ndocs, b->docs, b->tokens);
    writer_free(&w);
    free(order);
    free(start);
    free(doc);
    free(tf);
    return rc;
}

/* --------------------------------------------------------------- merge */

rasd_status segment_load(sqlite3 *db, int64_t seg, segment *g, int64_t *tokens)
{
    sqlite3_stmt *st = NULL;
    rasd_status rc = RASD_EDATA;
    memset(g, 0, sizeof *g);
    if (sqlite3_prepare_v2(db, "SELECT base, ndocs, dict, docs, tokens FROM segments "
                               "WHERE seg = ?",
                           -1, &st, NULL) != SQLITE_OK)
        return RASD_EIO;
    sqlite3_bind_int64(st, 1, seg);
    if (sqlite3_step(st) == SQLITE_ROW) {
        size_t dn = (size_t)sqlite3_column_bytes(st, 2), on = (size_t)sqlite3_column_bytes(st, 3);
        g->seg = seg;
        g->base = (uint32_t)sqlite3_column_int64(st, 0);
        g->ndocs = (uint32_t)sqlite3_column_int64(st, 1);
        if (tokens)
            *tokens = sqlite3_column_int64(st, 4);
        g->dict = malloc(dn ? dn : 1);
        g->docs = malloc(on ? on : 1);
        g->dict_len = dn;
        rc = g->dict && g->docs ? RASD_OK : RASD_ENOMEM;
        if (!rc) {
            memcpy(g->dict, sqlite3_column_blob(st, 2), dn);
            memcpy(g->docs, sqlite3_column_blob(st, 3), on);
            rc = on == (size_t)g->ndocs * SEG_DOC_BYTES ? segment_parse(g) : RASD_EDATA;
        }
    }
    sqlite3_finalize(st);
    return rc;
}

/* 1 when a docid in [lo, hi) is in the sorted array dead. */
static int any_dead(const uint32_t *dead, size_t n, uint32_t lo, uint32_t hi)
{
    size_t a = 0, b = n;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (dead[mid] < lo)
            a = mid + 1;
        else
            b = mid;
    }
    return a < n && dead[a] < hi;
}

/* Appends the live postings of term i of g, renumbered from base, to doc/tf. */
static rasd_status gather(const segment *g, uint32_t i, sqlite3_stmt *post, uint32_t base,
                          const uint32_t *dead, size_t ndead, rbuf *doc, rbuf *tf)
{
    seg_entry e;
    plist l;
    rasd_status rc;
    segment_entry(g, i, &e);
    rc = plist_open(&l, g, i, &e, post, NULL);
    for (uint32_t d; !rc && (d = plist_doc(&l)) != UINT32_MAX; plist_next(&l)) {
        uint32_t id = g->base + d - base, t = plist_tf(&l);
        if (any_dead(dead, ndead, g->base + d, g->base + d + 1))
            continue;
        rbuf_add(doc, &id, sizeof id, &rc);
        rbuf_add(tf, &t, sizeof t, &rc);
    }
    plist_close(&l);
    return rc;
}

/* Appends the blocks of list l, whose docids are off above the new base, to w->dir and
 * w->tmp (the data); only the first posting's delta changes (it was from 0, it becomes from
 * *prev, the last docid so far). */
static void append_blocks(seg_writer *w, const plist *l, uint32_t off, uint32_t *prev,
                          rasd_status *rc)
{
    unsigned char v[5];
    for (uint32_t b = 0; b < l->nblocks && !*rc; b++) {
        const unsigned char *p = l->data + l->blk_off[b];
        const unsigned char *end = b + 1 < l->nblocks ? l->data + l->blk_off[b + 1] : l->end;
        size_t len = (size_t)(end - p);
        if (b == 0) {
            const unsigned char *q = p;
            uint32_t first = varint_get(&q, end) + off;
            size_t nv = varint_put(v, first - *prev);
            rbuf_add(&w->tmp, v, nv, rc);
            rbuf_add(&w->tmp, q, (size_t)(end - q), rc);
            len = len - (size_t)(q - p) + nv;
        } else {
            rbuf_add(&w->tmp, p, len, rc);
        }
        rbuf_add(&w->dir, v, varint_put(v, l->blk_last[b] + off), rc);
        rbuf_add(&w->dir, v, varint_put(v, (uint32_t)len), rc);
        rbuf_add(&w->dir, v, varint_put(v, l->blk_count[b]), rc);
        rbuf_add(&w->dir, v, varint_put(v, l->blk_maxtf[b]), rc);
        rbuf_add(&w->dir, v, varint_put(v, l->blk_mindl[b]), rc);
    }
    if (l->nblocks)
        *prev = l->blk_last[l->nblocks - 1] + off;
}

/* The lists of one key in several segments, none with dead docids, joined block by block
 * without decoding them. */
static rasd_status concat_term(seg_writer *w, const segment *g, size_t k, const uint32_t *at,
                               const uint8_t *has, const char *key, size_t klen,
                               sqlite3_stmt *post)
{
    rasd_status rc = RASD_OK;
    uint32_t prev = 0, df = 0, nblocks = 0, maxtf = 0;
    unsigned char v[5];
    w->dir.n = w->tmp.n = w->list.n = 0;
    for (size_t j = 0; j < k && !rc; j++) {
        seg_entry e;
        plist l;
        if (!has[j])
            continue;
        segment_entry(&g[j], at[j], &e);
        if ((rc = plist_open(&l, &g[j], at[j], &e, post, NULL)) == RASD_OK) {
            append_blocks(w, &l, g[j].base - g[0].base, &prev, &rc);
            df += l.df;
            nblocks += l.nblocks;
            maxtf = e.max_tf > maxtf ? e.max_tf : maxtf;
        }
        plist_close(&l);
    }
    rbuf_add(&w->list, v, varint_put(v, df), &rc);
    rbuf_add(&w->list, v, varint_put(v, nblocks), &rc);
    rbuf_add(&w->list, w->dir.p, w->dir.n, &rc);
    rbuf_add(&w->list, w->tmp.p, w->tmp.n, &rc);
    writer_list(w, key, klen, df, maxtf, &rc);
    return rc;
}

/* The smallest key still to write among the k segments (NULL when all are written), and
 * in has[] which segments hold it at their position at[]. */
static const char *next_key(const segment *g, size_t k, const uint32_t *at, uint8_t *has,
                            size_t *klen)
{
    const char *key = NULL;
    for (size_t j = 0; j < k; j++) {
        seg_entry e;
        int c;
        has[j] = 0;
        if (at[j] >= g[j].nterms)
            continue;
        segment_entry(&g[j], at[j], &e);
        c = key ? key_cmp(segment_key(&g[j], &e), e.key_len, key, *klen) : -1;
        if (c < 0) {
            memset(has, 0, j);
            key = segment_key(&g[j], &e);
            *klen = e.key_len;
        }
        has[j] = c <= 0;
    }
    return key;
}

/* Writes every term of the k segments g[] (docid order) in key order, the postings of a
 * key in all of them concatenated. */
static rasd_status merge_terms(seg_writer *w, const segment *g, size_t k, sqlite3_stmt *post,
                               const uint32_t *dead, size_t ndead)
{
    rasd_status rc = RASD_OK;
    rbuf doc = {0}, tf = {0};
    uint32_t at[SEG_MERGE_MAX] = {0};
    uint8_t has[SEG_MERGE_MAX];
    const segment *last = &g[k - 1];
    int clean = !any_dead(dead, ndead, g[0].base, last->base + last->ndocs);
    const char *key;
    size_t klen = 0;
    while (!rc && (key = next_key(g, k, at, has, &klen)) != NULL) {
        if (clean) {
            rc = concat_term(w, g, k, at, has, key, klen, post);
        } else {
            doc.n = tf.n = 0;
            for (size_t j = 0; j < k && !rc; j++)
                if (has[j])
                    rc = gather(&g[j], at[j], post, g[0].base, dead, ndead, &doc, &tf);
            writer_term(w, key, klen, (const uint32_t *)doc.p, (const uint32_t *)tf.p,
                        doc.n / sizeof(uint32_t), &rc);
        }
        for (size_t j = 0; j < k; j++)
            at[j] += has[j];
    }
    rbuf_free(&doc);
    rbuf_free(&tf);
    return rc;
}

static rasd_status drop_segment(sqlite3 *db, int64_t seg)
{
    char sql[160];
    snprintf(sql, sizeof sql,
             "DELETE FROM postings WHERE rowid BETWEEN %lld AND %lld; "
             "DELETE FROM segments WHERE seg = %lld;",
             (long long)(seg << 32), (long long)(seg << 32 | 0xffffffffLL), (long long)seg);
    return sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK ? RASD_OK : RASD_EIO;
}

rasd_status segment_merge(sqlite3 *db, const int64_t *segs, size_t k, int64_t seg,
                          const uint32_t *dead, size_t ndead)
{
    segment g[SEG_MERGE_MAX];
    int64_t tokens = 0;
    seg_writer w;
    sqlite3_stmt *post = NULL;
    unsigned char *docs = NULL;
    size_t ndocs = 0, loaded = 0;
    rasd_status rc = k >= 2 && k <= SEG_MERGE_MAX ? RASD_OK : RASD_EINVAL;
    memset(&w, 0, sizeof w);
    for (; !rc && loaded < k; loaded++) {
        int64_t t = 0;
        rc = segment_load(db, segs[loaded], &g[loaded], &t);
        tokens += t;
        if (!rc && loaded && g[loaded - 1].base + g[loaded - 1].ndocs != g[loaded].base)
            rc = RASD_EDATA;         /* only neighbours, oldest first */
        if (!rc)
            ndocs += g[loaded].ndocs;
    }
    if (!rc && !(docs = malloc(ndocs * SEG_DOC_BYTES + 1)))
        rc = RASD_ENOMEM;
    for (size_t j = 0, off = 0; !rc && j < k; off += g[j++].ndocs)
        memcpy(docs + off * SEG_DOC_BYTES, g[j].docs, (size_t)g[j].ndocs * SEG_DOC_BYTES);
    if (!rc && (writer_init(&w, db, seg, docs) != RASD_OK ||
                sqlite3_prepare_v2(db, "SELECT data FROM postings WHERE rowid = ?", -1, &post,
                                   NULL) != SQLITE_OK))
        rc = RASD_EIO;
    if (!rc)
        rc = merge_terms(&w, g, k, post, dead, ndead);
    sqlite3_finalize(post);
    for (size_t j = 0; !rc && j < k; j++)
        rc = drop_segment(db, segs[j]);
    if (!rc)
        rc = writer_finish(&w, db, g[0].base, (uint32_t)ndocs, docs, tokens);
    writer_free(&w);
    free(docs);
    for (size_t j = 0; j < loaded; j++)
        segment_free(&g[j]);
    return rc;
}
