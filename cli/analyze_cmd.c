/* analyze_cmd.c — rasd analyze: documents in, JSON Lines out, on worker threads with the
 * output in input order (or one thread, --threads 1). Uses only include/rasd.h. */
#include "cli.h"

#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_analyze[] =
    "usage: rasd analyze [OPTIONS] FILE...|-\n"
    "\n"
    "Inputs: .txt files (one document each; id = file name without .txt), .jsonl or\n"
    ".jsonl.gz files (one {id, text, title, published, source, url, author} object a\n"
    "line), folders (their .txt/.jsonl/.jsonl.gz files, recursively), or - for standard\n"
    "input (JSON Lines if it starts with '{', else one text document with id \"stdin\").\n"
    "\n"
    "Output: JSON Lines {\"id\", \"sentences\": [[start,end],...], \"tokens\": [...],\n"
    "\"entities\": [{start,end,text,type,id,name}] (when data/ner.model is there),\n"
    "\"dates\": [{start,end,text,value[,timex]}] (ISO 8601; relative dates resolved against\n"
    "the record's published date, else a date the text states; a decade, century or season\n"
    "has value null and its TimeML value in timex: \"198\", \"18\", \"2015-SU\")}; byte\n"
    "offsets into the document text as given. Bad records are reported on stderr as\n"
    "file:line: reason and skipped; the others are still analysed (exit status 1).\n"
    "\n"
    "options:\n"
    "  --tokens             include tokens {start,end,norm,stem,kind}\n"
    "  --summary            a human-readable digest instead of JSON\n"
    "  --no-entities        leave out named entities (faster)\n"
    "  --no-events          leave out dates\n"
    "  --threads N          analysis threads (default: one per processor; 1: none)\n"
    "  --stemmer NAME       light (default), snowball or none\n"
    "  --no-norm RULES      switch normalisation rules off (comma-separated):\n"
    "                       diacritics,tatweel,alef,alef-maqsura,teh-marbuta,hamza,\n"
    "                       presentation,digits,persian,controls,casefold\n"
    "  --data DIR           data folder (default: $RASD_DATA, then beside the binary)\n"
    "  --max-doc-mb N       refuse documents larger than N MiB (default 256)\n"
    "  --event-triggers     events also from every kind of the trigger-first layer (more,\n"
    "                       less precise; by default only the kinds data/events.tsv\n"
    "                       \"tdefault\" names)\n"
    "  --no-event-triggers  events from the rules alone (no trigger-first kind)\n";

/* ---------------------------------------------------------------- analyze */

typedef struct analyze_opts {
    cli_common c;
    int tokens, summary, no_entities, no_events;
    long threads;               /* --threads: 0 = one per processor */
    int entities;               /* a recognition model is there and no --no-entities */
} analyze_opts;

static const cli_opt analyze_own[] = {
    OPT_SWITCH("--tokens", analyze_opts, tokens),
    OPT_SWITCH("--summary", analyze_opts, summary),
    OPT_SWITCH("--no-entities", analyze_opts, no_entities),
    OPT_SWITCH("--no-events", analyze_opts, no_events),
    {"--threads", OPT_LONG, offsetof(analyze_opts, threads), 1, 64, NULL},
    OPT_END,
};


typedef struct totals {
    size_t docs, rejected, sentences, tokens, bytes, empty;
    char first_empty[256];
} totals;

/* What printing one analysed document needs, taken from its doc by the thread that
 * analysed it (json points into the doc, or into a batch once copied there). */
typedef struct doc_out {
    rasd_status st;               /* of the analysis */
    rasd_status json_st;          /* of rasd_doc_json */
    size_t bad, first_bad, nsents, ntoks;
    const char *json;
    size_t json_len;
} doc_out;

/* Invalid UTF-8 is reported per document; empty documents are counted (a crawl can hold
 * hundreds) and named once in the closing line. */
static void warn_text(const rasd_record *rec, const doc_out *d, totals *tot)
{
    if (d->bad)
        fprintf(stderr, "%s:%ld: document %s: %zu invalid UTF-8 sequence%s (first at byte %zu)%s\n",
                rec->path, rec->line, rec->id, d->bad, d->bad == 1 ? "" : "s", d->first_bad,
                memchr(rec->text, 0, rec->text_len) ? "; contains NUL bytes, binary?" : "");
    else if (rec->text_len == 0 && tot->empty++ == 0)
        snprintf(tot->first_empty, sizeof tot->first_empty, "%s:%ld (%s)", rec->path, rec->line, rec->id);
}

static void print_summary(const rasd_record *rec, const rasd_doc *doc)
{
    size_t ns, nt;
    const rasd_span *s = rasd_doc_sentences(doc, &ns);
    const rasd_token *t = rasd_doc_tokens(doc, &nt);
    printf("\n%s  (%zu bytes, %zu sentences, %zu tokens)\n", rec->id, rec->text_len, ns, nt);
    for (size_t i = 0; i < ns && i < 2; i++) {
        printf("  [%u,%u) %.*s\n", s[i].start, s[i].end, (int)(s[i].end - s[i].start),
               rec->text + s[i].start);
        printf("     ");
        for (size_t k = 0; k < nt && t[k].start < s[i].end; k++)
            if (t[k].start >= s[i].start && t[k].kind == RASD_TOK_ARABIC)
                printf(" %.*s", (int)t[k].stem_len, t[k].stem);
        printf("   (stems)\n");
    }
}

/* Analyses one record with doc and fills *d (its JSON stays in doc). */
static void analyze_doc(const analyze_opts *o, const rasd_engine *e, rasd_doc *doc,
                        const rasd_record *rec, doc_out *d)
{
    unsigned flags = (o->tokens ? RASD_JSON_TOKENS : 0) | (o->entities ? RASD_JSON_ENTITIES : 0) |
                     (o->no_events ? 0 : RASD_JSON_EVENTS);
    memset(d, 0, sizeof *d);
    unsigned skip = (o->entities ? 0 : RASD_STAGE_ENTITIES) | (o->no_events ? RASD_STAGE_EVENTS : 0);
    if ((d->st = rasd_analyze(e, doc, rec->text, rec->text_len)) != RASD_OK ||
        (d->st = rasd_annotate(e, doc, rec->published, skip)) != RASD_OK)
        return;
    d->bad = rasd_doc_invalid_utf8(doc, &d->first_bad);
    rasd_doc_sentences(doc, &d->nsents);
    rasd_doc_tokens(doc, &d->ntoks);
    d->json_st = rasd_doc_json(doc, rec->id, strlen(rec->id), flags, &d->json, &d->json_len);
}

/* Reports and writes one analysed document (doc: for --summary only). Returns -1 when the
 * input should stop: the JSON could not be made or written. */
static int finish_doc(const analyze_opts *o, const rasd_record *rec, const doc_out *d,
                      const rasd_doc *doc, totals *tot)
{
    if (d->st) {
        fprintf(stderr, "%s:%ld: document %s: %s\n", rec->path, rec->line, rec->id, rasd_strerror(d->st));
        tot->rejected++;
        return 0;
    }
    warn_text(rec, d, tot);
    if (d->json_st) {
        fprintf(stderr, "%s:%ld: %s\n", rec->path, rec->line, rasd_strerror(d->json_st));
        return -1;
    }
    if (o->summary)
        print_summary(rec, doc);
    else if (fwrite(d->json, 1, d->json_len, stdout) != d->json_len || putchar('\n') == EOF)
        return -1;
    tot->docs++;
    tot->sentences += d->nsents;
    tot->tokens += d->ntoks;
    tot->bytes += rec->text_len;
    return 0;
}

static int analyze_path(const analyze_opts *o, const rasd_engine *e, rasd_doc *doc, const char *path, totals *tot)
{
    rasd_reader *r;
    rasd_record rec;
    doc_out d;
    rasd_status st = rasd_reader_open(&r, path, &o->c.cfg);
    if (st) {
        fprintf(stderr, "%s: cannot read: %s\n", path, rasd_strerror(st));
        tot->rejected++;
        return 0;
    }
    while ((st = rasd_reader_next(r, &rec)) != RASD_END) {
        if (st == RASD_ENOMEM)
            break;
        if (st) {
            fprintf(stderr, "%s\n", rasd_reader_error(r));
            tot->rejected++;
            continue;
        }
        analyze_doc(o, e, doc, &rec, &d);
        if (finish_doc(o, &rec, &d, doc, tot))
            break;
    }
    rasd_reader_close(r);
    return st == RASD_ENOMEM ? -1 : 0;
}

/* -------------------------------------------------- analyze on several threads */

/* With more than one thread, this thread reads the records into batches (copying them: a
 * record lasts only until the reader's next), worker threads analyse whole batches, each
 * with its own doc and the engine shared, and copy each document's JSON into its batch; this
 * thread then prints the batches in input order. Reader errors travel in the batches too, so
 * stdout and stderr are what one thread writes, byte for byte. A document longer than
 * BIG_DOC waits for the batches before it and is analysed here, as with one thread. */

#define RING 4                    /* batches: two analysed while one is read, one written */
#define BATCH_DOCS 64
#define BATCH_TEXT (256 << 10)    /* bytes of text that end a batch */
#define BIG_DOC (1 << 20)         /* a longer text is analysed by this thread, alone: its copy
                                     and the copy of its JSON would double its memory */
#define MAX_WORKERS 8

enum { ITEM_DOC, ITEM_ERROR, ITEM_FATAL };

typedef struct item {
    int kind;
    rasd_record rec;              /* ITEM_DOC: id, text and published point into in */
    size_t id_off, text_off, pub_off, msg_off, json_off;   /* into in, and out for json */
    int has_pub;
    doc_out out;
} item;

typedef struct cbuf {
    char *p;
    size_t n, cap;
} cbuf;

typedef struct batch {
    item items[BATCH_DOCS];
    size_t n;
    cbuf in, out;                 /* the records' strings, their JSON */
    int done;                     /* analysed: ready to print */
} batch;

typedef struct pool {
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    batch ring[RING];
    size_t head, claimed, tail;   /* batches printed, taken by workers, filled */
    int quit;
    const analyze_opts *o;
    const rasd_engine *e;
    pthread_t th[MAX_WORKERS];
    int nth;
} pool;

/* Appends n bytes (and a NUL when z); 0 when out of memory. */
static int cbuf_add(cbuf *b, const char *s, size_t n, int z)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 1 << 16;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p)
            return 0;
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    if (z)
        b->p[b->n++] = 0;
    return 1;
}

/* Copies a record's id, text and publication date into the batch; 0 when out of memory. */
static int copy_record(batch *b, item *it, const rasd_record *rec)
{
    it->kind = ITEM_DOC;
    it->rec.path = rec->path;
    it->rec.line = rec->line;
    it->rec.text_len = rec->text_len;
    it->id_off = b->in.n;
    if (!cbuf_add(&b->in, rec->id, strlen(rec->id), 1))
        return 0;
    it->text_off = b->in.n;
    if (!cbuf_add(&b->in, rec->text, rec->text_len, 1))
        return 0;
    it->has_pub = rec->published != NULL;
    it->pub_off = b->in.n;
    return !rec->published || cbuf_add(&b->in, rec->published, strlen(rec->published), 1);
}

/* Reads the next batch of records from r into b; 0 when r is done (or failed for good). A
 * record longer than BIG_DOC ends the batch and is left in *big (*has_big set). */
static int fill_batch(rasd_reader *r, batch *b, rasd_record *big, int *has_big)
{
    size_t text = 0;
    int more = 1;
    b->n = b->in.n = b->out.n = 0;
    b->done = 0;
    while (more && b->n < BATCH_DOCS && text < BATCH_TEXT) {
        rasd_record rec;
        rasd_status st = rasd_reader_next(r, &rec);
        item *it = &b->items[b->n];
        if (st == RASD_END) {
            more = 0;
            break;
        }
        if (st == RASD_OK && rec.text_len > BIG_DOC) {
            *big = rec;
            *has_big = 1;
            break;
        }
        memset(it, 0, sizeof *it);
        b->n++;
        if (st == RASD_ENOMEM || (!st && !copy_record(b, it, &rec))) {
            it->kind = ITEM_FATAL;
            more = 0;
        } else if (st) {
            it->kind = ITEM_ERROR;
            it->msg_off = b->in.n;
            if (!cbuf_add(&b->in, rasd_reader_error(r), strlen(rasd_reader_error(r)), 1))
                it->kind = ITEM_FATAL;
        } else
            text += rec.text_len;
    }
    for (size_t i = 0; i < b->n; i++) {
        item *it = &b->items[i];
        if (it->kind != ITEM_DOC)
            continue;
        it->rec.id = b->in.p + it->id_off;
        it->rec.text = b->in.p + it->text_off;
        it->rec.published = it->has_pub ? b->in.p + it->pub_off : NULL;
    }
    return more;
}

/* A worker's part: analyses the documents of b and copies their JSON into b->out. */
static void analyze_batch(const pool *g, rasd_doc *doc, batch *b)
{
    for (size_t i = 0; i < b->n; i++) {
        item *it = &b->items[i];
        if (it->kind != ITEM_DOC)
            continue;
        if (!doc) {
            it->out.st = RASD_ENOMEM;
            continue;
        }
        analyze_doc(g->o, g->e, doc, &it->rec, &it->out);
        it->json_off = b->out.n;
        if (!it->out.st && !it->out.json_st &&
            !cbuf_add(&b->out, it->out.json, it->out.json_len, 0))
            it->out.json_st = RASD_ENOMEM;
        it->out.json = NULL;
    }
}

static void *worker(void *arg)
{
    pool *g = arg;
    rasd_doc *doc = NULL;
    if (rasd_doc_new(&doc) != RASD_OK)
        doc = NULL;
    pthread_mutex_lock(&g->mu);
    for (;;) {
        while (g->claimed == g->tail && !g->quit)
            pthread_cond_wait(&g->work, &g->mu);
        if (g->claimed == g->tail)
            break;
        batch *b = &g->ring[g->claimed++ % RING];
        pthread_mutex_unlock(&g->mu);
        analyze_batch(g, doc, b);
        pthread_mutex_lock(&g->mu);
        b->done = 1;
        pthread_cond_signal(&g->done);
    }
    pthread_mutex_unlock(&g->mu);
    rasd_doc_free(doc);
    return NULL;
}

/* Prints an analysed batch: 0 to go on, 1 to stop reading this input (as analyze_path
 * does), -1 for a fatal error. */
static int print_batch(const analyze_opts *o, batch *b, totals *tot)
{
    for (size_t i = 0; i < b->n; i++) {
        item *it = &b->items[i];
        if (it->kind == ITEM_FATAL)
            return -1;
        if (it->kind == ITEM_ERROR) {
            fprintf(stderr, "%s\n", b->in.p + it->msg_off);
            tot->rejected++;
            continue;
        }
        it->out.json = b->out.p ? b->out.p + it->json_off : "";
        if (finish_doc(o, &it->rec, &it->out, NULL, tot))
            return 1;
    }
    return 0;
}

/* Waits for the oldest batch to be analysed, or for room to read another one (when reading);
 * returns the batch to print, or NULL when there is room. */
static batch *next_event(pool *g, int reading)
{
    batch *b = NULL;
    pthread_mutex_lock(&g->mu);
    for (;;) {
        if (g->head != g->tail && g->ring[g->head % RING].done) {
            b = &g->ring[g->head % RING];
            break;
        }
        if (reading && g->tail - g->head < RING)
            break;
        pthread_cond_wait(&g->done, &g->mu);
    }
    pthread_mutex_unlock(&g->mu);
    return b;
}

/* Hands the filled batch b to the workers (an empty one stays where it is). */
static void submit(pool *g, const batch *b)
{
    if (!b->n)
        return;
    pthread_mutex_lock(&g->mu);
    g->tail++;
    pthread_cond_signal(&g->work);
    pthread_mutex_unlock(&g->mu);
}

static int analyze_path_pool(pool *g, rasd_doc *doc, const char *path, totals *tot)
{
    rasd_reader *r;
    rasd_record big;
    doc_out d;
    int reading = 1, printing = 1, fatal = 0, has_big = 0;
    rasd_status st = rasd_reader_open(&r, path, &g->o->c.cfg);
    if (st) {
        fprintf(stderr, "%s: cannot read: %s\n", path, rasd_strerror(st));
        tot->rejected++;
        return 0;
    }
    while (reading || has_big || g->head != g->tail) {
        batch *b;
        if (has_big && g->head == g->tail) {  /* all before it printed: its turn */
            has_big = 0;
            analyze_doc(g->o, g->e, doc, &big, &d);
            if (printing && finish_doc(g->o, &big, &d, doc, tot))
                printing = reading = 0;
            continue;
        }
        if ((b = next_event(g, reading && !has_big)) != NULL) {
            int pr = printing ? print_batch(g->o, b, tot) : 0;
            if (pr) {
                printing = reading = has_big = 0;   /* what is in flight is not printed */
                fatal = pr < 0;
            }
            pthread_mutex_lock(&g->mu);
            g->head++;
            pthread_mutex_unlock(&g->mu);
            continue;
        }
        b = &g->ring[g->tail % RING];
        reading = fill_batch(r, b, &big, &has_big);
        submit(g, b);
    }
    rasd_reader_close(r);
    return fatal ? -1 : 0;
}

/* Starts up to n workers; 0 when none could start. */
static int pool_start(pool *g, const analyze_opts *o, const rasd_engine *e, int n)
{
    memset(g, 0, sizeof *g);
    g->o = o;
    g->e = e;
    pthread_mutex_init(&g->mu, NULL);
    pthread_cond_init(&g->work, NULL);
    pthread_cond_init(&g->done, NULL);
    for (; g->nth < n; g->nth++)
        if (pthread_create(&g->th[g->nth], NULL, worker, g) != 0)
            break;
    return g->nth > 0;
}

static void pool_stop(pool *g)
{
    pthread_mutex_lock(&g->mu);
    g->quit = 1;
    pthread_cond_broadcast(&g->work);
    pthread_mutex_unlock(&g->mu);
    for (int i = 0; i < g->nth; i++)
        pthread_join(g->th[i], NULL);
    for (int i = 0; i < RING; i++) {
        free(g->ring[i].in.p);
        free(g->ring[i].out.p);
    }
    pthread_mutex_destroy(&g->mu);
    pthread_cond_destroy(&g->work);
    pthread_cond_destroy(&g->done);
}

/* Analysis threads: --threads, else one per processor; one means no threads at all. */
static int analyze_threads(const analyze_opts *o)
{
    long n = o->threads ? o->threads : sysconf(_SC_NPROCESSORS_ONLN);
    if (o->summary)
        return 1;             /* the digest is printed from the doc */
    return n < 1 ? 1 : n > MAX_WORKERS ? MAX_WORKERS : (int)n;
}

int cmd_analyze(int argc, char **argv)
{
    analyze_opts o = {0};
    int pr = parse_opts(argc, argv, usage_analyze, analyze_own, &o, &o.c);
    if (pr)
        return pr > 0 ? 0 : EXIT_USAGE;
    if (o.c.nargs == 0) {
        fputs(usage_analyze, stderr);
        return EXIT_USAGE;
    }
    rasd_engine *e;
    rasd_doc *doc;
    if (o.no_entities && o.no_events)      /* then no stage runs: load none of their data */
        o.c.cfg.stages_off = RASD_STAGE_ENTITIES | RASD_STAGE_EVENTS;
    o.c.annotates = 1;
    if (open_engine(&o.c, &e))
        return 1;
    if (rasd_doc_new(&doc)) {
        rasd_engine_close(e);
        return 1;
    }
    static char outbuf[1 << 20];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    totals tot = {0};
    int fatal = 0;
    o.entities = rasd_ner_available(e) && !o.no_entities;
    int nth = analyze_threads(&o);
    pool *g = nth > 1 ? malloc(sizeof *g) : NULL;
    if (g && !pool_start(g, &o, e, nth)) {
        pool_stop(g);
        free(g);
        g = NULL;
    }
    for (int i = 0; i < o.c.nargs && !fatal; i++)
        fatal = g ? analyze_path_pool(g, doc, o.c.args[i], &tot)
                  : analyze_path(&o, e, doc, o.c.args[i], &tot);
    if (g) {
        pool_stop(g);
        free(g);
    }
    if (o.summary)
        printf("\n%zu documents, %zu bytes, %zu sentences, %zu tokens; %zu rejected\n",
               tot.docs, tot.bytes, tot.sentences, tot.tokens, tot.rejected);
    int ok = fflush(stdout) == 0 && !ferror(stdout);
    rasd_doc_free(doc);
    rasd_engine_close(e);
    if (!ok)
        fprintf(stderr, "rasd: error writing the output\n");
    if (tot.empty)
        fprintf(stderr, "rasd: %zu empty document%s, the first at %s\n", tot.empty,
                tot.empty == 1 ? "" : "s", tot.first_empty);
    if (tot.rejected)
        fprintf(stderr, "rasd: %zu document%s or file%s rejected, %zu analysed\n", tot.rejected,
                tot.rejected == 1 ? "" : "s", tot.rejected == 1 ? "" : "s", tot.docs);
    return fatal || !ok || tot.rejected ? 1 : 0;
}
