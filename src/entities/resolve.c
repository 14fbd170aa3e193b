/* resolve.c — entities of one analysed document: cut its tags (tag.c) into mentions, and
 * resolve each mention to an entity with a stable id and a canonical name:
 *   1. a mention whose words (without proclitics: وبوتين, لبوتين → بوتين) are a gazetteer
 *      name takes that entry's canonical name (aliases: اوباما/أوباما, سورية/سوريا, داعش →
 *      الدولة الإسلامية, قمة العشرين → مجموعة العشرين); a place that is a state word and a
 *      country's name takes the country's (دولة قطر → قطر, states.c);
 *   2. otherwise its key is its normalised words without proclitics, and its name the text
 *      as written without the proclitics (ال kept); a name spelt as Latin letters' names,
 *      not a person's, is keyed by its letters (acronym.c: بي.بي.سي، بي بي سي → =BBC);
 *   3. within the article a person named by one word joins a longer name that ends with
 *      that word (بوتين → فلاديمير بوتين);
 *   4. a title from the gazetteer (الرئيس الروسي) right before a person's name teaches the
 *      article who holds it; the title alone elsewhere in the article then names that
 *      person, or else the person the gazetteer gives for it.
 * The id is 16 hex digits of XXH3 over "TYPE<TAB>key", so the same entity gets the same id
 * in every article and every run. */
#include "entities/res.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* The letters tested on bytes here, in their normalised form (two bytes each), named as
 * features.c names its own. */

#define U_ALEF "\xd8\xa7"
#define U_BEH "\xd8\xa8"
#define U_TEH "\xd8\xaa"
#define U_FEH "\xd9\x81"
#define U_KAF "\xd9\x83"
#define U_LAM "\xd9\x84"
#define U_NOON "\xd9\x86"
#define U_WAW "\xd9\x88"

static int letter_is(const char *p, const char *u)
{
    return p[0] == u[0] && p[1] == u[1];
}

static int by_start(const void *a, const void *b)
{
    const struct mention *x = a, *y = b;
    return x->ts < y->ts ? -1 : x->ts > y->ts;
}


static void res_free(res_scratch *r)
{
    if (!r)
        return;
    free(r->m);
    free(r->en);
    free(r->tf);
    free(r->nu);
    rbuf_free(&r->s);
    free(r);
}

void ent_doc_free(struct ent_doc *d)
{
    if (!d)
        return;
    free(d->facts);
    free(d->tags);
    ent_cache_free(d->fc);
    free(d->ents);
    free(d->names);
    rbuf_free(&d->str);
    res_free(d->res);
    free(d);
}

/* ------------------------------------------------------------- entities */

size_t ent_raw_skip(const char *p, size_t n, size_t letters)
{
    size_t i = 0;
    while (i < n && letters) {
        int32_t cp;
        i += utf8_decode((const unsigned char *)p + i, n - i, &cp);
        letters--;
        while (i < n) {
            size_t k = utf8_decode((const unsigned char *)p + i, n - i, &cp);
            if (!((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640))
                break;
            i += k;
        }
    }
    return i;
}

size_t ent_letters(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* Whether s[0,n) is well-formed UTF-8. */
static int utf8_ok(const char *s, size_t n)
{
    int32_t cp;
    for (size_t i = 0; i < n;) {
        i += utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (cp < 0)
            return 0;
    }
    return 1;
}

int32_t res_new_entity(res_scratch *r, int type, const char *key, size_t kn, const char *name,
                          size_t nn, rasd_status *rc)
{
    if (!utf8_ok(name, nn))                /* a name cut from text with bad bytes in it: the */
        name = key, nn = kn;               /* normalised key is well-formed */
    for (size_t i = 0; i < r->nen; i++)
        if (r->en[i].type == type && r->en[i].key_len == kn &&
            (kn == 0 || memcmp(r->s.p + r->en[i].key_off, key, kn) == 0))
            return (int32_t)i;             /* an empty key (a particle alone) is one too */
    r->en = grow_array(r->en, &r->en_cap, r->nen + 1, sizeof *r->en, rc);
    if (*rc)
        return -1;
    entity *en = &r->en[r->nen];
    en->type = (uint8_t)type;
    en->redirect = -1;
    en->surname = 0;
    en->listed = NULL;
    en->listed_g = NULL;
    en->key_off = (uint32_t)r->s.n;
    en->key_len = (uint32_t)kn;
    if (kn)
        rbuf_add(&r->s, key, kn, rc);
    en->name_off = (uint32_t)r->s.n;
    en->name_len = (uint32_t)nn;
    if (nn)
        rbuf_add(&r->s, name, nn, rc);
    return *rc ? -1 : (int32_t)r->nen++;
}

/* The gazetteer entry naming exactly tokens [ts, te), of type `type` if there is one; the
 * gazetteer it is in (its strings) in *from: the engine's, or for a place its places. */
static const gaz_entry *gaz_exact(const rasd_engine *e, const rasd_doc *doc, size_t ts,
                                  size_t te, int type, const gazetteer **from)
{
    const gaz_entry *ge, *any = NULL;
    const tokfacts *f = ENT_DOC(doc)->facts + ts;
    size_t count, k = ent_gaz_at(e, doc->toks + ts, te - ts, 0, f, &ge, &count);
    *from = &ENT_ENGINE(e)->gaz;
    if (k != te - ts && type == ETYPE_LOC) {   /* an official name: جمهورية مصر العربية */
        *from = &ENT_ENGINE(e)->places;
        k = ent_gaz_at_in(*from, doc->toks + ts, te - ts, 0, f, &ge, &count);
    }
    if (k != te - ts)
        return NULL;
    for (size_t c = 0; c < count; c++) {
        if (ge[c].type == type)
            return &ge[c];
        if (ge[c].type != ETYPE_TITLE && !any)
            any = &ge[c];
    }
    return any;
}

/* A person's entity by the parts of the name (names.c): the gazetteer's for its key (سلمان
 * بن عبدالعزيز آل سعود → سلمان بن عبدالعزيز → King Salman; الملك سلمان), else the one of
 * data/aliases.tsv (محمد بن نايف → محمد بن نايف بن عبدالعزيز), else the key without
 * honorifics and family, named by the text of the given name, chain and family (with the
 * king's title when it tells who is meant: الملك عبدالعزيز). */
static int32_t person_entity(const rasd_engine *e, rasd_doc *doc, res_scratch *r, size_t ts,
                             const name_core *nc, rasd_status *rc)
{
    const gazetteer *g = &ENT_ENGINE(e)->gaz;
    const rasd_token *t = doc->toks;
    rbuf key = {0}, name = {0};
    size_t count;
    uint8_t which;
    int32_t id = -1;
    name_key(e, doc, nc, ts, &key, rc);
    for (int k = 0; k < 2 && id < 0 && !*rc; k++, g = &ENT_ENGINE(e)->aliases) {
        const gaz_entry *ge = gazetteer_find(g, key.p, key.n, &count);
        for (size_t c = 0; ge && c < count && id < 0; c++)
            if (ge[c].type == ETYPE_PER && ge[c].canon_len)
                id = res_new_entity(r, ETYPE_PER, g->str.p + ge[c].ckey_off, ge[c].ckey_len,
                                    g->str.p + ge[c].canon_off, ge[c].canon_len, rc);
    }
    if (id < 0 && !*rc) {
        for (int part = nc->king == UINT32_MAX; part < 2; part++) {
            size_t a = part ? nc->cs : nc->king, b = part ? nc->fe - 1 : a;
            size_t keep = part == 0 || (a == ts && ENT_DOC(doc)->facts[a].strip_off)
                              ? ent_proclitic(e, t[a].norm, t[a].norm_len, 1, &which) : 0;
            uint32_t s0 = t[a].start, e0 = t[b].end;
            size_t skip = ent_raw_skip(doc->text + s0, e0 - s0, ent_letters(t[a].norm, keep));
            if (part && name.n)
                rbuf_addc(&name, ' ', rc);
            rbuf_add(&name, doc->text + s0 + skip, e0 - s0 - skip, rc);
        }
        id = *rc ? -1 : res_new_entity(r, ETYPE_PER, key.p, key.n, name.p, name.n, rc);
    }
    rbuf_free(&key);
    rbuf_free(&name);
    return id;
}

/* Rule 2: the entity of mention [ts, te) keyed by its normalised words without
 * proclitics, named by its text without them (ال kept). */
static int32_t plain_entity(const rasd_engine *e, const rasd_doc *doc, res_scratch *r,
                            size_t ts, size_t te, int type, rasd_status *rc)
{
    rbuf key = {0};
    const rasd_token *t = doc->toks;
    const tokfacts *f = ENT_DOC(doc)->facts;
    size_t acr = type != ETYPE_PER && ent_acronym_key(e, doc, ts, te, f[ts].strip_off, &key, rc)
                     ? te : ts;                     /* acronym.c: keyed by its letters */
    for (size_t i = acr; i < te; i++) {
        size_t off = i == ts ? f[i].strip_off : 0;
        if (i > ts)
            rbuf_addc(&key, ' ', rc);
        rbuf_add(&key, t[i].norm + off, t[i].norm_len - off, rc);
    }
    uint8_t which;
    size_t keep = t[ts].kind == RASD_TOK_ARABIC && f[ts].strip_off   /* 0: kept whole (later.c) */
                      ? ent_proclitic(e, t[ts].norm, t[ts].norm_len, 1, &which) : 0;
    uint32_t s0 = t[ts].start, e0 = t[te - 1].end;
    size_t skip = ent_raw_skip(doc->text + s0, e0 - s0, ent_letters(t[ts].norm, keep));
    int32_t id = *rc ? -1 : res_new_entity(r, type, key.p, key.n, doc->text + s0 + skip,
                                       e0 - s0 - skip, rc);
    rbuf_free(&key);
    return id;
}

/* Whether gazetteer entry ge of g is a person's one-word short form of a longer canonical
 * name (data/gazetteer.tsv: جونسون → بوريس جونسون, الأسد → بشار الأسد, هادي → عبد ربه منصور
 * هادي): a family name many people share, so the list's holder is only the fallback. */
static int listed_short(const gazetteer *g, const gaz_entry *ge, size_t ntok)
{
    return ge->type == ETYPE_PER && ntok == 1 && ge->ckey_len &&
           memchr(g->str.p + ge->ckey_off, ' ', ge->ckey_len) != NULL;
}

/* The entity the gazetteer's entry ge (of g) gives mention [ts, te) (rule 1); a one-word
 * short form of a longer name keeps its own key, with the entry as its fallback, so that a
 * longer name of the article ending with it is its person first (وتابع جونسون after تيم
 * جونسون is not the list's بوريس جونسون; judge56's row 9; merge_short_names). */
static int32_t gaz_entity(const rasd_engine *e, const rasd_doc *doc, res_scratch *r, size_t ts,
                          size_t te, const gaz_entry *ge, const gazetteer *g, rasd_status *rc)
{
    if (!listed_short(g, ge, te - ts))
        return res_new_entity(r, ge->type, g->str.p + ge->ckey_off, ge->ckey_len,
                              g->str.p + ge->canon_off, ge->canon_len, rc);
    int32_t id = plain_entity(e, doc, r, ts, te, ETYPE_PER, rc);
    if (id >= 0)
        r->en[id].listed = ge, r->en[id].listed_g = g;
    return id;
}

/* The entity of mention [ts, te) on its own (rules 1 and 2; a person's by its name's
 * parts). */
static int32_t mention_entity(const rasd_engine *e, rasd_doc *doc, res_scratch *r, size_t ts,
                              size_t te, int type, rasd_status *rc)
{
    const gazetteer *g;
    const gaz_entry *ge = gaz_exact(e, doc, ts, te, type, &g);
    name_core nc;
    if ((!ge || !ge->canon_len) && type == ETYPE_LOC && te - ts > 1 && ent_state_word(e, doc, ts) &&
        (ge = gaz_exact(e, doc, ts + 1, te, type, &g)) && !ent_country(e, g, ge))
        ge = NULL;                     /* دولة قطر → قطر (states.c) */
    if (ge && ge->canon_len)
        return gaz_entity(e, doc, r, ts, te, ge, g, rc);
    if (type == ETYPE_PER && doc->text && name_parse(e, doc, ts, te, &nc)) {
        int32_t id = person_entity(e, doc, r, ts, &nc, rc);
        uint8_t which;
        const rasd_token *w = &doc->toks[ts];
        if (id >= 0 && te - ts == 1 && nc.king == UINT32_MAX && r->en[id].key_len &&
            ent_proclitic(e, w->norm, w->norm_len, 1, &which) < ENT_DOC(doc)->facts[ts].strip_off)
            r->en[id].surname = 1;
        return id;
    }
    return plain_entity(e, doc, r, ts, te, type, rc);
}

/* Whether the text between tokens [ts, te) is well-formed UTF-8 (invalid bytes separate
 * tokens; a mention never spans them, so its text is always well-formed). */
static int clean_gaps(const rasd_doc *doc, size_t ts, size_t te)
{
    for (size_t i = ts + 1; i < te; i++) {
        const unsigned char *p = (const unsigned char *)doc->text;
        for (uint32_t b = doc->toks[i - 1].end; b < doc->toks[i].start;) {
            int32_t cp;
            b += (uint32_t)utf8_decode(p + b, doc->toks[i].start - b, &cp);
            if (cp < 0)
                return 0;
        }
    }
    return 1;
}

rasd_status res_add_mention(const rasd_doc *doc, res_scratch *r, size_t ts, size_t te,
                               int type, int32_t en)
{
    rasd_status rc = RASD_OK;
    if (!clean_gaps(doc, ts, te))
        return RASD_OK;
    r->m = grow_array(r->m, &r->m_cap, r->nm + 1, sizeof *r->m, &rc);
    if (!rc)
        r->m[r->nm++] = (mention){(uint32_t)ts, (uint32_t)te, (uint8_t)type, en, 0};
    return rc;
}

int ent_with_particle(const rasd_doc *doc, size_t i)
{
    const char *w = doc->toks[i].norm;
    if (ENT_DOC(doc)->facts[i].strip_off == 0)
        return 0;
    if (letter_is(w, U_BEH))
        return 1;
    return doc->toks[i].norm_len >= 4 && (letter_is(w, U_WAW) || letter_is(w, U_LAM) ||
                                          letter_is(w, U_FEH) || letter_is(w, U_KAF));
}

/* Whether token k is a head word of data/titles.tsv as written (ولي، وزير), never a name. */
static int title_word(const rasd_engine *e, const rasd_doc *doc, size_t k)
{
    const strmap *m = &ENT_ENGINE(e)->titles;
    const rasd_token *t = &doc->toks[k];
    return m->n && t->kind == RASD_TOK_ARABIC && strmap_get(m, t->norm, t->norm_len) == 1;
}

/* Whether tags[k] is a person's tag. */
static int per_tag(const uint8_t *tags, size_t k)
{
    return tags[k] && tag_type(tags[k]) == ETYPE_PER;
}

/* The end of the person's name [i, j) once it goes on through بن or آل and the name after
 * it: the tagger often starts a new name there (سلمان بن عبدالعزيز آل | سعود), or leaves a
 * family name untagged (… آل | سعود). A patronym goes on only into a word tagged as a
 * person, a family particle also into one untagged Arabic word. */
static size_t name_through(const rasd_engine *e, const rasd_doc *doc, const uint8_t *tags,
                           size_t i, size_t j)
{
    const rasd_token *t = doc->toks;
    for (;;) {
        size_t k;
        int last = j - i >= 2 ? name_word(e, t[j - 1].norm, t[j - 1].norm_len) : 0;
        int next = j + 1 < doc->nraw ? name_word(e, t[j].norm, t[j].norm_len) : 0;
        if (last && j < doc->nraw && per_tag(tags, j))
            k = j;
        else if (next && (per_tag(tags, j + 1) || (next == NW_FAMILY && !tags[j + 1] &&
                                                  t[j + 1].kind == RASD_TOK_ARABIC)))
            k = j + 1;
        else
            return j;
        if (ent_with_particle(doc, k))
            return j;
        j = k + 1;
        while (j < doc->nraw && per_tag(tags, j) && !tag_is_b(tags[j]) && !ent_with_particle(doc, j))
            j++;
    }
}

/* Mentions from the tags: a span starts at B-X, or at I-X after a tag of another type. A
 * person's name does not go on through a word that carries a proclitic (بوتين لكاميرون،
 * أوباما وبوتين: two people), but ف inside a name is a letter of it (فرانك فالتر
 * شتاينماير), not "and then". */
static rasd_status cut_mentions(const rasd_engine *e, rasd_doc *doc, res_scratch *r)
{
    const uint8_t *tags = ENT_DOC(doc)->tags;
    rasd_status rc = RASD_OK;
    for (size_t i = 0; i < doc->nraw && !rc;) {
        if (!tags[i]) {
            i++;
            continue;
        }
        int ty = tag_type(tags[i]);
        size_t j = i + 1;
        while (j < doc->nraw && tags[j] && !tag_is_b(tags[j]) && tag_type(tags[j]) == ty &&
               !(ty == ETYPE_PER && ent_with_particle(doc, j) &&
                 !letter_is(doc->toks[j].norm, U_FEH)))   /* فالتر: a name's ف */
            j++;
        if (ty == ETYPE_PER)
            j = name_through(e, doc, tags, i, j);
        size_t next = j;
        while (ty == ETYPE_PER && j - i > 1 && title_word(e, doc, j - 1) &&
               name_word(e, doc->toks[j - 2].norm, doc->toks[j - 2].norm_len) != NW_PATRONYM)
            j--;                   /* محمد بن سلمان ولي | ولي العهد: the title is no name */
        while (ty == ETYPE_PER && next < doc->nraw && j < next && per_tag(tags, next) &&
               !tag_is_b(tags[next]))
            next++;                /* … ولي ولي: the rest of the title is none either */
        int32_t en = mention_entity(e, doc, r, i, j, ty, &rc);
        if (!rc)
            rc = res_add_mention(doc, r, i, j, r->en[en].type, en);
        i = next;
    }
    return rc;
}

/* Names of people and organisations that the gazetteer knows but the tagger missed
 * (قمة مجموعة العشرين): untagged tokens that are exactly such a name become a mention. */
static rasd_status gaz_mentions(const rasd_engine *e, rasd_doc *doc, res_scratch *r)
{
    const gazetteer *g = &ENT_ENGINE(e)->gaz;
    const uint8_t *tags = ENT_DOC(doc)->tags;
    rasd_status rc = RASD_OK;
    for (size_t i = 0; i < doc->nraw && !rc; i++) {
        const gaz_entry *ge;
        size_t count, k;
        if (tags[i] || !ENT_DOC(doc)->facts[i].gaz_start ||   /* no name starts with its forms */
            !(k = ent_gaz_at(e, doc->toks, doc->nraw, i, ENT_DOC(doc)->facts, &ge, &count)))
            continue;
        size_t j = i;
        while (j < i + k && !tags[j])
            j++;
        for (size_t c = 0; j == i + k && c < count; c++) {
            if ((ge[c].type != ETYPE_PER && ge[c].type != ETYPE_ORG) || !ge[c].canon_len)
                continue;
            int32_t en = gaz_entity(e, doc, r, i, i + k, &ge[c], g, &rc);
            if (!rc)
                rc = res_add_mention(doc, r, i, i + k, ge[c].type, en);
            i += k - 1;
            break;
        }
    }
    return rc;
}

/* Whether tokens [a, b) are untagged and in no mention yet (a gazetteer's). */
static int free_span(const uint8_t *tags, const res_scratch *r, size_t a, size_t b)
{
    for (size_t j = a; j < b; j++)
        if (tags[j])
            return 0;
    for (size_t m = 0; m < r->nm; m++)
        if (r->m[m].ts < b && a < r->m[m].te)
            return 0;
    return 1;
}

/* Whether token j's form, its proclitics cut, is token i's so cut. */
static int same_form(const rasd_doc *doc, size_t i, size_t j)
{
    const rasd_token *t = doc->toks;
    const tokfacts *f = ENT_DOC(doc)->facts;
    size_t a = f[i].strip_off, b = f[j].strip_off;
    return t[i].norm_len - a == t[j].norm_len - b &&
           memcmp(t[i].norm + a, t[j].norm + b, t[i].norm_len - a) == 0;
}

/* Whether token i, its proclitics cut, starts with the article: no given name does (النبي
 * صلى، السيناتور الديمقراطي: a title and a word the tagger took in). */
static int with_article(const rasd_engine *e, const rasd_doc *doc, size_t i)
{
    const rasd_token *t = &doc->toks[i];
    uint8_t which;
    return ent_proclitic(e, t->norm, t->norm_len, 0, &which) >
           ent_proclitic(e, t->norm, t->norm_len, 1, &which);
}

/* The length of the name of two words or more that the article tagged as a person's
 * elsewhere (the first mention of it in m[0, nm)) and that tokens from i repeat, its first
 * word with or without a particle (one sense per article); its mention in *at. 0: none. */
static size_t named_here(const rasd_engine *e, const rasd_doc *doc, const res_scratch *r,
                         size_t nm, size_t i, size_t *at)
{
    const rasd_token *t = doc->toks;
    for (size_t m = 0; m < nm; m++) {
        const mention *x = &r->m[m];
        size_t k = x->te - x->ts;
        if (x->type != ETYPE_PER || x->via_title || k < 2 || i + k > doc->nraw ||
            !same_form(doc, i, x->ts) || with_article(e, doc, x->ts))
            continue;
        if (tok_run_same(&t[i + 1], &t[x->ts + 1], k - 1) == k - 1) {
            *at = m;
            return k;
        }
    }
    return 0;
}

/* Person names the recogniser left untagged here: an untagged run of tokens, its first
 * word with or without a particle, that is exactly a name of two words or more the article
 * tags as a person elsewhere (named_here: one sense per article) or one of data/persons.tsv
 * (names the recogniser tags PER across the corpus, often and consistently: tools/persons.py;
 * وكيل الوزارة … مشوح الحوشان) becomes a person's mention, of that person or resolved by its
 * parts as a tagged name is (mention_entity). Then the mentions are put in token order. */
static rasd_status list_mentions(const rasd_engine *e, rasd_doc *doc, res_scratch *r)
{
    const gazetteer *g = &ENT_ENGINE(e)->persons;
    const uint8_t *tags = ENT_DOC(doc)->tags;
    rasd_status rc = RASD_OK;
    size_t nm = r->nm, at;
    for (size_t i = 0; doc->text && i < doc->nraw && !rc; i++) {
        const gaz_entry *ge;
        size_t count, k = 0;
        if (tags[i] || doc->toks[i].kind != RASD_TOK_ARABIC)
            continue;
        int32_t en = -1;
        if ((k = named_here(e, doc, r, nm, i, &at)) != 0 && free_span(tags, r, i, i + k))
            en = r->m[at].entity;
        else if (!g->names.n ||
            !(k = ent_gaz_at_in(g, doc->toks, doc->nraw, i, ENT_DOC(doc)->facts, &ge, &count)) ||
            k < 2 || !free_span(tags, r, i, i + k))
            continue;
        if (en < 0)
            en = mention_entity(e, doc, r, i, i + k, ETYPE_PER, &rc);
        if (!rc)
            rc = res_add_mention(doc, r, i, i + k, ETYPE_PER, en);
        i += k - 1;
    }
    if (r->nm)
        qsort(r->m, r->nm, sizeof *r->m, by_start);
    return rc;
}

static size_t units_as(const rasd_engine *e, const res_scratch *r, int32_t en, uint64_t *u,
                       int *king, int al);

/* The units of entity en's key (names.c) into u; their count, 0 when not a person's name. */
static size_t units_of(const rasd_engine *e, const res_scratch *r, int32_t en, uint64_t *u,
                       int *king)
{
    return units_as(e, r, en, u, king, 1);
}

/* units_of, with a family name's article given back (al) or not (الفوزان: فوزان). */
static size_t units_as(const rasd_engine *e, const res_scratch *r, int32_t en, uint64_t *u,
                       int *king, int al)
{
    const entity *x = &r->en[en];
    char key[128];
    if (x->type != ETYPE_PER)
        return 0;
    if (!al || !x->surname || x->key_len + 4 > sizeof key)
        return name_units(e, r->s.p + x->key_off, x->key_len, u, NAME_UNITS, king);
    memcpy(key, "\xd8\xa7\xd9\x84", 4);            /* its ال back: الفوزان */
    memcpy(key + 4, r->s.p + x->key_off, x->key_len);
    return name_units(e, key, x->key_len + 4, u, NAME_UNITS, king);
}

/* Whether units a[0,na) are those b[0,nb) starts with (front) or ends with. */
static int units_in(const uint64_t *a, size_t na, const uint64_t *b, size_t nb, int front)
{
    return na <= nb && memcmp(a, front ? b : b + nb - na, na * sizeof *a) == 0;
}

/* Whether a name of units u[0,n) is a short form of one of units v[0,m) (king: each has a
 * king's title), by its first units (front: سلمان, محمد بن نايف → محمد بن نايف بن عبدالعزيز;
 * the same with a king's title: سلمان → الملك سلمان) or, without a chain or family in it,
 * by its last units (كاميرون → ديفيد كاميرون, عبدالله صالح → علي عبدالله صالح, الفوزان →
 * فوزان بن عبدالرحمن الفوزان). A link of a chain is never a name on its own (عبدالعزيز is
 * not سلمان بن عبدالعزيز, سعود not … آل سعود). A name with a king's title is never the
 * short form of one without (الملك سلمان بن عبدالعزيز is not his grandson الأمير سلمان بن
 * عبدالعزيز بن سلمان, whom the same article may name). */
static int short_form(const uint64_t *u, size_t n, int ku, const uint64_t *v, size_t m, int kv,
                      int front)
{
    if (ku && !kv)
        return 0;
    if (front)
        return units_in(u, n, v, m, 1) && (n < m || (kv && !ku));
    for (size_t k = 0; k < n; k++)
        if (u[k] & 3)
            return 0;
    return n < m && units_in(u, n, v, m, 0);
}

/* An entity's name units (units_of), worked out once a merge pass: a pass compares every
 * person with every other. */
struct name_units_of {
    uint64_t u[NAME_UNITS];
    size_t n;
    int king;
};

/* The one person of the article that entity a's name is a short form of (front or by its
 * last units), -1 when none or when two are that are not the same name written more and
 * more fully (محمد in an article with محمد بن نايف and محمد بن سلمان is neither). */
static int32_t longer_name(res_scratch *r, size_t a, const uint64_t *u, size_t n, int ku,
                           int front)
{
    uint64_t best[NAME_UNITS];
    size_t nb = 0;
    int kb = 0;
    int32_t to = -1;
    for (size_t b = 0; b < r->nen; b++) {
        int32_t fb = res_final_entity(r, (int32_t)b);
        const struct name_units_of *v = &r->nu[b];
        size_t m = b == a || fb == (int32_t)a ? 0 : v->n;
        if (!m || !short_form(u, n, ku, v->u, m, v->king, front) || fb == to)
            continue;
        if (to >= 0 && !short_form(best, nb, kb, v->u, m, v->king, 1)) {
            if (!short_form(v->u, m, v->king, best, nb, kb, 1))
                return -1;
            continue;
        }
        to = fb, nb = m, kb = v->king;
        memcpy(best, v->u, m * sizeof *best);
    }
    return to;
}

/* Rule 3 for a listed short form (gaz_entity): it joins the one longer name of the article
 * that ends with it (جونسون → the article's تيم جونسون, بوريس جونسون of the list being
 * nobody it names), else, or when that name is the list's person spelt otherwise (فرنسوا
 * هولاند for هولاند), the gazetteer's person (كيري → جون كيري), as rule 1 gave it. By its
 * last units only: a listed family name is never a given name (هادي → not هادي العامري). */
static rasd_status listed_names(res_scratch *r)
{
    rasd_status rc = RASD_OK;
    size_t n0 = r->nen;                 /* the list's persons are added after the names */
    for (size_t a = 0; a < n0; a++) {
        const gaz_entry *ge = r->en[a].listed;
        if (!ge || r->en[a].redirect >= 0 || !r->nu[a].n)
            continue;
        int32_t to = longer_name(r, a, r->nu[a].u, r->nu[a].n, r->nu[a].king, 0);
        const char *ck = r->en[a].listed_g->str.p + ge->ckey_off;
        const char *tk = to >= 0 ? r->s.p + r->en[to].key_off : NULL;
        if (tk && !name_spelt_alike(tk, r->en[to].key_len, ck, ge->ckey_len))
            r->en[a].redirect = to;
    }
    for (size_t a = 0; a < n0 && !rc; a++) {
        const gaz_entry *ge = r->en[a].listed;
        const gazetteer *g = r->en[a].listed_g;
        if (!ge || r->en[a].redirect >= 0)
            continue;
        int32_t to = res_new_entity(r, ge->type, g->str.p + ge->ckey_off, ge->ckey_len,
                                    g->str.p + ge->canon_off, ge->canon_len, &rc);
        if (to >= 0 && to != (int32_t)a)
            r->en[a].redirect = to;
    }
    return rc;
}

/* Rule 3 for a family surname (attr65): a person named by a family or patronym word and one
 * name (آل فهيد، ابن كدسة; unit u, name_family_unit) joins the one longer person name of the
 * article that ends with that name so marked (بندر آل فهيد، نبيل بن كدسة); -1 when none, or
 * when two that are not one name written more and more fully end so. */
static int32_t family_longer(res_scratch *r, size_t a, uint64_t u)
{
    int32_t to = -1;
    size_t tb = 0;
    for (size_t b = 0; b < r->nen; b++) {
        int32_t fb = res_final_entity(r, (int32_t)b);
        const struct name_units_of *v = &r->nu[b];
        if (b == a || fb == (int32_t)a || v->n < 2 || v->u[v->n - 1] != u || fb == to)
            continue;
        if (to >= 0) {
            const struct name_units_of *w = &r->nu[tb];
            if (short_form(w->u, w->n, w->king, v->u, v->n, v->king, 1))
                to = fb, tb = b;
            else if (!short_form(v->u, v->n, v->king, w->u, w->n, w->king, 1))
                return -1;
            continue;
        }
        to = fb, tb = b;
    }
    return to;
}

/* Rule 3: a person's name joins the one longer name of the article it is a short form of,
 * by its last units (a family name: بحاح → خالد بحاح, even when the tagger also gave بحاح
 * على), else by its first (a given name: سلمان → الملك سلمان بن عبدالعزيز). */
static rasd_status merge_short_names(const rasd_engine *e, res_scratch *r)
{
    uint64_t w[NAME_UNITS];
    rasd_status rc = RASD_OK;
    size_t done = 0;
    for (int step = 0; step < 2 && !rc; step++) {   /* the listed short forms first */
        r->nu = grow_array(r->nu, &r->nu_cap, r->nen, sizeof *r->nu, &rc);
        for (size_t b = done; b < r->nen && !rc; b++)
            r->nu[b].n = units_of(e, r, (int32_t)b, r->nu[b].u, &r->nu[b].king);
        done = r->nen;
        if (!rc && step == 0)
            rc = listed_names(r);                   /* may add the list's persons */
    }
    if (rc)
        return rc;
    for (size_t a = 0; a < r->nen; a++) {
        int ku = r->nu[a].king, kw;
        size_t n = r->en[a].redirect >= 0 ? 0 : r->nu[a].n;
        int32_t to = n ? longer_name(r, a, r->nu[a].u, n, ku, 0) : -1;
        size_t nw = n && to < 0 && r->en[a].surname ? units_as(e, r, (int32_t)a, w, &kw, 0) : 0;
        if (nw)                                      /* العريبي → عثمان عريبي */
            to = longer_name(r, a, w, nw, kw, 0);
        if (n && to < 0)
            to = longer_name(r, a, r->nu[a].u, n, ku, 1);
        uint64_t fu = !n && r->en[a].redirect < 0 && r->en[a].type == ETYPE_PER
                          ? name_family_unit(e, r->s.p + r->en[a].key_off, r->en[a].key_len)
                          : 0;
        if (fu)                                      /* آل فهيد → بندر آل فهيد */
            to = family_longer(r, a, fu);
        if (nw == 1 && to < 0)                       /* الحسن → عبدالعزيز آل حسن */
            to = family_longer(r, a, w[0] | 2);
        if (to >= 0)
            r->en[a].redirect = to;
    }
    return RASD_OK;
}

int32_t res_final_entity(const res_scratch *r, int32_t en)
{
    for (int hops = 0; en >= 0 && r->en[en].redirect >= 0 && hops < 8; hops++)
        en = r->en[en].redirect;
    return en;
}

/* h as 16 lowercase hex digits and a NUL into id (what "%016llx" writes). */
static void hex_id(uint64_t h, char id[17])
{
    static const char hex[] = "0123456789abcdef";
    for (int k = 15; k >= 0; k--, h >>= 4)
        id[k] = hex[h & 15];
    id[16] = 0;
}

/* The public entity list, with ids and names copied into the doc's string buffer. */
static rasd_status publish(rasd_doc *doc, res_scratch *r)
{
    struct ent_doc *x = ENT_DOC(doc);
    rasd_status rc = RASD_OK;
    if (r->nm)
        qsort(r->m, r->nm, sizeof *r->m, by_start);
    x->ents = grow_array(x->ents, &x->ents_cap, r->nm + 1, sizeof *x->ents, &rc);
    x->str.n = 0;
    for (size_t i = 0; i < r->nm && !rc; i++) {
        const mention *m = &r->m[i];
        const entity *en = &r->en[res_final_entity(r, m->entity)];
        rasd_entity *o = &x->ents[i];
        char id[17], head[8];
        size_t hn = strlen(ent_type_names[en->type]);
        memcpy(head, ent_type_names[en->type], hn);    /* "PER\t": the id's seed */
        head[hn++] = '\t';
        hex_id(XXH3_64bits_withSeed(r->s.p + en->key_off, en->key_len,
                                    XXH3_64bits(head, hn)), id);
        o->start = doc->toks[m->ts].start;
        o->end = doc->toks[m->te - 1].end;
        o->tok_start = m->ts;
        o->tok_end = m->te;
        o->type = ent_type_names[m->type];
        o->via = m->via_title ? "title" : NULL;
        o->id = (const char *)(uintptr_t)x->str.n;
        rbuf_add(&x->str, id, 17, &rc);
        o->name = (const char *)(uintptr_t)x->str.n;
        rbuf_add(&x->str, r->s.p + en->name_off, en->name_len, &rc);
        rbuf_addc(&x->str, 0, &rc);
    }
    for (size_t i = 0; i < r->nm && !rc; i++) {
        x->ents[i].id = x->str.p + (uintptr_t)x->ents[i].id;
        x->ents[i].name = x->str.p + (uintptr_t)x->ents[i].name;
    }
    x->nents = rc ? 0 : r->nm;
    return rc;
}

rasd_status ent_resolve(const rasd_engine *e, rasd_doc *doc)
{
    struct ent_doc *x = ENT_DOC(doc);
    rasd_status rc;
    if (!x->res && !(x->res = calloc(1, sizeof(res_scratch))))
        return RASD_ENOMEM;
    res_scratch *r = x->res;
    r->nm = r->nen = 0;
    r->s.n = 0;
    ent_keep_whole(e, doc);    /* before the keys: فورد after هنري فورد (later.c) */
    if ((rc = cut_mentions(e, doc, r)) != RASD_OK || (rc = gaz_mentions(e, doc, r)) != RASD_OK ||
        (rc = list_mentions(e, doc, r)) != RASD_OK)
        return rc;
    if ((rc = merge_short_names(e, r)) != RASD_OK || (rc = ent_titles(e, doc, r)) != RASD_OK)
        return rc;
    /* a name the titles gave its person (خادم الحرمين الشريفين) */
    if ((rc = merge_short_names(e, r)) != RASD_OK)
        return rc;
    return publish(doc, r);
}

/* ----------------------------------------------------------------- API */

rasd_status rasd_recognize(const rasd_engine *e, rasd_doc *doc)
{
    rasd_status rc;
    if (!e || !doc)
        return RASD_EINVAL;
    if (!rasd_ner_available(e))
        return RASD_EUNSUPPORTED;
    if ((rc = ent_tag_doc(e, doc)) == RASD_OK)
        rc = ent_resolve(e, doc);
    ENT_DOC(doc)->done = rc == RASD_OK;
    if (rc)
        ENT_DOC(doc)->nents = 0;
    return rc;
}

const rasd_entity *rasd_doc_entities(const rasd_doc *doc, size_t *count)
{
    *count = ENT_DOC(doc) && ENT_DOC(doc)->done ? ENT_DOC(doc)->nents : 0;
    return *count ? ENT_DOC(doc)->ents : NULL;
}

const rasd_entity *ent_doc_names(rasd_doc *doc, size_t *count)
{
    size_t n, k = 0;
    const rasd_entity *en = rasd_doc_entities(doc, &n);
    struct ent_doc *x = ENT_DOC(doc);
    rasd_status rc = RASD_OK;
    *count = 0;
    if (!n)
        return NULL;
    x->names = grow_array(x->names, &x->names_cap, n, sizeof *x->names, &rc);
    if (rc)
        return NULL;
    for (size_t i = 0, j; i < n; i++) {
        for (j = i + 1; en[i].via && j < n && en[j].tok_start < en[i].tok_end; j++)
            ;                          /* a body named inside the title: رئيس [البرلمان العربي] */
        if (!(en[i].via && j < n && en[j].tok_start == en[i].tok_end && !en[j].via &&
              strcmp(en[i].id, en[j].id) == 0))
            x->names[k++] = en[i];
    }
    *count = k;
    return x->names;
}

rasd_status ent_doc_restore(rasd_doc *doc, const rasd_entity *en, size_t n)
{
    rasd_status rc = RASD_OK;
    struct ent_doc *x = ENT_DOC(doc);
    if (!x && !(x = *doc_slot(doc, &ent_stage) = calloc(1, sizeof *x)))
        return RASD_ENOMEM;
    x->ents = grow_array(x->ents, &x->ents_cap, n + 1, sizeof *x->ents, &rc);
    x->str.n = 0;
    x->nents = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        x->ents[i] = en[i];
        x->ents[i].type = rbuf_keep(&x->str, en[i].type, strlen(en[i].type), &rc);
        x->ents[i].id = rbuf_keep(&x->str, en[i].id, strlen(en[i].id), &rc);
        x->ents[i].name = rbuf_keep(&x->str, en[i].name, strlen(en[i].name), &rc);
        x->ents[i].via = en[i].via ? "title" : NULL;
    }
    x->done = rc == RASD_OK;
    if (rc)
        return rc;
    for (size_t i = 0; i < n; i++) {
        x->ents[i].type = rbuf_at(&x->str, x->ents[i].type);
        x->ents[i].id = rbuf_at(&x->str, x->ents[i].id);
        x->ents[i].name = rbuf_at(&x->str, x->ents[i].name);
    }
    x->nents = n;
    return RASD_OK;
}

void ent_json(const rasd_doc *doc, rbuf *b, rasd_status *rc)
{
    size_t n;
    const rasd_entity *en = rasd_doc_entities(doc, &n);
    rbuf_adds(b, ",\"entities\":[", rc);
    for (size_t i = 0; i < n && !*rc; i++) {
        json_span_text(b, i == 0, doc->text, en[i].start, en[i].end, rc);
        rbuf_adds(b, ",\"type\":\"", rc);
        rbuf_adds(b, en[i].type, rc);
        rbuf_adds(b, "\",\"id\":\"", rc);
        rbuf_adds(b, en[i].id, rc);
        rbuf_adds(b, "\",\"name\":", rc);
        json_str(b, en[i].name, strlen(en[i].name), rc);
        if (en[i].via)
            rbuf_adds(b, ",\"via\":\"title\"", rc);
        rbuf_addc(b, '}', rc);
    }
    rbuf_addc(b, ']', rc);
}
