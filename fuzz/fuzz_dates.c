/* fuzz_dates.c — libFuzzer target for date extraction (rasd_extract) on untrusted text.
 *
 * The input's first line (up to a newline, at most 40 bytes) is the publication date given
 * to rasd_extract, the rest the text (analysed, then entities when the engine has a model,
 * then dates). Checked:
 *   - RASD_OK;
 *   - dates in text order, not overlapping, non-empty, inside the text, starting and ending
 *     on character boundaries of well-formed text;
 *   - each value ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD (a real day), or "" (unknown);
 *   - a timex only where the value is "": 3 digits (a decade), 2 (a century), YYYY-SS
 *     with SS one of SP SU FA WI (a season) or YYYY-Www (a week, 01 to 53);
 *   - quotes (rasd_doc_quotes): in text order, non-empty, inside the text, their cue and
 *     speaker spans too, a speaker name for every speaker id;
 *   - events (rasd_doc_events): a type and CAMEO code, up to RASD_EVENT_ACTORS actors with
 *     names, each with an id or (a description) its span inside the text, none only with a
 *     place, the sentence and the reporting word inside the text, a date that is ""
 *     or a day;
 *   - rasd_doc_json with the dates, quotes and events is JSON that json-c parses, with as
 *     many.
 */
#include "rasd.h"
#include "common.h"

#include <json-c/json.h>
#include <string.h>

static rasd_engine *eng;
static rasd_doc *doc;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    rasd_config cfg;
    rasd_config_default(&cfg);
    cfg.event_triggers = RASD_TRIGGERS_ALL;   /* the trigger-first layer's every kind (events9) */
    CHECK(rasd_engine_open(&eng, &cfg) == RASD_OK);
    CHECK(rasd_doc_new(&doc) == RASD_OK);
    return 0;
}

static int digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

static int num(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static void check_value(const char *v)
{
    static const int len[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    size_t n = strlen(v);
    if (n == 0)
        return;                                     /* unknown */
    CHECK(n < 16 && digits(v, 4));
    if (n == 4)
        return;
    CHECK(v[4] == '-');
    CHECK((n == 7 || n == 10) && digits(v + 5, 2) && num(v + 5, 2) >= 1 && num(v + 5, 2) <= 12);
    if (n == 10)
        CHECK(v[7] == '-' && digits(v + 8, 2) && num(v + 8, 2) >= 1 &&
              num(v + 8, 2) <= len[num(v + 5, 2) - 1]);
}

/* A TimeML value of a decade, a century, a season (issue 16) or a week (dates44), or "". */
static void check_timex(const char *x, const char *value)
{
    size_t n = strlen(x);
    if (n == 0)
        return;
    CHECK(value[0] == 0 && n < 16);
    if (n == 2 || n == 3) {
        CHECK(digits(x, (int)n));
        return;
    }
    if (n == 8 && x[5] == 'W') {              /* a week: 2015-W31 (dates44) */
        CHECK(digits(x, 4) && x[4] == '-' && digits(x + 6, 2) && num(x + 6, 2) >= 1 &&
              num(x + 6, 2) <= 53);
        return;
    }
    CHECK(n == 7 && digits(x, 4) && x[4] == '-');
    CHECK(!strcmp(x + 5, "SP") || !strcmp(x + 5, "SU") || !strcmp(x + 5, "FA") ||
          !strcmp(x + 5, "WI"));
}

static int boundary(const uint8_t *t, size_t n, size_t at)
{
    return at == 0 || at == n || (t[at] & 0xC0) != 0x80;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char pub[41];
    const uint8_t *nl = memchr(data, '\n', size < 41 ? size : 41);
    const uint8_t *text = nl ? nl + 1 : data;
    size_t len = nl ? size - (size_t)(nl + 1 - data) : size, n, jl;
    const rasd_date *dt;
    const char *json;
    json_object *o, *arr;
    if (nl) {
        memcpy(pub, data, (size_t)(nl - data));
        pub[nl - data] = 0;
    }
    if (rasd_analyze(eng, doc, (const char *)text, len) != RASD_OK)
        return 0;                                   /* too large: not this target's concern */
    if (rasd_ner_available(eng))
        CHECK(rasd_recognize(eng, doc) == RASD_OK);
    CHECK(rasd_extract(eng, doc, nl ? pub : NULL) == RASD_OK);
    dt = rasd_doc_dates(doc, &n);
    for (size_t i = 0; i < n; i++) {
        CHECK(dt[i].start < dt[i].end && dt[i].end <= len);
        CHECK(i == 0 || dt[i - 1].end <= dt[i].start);
        if (fuzz_utf8_bad(text, len) == len)
            CHECK(boundary(text, len, dt[i].start) && boundary(text, len, dt[i].end));
        check_value(dt[i].value);
        check_timex(dt[i].timex, dt[i].value);
    }
    {
        size_t nq;
        const rasd_quote *q = rasd_doc_quotes(doc, &nq);
        for (size_t i = 0; i < nq; i++) {
            CHECK(q[i].start < q[i].end && q[i].end <= len);
            /* in text order; people named together share one quote's span, a row each
               (docs/EVENTS.md "Coordinated subjects") */
            CHECK(i == 0 || q[i - 1].start < q[i].start ||
                  (q[i - 1].start == q[i].start && q[i - 1].end == q[i].end));
            CHECK(q[i].cue_start < q[i].cue_end && q[i].cue_end <= len);
            CHECK(!q[i].speaker_id || q[i].speaker_name);
            if (q[i].speaker_name)
                CHECK(q[i].speaker_start < q[i].speaker_end && q[i].speaker_end <= len);
        }
        {
            size_t ne;
            const rasd_event *ev = rasd_doc_events(doc, &ne);
            for (size_t i = 0; i < ne; i++) {
                CHECK(ev[i].type && strlen(ev[i].cameo) == 3 && strlen(ev[i].id) == 16);
                CHECK(ev[i].nactors <= RASD_EVENT_ACTORS);
                CHECK(ev[i].type && ev[i].cameo);  /* no actor: at a place, or the trigger
                                                      layer's (events9) */
                for (size_t a = 0; a < ev[i].nactors; a++) {
                    CHECK(ev[i].actor_name[a]);
                    CHECK(ev[i].actor_id[a] || ev[i].actor_start[a] < ev[i].actor_end[a]);
                    CHECK(ev[i].actor_start[a] <= ev[i].actor_end[a] && ev[i].actor_end[a] <= len);
                }
                CHECK(ev[i].start <= ev[i].trigger_start && ev[i].trigger_start < ev[i].trigger_end &&
                      ev[i].trigger_end <= ev[i].end && ev[i].end <= len);
                /* a day, a month, or a year alone (an almanac line's, event_when.c) */
                CHECK(ev[i].date[0] == 0 || strlen(ev[i].date) == 10 || strlen(ev[i].date) == 7 ||
                      strlen(ev[i].date) == 4);
                check_value(ev[i].date);
            }
        }
        CHECK(rasd_doc_json(doc, "f", 1, RASD_JSON_EVENTS, &json, &jl) == RASD_OK);
        {
            json_tokener *tok = json_tokener_new();
            json_object *o2, *qa;
            CHECK(tok != NULL);
            o2 = json_tokener_parse_ex(tok, json, (int)jl);
            json_tokener_free(tok);
            CHECK(o2 && json_object_object_get_ex(o2, "quotes", &qa) &&
                  json_object_array_length(qa) == nq);
            json_object_put(o2);
        }
    }
    {
        json_tokener *tok = json_tokener_new();
        CHECK(tok != NULL);
        o = json_tokener_parse_ex(tok, json, (int)jl);
        json_tokener_free(tok);
    }
    CHECK(o && json_object_object_get_ex(o, "dates", &arr) && json_object_array_length(arr) == n);
    json_object_put(o);
    return 0;
}
