/* meta.c — what a page says of itself: <title>, <html lang>, <meta> (OpenGraph, article:,
 * Dublin Core, Parse.ly, itemprop), <link rel=canonical>, JSON-LD (NewsArticle and the other
 * Article types, also inside @graph or an array), then, for what metadata lacks, the page's
 * own <time> elements and bylines (elements whose class, id, rel or itemprop names the
 * author or the date). The first value found for a field is kept, metadata before page. */
#include "html/html.h"

#include <ctype.h>
#include <json.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

enum { DEPTH_MAX = 512 };

/* Pseudo-pointers from rbuf_keep while the buffer grows (rbuf_at turns them into pointers). */
static void keep(html_meta *m, const char **field, const char *s, size_t n, rasd_status *rc)
{
    if (*field || !s)
        return;
    s = html_trim(s, &n);
    if (n == 0 || n > 1 << 20)
        return;
    *field = rbuf_keep(&m->str, s, n, rc);
}

static void keep_str(html_meta *m, const char **field, const char *s, rasd_status *rc)
{
    if (s)
        keep(m, field, s, strlen(s), rc);
}

static void keep_text(html_meta *m, const char **field, const GumboNode *n, size_t max,
                      rasd_status *rc)
{
    rbuf t = {0};
    if (*field)
        return;
    html_node_text(n, &t, rc);
    if (!*rc && t.n && t.n <= max)
        keep(m, field, t.p, t.n, rc);
    rbuf_free(&t);
}

/* ---------------------------------------------------------------- <meta> */

static int is_url(const char *s)
{
    return strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0 || s[0] == '/';
}

static void meta_tag(const GumboNode *n, html_meta *m, rasd_status *rc)
{
    const char *key = html_attr(n, "property"), *val = html_attr(n, "content");
    if (!key)
        key = html_attr(n, "name");
    if (!key)
        key = html_attr(n, "itemprop");
    if (!key)
        key = html_attr(n, "http-equiv");
    if (!key || !val)
        return;
    if (strcasecmp(key, "og:title") == 0 || strcasecmp(key, "twitter:title") == 0)
        keep_str(m, &m->og_title, val, rc);
    else if (strcasecmp(key, "og:site_name") == 0 || strcasecmp(key, "application-name") == 0)
        keep_str(m, &m->site, val, rc);
    else if (strcasecmp(key, "og:url") == 0)
        keep_str(m, &m->url, val, rc);
    else if (strcasecmp(key, "content-language") == 0 || strcasecmp(key, "og:locale") == 0 ||
             strcasecmp(key, "language") == 0 || strcasecmp(key, "dc.language") == 0)
        keep_str(m, &m->lang, val, rc);
    else if ((strcasecmp(key, "author") == 0 || strcasecmp(key, "article:author") == 0 ||
              strcasecmp(key, "dc.creator") == 0 || strcasecmp(key, "byl") == 0 ||
              strcasecmp(key, "parsely-author") == 0 || strcasecmp(key, "sailthru.author") == 0) &&
             !is_url(val))
        keep_str(m, &m->author, val, rc);
    else if (strcasecmp(key, "article:published_time") == 0 ||
             strcasecmp(key, "og:article:published_time") == 0 ||
             strcasecmp(key, "datePublished") == 0 || strcasecmp(key, "date") == 0 ||
             strcasecmp(key, "pubdate") == 0 || strcasecmp(key, "publishdate") == 0 ||
             strcasecmp(key, "publish-date") == 0 || strcasecmp(key, "publish_date") == 0 ||
             strcasecmp(key, "dc.date") == 0 || strcasecmp(key, "dc.date.issued") == 0 ||
             strcasecmp(key, "dcterms.created") == 0 || strcasecmp(key, "sailthru.date") == 0 ||
             strcasecmp(key, "parsely-pub-date") == 0 || strcasecmp(key, "article.published") == 0 ||
             strcasecmp(key, "originalpublicationdate") == 0)
        keep_str(m, &m->published, val, rc);
}

/* -------------------------------------------------------------- JSON-LD */

static const char *jstr(json_object *o, const char *key)
{
    json_object *v;
    if (!json_object_object_get_ex(o, key, &v))
        return NULL;
    if (json_object_is_type(v, json_type_array) && json_object_array_length(v) > 0)
        v = json_object_array_get_idx(v, 0);
    if (json_object_is_type(v, json_type_object)) {
        json_object *name;
        if (!json_object_object_get_ex(v, "name", &name))
            return NULL;
        v = name;
    }
    return json_object_is_type(v, json_type_string) ? json_object_get_string(v) : NULL;
}

static int article_type(json_object *o)
{
    json_object *t;
    if (!json_object_object_get_ex(o, "@type", &t))
        return 0;
    if (json_object_is_type(t, json_type_array)) {
        for (size_t i = 0; i < json_object_array_length(t); i++) {
            json_object *x = json_object_array_get_idx(t, i);
            if (json_object_is_type(x, json_type_string) &&
                strstr(json_object_get_string(x), "Article"))
                return 1;
        }
        return 0;
    }
    const char *s = json_object_is_type(t, json_type_string) ? json_object_get_string(t) : "";
    return strstr(s, "Article") || strcmp(s, "BlogPosting") == 0 || strcmp(s, "Report") == 0;
}

static void ld_object(json_object *o, html_meta *m, int depth, rasd_status *rc)
{
    json_object *v;
    if (depth > 8)
        return;
    if (json_object_is_type(o, json_type_array)) {
        for (size_t i = 0; i < json_object_array_length(o); i++)
            ld_object(json_object_array_get_idx(o, i), m, depth + 1, rc);
        return;
    }
    if (!json_object_is_type(o, json_type_object))
        return;
    if (json_object_object_get_ex(o, "@graph", &v))
        ld_object(v, m, depth + 1, rc);
    if (!article_type(o))
        return;
    keep_str(m, &m->headline, jstr(o, "headline"), rc);
    keep_str(m, &m->published, jstr(o, "datePublished"), rc);
    const char *author = jstr(o, "author");
    if (author && !is_url(author))
        keep_str(m, &m->author, author, rc);
    if (json_object_object_get_ex(o, "publisher", &v) && json_object_is_type(v, json_type_object))
        keep_str(m, &m->site, jstr(v, "name") ? jstr(v, "name") : NULL, rc);
}

static void ld_script(const GumboNode *n, html_meta *m, rasd_status *rc)
{
    const GumboVector *ch = &n->v.element.children;
    for (unsigned i = 0; i < ch->length; i++) {
        const GumboNode *t = ch->data[i];
        if (t->type != GUMBO_NODE_TEXT && t->type != GUMBO_NODE_CDATA)
            continue;
        json_object *o = json_tokener_parse(t->v.text.text);
        if (o) {
            ld_object(o, m, 0, rc);
            json_object_put(o);
        }
    }
}

/* ------------------------------------------------------------- the page */

/* class, id, itemprop and rel of n, lower-cased into buf (cap bytes). */
static void naming(const GumboNode *n, char *buf, size_t cap)
{
    const char *a[4] = {html_attr(n, "class"), html_attr(n, "id"), html_attr(n, "itemprop"),
                        html_attr(n, "rel")};
    size_t k = 0;
    for (int i = 0; i < 4; i++)
        for (const char *p = a[i]; p && *p && k + 2 < cap; p++)
            buf[k++] = (char)tolower((unsigned char)*p);
    buf[k] = 0;
}

static void element(const GumboNode *n, html_meta *m, rasd_status *rc)
{
    const GumboElement *el = &n->v.element;
    switch (el->tag) {
    case GUMBO_TAG_HTML:
        keep_str(m, &m->lang, html_attr(n, "lang"), rc);
        keep_str(m, &m->lang, html_attr(n, "xml:lang"), rc);
        return;
    case GUMBO_TAG_TITLE:
        keep_text(m, &m->title, n, 4096, rc);
        return;
    case GUMBO_TAG_META:
        meta_tag(n, m, rc);
        return;
    case GUMBO_TAG_LINK: {
        const char *rel = html_attr(n, "rel");
        if (rel && strcasecmp(rel, "canonical") == 0)
            keep_str(m, &m->canonical, html_attr(n, "href"), rc);
        return;
    }
    case GUMBO_TAG_SCRIPT: {
        const char *type = html_attr(n, "type");
        if (type && strcasecmp(type, "application/ld+json") == 0)
            ld_script(n, m, rc);
        return;
    }
    case GUMBO_TAG_H1:
        keep_text(m, &m->h1, n, 1000, rc);
        return;
    case GUMBO_TAG_TIME:
        keep_str(m, &m->page_date, html_attr(n, "datetime"), rc);
        keep_text(m, &m->byline_date, n, 200, rc);
        return;
    default:
        break;
    }
    if (m->page_author && m->byline_date)
        return;
    char names[512];
    naming(n, names, sizeof names);
    if (!names[0])
        return;
    if (strstr(names, "author") || strstr(names, "byline") || strstr(names, "writer"))
        keep_text(m, &m->page_author, n, 120, rc);
    if (strstr(names, "date") || strstr(names, "publish") || strstr(names, "time"))
        keep_text(m, &m->byline_date, n, 200, rc);
}

void html_meta_read(const GumboNode *root, html_meta *m, rasd_status *rc)
{
    const GumboNode *stack[DEPTH_MAX];
    unsigned idx[DEPTH_MAX];
    size_t top = 0;
    stack[0] = root;
    idx[0] = 0;
    if (root->type == GUMBO_NODE_ELEMENT)
        element(root, m, rc);
    while (!*rc) {
        const GumboNode *n = stack[top];
        const GumboVector *ch = &n->v.element.children;
        if (idx[top] >= ch->length) {
            if (top == 0)
                break;
            top--;
            continue;
        }
        const GumboNode *c = ch->data[idx[top]++];
        if (c->type != GUMBO_NODE_ELEMENT && c->type != GUMBO_NODE_TEMPLATE)
            continue;
        element(c, m, rc);
        if (top + 1 < DEPTH_MAX && c->v.element.tag != GUMBO_TAG_SCRIPT &&
            c->v.element.tag != GUMBO_TAG_STYLE) {
            stack[++top] = c;
            idx[top] = 0;
        }
    }
    const char **f[] = {&m->title, &m->og_title, &m->headline, &m->site, &m->url, &m->lang,
                        &m->author, &m->published, &m->byline_date, &m->page_date,
                        &m->page_author, &m->h1, &m->canonical};
    for (size_t i = 0; i < sizeof f / sizeof *f; i++)
        *f[i] = *rc ? NULL : rbuf_at(&m->str, *f[i]);
    if (m->canonical)       /* the page's own say on its address, before OpenGraph's */
        m->url = m->canonical;
}
