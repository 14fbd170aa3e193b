/* fuzz_query.c — libFuzzer target for the search query parser and the query evaluation.
 *
 * LLVMFuzzerInitialize builds a small in-memory store from news sentences; each
 * input is then a query, run with rasd_search. The first byte picks the variant: bit 0 set,
 * plain words (RASD_QUERY_PLAIN); bit 1, no snippets; bits 2-4, the limit (1 + value); bit 5,
 * collapse copies (two of the documents are near copies of each other). The
 * rest is the query (a NUL byte ends it, as it would a C string). With bit 6 set the input
 * is instead the filter of rasd_store_events (rasd events --actor --type --from --to --place
 * --article): the rest, split at newlines into those six fields in that order. With bit 7
 * set the rest is an alert query (src/search/percolate.c): parsed with QUERY_ALL, and if it
 * parses, matched against each document through the term index and by its brute-force
 * oracle (every query verified), which must agree.
 * Checked:
 *   - RASD_OK or RASD_EPARSE only (with a reason in rasd_store_error for EPARSE);
 *   - no more hits than the limit, scores finite and not increasing, ids known;
 *   - snippets present unless switched off, valid UTF-8, balanced <b> and </b>;
 *   - events: RASD_OK or RASD_EPARSE (with a reason), dates in range, at least one article;
 *   - alerts: RASD_OK or RASD_EPARSE (with a reason); index and oracle give the same hits.
 */
#include "rasd.h"
#include "common.h"
#include "search/percolate.h"

#include <math.h>
#include <string.h>

static rasd_engine *eng;
static rasd_store *store;
static rasd_doc *dtitle, *dtext;

static const char *const docs[][3] = {
    {"p1", "بوتين وكاميرون في أنطاليا", "بحث الرئيس الروسي فلاديمير بوتين ورئيس الوزراء البريطاني ديفيد كاميرون مكافحة الإرهاب."},
    {"p2", "هولاند في موسكو", "قال الرئيس الفرنسي فرانسوا هولاند إن «التحالف ضد داعش» ضروري، وأضاف: \"نحن معا\"."},
    {"p3", NULL, "التقى لافروف وجونسون في موسكو يوم 16 نوفمبر/ تشرين الثاني 2015 لبحث الأزمة السورية."},
    {"p4", "Oil prices", "أسعار النفط ارتفعت 3.5% اليوم؛ وقال مسؤول: الأسعار ستستقر. G20 #النفط @opec"},
    {"p5", "ولي العهد", "استقبل ولي ولي العهد وزير الدفاع، ثم غادر إلى الرياض مساء الخميس."},
    {"p6", "بوتين وكاميرون", "بحث الرئيسُ الروسي فلاديمير بوتين، ورئيس الوزراء البريطاني ديفيد "
                             "كاميرون مكافحة الإرهاب"},
};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    CHECK(rasd_engine_open(&eng, NULL) == RASD_OK);
    CHECK(rasd_store_open(&store, eng, ":memory:", 0) == RASD_OK);
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
        rasd_record r = {docs[i][0], docs[i][2], strlen(docs[i][2]), docs[i][1],
                         "2015-11-16", i % 2 ? "a" : "b", NULL, NULL, "fuzz", (long)i + 1};
        CHECK(rasd_store_put(store, &r, NULL) == RASD_OK);
    }
    CHECK(rasd_store_commit(store) == RASD_OK);
    CHECK(rasd_doc_new(&dtitle) == RASD_OK && rasd_doc_new(&dtext) == RASD_OK);
    return 0;
}

static void check_snippet(const char *s)
{
    size_t n = strlen(s);
    const char *p = s;
    int open = 0;
    CHECK(fuzz_utf8_valid(s, n));
    while ((p = strchr(p, '<')) != NULL) {
        if (strncmp(p, "<b>", 3) == 0)
            CHECK(open++ == 0);
        else if (strncmp(p, "</b>", 4) == 0)
            CHECK(--open == 0);
        else
            CHECK(0 && "a raw < in a snippet");
        p++;
    }
    CHECK(open == 0);
}

typedef struct ev_check {
    const rasd_event_filter *f;
} ev_check;

static int check_event(const rasd_stored_event *ev, void *ctx)
{
    const rasd_event_filter *f = ((ev_check *)ctx)->f;
    CHECK(ev->id && strlen(ev->id) == 16 && ev->type && ev->cameo && ev->narticles >= 1);
    CHECK(ev->nactors <= RASD_EVENT_ACTORS);
    if ((f->from || f->to) && ev->date == NULL)
        CHECK(0 && "an undated event listed under a date filter");
    return 0;
}

/* The input as an event filter: six fields split at newlines. */
static void fuzz_events(const uint8_t *data, size_t size)
{
    char buf[4200], *field[6] = {NULL, NULL, NULL, NULL, NULL, NULL}, *p = buf;
    rasd_event_filter f;
    ev_check c = {&f};
    rasd_status st;
    size_t n = size < sizeof buf - 1 ? size : sizeof buf - 1;
    memcpy(buf, data, n);
    buf[n] = 0;
    for (int k = 0; k < 6 && p; k++) {
        field[k] = *p ? p : NULL;
        p = strchr(p, '\n');
        if (p)
            *p++ = 0;
    }
    f = (rasd_event_filter){field[0], field[1], field[2], field[3], field[4], field[5]};
    st = rasd_store_events(store, &f, 0, check_event, &c);
    CHECK(st == RASD_OK || st == RASD_EPARSE);
    if (st == RASD_EPARSE)
        CHECK(rasd_store_error(store)[0]);
}

/* The input as an alert query, with two others the index must not confuse it with. */
static void fuzz_alert(const uint8_t *data, size_t size)
{
    char q[4200], err[256];
    size_t n = size < sizeof q - 1 ? size : sizeof q - 1;
    perc *p;
    rasd_status st;
    memcpy(q, data, n);
    q[n] = 0;
    CHECK(perc_new(&p, eng) == RASD_OK);
    CHECK(perc_add(p, 1, "بوتين OR هولاند \"الرئيس الروسي\"", err, sizeof err) == RASD_OK);
    st = perc_add(p, 2, q, err, sizeof err);
    CHECK(st == RASD_OK || (st == RASD_EPARSE && err[0]));
    CHECK(perc_add(p, 3, "موسكو -لافروف", err, sizeof err) == RASD_OK);
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
        const int64_t *h;
        int64_t a[3];
        size_t na, nb;
        const char *t = docs[i][1] ? docs[i][1] : "";
        CHECK(rasd_analyze(eng, dtitle, t, strlen(t)) == RASD_OK);
        CHECK(rasd_analyze(eng, dtext, docs[i][2], strlen(docs[i][2])) == RASD_OK);
        CHECK(perc_match(p, dtitle, dtext, &h, &na) == RASD_OK && na <= 3);
        memcpy(a, h, na * sizeof *a);
        CHECK(perc_match_all(p, dtitle, dtext, &h, &nb) == RASD_OK);
        CHECK(na == nb && memcmp(a, h, na * sizeof *a) == 0);
    }
    perc_free(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char q[4200];
    rasd_query_opts o = {0};
    rasd_results *r = NULL;
    rasd_status st;
    size_t n;
    if (size == 0)
        return 0;
    if (data[0] & 128) {
        fuzz_alert(data + 1, size - 1);
        return 0;
    }
    if (data[0] & 64) {
        fuzz_events(data + 1, size - 1);
        return 0;
    }
    o.flags = (data[0] & 1 ? RASD_QUERY_PLAIN : 0) | (data[0] & 2 ? RASD_QUERY_NO_SNIPPET : 0) |
              (data[0] & 32 ? RASD_QUERY_COLLAPSE : 0);
    o.limit = 1 + ((data[0] >> 2) & 7);
    n = size - 1 < sizeof q - 1 ? size - 1 : sizeof q - 1;
    memcpy(q, data + 1, n);
    q[n] = 0;
    st = rasd_search(store, q, &o, &r);
    CHECK(st == RASD_OK || st == RASD_EPARSE);
    if (st == RASD_EPARSE) {
        CHECK(r == NULL && rasd_store_error(store)[0]);
        return 0;
    }
    CHECK(rasd_results_count(r) <= o.limit);
    for (size_t i = 0; i < rasd_results_count(r); i++) {
        const rasd_hit *h = rasd_results_hit(r, i);
        CHECK(h && h->id && h->id[0] == 'p' && isfinite(h->score));
        CHECK(i == 0 || h->score <= rasd_results_hit(r, i - 1)->score);
        CHECK((o.flags & RASD_QUERY_NO_SNIPPET) ? !h->snippet : h->snippet != NULL);
        CHECK((o.flags & RASD_QUERY_COLLAPSE) || h->copies == 0);
        if (h->snippet)
            check_snippet(h->snippet);
    }
    rasd_results_free(r);
    return 0;
}
