/* jsonfeed.c — JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) through json-c:
 * items' url (else external_url, else an id that is a URL), title, date_published (else
 * date_modified), author (1.0) or authors (1.1), summary (else content_text, else the text
 * of content_html), id; the feed's home_page_url (else feed_url) is the base of relative
 * links. */
#include "feeds/feeds.h"

#include <json.h>
#include <stdio.h>
#include <string.h>

enum { JSON_DEPTH = 32 };

static const char *str_of(json_object *o, const char *key, size_t *n)
{
    json_object *v;
    if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
        return NULL;
    *n = (size_t)json_object_get_string_len(v);
    return json_object_get_string(v);
}

static void keep_field(feed_build *b, const char **field, json_object *o, const char *key)
{
    size_t n = 0;
    const char *s = str_of(o, key, &n);
    if (s)
        feed_keep(b, field, s, n);
}

static void keep_html(feed_build *b, const char **field, json_object *o, const char *key)
{
    size_t n = 0;
    const char *s = str_of(o, key, &n);
    rbuf plain = {0};
    if (!s || *field)
        return;
    feed_html_text(s, n, 4096, &plain, &b->rc);
    feed_keep(b, field, plain.p, plain.n);
    rbuf_free(&plain);
}

/* "author": {"name"} (1.0), or the first of "authors": [{"name"}] (1.1). */
static void author(feed_build *b, json_object *it)
{
    json_object *a;
    if (json_object_object_get_ex(it, "authors", &a) && json_object_is_type(a, json_type_array) &&
        json_object_array_length(a) > 0)
        a = json_object_array_get_idx(a, 0);
    else if (!json_object_object_get_ex(it, "author", &a))
        return;
    if (json_object_is_type(a, json_type_object))
        keep_field(b, &b->cur.author, a, "name");
}

static void item(feed_build *b, json_object *it)
{
    json_object *id;
    if (!json_object_is_type(it, json_type_object)) {
        b->skipped++;
        return;
    }
    memset(&b->cur, 0, sizeof b->cur);
    keep_field(b, &b->cur.link, it, "url");
    keep_field(b, &b->cur.link, it, "external_url");
    if (json_object_object_get_ex(it, "id", &id)) {
        const char *s = json_object_get_string(id);   /* a number becomes its text */
        if (s)
            feed_keep(b, &b->cur.guid, s, strlen(s));
    }
    b->cur.guid_link = 1;   /* an id that is an http(s) URL serves when no url is given */
    keep_html(b, &b->cur.title, it, "title");
    keep_field(b, &b->cur.published, it, "date_published");
    keep_field(b, &b->cur.updated, it, "date_modified");
    author(b, it);
    keep_html(b, &b->cur.summary, it, "summary");
    keep_html(b, &b->cur.content, it, "content_text");
    keep_html(b, &b->cur.content, it, "content_html");
    feed_item_end(b);
}

/* The line of byte offset off in data. */
static long line_at(const char *data, size_t n, size_t off)
{
    long line = 1;
    for (size_t i = 0; i < off && i < n; i++)
        line += data[i] == '\n';
    return line;
}

void feed_read_json(feed_build *b, const char *data, size_t n, const char *where)
{
    json_tokener *tok = json_tokener_new_ex(JSON_DEPTH);
    json_object *root, *items;
    if (!tok) {
        b->rc = RASD_ENOMEM;
        return;
    }
    root = json_tokener_parse_ex(tok, data, (int)n);
    if (!root) {
        enum json_tokener_error e = json_tokener_get_error(tok);
        char what[200];
        if (e == json_tokener_continue)   /* the document ended inside a value */
            e = json_tokener_error_parse_eof;
        snprintf(what, sizeof what, "malformed JSON: %s", json_tokener_error_desc(e));
        feed_error(b, where, line_at(data, n, json_tokener_get_parse_end(tok)), what);
        json_tokener_free(tok);
        return;
    }
    json_tokener_free(tok);
    if (!json_object_is_type(root, json_type_object) ||
        !json_object_object_get_ex(root, "items", &items) ||
        !json_object_is_type(items, json_type_array)) {
        feed_error(b, where, 1, "not a feed: a JSON object without an \"items\" array");
        json_object_put(root);
        return;
    }
    b->format = RASD_FEED_JSON;
    keep_field(b, &b->feed_title, root, "title");
    keep_field(b, &b->feed_link, root, "home_page_url");
    keep_field(b, &b->feed_link, root, "feed_url");
    for (size_t i = 0; i < json_object_array_length(items) && !b->rc; i++)
        item(b, json_object_array_get_idx(items, i));
    json_object_put(root);
}
