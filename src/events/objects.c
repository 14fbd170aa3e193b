/* objects.c — words after a reporting word that are not its speaker (quotes18, docs/EVENTS.md
 * "Quotes: precision of the defaults"): the one told (أبلغت «عكاظ» مصادر …), the verb's object
 * or content (وأكد مدى …، ذكر عبارة … بقوله:), a first name the article gave another person
 * (قال عبدالله طلب، مدير …: not عبدالله المعيقل), عبر as "via" (… سريعا عبر …، عبر «…»), and
 * وبين as "and between" (الفرق بينه وبين دوناتيلا أنه: judge33), the one viewed after ينظر إلى
 * (fix53). */
#include "events/quotes.h"
#include "events/letters.h"
#include "events/aguard.h"

#include <string.h>

/* The first token of a subject's window from token a (before b) past the one a verb of
 * telling tells (data/quotes.tsv "behalf" 1: أبلغ، أخبر): a name in quote marks or brackets
 * right after the verb (أبلغ "الاقتصادية" مصدر مسؤول، أبلغت «الشرق الأوسط» أن: the newspaper
 * was told; with nothing after it, the last speaker goes on). a when there is none. */
size_t qt_past_told(const qctx *q, const qcue *c, size_t a, size_t b)
{
    const rasd_token *t = q->s->t;
    size_t n, e;
    int v;
    if (c->part || a + 2 >= b || !ev_word_is(q->s, c->i, 1, EK_BEHALF, &v, &n) ||
        v != BEHALF_TOLD || t[a].kind != RASD_TOK_PUNCT || qt_comma(q, a))
        return a;
    for (e = a + 1; e < b && e < a + 1 + NESTED_WORDS && ev_is_word(&t[e]); e++)
        ;
    return e > a + 1 && e < b && t[e].kind == RASD_TOK_PUNCT && !qt_comma(q, e) ? e + 1 : a;
}

/* Whether the words from token a (before b) that no list names are cue c's object or
 * content, not its subject: they open with a noun of "cnoun" or "stop" 2 (وجدد التأكيد على،
 * وأكد مدى …) or a
 * saying word follows them (data/quotes.tsv "stop" 1: ذكر عبارة مخالفة تمامًا بقوله:، وأوضح
 * تفاصيل ذلك بقوله). The verb's subject is then the last speaker, as for a bare verb. */
int qt_object_words(const qctx *q, const qcue *c, size_t a, size_t b)
{
    size_t n;
    int v;
    if (c->part || c->named || a >= b || qt_in_entity(q, a))
        return 0;                /* يشير (named): with nobody found, no one's */
    if (ev_word_is(q->s, a, 0, EK_CNOUN, &v, &n) ||
        (ev_word_is(q->s, a, 1, EK_STOP, &v, &n) && v == STOP_OBJECT))
        return 1;
    for (size_t k = a + 1; k < b && k <= a + DESCRIPTION; k++)
        if (ev_word_is(q->s, k, 0, EK_STOP, &v, &n) && v == STOP_SAYING)
            return 1;
    return 0;
}

/* Whether token k may be a word of a person's written name: a word no list of quotes.tsv or
 * events.tsv gives another role (not إن، في، خلال، مدير، الوزارة، مصدر, a date, a reporting
 * word), in no other mention. */
static int name_word(const qctx *q, size_t k)
{
    ev_scan *s = q->s;
    size_t n;
    return k < s->nt && ev_is_word(&s->t[k]) && s->t[k].norm_len >= LETTERS(2) &&
           !qt_in_entity(q, k) && !qt_in_date(q, k) && !qt_in_pair(q, k) &&
           !ev_word_is(s, k, 1, EK_STOP, NULL, &n) && !ev_word_is(s, k, 0, EK_THAT, NULL, &n) &&
           !ev_word_is(s, k, 0, EK_CPREP, NULL, &n) && !ev_word_is(s, k, 1, EK_PREP, NULL, &n) &&
           !ev_word_is(s, k, 0, EK_RELATIVE, NULL, &n) && !ev_word_is(s, k, 0, EK_NEGATION, NULL, &n) &&
           !ev_word_is(s, k, 0, EK_CNOUN, NULL, &n) && !ev_word_is(s, k, 0, EK_SOURCE, NULL, &n) &&
           !ev_word_is(s, k, 0, EK_AUX, NULL, &n) && !ev_word_is(s, k, 1, EK_CUE, NULL, &n) &&
           !ev_word_is(s, k, 1, EK_PART, NULL, &n) && !ev_word_is(s, k, 0, EK_LEAD, NULL, &n) &&
           !ev_word_is(s, k, 0, EK_BODY, NULL, &n) && !ev_word_is(s, k, 0, EK_HONOR, NULL, &n);
}

/* Whether token k ends a written name: a comma or colon, إن/أن, or a title (مدير، الناطق). */
static int name_end(const qctx *q, size_t k)
{
    size_t n;
    return k < q->s->nt && (qt_comma(q, k) || ev_punct(q->s, k, ":") ||
                            ev_word_is(q->s, k, 0, EK_THAT, NULL, &n) ||
                            ev_word_is(q->s, k, 0, EK_LEAD, NULL, &n));
}

/* Whether the text's bytes of token k are a word of name (its words split at spaces). */
static int in_name(const qctx *q, size_t k, const char *name)
{
    const char *w = q->doc->text + q->s->t[k].start, *p = name;
    size_t len = q->s->t[k].end - q->s->t[k].start;
    for (;;) {
        size_t l = strcspn(p, " ");
        if (l == len && memcmp(p, w, len) == 0)
            return 1;
        if (!p[l])
            return 0;
        p += l + 1;
    }
}

/* The token of a mention one word long at bytes [start, end), or nt. */
static size_t one_token(const qctx *q, uint32_t start, uint32_t end)
{
    size_t lo = 0, hi = q->s->nt;
    while (lo < hi) {                              /* the first token ending after start */
        size_t mid = lo + (hi - lo) / 2;
        if (q->s->t[mid].end <= start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < q->s->nt && q->s->t[lo].start == start && q->s->t[lo].end == end ? lo : q->s->nt;
}

/* A speaker the article names by one word that is the first of a person's name it gave
 * before, when the text writes that word with other name words the person's name lacks and
 * then a comma, a colon, إن/أن or a title (قال عبدالله طلب، مدير البرامج …: not عبدالله
 * المعيقل): the written name speaks by its words, with no entity. */
void qt_written_name(qctx *q, speaker *sp)
{
    size_t k, e;
    const char *name = sp->name;
    if (!sp->id || !name || !strchr(name, ' ') || sp->desc ||
        (k = one_token(q, sp->start, sp->end)) >= q->s->nt || !in_name(q, k, name))
        return;
    for (e = k + 1; e < k + 3 && name_word(q, e); e++)
        if (in_name(q, e, name))
            return;                                /* عبدالله المعيقل: the name's own word */
    if (e == k + 1 || !name_end(q, e))
        return;
    {
        size_t first_len = strcspn(name, " ");
        const char *w = q->doc->text + q->s->t[k].start;
        if (first_len != sp->end - sp->start || memcmp(name, w, first_len) != 0)
            return;                                /* only the name's first word */
    }
    qt_speaker_words(q, sp, q->s->t[k].start, q->s->t[e - 1].end);
}

/* Whether token p ends in ما (فيما، بينما، كما: particles before a verb). */
static int ends_ma(const rasd_token *p)
{
    return p->norm_len >= LETTERS(2) &&
           memcmp(p->norm + p->norm_len - LETTERS(2), U_MEEM U_ALEF, LETTERS(2)) == 0;
}

/* Whether STRICT cue c (عبر) is "via": with no و or ف, right after an adverb written with
 * tanween (انتشر سريعاً عبر …) or a nisba adverb in يا (إلكترونيا، رسميا عبر), or after a
 * name or a word no list gives a role and before a name in quote marks or brackets (عاصي
 * الحلاني عبر «خليجية»). Not after فيما، بينما، جانبها (ا of a particle or a pronoun) nor
 * بدوره، عبر «مركز الميزان» عن. */
int qt_via_word(const qctx *q, const qcue *c)
{
    const rasd_token *t = q->s->t;
    size_t j = c->i + c->n;
    size_t n;
    if (c->cut || c->i == 0 || !ev_is_word(&t[c->i - 1]) ||
        (j < q->s->nt && ev_word_is(q->s, j, 0, EK_HONOR, NULL, &n)))
        return 0;                                 /* أصدر بياناً عبر فيه عن أسفه */
    const rasd_token *p = &t[c->i - 1];
    const char *w = q->doc->text + p->start;
    size_t len = p->end - p->start, tan = strlen(U_ALEF "\xd9\x8b");
    if (j < q->s->nt && t[j].kind == RASD_TOK_PUNCT && !qt_comma(q, j) &&
        (qt_in_entity(q, c->i - 1) || (name_word(q, c->i - 1) &&
                                       !ev_word_is(q->s, c->i - 1, 1, EK_SUBJECT, NULL, &n) &&
                                       !ends_ma(p))))
        return 1;                                 /* الحلاني عبر «خليجية»، مغردون عبر "تويتر" */
    if (qt_in_entity(q, c->i - 1) || starts_with(p->norm, p->norm_len, U_ARTICLE))
        return 0;
    if (len > tan && (memcmp(w + len - tan, U_ALEF "\xd9\x8b", tan) == 0 ||
                      memcmp(w + len - tan, "\xd9\x8b" U_ALEF, tan) == 0))
        return 1;                                 /* سريعاً: tanween written */
    return p->norm_len >= LETTERS(5) &&
           memcmp(p->norm + p->norm_len - LETTERS(2), U_YEH U_ALEF, LETTERS(2)) == 0;
}

/* Whether cue c is وبين as "and between": a word بين (بينه، بينها، بين …; not بينما) among the
 * BETWEEN_WORDS words before it, with no punctuation between (الفرق بينه وبين دوناتيلا أنه،
 * يفرق بين أهل الحق … وبين أهل الباطل; not … بين الحداثة والحضارة. وبين أن). */
int qt_between_word(const qctx *q, const qcue *c)
{
    const rasd_token *t = q->s->t;
    const rasd_token *w = &t[c->i];
    if (c->part || c->n != 1 || w->norm_len != LETTERS(4) ||
        !starts_with(w->norm, w->norm_len, U_WAW U_BEH U_YEH U_NOON))
        return 0;
    for (size_t k = c->i, seen = 0; k-- > 0 && seen < BETWEEN_WORDS; seen++) {
        if (t[k].kind == RASD_TOK_PUNCT)
            return 0;
        if (starts_with(t[k].norm, t[k].norm_len, U_BEH U_YEH U_NOON) &&
            !ends_with(t[k].norm, t[k].norm_len, U_MEEM U_ALEF))
            return 1;                             /* بينه وبين دوناتيلا */
    }
    return 0;
}

/* Whether the words from token a (before b) after a verb of viewing (data/quotes.tsv "aguard
 * view_verb": ينظر، تنظر) open with its إلى and go on to على أن: "seen as" (وكان ينظر إلى
 * منصور في السابق على أنه، ينظر الى منصور … على نطاق واسع على انه): what follows إلى is the
 * one viewed, not the viewer, who comes before إلى or not at all. Without على أن the verb may
 * be a look (ينظر إلى ساعته) or a hope (تنظر إلى المرحلة … بعين التفاؤل): left as it was. */
int qt_viewed(const qctx *q, const qcue *c, size_t a, size_t b)
{
    size_t n;
    int v;
    if (c->part || a >= b || !ev_aguard_is(q->s, c->i, 1, AG_VIEW_VERB, &n) || n != c->n ||
        !ev_word_is(q->s, a, 0, EK_CPREP, &v, &n) || n != 1 || !(v & 2) || qt_in_entity(q, a))
        return 0;
    for (size_t k = a + 1; k + 1 < q->s->nt && k <= b; k++) {
        if (q->s->t[k].kind == RASD_TOK_PUNCT && !qt_comma(q, k))
            return 0;
        if (ev_word_is(q->s, k, 0, EK_CPREP, &v, &n) && n == 1 && v == 1 &&
            ev_word_is(q->s, k + 1, 0, EK_THAT, NULL, &n))
            return 1;          /* … على أنه: "seen as" */
    }
    return 0;
}
