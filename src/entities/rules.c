/* rules.c — name rules applied after the taggers (docs/NER.md "Name rules").
 *
 * The taggers learn ANERcorp's conventions, where an organisation's head word (وزارة, شركة,
 * نادي, هيئة …) is mostly left out of the name or the whole phrase is left untagged, and
 * where a place the gazetteer knows may be cut (مكة | المكرمة) or missed with little context.
 * The project's guideline (docs/NER.md) makes ministries, companies, clubs and hospitals
 * whole ORG names. The rules rewrite a sentence's final tags:
 *
 *  - a title's adjective: a one-word PER name with the article and a relative ending
 *    between a role noun and another PER name is no name (الرئيس الأميريي (sic) باراك
 *    أوباما), so that the title reaches its person; a rank or honorific (not الملك) or,
 *    after a role noun, an adjective of origin that opens a PER name is left out of it,
 *    and so is an abbreviated title (د.);
 *  - places: a gazetteer place name (its tokens from the gazetteer bits of the facts) that
 *    the tagger tagged in part becomes one LOC name; an untagged one of two words or more
 *    becomes LOC; an untagged one-word name becomes LOC when the training part's memory
 *    never saw the form as anything but a place (or never saw it);
 *  - organisations: a head word of data/namerules.tsv (HEAD) that the tagger left O, with
 *    its complement: the name the tagger found right after it (نادي [الهلال]), or a
 *    genitive with the article (وزارة العدل; مديرية الدفاع المدني), or, for a head written
 *    with the article that names one body (DEFHEAD: الهيئة), an adjective after it (الهيئة
 *    الملكية); the complement goes on through more words with the article, a genitive with
 *    لل and what is joined to it by و (الهيئة العامة للسياحة والتراث الوطني), never through
 *    a STOP word (اليوم، الذي …) or a word with another particle (بالمدينة).
 *
 * The rules read the facts only (tokfacts.rule, computed per form in features.c), so
 * rasd_recognize and the scorer of train.c apply the same rules to the same tokens. */
#include "entities/ent.h"

#include <string.h>

enum { MAX_ORG = 8 };
#ifndef MEM_LOC
#define MEM_LOC 1
#endif   /* tokens of a name the organisation rule builds */

static const char *const rule_kinds[] = {"", "HEAD", "NAMEHEAD", "DEFHEAD", "BODY", "MINISTRY",
                                         "ADJ", "STOP", "TITLE", "PRESS"};

rasd_status namerules_load(strmap *m, const rasd_engine *e, const char *path)
{
    return ent_words_load(m, e, path, rule_kinds, sizeof rule_kinds / sizeof *rule_kinds);
}

#define U_ALEF "\xd8\xa7"
#define U_BEH "\xd8\xa8"
#define U_FEH "\xd9\x81"
#define U_KAF "\xd9\x83"
#define U_WAW "\xd9\x88"
#define U_LAM "\xd9\x84"
#define U_YEH "\xd9\x8a"
#define U_HEH "\xd9\x87"

/* Whether w[0,n) ends like a relative adjective: -ي or -يه (normalised -ية), 3+ letters. */
static int nisba(const char *w, size_t n)
{
    if (n >= 8 && memcmp(w + n - 4, U_YEH U_HEH, 4) == 0)
        return 1;
    return n >= 6 && memcmp(w + n - 2, U_YEH, 2) == 0;
}

/* The kind of w[0,n) (off bytes of proclitics) in m: of the form without its proclitics,
 * else of the word as written, else without a one-letter particle the proclitic rule kept,
 * else of the form with the article (بالطائف → الطائف). */
static uint64_t rule_kind(const strmap *m, const char *w, size_t n, size_t off)
{
    char buf[64];
    uint64_t k;
    if (!m->n)
        return 0;
    if ((k = strmap_get(m, w + off, n - off)) != 0 || (off && (k = strmap_get(m, w, n)) != 0))
        return k;
    if (!off) {   /* a particle the lexicon keeps on the word: بصحيفة is more frequent than صحيفة */
        static const char particles[] = U_WAW U_BEH U_LAM U_FEH U_KAF;
        for (size_t p = 0; n > 6 && p < sizeof particles - 1; p += 2)
            if (memcmp(w, particles + p, 2) == 0)
                return strmap_get(m, w + 2, n - 2);
        return 0;
    }
    if (n - off + 4 > sizeof buf)
        return 0;
    memcpy(buf, U_ALEF U_LAM, 4);
    memcpy(buf + 4, w + off, n - off);
    return strmap_get(m, buf, n - off + 4);
}

uint16_t ent_rule_facts(const strmap *rules, const strmap *titles, const char *w, size_t n,
                        size_t off, int procl_al, int procl_ll, int procl_wa)
{
    static const uint16_t bits[] = {0, RF_HEAD, RF_HEAD | RF_NAMEHEAD, RF_HEAD | RF_DEFHEAD,
                                    RF_DEFHEAD, RF_DEFHEAD | RF_MINISTRY, RF_ADJ, RF_STOP,
                                    RF_TITLE, RF_PRESS};
    uint16_t r = 0;
    uint64_t k = rule_kind(rules, w, n, off);
    if (k < sizeof bits / sizeof *bits)
        r |= bits[k];
    k = titles->n ? strmap_get(titles, w + off, n - off) : 0;
    if (k && k != TW_LINK)
        r |= RF_TITLE;                     /* a role noun, not في or باسم */
    if (procl_al == 1)
        r |= RF_ART;
    else if (procl_al == 2 && procl_wa)
        r |= RF_WAL;
    else if (procl_al == 2)
        r |= RF_PART;
    if (procl_ll)
        r |= RF_LL;
    if ((r & (RF_ART | RF_WAL | RF_LL)) && nisba(w + off, n - off))
        r |= RF_NISBA;
    return r;
}

/* ------------------------------------------------------------------ places */

#define GAZ_B(type) (1u << (2 * ((type) - 1)))
#define GAZ_I(type) (1u << (2 * ((type) - 1) + 1))

static void set_span(uint8_t *tags, size_t a, size_t b, int type)
{
    tags[a] = (uint8_t)tag_b(type);
    for (size_t i = a + 1; i < b; i++)
        tags[i] = (uint8_t)(tag_b(type) + 1);
}

static void place_rule(const tokfacts *f, size_t n, uint8_t *tags)
{
    for (size_t i = 0; i < n; i++) {
        int gaz = (f[i].gaz & GAZ_B(ETYPE_LOC)) != 0, own = f[i].place & PLACE_B;
        if (!gaz && !own)
            continue;
        size_t k = 1, ko = 1, loc = 0, other = 0;
        while (gaz && i + k < n && (f[i + k].gaz & GAZ_I(ETYPE_LOC)) &&
               !(f[i + k].gaz & GAZ_B(ETYPE_LOC)))
            k++;
        while (own && i + ko < n && (f[i + ko].place & PLACE_I) && !(f[i + ko].place & PLACE_B))
            ko++;
        if (ko > k)
            k = ko;
        for (size_t j = i; j < i + k; j++) {
            loc += tags[j] && tag_type(tags[j]) == ETYPE_LOC;
            other += tags[j] && tag_type(tags[j]) != ETYPE_LOC;
        }
        if (other || (own && i && (f[i - 1].rule & RF_TITLE)) || (tags[i] && !tag_is_b(tags[i])) ||
            (i + k < n && tags[i + k] && !tag_is_b(tags[i + k])))
            continue;            /* another type, or a name that starts before or ends after */
        if (loc || k >= 2 || own)
            set_span(tags, i, i + k, ETYPE_LOC);
        i += k - 1;
    }
}

/* ----------------------------------------------------------- organisations */

/* One past the complement's last token when it goes on from token e (the tokens before e
 * are the head and its first complement word). */
static size_t org_tail(const tokfacts *f, size_t n, const uint8_t *tags, size_t a, size_t e)
{
    int ll = 0;
    for (size_t j = a + 1; j < e; j++)
        ll |= (f[j].rule & RF_LL) != 0;
    while (e < n && e - a < MAX_ORG && !tags[e] && !(f[e].rule & (RF_STOP | RF_HONOR | RF_TITLE))) {
        uint16_t r = f[e].rule;
        if (r & RF_LL)
            ll = 1;
        else if (!(r & RF_ART) && !(ll && (r & RF_WAL)))
            break;
        e++;
    }
    return e;
}

/* One past the name the tagger found at token j (a B tag of PER, LOC or ORG on a word with
 * no particle but the article), or j when none. */
static size_t name_end(const tokfacts *f, const uint8_t *tags, size_t n, size_t j)
{
    if (j >= n || !tags[j] || !tag_is_b(tags[j]) || tag_type(tags[j]) == ETYPE_MISC ||
        (f[j].strip_off && !(f[j].rule & RF_ART)))
        return j;
    size_t e = j + 1;
    while (e < n && tags[e] == tags[j] + 1)
        e++;
    return e;
}

/* The end of the organisation whose head is token i (tagged O), or i when there is none. */
static size_t org_at(const tokfacts *f, size_t n, const uint8_t *tags, size_t i)
{
    uint16_t r = f[i].rule, c = f[i + 1].rule, p = i ? f[i - 1].rule : 0;
    int definite = (r & (RF_ART | RF_WAL | RF_PART | RF_LL)) != 0;
    size_t e;
    if (p & RF_TITLE)
        return i;                          /* رئيس مجلس الأمة, وزير الخارجية: a title's words */
    if ((r & RF_NAMEHEAD) && !definite && (c & RF_HONOR) && i + 2 < n &&
        (e = name_end(f, tags, n, i + 2)) > i + 2 && tag_type(tags[i + 2]) == ETYPE_PER)
        return e;                          /* مستشفى الملك [فيصل] */
    if ((r & RF_NAMEHEAD) && !definite && (e = name_end(f, tags, n, i + 1)) > i + 1) {
        while (e < n && e - i < MAX_ORG && !tags[e] && (f[e].rule & RF_ADJ))
            e++;                           /* نادي [الروضة] الرياضي, not نادي [أرسنال] الإنجليزي */
        return e;
    }
    if (tags[i + 1] || (c & RF_STOP) || !(c & RF_ART) ||
        ((c & (RF_HEAD | RF_DEFHEAD)) && !(c & RF_MINISTRY)))
        return i;                          /* ديوان الوزارة: a body's own office, no name */
    if ((r & RF_HEAD) && !definite)        /* وزارة العدل */
        return org_tail(f, n, tags, i, i + 2);
    if (!(r & RF_DEFHEAD) || (p & (RF_ART | RF_WAL | RF_PART | RF_LL)))
        return i;                          /* الشؤون الداخلية: an adjective; وزير الخارجية */
    if ((c & RF_ADJ) || ((r & RF_MINISTRY) && (c & RF_NISBA)))
        return org_tail(f, n, tags, i, i + 2);   /* الهيئة الملكية، الخارجية المصرية */
    return i;
}

/* One past the organisation the tagger found at head i (B-ORG), carried on as org_tail
 * would when it stops at a genitive with لل (الهيئة العامة للطيران | المدني, الهيئة العامة
 * | للسياحة), or, when it holds one further in, through adjectives with the article only
 * (الهيئة العامة للسياحة والتراث | الوطني; not الاتحاد العالمي للعلماء المسلمين |
 * والمرجع). */
static size_t org_longer(const tokfacts *f, size_t n, const uint8_t *tags, size_t i)
{
    size_t e = i + 1;
    uint16_t r = 0;
    while (e < n && tags[e] == tag_b(ETYPE_ORG) + 1)
        r |= f[e++].rule;
    if (e - i < 2)
        return e;
    if ((f[e - 1].rule | (e < n ? f[e].rule : 0)) & RF_LL)
        return org_tail(f, n, tags, i, e);
    while ((r & RF_LL) && e < n && e - i < MAX_ORG && !tags[e] &&
           (f[e].rule & (RF_ART | RF_NISBA)) == (RF_ART | RF_NISBA) &&
           !(f[e].rule & (RF_STOP | RF_HONOR | RF_TITLE)))
        e++;
    return e;
}

/* A newspaper, channel or agency named by one word with the article after its head word
 * (بصحيفة [الوئام], قناة [الجزيرة]): the name is the word, as in ANERcorp. */
static void press_rule(const tokfacts *f, size_t n, uint8_t *tags)
{
    for (size_t i = 0; i + 1 < n; i++) {
        uint16_t c = f[i + 1].rule;
        if ((f[i].rule & RF_PRESS) && !tags[i] && !tags[i + 1] && (c & RF_ART) &&
            !(c & (RF_NISBA | RF_STOP | RF_ADJ | RF_HEAD | RF_DEFHEAD)))
            tags[i + 1] = (uint8_t)tag_b(ETYPE_ORG);
    }
}

static void org_rule(const tokfacts *f, size_t n, uint8_t *tags)
{
    for (size_t i = 0; i + 1 < n; i++) {
        if (!(f[i].rule & (RF_HEAD | RF_DEFHEAD)))
            continue;
        if (tags[i] == tag_b(ETYPE_ORG)) {
            size_t e = org_longer(f, n, tags, i);
            set_span(tags, i, e, ETYPE_ORG);
            i = e - 1;
            continue;
        }
        if (tags[i])
            continue;
        size_t e = org_at(f, n, tags, i);
        if (e > i + 1) {
            set_span(tags, i, e, ETYPE_ORG);
            i = e - 1;
        }
    }
}

/* Whether a role noun comes before token i with at most two untagged words after it (وزير
 * الدفاع [الأوغندي], مدير مشروع الطرد [الخيري]). */
static int title_before(const tokfacts *f, const uint8_t *tags, size_t i)
{
    for (size_t k = 1; k <= 3 && k <= i && !tags[i - k]; k++)
        if (f[i - k].rule & RF_TITLE)
            return 1;
    return 0;
}

/* An adjective of origin the tagger took for a name of its own between a title word and a
 * person's name: والتقى الرئيس الأميريي (sic) باراك أوباما. A one-word PER name with the
 * article and a relative ending, after a role noun (title_before: مدير مشروع الطرد
 * الخيري) and right before another PER name, is the title's adjective (a family name
 * after a title, اللواء الغامدي, is not followed by a second name). */
static void title_adj_rule(const tokfacts *f, size_t n, uint8_t *tags)
{
    for (size_t i = 1; i + 1 < n; i++)
        if (tags[i] == tag_b(ETYPE_PER) && tags[i + 1] == tag_b(ETYPE_PER) &&
            (f[i].rule & RF_ART) && (f[i].rule & RF_NISBA) && title_before(f, tags, i))
            tags[i] = 0;
}

/* The taggers trained on SaudiNewsNet sentences sometimes open a person's name with what
 * comes before it in a title (docs/NER.md, "In-domain training data"): a rank or honorific with the
 * article (النقيب عمر بن محمد الأكلبي, الشيخ عبدالعزيز آل الشيخ; not الملك, part of who is
 * meant), or an adjective of origin after a role noun (وزير الدفاع الأوغندي كريسبوس
 * كيونجا). Titles are no part of names: the name starts at the next word. The adjective
 * goes only when two words of the name are left after it and a role noun comes before it
 * (title_before). */
static void title_start_rule(const tokfacts *f, size_t n, uint8_t *tags)
{
    for (size_t i = 0; i + 1 < n; i++) {
        if (tags[i] != tag_b(ETYPE_PER) || tags[i + 1] != tag_b(ETYPE_PER) + 1)
            continue;
        uint16_t r = f[i].rule;
        int honor = (r & RF_HONOR) && !(r & RF_KING);
        int origin = (r & RF_ART) && (r & RF_NISBA) && i + 2 < n &&
                     tags[i + 2] == tag_b(ETYPE_PER) + 1 && title_before(f, tags, i);
        if (honor || origin) {
            tags[i] = 0;
            tags[i + 1] = (uint8_t)tag_b(ETYPE_PER);
        }
    }
}

/* An abbreviated title the tagger took into a person's name, or for one: a letter and a
 * full stop (الشيخ د. اسامة خياط, م. …) open no name; the name starts after them. */
static void abbr_rule(const tokfacts *f, size_t n, uint8_t *tags)
{
    for (size_t i = 0; i < n; i++) {
        if (tags[i] != tag_b(ETYPE_PER) || !(f[i].rule & RF_ABBR))
            continue;
        size_t j = i;
        do
            tags[j++] = 0;
        while (j < n && tags[j] == tag_b(ETYPE_PER) + 1 && (f[j].rule & RF_ABBR));
        if (j < n && tags[j] == tag_b(ETYPE_PER) + 1)
            tags[j] = (uint8_t)tag_b(ETYPE_PER);
        i = j - 1;
    }
}

void ent_rules(const tokfacts *f, size_t n, uint8_t *tags)
{
    title_adj_rule(f, n, tags);
    abbr_rule(f, n, tags);
    title_start_rule(f, n, tags);
    place_rule(f, n, tags);
    org_rule(f, n, tags);
    press_rule(f, n, tags);
}
