/* output.c — a document's dates, quotes and events: its scratch state, the accessors of
 * rasd.h and the "dates", "quotes" and "events" arrays of rasd_doc_json (ev.h). */
#include "events/ev.h"

#include <stdlib.h>
#include <string.h>

void ev_doc_reset(struct ev_doc *d)
{
    if (d)
        d->ndates = d->nquotes = d->nevents = 0;
}

void ev_doc_free(struct ev_doc *d)
{
    if (!d)
        return;
    free(d->dates);
    free(d->cand);
    free(d->quotes);
    free(d->desc);
    rbuf_free(&d->names);
    free(d->pairs);
    free(d->sent_end);
    free(d->titles);
    free(d->events);
    ev_groups_free(d);
    free(d->place_dist);
    free(d->off);
    free(d->apart.at);
    free(d->taken.at);
    free(d->notes);
    rbuf_free(&d->key);
    free(d->first);
    free(d->word);
    free(d->fid);
    free(d->evnext);
    rbuf_free(&d->kept);
    free(d);
}

rasd_status ev_trigset_add(ev_trigset *t, uint32_t b)
{
    rasd_status rc = RASD_OK;
    t->at = grow_array(t->at, &t->cap, t->n + 1, sizeof *t->at, &rc);
    if (!rc)
        t->at[t->n++] = b;
    return rc;
}

int ev_trigset_has(const ev_trigset *t, uint32_t b)
{
    for (size_t k = 0; k < t->n; k++)
        if (t->at[k] == b)
            return 1;
    return 0;
}

const rasd_date *rasd_doc_dates(const rasd_doc *doc, size_t *count)
{
    size_t n = doc && EV_DOC(doc) ? EV_DOC(doc)->ndates : 0;
    if (count)
        *count = n;
    return n ? EV_DOC(doc)->dates : NULL;
}

void ev_dates_json(const rasd_doc *doc, rbuf *b, rasd_status *rc)
{
    size_t n;
    const rasd_date *dt = rasd_doc_dates(doc, &n);
    rbuf_adds(b, ",\"dates\":[", rc);
    for (size_t i = 0; i < n && !*rc; i++) {
        json_span_text(b, i == 0, doc->text, dt[i].start, dt[i].end, rc);
        if (dt[i].value[0]) {
            rbuf_adds(b, ",\"value\":\"", rc);
            rbuf_adds(b, dt[i].value, rc);
            rbuf_adds(b, "\"}", rc);
        } else if (dt[i].timex[0]) {           /* decades, centuries, seasons */
            rbuf_adds(b, ",\"value\":null,\"timex\":\"", rc);
            rbuf_adds(b, dt[i].timex, rc);
            rbuf_adds(b, "\"}", rc);
        } else {
            rbuf_adds(b, ",\"value\":null}", rc);
        }
    }
    rbuf_addc(b, ']', rc);
}

const rasd_quote *rasd_doc_quotes(const rasd_doc *doc, size_t *count)
{
    size_t n = doc && EV_DOC(doc) ? EV_DOC(doc)->nquotes : 0;
    if (count)
        *count = n;
    return n ? EV_DOC(doc)->quotes : NULL;
}

/* "speaker": {"id","name","start","end"} or null. */
static void speaker_json(const rasd_quote *q, rbuf *b, rasd_status *rc)
{
    if (!q->speaker_name) {
        rbuf_adds(b, ",\"speaker\":null", rc);
        return;
    }
    rbuf_adds(b, ",\"speaker\":{\"id\":", rc);
    if (q->speaker_id) {
        rbuf_addc(b, '"', rc);
        rbuf_adds(b, q->speaker_id, rc);
        rbuf_addc(b, '"', rc);
    } else {
        rbuf_adds(b, "null", rc);
    }
    rbuf_adds(b, ",\"name\":", rc);
    json_str(b, q->speaker_name, strlen(q->speaker_name), rc);
    rbuf_adds(b, ",\"start\":", rc);
    json_uint(b, q->speaker_start, rc);
    rbuf_adds(b, ",\"end\":", rc);
    json_uint(b, q->speaker_end, rc);
    rbuf_addc(b, '}', rc);
}

void ev_quotes_json(const rasd_doc *doc, rbuf *b, rasd_status *rc)
{
    size_t n;
    const rasd_quote *q = rasd_doc_quotes(doc, &n);
    rbuf_adds(b, ",\"quotes\":[", rc);
    for (size_t i = 0; i < n && !*rc; i++) {
        json_span_text(b, i == 0, doc->text, q[i].start, q[i].end, rc);
        speaker_json(&q[i], b, rc);
        rbuf_adds(b, ",\"cue\":", rc);
        json_str(b, doc->text + q[i].cue_start, q[i].cue_end - q[i].cue_start, rc);
        rbuf_adds(b, q[i].direct ? ",\"direct\":true}" : ",\"direct\":false}", rc);
    }
    rbuf_addc(b, ']', rc);
}

const rasd_event *rasd_doc_events(const rasd_doc *doc, size_t *count)
{
    size_t n = doc && EV_DOC(doc) ? EV_DOC(doc)->nevents : 0;
    if (count)
        *count = n;
    return n ? EV_DOC(doc)->events : NULL;
}

static void ref_open(rbuf *b, const char *id, const char *name, rasd_status *rc)
{
    if (id) {
        rbuf_adds(b, "{\"id\":\"", rc);
        rbuf_adds(b, id, rc);
        rbuf_adds(b, "\",\"name\":", rc);
    } else {
        rbuf_adds(b, "{\"id\":null,\"name\":", rc);   /* a description (evrecall3) */
    }
    json_str(b, name, strlen(name), rc);
}

static void ref_json(rbuf *b, const char *id, const char *name, rasd_status *rc)
{
    ref_open(b, id, name, rc);
    rbuf_addc(b, '}', rc);
}

/* An event's actor k: {"id", "name"}, with "start" and "end" when its words are known. */
static void actor_json(rbuf *b, const rasd_event *ev, size_t k, rasd_status *rc)
{
    ref_open(b, ev->actor_id[k], ev->actor_name[k], rc);
    if (ev->actor_end[k] > ev->actor_start[k]) {
        rbuf_adds(b, ",\"start\":", rc);
        json_uint(b, ev->actor_start[k], rc);
        rbuf_adds(b, ",\"end\":", rc);
        json_uint(b, ev->actor_end[k], rc);
    }
    rbuf_addc(b, '}', rc);
}

void ev_events_json(const rasd_doc *doc, rbuf *b, rasd_status *rc)
{
    size_t n;
    const rasd_event *ev = rasd_doc_events(doc, &n);
    rbuf_adds(b, ",\"events\":[", rc);
    for (size_t i = 0; i < n && !*rc; i++) {
        rbuf_adds(b, i ? ",{\"type\":\"" : "{\"type\":\"", rc);
        rbuf_adds(b, ev[i].type, rc);
        rbuf_adds(b, "\",\"cameo\":\"", rc);
        rbuf_adds(b, ev[i].cameo, rc);
        rbuf_adds(b, "\",\"id\":\"", rc);
        rbuf_adds(b, ev[i].id, rc);
        rbuf_adds(b, "\",\"actors\":[", rc);
        for (size_t a = 0; a < ev[i].nactors; a++) {
            if (a)
                rbuf_addc(b, ',', rc);
            actor_json(b, &ev[i], a, rc);
        }
        rbuf_adds(b, "],\"place\":", rc);
        if (ev[i].place_name)
            ref_json(b, ev[i].place_id, ev[i].place_name, rc);
        else
            rbuf_adds(b, "null", rc);
        rbuf_adds(b, ",\"date\":", rc);
        if (ev[i].date[0]) {
            rbuf_addc(b, '"', rc);
            rbuf_adds(b, ev[i].date, rc);
            rbuf_addc(b, '"', rc);
        } else {
            rbuf_adds(b, "null", rc);
        }
        rbuf_adds(b, ev[i].dated ? ",\"dated\":true,\"sentence\":[" : ",\"dated\":false,\"sentence\":[", rc);
        json_uint(b, ev[i].start, rc);
        rbuf_addc(b, ',', rc);
        json_uint(b, ev[i].end, rc);
        rbuf_adds(b, "],\"trigger\":[", rc);
        json_uint(b, ev[i].trigger_start, rc);
        rbuf_addc(b, ',', rc);
        json_uint(b, ev[i].trigger_end, rc);
        rbuf_adds(b, ev[i].planned ? "],\"status\":\"planned\"" : "],\"status\":\"occurred\"", rc);
        rbuf_adds(b, ev[i].target_only ? ",\"target_only\":true}" : ",\"target_only\":false}", rc);
    }
    rbuf_addc(b, ']', rc);
}

/* ---------------------------------------------------------------- restoring */

static const char *keep(rbuf *b, const char *s, rasd_status *rc)
{
    return rbuf_keep(b, s, s ? strlen(s) : 0, rc);
}

static void keep_quotes(struct ev_doc *x, rasd_status *rc)
{
    for (size_t i = 0; i < x->nquotes; i++) {
        x->quotes[i].speaker_id = keep(&x->kept, x->quotes[i].speaker_id, rc);
        x->quotes[i].speaker_name = keep(&x->kept, x->quotes[i].speaker_name, rc);
    }
}

static void keep_events(struct ev_doc *x, rasd_status *rc)
{
    for (size_t i = 0; i < x->nevents; i++) {
        rasd_event *ev = &x->events[i];
        ev->type = keep(&x->kept, ev->type, rc);
        ev->cameo = keep(&x->kept, ev->cameo, rc);
        ev->place_id = keep(&x->kept, ev->place_id, rc);
        ev->place_name = keep(&x->kept, ev->place_name, rc);
        for (size_t a = 0; a < ev->nactors; a++) {
            ev->actor_id[a] = keep(&x->kept, ev->actor_id[a], rc);
            ev->actor_name[a] = keep(&x->kept, ev->actor_name[a], rc);
        }
    }
}

static void fix_kept(struct ev_doc *x)
{
    const rbuf *b = &x->kept;
    for (size_t i = 0; i < x->nquotes; i++) {
        x->quotes[i].speaker_id = rbuf_at(b, x->quotes[i].speaker_id);
        x->quotes[i].speaker_name = rbuf_at(b, x->quotes[i].speaker_name);
    }
    for (size_t i = 0; i < x->nevents; i++) {
        rasd_event *ev = &x->events[i];
        ev->type = rbuf_at(b, ev->type);
        ev->cameo = rbuf_at(b, ev->cameo);
        ev->place_id = rbuf_at(b, ev->place_id);
        ev->place_name = rbuf_at(b, ev->place_name);
        for (size_t a = 0; a < ev->nactors; a++) {
            ev->actor_id[a] = rbuf_at(b, ev->actor_id[a]);
            ev->actor_name[a] = rbuf_at(b, ev->actor_name[a]);
        }
    }
}

rasd_status ev_doc_restore(rasd_doc *doc, const rasd_date *dates, size_t nd,
                           const rasd_quote *quotes, size_t nq, const rasd_event *events,
                           size_t ne)
{
    rasd_status rc = RASD_OK;
    struct ev_doc *x = EV_DOC(doc);
    if (!x && !(x = *doc_slot(doc, &ev_stage) = calloc(1, sizeof *x)))
        return RASD_ENOMEM;
    x->dates = grow_array(x->dates, &x->dates_cap, nd + 1, sizeof *x->dates, &rc);
    x->quotes = grow_array(x->quotes, &x->quotes_cap, nq + 1, sizeof *x->quotes, &rc);
    x->events = grow_array(x->events, &x->events_cap, ne + 1, sizeof *x->events, &rc);
    x->ndates = x->nquotes = x->nevents = 0;
    if (rc)
        return rc;
    if (nd)                    /* memcpy wants a pointer even for no bytes */
        memcpy(x->dates, dates, nd * sizeof *dates);
    if (nq)
        memcpy(x->quotes, quotes, nq * sizeof *quotes);
    if (ne)
        memcpy(x->events, events, ne * sizeof *events);
    x->ndates = nd, x->nquotes = nq, x->nevents = ne;
    x->kept.n = 0;
    keep_quotes(x, &rc);
    keep_events(x, &rc);
    if (rc) {
        x->ndates = x->nquotes = x->nevents = 0;
        return rc;
    }
    fix_kept(x);
    return RASD_OK;
}

/* ---------------------------------------------------------------- the stage */

static rasd_status ev_run(const rasd_engine *e, rasd_doc *d, const char *published)
{
    return rasd_extract(e, d, published);
}

static void ev_reset(void *doc_state)
{
    ev_doc_reset(doc_state);
}

static void ev_free(void *doc_state)
{
    ev_doc_free(doc_state);
}

static void ev_json(const rasd_doc *d, rbuf *b, rasd_status *rc)
{
    ev_dates_json(d, b, rc);
    ev_quotes_json(d, b, rc);
    ev_events_json(d, b, rc);
}

/* Dates, quotes and events as a stage of the pipeline (core/stage.h). Quotes' speakers and
 * events' actors are the named entities when that stage ran; without it they have none. */
const doc_stage ev_stage = {
    .name = "events",
    .bit = RASD_STAGE_EVENTS,
    .needs = 0,
    .json_flag = RASD_JSON_EVENTS,
    .load = ev_engine_load,
    .unload = ev_engine_free,
    .run = ev_run,
    .reset = ev_reset,
    .free_doc = ev_free,
    .json = ev_json,
};
