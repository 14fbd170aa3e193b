/* titles.c — titles and role nouns as mentions of the person they stand for (docs/NER.md,
 * "Titles"): الرئيس الروسي، المتحدث باسم الكرملين، كبير مستشاري السياسة الخارجية في الكرملين،
 * نظيره الفرنسي. The one title resolver: quotes' speakers and events' actors read these
 * mentions (src/events/), they resolve no title of their own.
 *
 * A title is a head word of data/titles.tsv (رئيس، وزير، متحدث، مستشاري، نظيره …, without
 * proclitics and ال) and its complements: up to two genitives with the article after a head
 * (رئيس الوزراء، مستشاري السياسة), another head (كبير مستشاري), adjectives of origin
 * (الروسي، الخارجية), and after a link word (باسم، في) a place or body the recogniser found or
 * one word with the article (باسم الكرملين). A place or body inside a title stays a
 * mention of its own, nested in the title's.
 * Resolution, in this order:
 *   1. a title right before a person's name (الرئيس الروسي فلاديمير بوتين) stands for that
 *      person, and the article learns the pair;
 *   2. a title alone stands for the person the article gave the same title (its longest
 *      leading part of two words or more that the article gave someone): the nearest such
 *      pair before it, else the nearest after it;
 *   2b. else a weak pair (bench/holder59/rule.md): a name followed directly by its title of
 *      three words or more (بيدرو سالجادو رئيس بلدية المنطقة), and a construct's short form
 *      of any pair's title
 *      (رئيس بلدية المنطقة → رئيس البلدية); taken only when all the article's weak pairs of
 *      those words name one person;
 *   3. a counterpart with an origin (نظيره الفرنسي) stands for the holder of the title of the
 *      nearest person before it in its sentence, origin changed (الرئيس الروسي → الرئيس
 *      الفرنسي), by the article's pairs, else by the table of rule 4;
 *   4. only then data/gazetteer.tsv's dated table (TITLE rows: الرئيس الروسي → فلاديمير
 *      بوتين, late 2015): a person the article names first (any part of the title), else
 *      the table's holder (قال الرئيس المصري … with no name: السيسي). Counterparts use the
 *      table only for a person the article names.
 * Anything else is no mention: a title that neither the article nor the table gives a holder
 * (المتحدث باسم الخارجية، نظيره with nobody before it) is never guessed. */
#include "entities/res.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


enum {
    TITLE_MAX = 9,     /* tokens in a title: كبير مستشاري السياسة الخارجية في الكرملين is 6 */
    GENITIVES = 2,     /* nouns with the article after a head: رئيس مجلس الوزراء، الأمين العام */
};

/* "title + name" pair the article gave (rule 1). */
typedef struct title_fact {
    uint64_t key;          /* the title's words (first without proclitics and ال) */
    uint64_t head, origin; /* first word; last adjective of origin (0: none) */
    uint32_t ts, te;       /* the title's tokens */
    int32_t entity;
    uint32_t opos;         /* the token of its origin (UINT32_MAX: none) */
    int counterpart;       /* a counterpart's title (نظيره البريطاني بوريس جونسون) */
    int weak;              /* from a name then its title, or a construct's short form: rule 2b */
} title_fact;

#define U_ALEF_LAM "\xd8\xa7\xd9\x84"
#define U_YEH "\xd9\x8a"
#define U_HEH "\xd9\x87"

/* --------------------------------------------------------------- data */

rasd_status titles_load(strmap *m, const rasd_engine *e, const char *path)
{
    static const char *const kinds[] = {"", "head", "counterpart", "link", "former"};
    return ent_words_load(m, e, path, kinds, sizeof kinds / sizeof *kinds);
}

/* ------------------------------------------------------------- words */

static int starts(const char *w, size_t n, const char *p)
{
    return n >= strlen(p) && memcmp(w, p, strlen(p)) == 0;
}

/* The bytes of proclitics before the title word of form t: the recogniser's cut, else one
 * particle (و ف ب ك ل) before a word of data/titles.tsv (لنظيره). */
static size_t form_title_off(const strmap *m, const rasd_token *t, size_t off)
{
    static const char *const particles[] = {"\xd9\x88", "\xd9\x81", "\xd8\xa8", "\xd9\x83",
                                            "\xd9\x84"};
    if (off || t->kind != RASD_TOK_ARABIC || t->norm_len < 6 || strmap_get(m, t->norm, t->norm_len))
        return off;
    for (size_t k = 0; k < sizeof particles / sizeof *particles; k++)
        if (starts(t->norm, t->norm_len, particles[k]) && strmap_get(m, t->norm + 2, t->norm_len - 2))
            return 2;
    return 0;
}

/* The kind of form t in data/titles.tsv: its normalised form, else without proclitics. */
int ent_title_facts(const strmap *m, const rasd_token *t, size_t strip_off, size_t *off)
{
    uint64_t k;
    *off = form_title_off(m, t, strip_off);
    if (t->kind != RASD_TOK_ARABIC || !m->n)
        return 0;
    if ((k = strmap_get(m, t->norm, t->norm_len)) != 0)
        return (int)k;
    return *off ? (int)strmap_get(m, t->norm + *off, t->norm_len - *off) : 0;
}

/* Token i's title facts, worked out with its other facts (features.c, form_facts). */
static size_t title_off(const rasd_doc *doc, size_t i)
{
    return ENT_DOC(doc)->facts[i].title_off;
}

static int word_kind(const rasd_doc *doc, size_t i)
{
    return ENT_DOC(doc)->facts[i].title;
}

/* Token i without its proclitics other than the article: *w, *n. */
static void with_article(const rasd_engine *e, const rasd_doc *doc, size_t i, const char **w,
                         size_t *n)
{
    const rasd_token *t = &doc->toks[i];
    uint8_t which;
    size_t off = ent_proclitic(e, t->norm, t->norm_len, 1, &which);
    *w = t->norm + off;
    *n = t->norm_len - off;
}

/* Whether token i is a noun with the article (الوزراء، الخارجية، بالكرملين not: a clitic). */
static int definite(const rasd_doc *doc, size_t i)
{
    const rasd_token *t = &doc->toks[i];
    return t->kind == RASD_TOK_ARABIC && t->norm_len >= 8 && starts(t->norm, t->norm_len, U_ALEF_LAM);
}

/* An adjective of origin (الروسي، الفرنسية، والروسي): with the article, three letters or
 * more after it, ending in ي or يه; its hash without the article and ه (0: not one). */
static uint64_t origin(const rasd_engine *e, const rasd_doc *doc, size_t i)
{
    const char *w;
    size_t n;
    if (doc->toks[i].kind != RASD_TOK_ARABIC)
        return 0;
    with_article(e, doc, i, &w, &n);
    if (n < 10 || !starts(w, n, U_ALEF_LAM))
        return 0;
    if (memcmp(w + n - 2, U_HEH, 2) == 0 && memcmp(w + n - 4, U_YEH, 2) == 0)
        n -= 2;
    return memcmp(w + n - 2, U_YEH, 2) == 0 ? strmap_hash(w + 4, n - 4) : 0;
}

/* The hash of token i's words as a title's first word (proclitics and ال cut). */
static uint64_t first_word(const rasd_doc *doc, size_t i)
{
    const rasd_token *t = &doc->toks[i];
    size_t off = title_off(doc, i);
    return strmap_hash(t->norm + off, t->norm_len - off);
}

/* ------------------------------------------------------------- titles */

typedef struct tscan {
    const rasd_engine *e;
    rasd_doc *doc;
    res_scratch *r;
    int32_t *cover;        /* token → the name mention covering it, or -1 */
    size_t nname;          /* mentions before the titles (names) */
} tscan;

/* The mention (a name) starting exactly at token j that is a person, or -1. */
static int32_t person_at(const tscan *s, size_t j)
{
    int32_t m = j < s->doc->nraw ? s->cover[j] : -1;
    return m >= 0 && s->r->m[m].ts == j && s->r->m[m].type == ETYPE_PER ? m : -1;
}

/* The end of the title that starts at token i (0: none there); *counterpart when its head
 * is نظيره, *former when a word says its holder held it once (السابق، الراحل). keys[k]: the
 * hash of its first k + 1 words. */
static size_t title_end(const tscan *s, size_t i, int *counterpart, int *former, uint64_t *keys)
{
    const rasd_doc *doc = s->doc;
    int kind = s->cover[i] >= 0 ? 0 : word_kind(doc, i);
    size_t j = i + 1, end = i + 1;
    int gen = GENITIVES, link = 0;
    if (kind != TW_HEAD && kind != TW_COUNTERPART)
        return 0;
    *counterpart = kind == TW_COUNTERPART;
    *former = 0;
    keys[0] = first_word(doc, i);
    while (j < doc->nraw && j < i + TITLE_MAX) {
        int32_t m = s->cover[j];
        int kj = m >= 0 ? 0 : word_kind(doc, j);
        size_t next = j + 1;
        if (m >= 0) {          /* a place or body after a link or a head: باسم الكرملين */
            const mention *mm = &s->r->m[m];
            if (mm->ts != j || mm->type == ETYPE_PER || mm->type == ETYPE_MISC ||
                !(link || gen == GENITIVES) || *counterpart || mm->te > i + TITLE_MAX)
                break;         /* keys[] holds TITLE_MAX words: a longer name ends the title */
            next = mm->te, gen = 0, link = 0;
        } else if (kj == TW_LINK && !link && !*counterpart) {
            link = 1;
        } else if (kj == TW_FORMER && !link) {
            *former = 1, gen = 0;
        } else if (origin(s->e, doc, j)) {
            gen = 0, link = 0;
        } else if (*counterpart) {
            break;
        } else if (kj == TW_HEAD && gen == GENITIVES) {
            /* كبير مستشاري */
        } else if (j == i + 1 && gen == GENITIVES && !link && !*counterpart && !kj &&
                   doc->toks[j].kind == RASD_TOK_ARABIC && doc->toks[j].norm_len >= 6 &&
                   !definite(doc, j) && j + 1 < doc->nraw &&
                   ((definite(doc, j + 1) && s->cover[j + 1] < 0 &&
                     word_kind(doc, j + 1) != TW_HEAD) ||
                    (s->cover[j + 1] >= 0 && s->r->m[s->cover[j + 1]].ts == j + 1 &&
                     s->r->m[s->cover[j + 1]].type != ETYPE_PER &&
                     s->r->m[s->cover[j + 1]].type != ETYPE_MISC))) {
            /* مدير مطار الجوف: an indefinite noun the word after it defines (quotes4); not
               before a head (رئيس مدينة الملك عبدالعزيز: a city named after the king) */
        } else if ((gen || link) && definite(doc, j)) {
            gen = link ? 0 : gen - 1, link = 0;
        } else {
            break;
        }
        for (size_t k = j; k < next; k++)
            keys[k - i] = keys[k - i - 1] * 31 + strmap_hash(doc->toks[k].norm, doc->toks[k].norm_len);
        j = next;
        if (!link)
            end = j;
    }
    return end;
}

/* The last adjective of origin in tokens [a, b): its token, UINT32_MAX when none. */
static uint32_t last_origin(const tscan *s, size_t a, size_t b)
{
    uint32_t o = UINT32_MAX;
    for (size_t k = a; k < b; k++)
        if (s->cover[k] < 0 && origin(s->e, s->doc, k))
            o = (uint32_t)k;
    return o;
}

/* Whether the final entity en has a name mention in the article. */
static int named(const tscan *s, int32_t en)
{
    for (size_t k = 0; k < s->nname; k++)
        if (res_final_entity(s->r, s->r->m[k].entity) == en)
            return 1;
    return 0;
}

/* The person the dated table gives the title words key[0,kn): the article's entity when it
 * names them, else (unnamed) a new entity of the table's name; -1 otherwise. */
static int32_t table_person(const tscan *s, const char *key, size_t kn, int unnamed)
{
    const gazetteer *g = &ENT_ENGINE(s->e)->gaz;
    size_t count;
    const gaz_entry *ge = gazetteer_find(g, key, kn, &count);
    for (size_t c = 0; ge && c < count; c++) {
        if (ge[c].type != ETYPE_TITLE || !ge[c].canon_len)
            continue;
        for (size_t k = 0; k < s->r->nen; k++) {
            const entity *en = &s->r->en[k];
            if (en->type == ETYPE_PER && en->key_len == ge[c].ckey_len &&
                memcmp(s->r->s.p + en->key_off, g->str.p + ge[c].ckey_off, en->key_len) == 0 &&
                named(s, res_final_entity(s->r, (int32_t)k)))
                return res_final_entity(s->r, (int32_t)k);
        }
    }
    for (size_t c = 0; unnamed && ge && c < count; c++) {
        rasd_status rc = RASD_OK;
        if (ge[c].type == ETYPE_TITLE && ge[c].canon_len) {
            int32_t en = res_new_entity(s->r, ETYPE_PER, g->str.p + ge[c].ckey_off, ge[c].ckey_len,
                                        g->str.p + ge[c].canon_off, ge[c].canon_len, &rc);
            return rc ? -1 : en;
        }
    }
    return -1;
}

/* The table's person for the title in tokens [a, b): its words with ال on the first, else
 * as written (رئيس الوزراء البريطاني); unnamed as for table_person. */
static int32_t table_title(const tscan *s, size_t a, size_t b, int unnamed)
{
    rbuf key = {0};
    rasd_status rc = RASD_OK;
    const rasd_token *t = s->doc->toks;
    size_t off = title_off(s->doc, a);
    int32_t en = -1;
    for (int al = 1; al >= 0 && en < 0 && !rc; al--) {
        key.n = 0;
        if (al)
            rbuf_adds(&key, U_ALEF_LAM, &rc);
        rbuf_add(&key, t[a].norm + off, t[a].norm_len - off, &rc);
        for (size_t k = a + 1; k < b; k++) {
            rbuf_addc(&key, ' ', &rc);
            rbuf_add(&key, t[k].norm, t[k].norm_len, &rc);
        }
        en = rc ? -1 : table_person(s, key.p, key.n, unnamed);
    }
    rbuf_free(&key);
    return en;
}

/* Rule 2: the nearest pair with key before token i, else after it; -1 when none. */
static int32_t learned(const tscan *s, uint64_t key, size_t i)
{
    int32_t before = -1, after = -1;
    for (size_t k = 0; k < s->r->ntf; k++) {
        const title_fact *f = &s->r->tf[k];
        if (f->key != key || f->weak)
            continue;
        if (f->ts < i)
            before = f->entity;
        else if (after < 0)
            after = f->entity;
    }
    return before >= 0 ? before : after;
}

/* Rule 2b: the one person every weak pair with key names; -1 when none or two. */
static int32_t weakly_learned(const tscan *s, uint64_t key)
{
    int32_t who = -1;
    for (size_t k = 0; k < s->r->ntf; k++) {
        const title_fact *f = &s->r->tf[k];
        if (f->key != key || !f->weak)
            continue;
        if (who >= 0 && f->entity != who)
            return -1;
        who = f->entity;
    }
    return who;
}

/* The sentence of token i: its first token (tokens before i back to a sentence start). */
static size_t sentence_start(const rasd_doc *doc, size_t i)
{
    uint32_t at = doc->toks[i].start;
    size_t a = 0;
    for (size_t k = 0; k < doc->nsents && doc->sents[k].start <= at; k++)
        a = doc->sents[k].start;
    while (i > 0 && doc->toks[i - 1].start >= a)
        i--;
    return i;
}

/* The words of the title of fact f with its origin replaced by token ob's: their key hash
 * (as title_end's keys) and, in *text, the words ("ال" first when al) for the table. */
static uint64_t swapped(const tscan *s, const title_fact *f, size_t ob, int al, rbuf *text,
                        rasd_status *rc)
{
    const rasd_token *t = s->doc->toks;
    size_t off = title_off(s->doc, f->ts);
    uint64_t h = strmap_hash(t[f->ts].norm + off, t[f->ts].norm_len - off);
    text->n = 0;
    if (al)
        rbuf_adds(text, U_ALEF_LAM, rc);
    rbuf_add(text, t[f->ts].norm + off, t[f->ts].norm_len - off, rc);
    for (size_t k = f->ts + 1; k < f->te; k++) {
        const rasd_token *w = &t[k == f->opos ? ob : k];
        h = h * 31 + strmap_hash(w->norm, w->norm_len);
        rbuf_addc(text, ' ', rc);
        rbuf_add(text, w->norm, w->norm_len, rc);
    }
    return h;
}

/* The holder of antecedent ante's title (a fact of the article) with token ob's origin:
 * the article's pair for it, else the table's person; -1 when none. */
static int32_t holder(const tscan *s, int32_t ante, size_t ob)
{
    int32_t best = -1;
    rbuf text = {0};
    rasd_status rc = RASD_OK;
    for (size_t k = 0; k < s->r->ntf && best < 0 && !rc; k++) {
        const title_fact *f = &s->r->tf[k];
        if (f->entity != ante || f->counterpart || f->weak || f->opos == UINT32_MAX)
            continue;
        uint64_t key = swapped(s, f, ob, 0, &text, &rc);
        for (size_t j = 0; j < s->r->ntf && best < 0; j++)
            if (s->r->tf[j].key == key && !s->r->tf[j].weak && s->r->tf[j].entity != ante)
                best = s->r->tf[j].entity;
        for (int al = 0; al < 2 && best < 0 && !rc; al++) {
            swapped(s, f, ob, al, &text, &rc);
            best = rc ? -1 : table_person(s, text.p, text.n, 0);
        }
    }
    rbuf_free(&text);
    return best != ante ? best : -1;
}

/* Rule 3: نظيره with the origin of token ob at token i: the holder of the title of the
 * nearest person before it in its sentence (the next nearest when that gives nobody else),
 * origin changed; then the pair the article gave the same words (نظيره البريطاني). */
static int32_t counterpart(const tscan *s, size_t i, size_t ob, uint64_t key)
{
    size_t a = sentence_start(s->doc, i);
    for (size_t b = i; b > a; b--) {
        for (size_t k = 0; k < s->r->nm; k++) {
            const mention *m = &s->r->m[k];
            if (m->type != ETYPE_PER || m->entity < 0 || m->te != b)
                continue;
            int32_t en = holder(s, res_final_entity(s->r, m->entity), ob);
            if (en >= 0)
                return en;
        }
    }
    return learned(s, key, i);
}

/* Adds the title [a, b) as a mention of en. A place or body inside it stays a mention of
 * its own (المتحدث باسم [الكرملين]): the one case where mentions nest. */
static rasd_status emit(tscan *s, size_t a, size_t b, int32_t en)
{
    rasd_status rc = res_add_mention(s->doc, s->r, a, b, ETYPE_PER, en);
    if (!rc && s->r->nm && s->r->m[s->r->nm - 1].ts == a)
        s->r->m[s->r->nm - 1].via_title = 1;
    return rc;
}

/* Adds the pair title [i, end) (words key, first word head) → en to the article's facts. */
static void learn(tscan *s, size_t i, size_t end, const uint64_t k[2], int32_t en, int cp,
                  int weak, rasd_status *rc)
{
    res_scratch *r = s->r;
    r->tf = grow_array(r->tf, &r->tf_cap, r->ntf + 1, sizeof *r->tf, rc);
    uint32_t o = weak ? UINT32_MAX : last_origin(s, i, end);
    if (!*rc)
        r->tf[r->ntf++] = (title_fact){k[0], k[1], o == UINT32_MAX ? 0 : origin(s->e, s->doc, o),
                                       (uint32_t)i, (uint32_t)end, en, o, cp, weak};
}

/* Rule 2b's name: the person named right before the title at token i (بيدرو سالجادو رئيس
 * بلدية المنطقة), a name not itself after a title word or a title's pair (الملك سلمان وزير
 * الخارجية: the title is an object); -1 otherwise. */
static int32_t named_before(const tscan *s, size_t i)
{
    if (i == 0 || s->cover[i - 1] < 0)
        return -1;
    const mention *m = &s->r->m[s->cover[i - 1]];
    if (m->type != ETYPE_PER || m->te != i || m->entity < 0 ||
        (m->ts > 0 && s->cover[m->ts - 1] < 0 && word_kind(s->doc, m->ts - 1)))
        return -1;
    for (size_t k = 0; k < s->r->ntf; k++)
        if (s->r->tf[k].te == m->ts)
            return -1;
    return res_final_entity(s->r, m->entity);
}

/* Rule 2b's short form of the construct title [i, end): the key of its head and its
 * indefinite noun with ال (رئيس بلدية المنطقة → رئيس البلدية); 0 when it is none. */
static uint64_t short_form(const tscan *s, size_t i, size_t end)
{
    const rasd_token *t = &s->doc->toks[i + 1];
    char w[128];
    if (end < i + 3 || s->cover[i + 1] >= 0 || s->cover[i + 2] >= 0 ||
        word_kind(s->doc, i + 1) || t->kind != RASD_TOK_ARABIC || definite(s->doc, i + 1) ||
        !definite(s->doc, i + 2) || t->norm_len + 4 > sizeof w)
        return 0;
    memcpy(w, U_ALEF_LAM, 4);
    memcpy(w + 4, t->norm, t->norm_len);
    return first_word(s->doc, i) * 31 + strmap_hash(w, t->norm_len + 4);
}

/* Pass 0 at the title [i, end) with the name after it (en, -1: none): its pairs. */
static void learn_title(tscan *s, size_t i, size_t end, const uint64_t *keys, int32_t en,
                        int cp, rasd_status *rc)
{
    int weak = en < 0;
    if (weak && (cp || end < i + 3 || (en = named_before(s, i)) < 0))
        return;   /* a two-word title (الأمين العام) is an office many hold: not apposed */
    learn(s, i, end, (uint64_t[2]){keys[end - i - 1], keys[0]}, en, cp, weak, rc);
    uint64_t sk = cp || *rc ? 0 : short_form(s, i, end);
    if (sk)
        learn(s, i, end, (uint64_t[2]){sk, keys[0]}, en, 0, 1, rc);
}

/* Rule 1 over the article (pass 0), then every title resolved (pass 1). */
static rasd_status scan(tscan *s, int pass)
{
    rasd_status rc = RASD_OK;
    uint64_t keys[TITLE_MAX];
    for (size_t i = 0; i < s->doc->nraw && !rc; i++) {
        int cp, former;
        size_t end = title_end(s, i, &cp, &former, keys);
        if (!end || (end == i + 1 && !cp))
            continue;
        int32_t who = person_at(s, end), en = -1;
        size_t b = end;
        if (who >= 0)
            en = res_final_entity(s->r, s->r->m[who].entity);
        if (pass == 0) {
            learn_title(s, i, end, keys, en, cp, &rc);
            i = end - 1;
            continue;
        }
        if (en < 0 && cp && end == i + 2) {
            en = counterpart(s, i, i + 1, keys[1]);
        } else if (en < 0 && !cp) {
            /* rule 2, longest part first; a former holder's title only as a whole */
            for (b = end; b >= (former ? end : i + 2) && en < 0; b--)
                en = learned(s, keys[b - i - 1], i);
            b++;
            if (en < 0 && (en = weakly_learned(s, keys[end - i - 1])) >= 0)
                b = end;   /* rule 2b: the whole title only */
            for (int unnamed = 0; unnamed < 2 && en < 0 && !former; unnamed++)     /* rule 4 */
                for (size_t c = end; c >= i + 2 && en < 0; c--)
                    if ((en = table_title(s, i, c, unnamed)) >= 0)
                        b = c;
        }
        if (en >= 0)
            rc = emit(s, i, b, en);
        i = b - 1;
    }
    return rc;
}

static int by_start(const void *a, const void *b)
{
    const mention *x = a, *y = b;
    return x->ts < y->ts ? -1 : x->ts > y->ts;
}

rasd_status ent_titles(const rasd_engine *e, rasd_doc *doc, res_scratch *r)
{
    tscan s = {e, doc, r, NULL, r->nm};
    rasd_status rc = RASD_OK;
    r->ntf = 0;
    if (!ENT_ENGINE(e)->titles.n || !doc->nraw)
        return RASD_OK;
    if (!(s.cover = malloc(doc->nraw * sizeof *s.cover)))
        return RASD_ENOMEM;
    for (size_t i = 0; i < doc->nraw; i++)
        s.cover[i] = -1;
    for (size_t k = 0; k < r->nm; k++)
        for (size_t i = r->m[k].ts; i < r->m[k].te; i++)
            s.cover[i] = (int32_t)k;
    for (int pass = 0; pass < 2 && !rc; pass++)
        rc = scan(&s, pass);
    free(s.cover);
    if (r->nm)
        qsort(r->m, r->nm, sizeof *r->m, by_start);
    return rc;
}
