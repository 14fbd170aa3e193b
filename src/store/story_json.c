/* story_json.c — a story as one JSON object (the contract of docs/STORIES.md): the one
 * serializer of `rasd stories --json`, `rasd story --json` and the server's /api/stories. */
#include "core/internal.h"

#include <stdlib.h>
#include <string.h>

/* A string or null. */
static void str_or_null(rbuf *b, const char *s, rasd_status *rc)
{
    if (s)
        json_str(b, s, strlen(s), rc);
    else
        rbuf_adds(b, "null", rc);
}

static void key_str(rbuf *b, const char *key, const char *s, rasd_status *rc)
{
    rbuf_adds(b, key, rc);
    str_or_null(b, s, rc);
}

static void strings(rbuf *b, const char *key, const char *const *v, size_t n, rasd_status *rc)
{
    rbuf_adds(b, key, rc);
    rbuf_addc(b, '[', rc);
    for (size_t i = 0; i < n; i++) {
        if (i)
            rbuf_addc(b, ',', rc);
        str_or_null(b, v[i], rc);
    }
    rbuf_addc(b, ']', rc);
}

static void span(rbuf *b, const rasd_story_span *sp, int dated, rasd_status *rc)
{
    rbuf_addc(b, '{', rc);
    if (dated) {
        key_str(b, "\"date\":", sp->date, rc);
        rbuf_addc(b, ',', rc);
    }
    key_str(b, "\"article\":", sp->article, rc);
    rbuf_adds(b, ",\"start\":", rc);
    json_uint(b, sp->start, rc);
    rbuf_adds(b, ",\"end\":", rc);
    json_uint(b, sp->end, rc);
    key_str(b, ",\"text\":", sp->text, rc);
    rbuf_addc(b, '}', rc);
}

static void entities(rbuf *b, const rasd_story *st, rasd_status *rc)
{
    rbuf_adds(b, ",\"entities\":[", rc);
    for (size_t i = 0; i < st->nentities; i++) {
        const rasd_story_entity *e = &st->entities[i];
        key_str(b, i ? ",{\"id\":" : "{\"id\":", e->id, rc);
        key_str(b, ",\"name\":", e->name, rc);
        key_str(b, ",\"type\":", e->type, rc);
        rbuf_adds(b, ",\"mentions\":", rc);
        json_uint(b, e->mentions > 0 ? (uint64_t)e->mentions : 0, rc);
        rbuf_addc(b, '}', rc);
    }
    rbuf_addc(b, ']', rc);
}

static void spans(rbuf *b, const char *key, const rasd_story_span *v, size_t n, int dated,
                  rasd_status *rc)
{
    rbuf_adds(b, key, rc);
    rbuf_addc(b, '[', rc);
    for (size_t i = 0; i < n; i++) {
        if (i)
            rbuf_addc(b, ',', rc);
        span(b, &v[i], dated, rc);
    }
    rbuf_addc(b, ']', rc);
}

static void outlets(rbuf *b, const rasd_story *st, rasd_status *rc)
{
    rbuf_adds(b, ",\"outlets\":[", rc);
    for (size_t i = 0; i < st->nsources; i++) {
        key_str(b, i ? ",{\"source\":" : "{\"source\":", st->outlets[i].source, rc);
        key_str(b, ",\"first\":", st->outlets[i].first, rc);
        key_str(b, ",\"article\":", st->outlets[i].article, rc);
        rbuf_addc(b, '}', rc);
    }
    rbuf_addc(b, ']', rc);
}

rasd_status rasd_story_json(const rasd_story *st, char **json)
{
    rbuf b = {0};
    rasd_status rc = RASD_OK;
    if (!st || !json)
        return RASD_EINVAL;
    *json = NULL;
    rbuf_adds(&b, "{\"id\":", &rc);
    json_uint(&b, st->id > 0 ? (uint64_t)st->id : 0, &rc);
    rbuf_adds(&b, ",\"thread\":", &rc);
    json_uint(&b, st->thread > 0 ? (uint64_t)st->thread : 0, &rc);
    key_str(&b, ",\"title\":", st->title, &rc);
    rbuf_adds(&b, ",\"size\":", &rc);
    json_uint(&b, st->size, &rc);
    strings(&b, ",\"articles\":", st->articles, st->size, &rc);
    strings(&b, ",\"sources\":", st->sources, st->nsources, &rc);
    key_str(&b, ",\"first\":", st->first, &rc);
    key_str(&b, ",\"last\":", st->last, &rc);
    entities(&b, st, &rc);
    spans(&b, ",\"summary\":", st->summary, st->nsummary, 0, &rc);
    spans(&b, ",\"timeline\":", st->timeline, st->ntimeline, 1, &rc);
    outlets(&b, st, &rc);
    rbuf_addc(&b, '}', &rc);
    rbuf_addc(&b, 0, &rc);
    if (rc) {
        rbuf_free(&b);
        return rc;
    }
    *json = b.p;
    return RASD_OK;
}
