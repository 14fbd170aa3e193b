/* extract.c — the main text of a page: what is left of the page once the menus, teasers,
 * comments, share bars and footers are gone.
 *
 * The scheme is Readability's, on rasd's own walk of gumbo's tree:
 *   1. One walk cuts the page into blocks, each a run of text between two block-level
 *      boundaries, with its owner (the innermost block-level element), its length in code
 *      points, the part of it inside links and its commas (Latin and Arabic). Markup that
 *      never holds the body is not entered: scripts, styles, forms' controls, hidden
 *      elements, navigation, asides, and elements whose class or id names boilerplate
 *      (comment, share, related, sidebar, footer, …) without also naming content.
 *   2. Text density: each block of at least 25 code points that is not mostly links gives
 *      its paragraph's container 1 + commas + min(length / 100, 3) points, half of that to
 *      the next ancestor and a third of it per level further up, to 5 levels; a container
 *      starts from its tag (div +5, lists and headings −3/−5) and its class and id
 *      (article, content, story … +25; comment, share, promo … −25), and the page's own
 *      metadata (itemprop=articleBody +40, <article> +15).
 *   3. Link density: a container's points are multiplied by 1 − (its link text / its text).
 *   4. DOM position: the best container wins; its siblings join when their points reach a
 *      fifth of its own (at least 10), or when they are paragraphs of prose without links.
 *   5. The blocks inside the chosen containers are the text, less those that are mostly
 *      links and a heading that repeats the title. When that leaves under 250 code points
 *      the walk is done again without removing the elements named as boilerplate.
 */
#include "html/html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { DEPTH_MAX = 400, MIN_PARA = 25, LEVELS = 5, FALLBACK_CHARS = 250, FORGIVE_CHARS = 500 };
#define TIGHT 0.8

typedef struct xel {
    const GumboNode *node;
    int32_t parent;               /* index into els, -1 at the root */
    uint32_t chars, link_chars;   /* of the blocks of its whole subtree */
    uint32_t prose;               /* link-free code points of its paragraphs */
    float score;
    uint8_t scored, selected;
    uint8_t unlikely;             /* named as boilerplate (while x->strip) */
    uint8_t dead;                 /* it or an ancestor removed as boilerplate */
} xel;

typedef struct xblock {
    uint32_t off, len;            /* its text in ctx.text */
    uint32_t chars, link_chars, commas;
    int32_t el;                   /* owner */
    uint8_t heading;
} xblock;

typedef struct xctx {
    xel *els;
    size_t nels, els_cap;
    xblock *blocks;
    size_t nblocks, blocks_cap;
    rbuf text;
    size_t cur_off;               /* start of the open block in text */
    uint32_t cur_chars, cur_link, cur_commas;
    int anchors;                  /* <a> elements open */
    int space;                    /* a space is due before the next word */
    int strip;                    /* remove elements named as boilerplate */
} xctx;

/* ------------------------------------------------------------ elements */

static int block_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_HTML: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_MENU:
    case GUMBO_TAG_UNKNOWN:          /* custom elements (<ps-promo>) are containers */
        return 1;
    default:
        return 0;
    }
}

/* A paragraph-like element: its container is its parent. */
static int para_tag(GumboTag t)
{
    return t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_BLOCKQUOTE ||
           t == GUMBO_TAG_LI || t == GUMBO_TAG_DD || t == GUMBO_TAG_DT ||
           (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) || t == GUMBO_TAG_ADDRESS;
}

static int heading_tag(GumboTag t)
{
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

/* Never part of a body. */
static int junk_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_TITLE:
        return 1;
    default:
        return 0;
    }
}

/* Words of class and id that name boilerplate, and those that name content
 * (Readability's lists, with rasd's additions for news sites). */
static const char *const unlikely[] = {
    "-ad-", "ad-break", "agegate", "banner", "breadcrumb", "combx", "comment", "community",
    "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
    "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
    "supplemental", "pagination", "popup", "share", "newsletter", "subscribe",
    "cookie", "promo", "recommend", "most-read", "mostread", "trending", "outbrain", "taboola",
    "navbar", "masthead", "signup", "paywall", "author-bio", "tags",
    "caption", "credit", "byline", "dateline", "timestamp", "advert", "trending", "sr-only",
    "visually-hidden", "rollover", "image", "photo",
};
static const char *const maybe[] = {"and", "article", "body", "column", "content", "main",
                                    "shadow", "story", "text", "entry", "post"};
static const char *const negative[] = {
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "masthead",
    "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
    "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "caption",
    "byline", "author", "social", "subscribe", "newsletter", "teaser", "recommend",
};
static const char *const positive[] = {"article", "body", "content", "entry", "hentry",
                                       "h-entry", "main", "page", "post", "text", "blog",
                                       "story", "paragraph", "prose"};

/* Whether s, lower-cased, contains one of words (lower-case). */
static int any_of(const char *s, const char *const *words, size_t n)
{
    char low[512];
    size_t k = 0;
    for (; s[k] && k < sizeof low - 1; k++)
        low[k] = (char)((s[k] >= 'A' && s[k] <= 'Z') ? s[k] + 32 : s[k]);
    low[k] = 0;
    for (size_t i = 0; i < n; i++)
        if (strstr(low, words[i]))
            return 1;
    return 0;
}
#define ANY(s, list) any_of(s, list, sizeof list / sizeof *list)

static int hidden(const GumboNode *n)
{
    const char *style = html_attr(n, "style"), *aria = html_attr(n, "aria-hidden");
    if (html_attr(n, "hidden") || (aria && strcmp(aria, "true") == 0 &&
                                   n->v.element.tag != GUMBO_TAG_P))
        return 1;
    if (!style)
        return 0;
    char buf[256];
    size_t k = 0;
    for (const char *p = style; *p && k + 1 < sizeof buf; p++)
        if (*p != ' ')
            buf[k++] = *p;
    buf[k] = 0;
    return html_icontains(buf, "display:none") || html_icontains(buf, "visibility:hidden");
}

static int unlikely_el(const GumboNode *n)
{
    GumboTag t = n->v.element.tag;
    const char *role = html_attr(n, "role");
    if (role && (strcmp(role, "navigation") == 0 || strcmp(role, "complementary") == 0 ||
                 strcmp(role, "menu") == 0 || strcmp(role, "menubar") == 0 ||
                 strcmp(role, "alert") == 0 || strcmp(role, "dialog") == 0 ||
                 strcmp(role, "contentinfo") == 0 || strcmp(role, "banner") == 0))
        return 1;
    if (t == GUMBO_TAG_NAV || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FOOTER ||
        t == GUMBO_TAG_HEADER || t == GUMBO_TAG_FIGCAPTION || t == GUMBO_TAG_FIGURE)
        return 1;
    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_A ||
        t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN)
        return 0;
    const char *c = html_attr(n, "class"), *id = html_attr(n, "id");
    if (!c && !id)
        return 0;
    const char *ip = html_attr(n, "itemprop");
    if (ip && html_icontains(ip, "articleBody"))
        return 0;
    /* each attribute on its own: an id "ArticleBody-InlineImage-7" names content only in
     * part, and a class "InlineImage-credit" boilerplate only */
    return (c && ANY(c, unlikely) && !ANY(c, maybe)) || (id && ANY(id, unlikely) && !ANY(id, maybe));
}

static float class_weight(const GumboNode *n)
{
    float w = 0;
    const char *attrs[2] = {html_attr(n, "class"), html_attr(n, "id")};
    for (int i = 0; i < 2; i++) {
        if (!attrs[i])
            continue;
        if (ANY(attrs[i], negative))
            w -= 25;
        if (ANY(attrs[i], positive))
            w += 25;
    }
    const char *ip = html_attr(n, "itemprop");
    if (ip && html_icontains(ip, "articleBody"))
        w += 40;
    if (n->v.element.tag == GUMBO_TAG_ARTICLE)
        w += 15;
    return w;
}

static float tag_init(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN:
        return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

/* --------------------------------------------------------------- blocks */

static void flush(xctx *x, int32_t owner, rasd_status *rc)
{
    if (x->text.n > x->cur_off && x->cur_chars > 0) {
        x->blocks = grow_array(x->blocks, &x->blocks_cap, x->nblocks + 1, sizeof *x->blocks, rc);
        if (!*rc) {
            xblock *b = &x->blocks[x->nblocks++];
            b->off = (uint32_t)x->cur_off;
            b->len = (uint32_t)(x->text.n - x->cur_off);
            b->chars = x->cur_chars;
            b->link_chars = x->cur_link;
            b->commas = x->cur_commas;
            b->el = owner;
            b->heading = owner >= 0 && heading_tag(x->els[owner].node->v.element.tag);
        }
    }
    x->cur_off = x->text.n;
    x->cur_chars = x->cur_link = x->cur_commas = 0;
    x->space = 0;
}

static int is_space(const unsigned char *s, size_t n, size_t *k)
{
    if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f') {
        *k = 1;
        return 1;
    }
    if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0) {
        *k = 2;
        return 1;
    }
    return 0;
}

static void add_text(xctx *x, const char *s, rasd_status *rc)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s), i = 0;
    while (i < n && !*rc) {
        size_t k;
        if (is_space(p + i, n - i, &k)) {
            x->space = x->text.n > x->cur_off;
            i += k;
            continue;
        }
        size_t j = i;
        while (j < n && !is_space(p + j, n - j, &k)) {
            if ((p[j] & 0xC0) != 0x80) {
                x->cur_chars++;
                x->cur_link += x->anchors > 0;
            }
            x->cur_commas += p[j] == ',' || (p[j] == 0xD8 && j + 1 < n && p[j + 1] == 0x8C);
            j++;
        }
        if (x->space)
            rbuf_addc(&x->text, ' ', rc);
        rbuf_add(&x->text, s + i, j - i, rc);
        x->space = 0;
        i = j;
    }
}

/* ----------------------------------------------------------------- walk */

typedef struct frame {
    const GumboNode *node;
    unsigned next;
    int32_t owner;      /* the owner of text to be read in this element */
    uint8_t block, anchor;
} frame;

static int32_t new_el(xctx *x, const GumboNode *n, int32_t parent, rasd_status *rc)
{
    x->els = grow_array(x->els, &x->els_cap, x->nels + 1, sizeof *x->els, rc);
    if (*rc)
        return -1;
    xel *e = &x->els[x->nels];
    memset(e, 0, sizeof *e);
    e->node = n;
    e->parent = parent;
    return (int32_t)x->nels++;
}

/* 0: not entered; 1: entered; 2: entered, but named as boilerplate (a block element: it is
 * removed after the walk unless it holds most of the page's prose; an inline one is never
 * entered). */
static int enter_ok(const xctx *x, const GumboNode *c)
{
    if (c->type != GUMBO_NODE_ELEMENT)
        return 0;
    GumboTag t = c->v.element.tag;
    if (junk_tag(t) || hidden(c))
        return 0;
    if (!x->strip || !unlikely_el(c))
        return 1;
    return block_tag(t) ? 2 : 0;
}

static void walk(xctx *x, const GumboNode *root, rasd_status *rc)
{
    frame st[DEPTH_MAX];
    size_t top = 0;
    st[0] = (frame){root, 0, new_el(x, root, -1, rc), 1, 0};
    while (!*rc) {
        frame *f = &st[top];
        const GumboVector *ch = &f->node->v.element.children;
        if (f->next >= ch->length) {
            if (f->block)
                flush(x, f->owner, rc);
            x->anchors -= f->anchor;
            if (top == 0)
                break;
            top--;
            if (f->block)
                x->space = 0;
            continue;
        }
        const GumboNode *c = ch->data[f->next++];
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE ||
            c->type == GUMBO_NODE_CDATA) {
            add_text(x, c->v.text.text, rc);
            continue;
        }
        int ok = enter_ok(x, c);
        if (!ok || top + 1 >= DEPTH_MAX)
            continue;
        GumboTag t = c->v.element.tag;
        if (t == GUMBO_TAG_BR) {
            x->space = 1;
            continue;
        }
        int blk = block_tag(t);
        int32_t owner = f->owner;
        if (blk) {
            flush(x, f->owner, rc);
            owner = new_el(x, c, f->owner, rc);
            if (owner >= 0)
                x->els[owner].unlikely = ok == 2;
        }
        st[++top] = (frame){c, 0, owner, (uint8_t)blk, t == GUMBO_TAG_A};
        x->anchors += t == GUMBO_TAG_A;
    }
}

/* -------------------------------------------------------------- scoring */

static void init_el(xel *e)
{
    if (!e->scored) {
        e->scored = 1;
        e->score = tag_init(e->node->v.element.tag) + class_weight(e->node);
    }
}

/* A block of prose: long enough, not mostly links. */
static int prose(const xblock *bl)
{
    return bl->chars >= MIN_PARA && bl->link_chars * 2 <= bl->chars;
}

static uint32_t mark_dead(xctx *x)
{
    uint32_t live = 0;
    for (size_t i = 0; i < x->nels; i++) {
        xel *e = &x->els[i];
        e->dead = (e->parent >= 0 && x->els[e->parent].dead) || e->unlikely;
    }
    for (size_t b = 0; b < x->nblocks; b++)
        if (prose(&x->blocks[b]) && !x->els[x->blocks[b].el].dead)
            live += x->blocks[b].chars - x->blocks[b].link_chars;
    return live;
}

/* Elements named as boilerplate go, with their subtrees. Should that leave under 500 code
 * points of prose, a name was wrong (a page whose every wrapper is a "Page-header", say):
 * the removed element with the most prose is kept after all, and again, at most 8 times. */
static void remove_unlikely(xctx *x)
{
    for (size_t b = 0; b < x->nblocks; b++)
        if (prose(&x->blocks[b]))
            x->els[x->blocks[b].el].prose += x->blocks[b].chars - x->blocks[b].link_chars;
    for (size_t i = x->nels; i-- > 1;)          /* subtree sums: parents come first */
        if (x->els[i].parent >= 0)
            x->els[x->els[i].parent].prose += x->els[i].prose;
    for (int round = 0; round < 8 && mark_dead(x) < FORGIVE_CHARS; round++) {
        int32_t most = -1;
        for (size_t i = 0; i < x->nels; i++) {
            const xel *e = &x->els[i];
            if (e->unlikely && (e->parent < 0 || !x->els[e->parent].dead) &&
                (most < 0 || e->prose > x->els[most].prose))
                most = (int32_t)i;
        }
        if (most < 0)
            break;
        x->els[most].unlikely = 0;
    }
}

static void score_blocks(xctx *x)
{
    for (size_t b = 0; b < x->nblocks; b++)
        if (x->blocks[b].el >= 0 && !x->els[x->blocks[b].el].dead) {
            x->els[x->blocks[b].el].chars += x->blocks[b].chars;
            x->els[x->blocks[b].el].link_chars += x->blocks[b].link_chars;
        }
    for (size_t i = x->nels; i-- > 1;) {        /* subtree sums: parents come first */
        xel *e = &x->els[i];
        if (e->parent >= 0) {
            x->els[e->parent].chars += e->chars;
            x->els[e->parent].link_chars += e->link_chars;
        }
    }
    for (size_t b = 0; b < x->nblocks; b++) {
        const xblock *bl = &x->blocks[b];
        if (!prose(bl) || x->els[bl->el].dead)
            continue;
        float s = 1.0f + (float)bl->commas + (float)(bl->chars / 100 < 3 ? bl->chars / 100 : 3);
        int32_t at = bl->el;
        if (at >= 0 && para_tag(x->els[at].node->v.element.tag))
            at = x->els[at].parent;
        for (int level = 0; at >= 0 && level < LEVELS; level++, at = x->els[at].parent) {
            init_el(&x->els[at]);
            x->els[at].score += s / (level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3);
        }
    }
}

static float link_density(const xel *e)
{
    return e->chars ? (float)e->link_chars / (float)e->chars : 0;
}

static int32_t best(xctx *x)
{
    int32_t top = -1;
    for (size_t i = 0; i < x->nels; i++) {
        xel *e = &x->els[i];
        if (!e->scored || e->dead)
            continue;
        e->score *= 1 - link_density(e);
        if (top < 0 || e->score > x->els[top].score)
            top = (int32_t)i;
    }
    return top;
}

static int descends(const xctx *x, size_t i, int32_t anc)
{
    for (int32_t e = x->els[i].parent; e >= 0; e = x->els[e].parent)
        if (e == anc)
            return 1;
    return 0;
}

/* DOM position: a winner that holds a scored container with most of its prose is too wide
 * (a page wrapper lifted by a class name such as "page"): the tightest such container
 * wins instead. Elements are in document order, so top's subtree is the run after it. */
static int32_t tighten(const xctx *x, int32_t top)
{
    const xel *t = &x->els[top];
    uint32_t need = (uint32_t)((t->chars - t->link_chars) * TIGHT);
    int32_t best_el = top;
    for (size_t i = (size_t)top + 1; i < x->nels && descends(x, i, top); i++) {
        const xel *d = &x->els[i];
        if (d->scored && d->score > 0 && d->chars - d->link_chars >= need &&
            d->chars < x->els[best_el].chars)
            best_el = (int32_t)i;
    }
    return best_el;
}

static int same_class(const GumboNode *a, const GumboNode *b)
{
    const char *ca = html_attr(a, "class"), *cb = html_attr(b, "class");
    return ca && cb && *ca && strcmp(ca, cb) == 0;
}

/* Text of the blocks owned by e alone ends a sentence. */
static int ends_sentence(const xctx *x, int32_t e)
{
    for (size_t b = x->nblocks; b-- > 0;)
        if (x->blocks[b].el == e) {
            const char *s = x->text.p + x->blocks[b].off;
            size_t n = x->blocks[b].len;
            return n && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?' ||
                         (n >= 2 && (unsigned char)s[n - 2] == 0xD8 && (unsigned char)s[n - 1] == 0x9F));
        }
    return 0;
}

static void select_siblings(xctx *x, int32_t top)
{
    xel *t = &x->els[top];
    float threshold = t->score * 0.2f > 10 ? t->score * 0.2f : 10;
    int32_t parent = t->parent;
    t->selected = 1;
    if (parent < 0)
        return;
    for (size_t i = (size_t)parent + 1; i < x->nels; i++) {
        xel *s = &x->els[i];
        if (s->parent != parent || (int32_t)i == top)
            continue;
        float bonus = same_class(s->node, t->node) ? t->score * 0.2f : 0;
        float ld = link_density(s);
        if (s->scored && s->score + bonus >= threshold)
            s->selected = 1;
        else if (s->node->v.element.tag == GUMBO_TAG_P) {
            if ((s->chars > 80 && ld < 0.25f) ||
                (s->chars > 0 && s->chars <= 80 && ld == 0 && ends_sentence(x, (int32_t)i)))
                s->selected = 1;
        }
    }
}

/* ----------------------------------------------------------------- text */

static int inside_selected(const xctx *x, int32_t e)
{
    if (e < 0 || x->els[e].dead)
        return 0;
    for (int guard = 0; e >= 0 && guard < DEPTH_MAX; guard++, e = x->els[e].parent)
        if (x->els[e].selected)
            return 1;
    return 0;
}

static int same_text(const char *a, size_t an, const char *b)
{
    size_t bn = b ? strlen(b) : 0;
    return bn && an == bn && strncasecmp(a, b, an) == 0;
}

static size_t write_text(const xctx *x, const char *title, rbuf *out, rasd_status *rc)
{
    size_t chars = 0;
    out->n = 0;
    for (size_t b = 0; b < x->nblocks; b++) {
        const xblock *bl = &x->blocks[b];
        const char *s = x->text.p + bl->off;
        if (!inside_selected(x, bl->el))
            continue;
        if (bl->link_chars * 10 > bl->chars * 7)
            continue;
        if (bl->heading && same_text(s, bl->len, title))
            continue;
        if (out->n)
            rbuf_addc(out, '\n', rc);
        rbuf_add(out, s, bl->len, rc);
        chars += bl->chars;
    }
    return chars;
}

static void reset(xctx *x)
{
    x->nels = x->nblocks = 0;
    x->text.n = x->cur_off = 0;
    x->cur_chars = x->cur_link = x->cur_commas = 0;
    x->anchors = x->space = 0;
}

static size_t run(xctx *x, const GumboNode *root, const char *title, rbuf *out, rasd_status *rc)
{
    reset(x);
    walk(x, root, rc);
    if (*rc)
        return 0;
    remove_unlikely(x);
    score_blocks(x);
    int32_t top = best(x);
    out->n = 0;
    if (top < 0)
        return 0;
    top = tighten(x, top);
    select_siblings(x, top);
    return write_text(x, title, out, rc);
}

void html_main_text(const GumboNode *root, const char *title, rbuf *out, rasd_status *rc)
{
    xctx x;
    memset(&x, 0, sizeof x);
    x.strip = 1;
    out->n = 0;
    size_t chars = run(&x, root, title, out, rc);
    if (!*rc && chars < FALLBACK_CHARS) {
        rbuf first = {0};
        rbuf_add(&first, out->p, out->n, rc);
        x.strip = 0;
        if (run(&x, root, title, out, rc) <= chars && !*rc) {
            out->n = 0;
            rbuf_add(out, first.p, first.n, rc);
        }
        rbuf_free(&first);
    }
    rbuf_addc(out, 0, rc);
    if (!*rc)
        out->n--;
    free(x.els);
    free(x.blocks);
    rbuf_free(&x.text);
}
