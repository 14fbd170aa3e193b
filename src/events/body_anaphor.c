/* body_anaphor.c — a body's bare definite noun for the one organisation the article named with
 * that noun first (issue 16, anaph50, stop 42).
 *
 * An article names a body once in full (حسبما أفاد المرصد السوري لحقوق الإنسان؛ البنك المركزي
 * العماني) and then by its head noun alone (وأشار المرصد إلى أن؛ وقال البنك). qt_body_org
 * finds the organisation whose name starts with the noun without the article (وزارة الداخلية
 * for الوزارة); a name that starts with the definite noun itself was left, and the speaker
 * stayed the bare word. Here the definite noun at token a (a word of data/quotes.tsv "body")
 * stands for the organisation mention of two words or more, before it, whose first word is
 * that noun with the article (a proclitic و ف ب ك allowed before it), when the article names
 * exactly one such organisation (المرصد السوري لحقوق الإنسان and المرصد الأورومتوسطي: none). */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

/* Whether mention en's first word is the definite noun of token a, or it with one proclitic
 * letter (والمرصد). */
static int starts_with_noun(const qctx *q, const rasd_entity *en, const rasd_token *n)
{
    const rasd_token *f = &q->s->t[en->tok_start];
    if (f->norm_len == n->norm_len)
        return memcmp(f->norm, n->norm, n->norm_len) == 0;
    return f->norm_len == n->norm_len + LETTERS(1) &&
           (letter_is(f->norm, U_WAW) || letter_is(f->norm, U_FEH) ||
            letter_is(f->norm, U_BEH) || letter_is(f->norm, U_KAF)) &&
           memcmp(f->norm + LETTERS(1), n->norm, n->norm_len) == 0;
}

/* Whether mentions x and y name the same organisation (same id, else same name). */
static int same_org(const rasd_entity *x, const rasd_entity *y)
{
    if (x->id && y->id)
        return strcmp(x->id, y->id) == 0;
    return x->name && y->name && strcmp(x->name, y->name) == 0;
}

/* Whether token k is a noun of a body or an organisation's kind (data/quotes.tsv "body",
 * "org": وزارة، هيئة): a name that says what it is, unlike داماك. */
static int kind_named(const qctx *q, size_t k)
{
    size_t m;
    return ev_word_is(q->s, k, 0, EK_BODY, NULL, &m) || ev_word_is(q->s, k, 0, EK_ORGNOUN, NULL, &m);
}

/* Whether another organisation spoke last, after body en's latest mention (وقالت داماك إن …
 * وأعلنت الشركة: داماك's, not the company named before it): the last speaker is then the
 * nearer one the noun may stand for. */
static int other_spoke(const qctx *q, const rasd_entity *en, const rasd_token *n)
{
    if (!q->last.name || !q->last.id || q->last.start <= en->start)
        return 0;
    for (size_t k = 0; k < q->ne; k++)
        if (q->en[k].start == q->last.start && strcmp(q->en[k].type, "ORG") == 0)
            return !same_org(&q->en[k], en) && !starts_with_noun(q, &q->en[k], n) &&
                   !kind_named(q, q->en[k].tok_start);
    return 0;       /* the same noun tagged alone (وأفاد المرصد), or a body whose noun says it is
                       another kind (نفت وزارة الدفاع … وأفاد المرصد), is no other */
}

/* The one organisation named before token a whose name starts with a's definite noun; NULL
 * when none or two different ones. */
const rasd_entity *qt_body_definite(const qctx *q, size_t a)
{
    const rasd_token *n = &q->s->t[a];
    const rasd_entity *found = NULL;
    if (!starts_with(n->norm, n->norm_len, U_ARTICLE) || n->norm_len < LETTERS(5))
        return NULL;
    for (size_t k = qt_ent_from(q, a); k-- > 0;) {
        const rasd_entity *en = &q->en[k];
        if (en->tok_end > a || strcmp(en->type, "ORG") != 0 ||
            en->tok_end < en->tok_start + 2 || !starts_with_noun(q, en, n))
            continue;
        if (found && !same_org(found, en))
            return NULL;                   /* two bodies of that noun: which? */
        if (!found)
            found = en;
    }
    return found && !other_spoke(q, found, n) ? found : NULL;
}

/* Whether token p holds noun w (bytes n of the definite noun's norm past its article), or it
 * with one proclitic letter (وهيئة). */
static int indefinite_noun(const rasd_token *f, const char *w, size_t n)
{
    if (f->norm_len == n)
        return memcmp(f->norm, w, n) == 0;
    return f->norm_len == n + LETTERS(1) &&
           (letter_is(f->norm, U_WAW) || letter_is(f->norm, U_FEH)) &&
           memcmp(f->norm + LETTERS(1), w, n) == 0;
}

/* Whether the description from token p to byte end names a body: its last word definite
 * (هيئة شؤون الأسرى والمحررين), not an indefinite adjective of a document (تقرير اقتصادي،
 * دراسة ألمانية حديثة، تقرير صادر). */
static int named_body(const qctx *q, size_t p, uint32_t end)
{
    const rasd_token *t = q->s->t;
    size_t e = p;
    while (e + 1 < q->s->nt && t[e + 1].end <= end)
        e++;
    return starts_with(t[e].norm, t[e].norm_len, U_ARTICLE) ||
           (t[e].norm_len > LETTERS(3) && (letter_is(t[e].norm, U_WAW) || letter_is(t[e].norm, U_FEH)) &&
            starts_with(t[e].norm + LETTERS(1), t[e].norm_len - LETTERS(1), U_ARTICLE));
}

/* The bare definite body noun at token a (وأكدت الهيئة) for the body the recogniser did not
 * name, given in full as the subject of a reporting verb before it (فيما أكدت هيئة شؤون
 * الأسرى والمحررين أن): the noun without the article right after a reporting verb, with words
 * after it that describe it (qt_unnamed), the same words at every such place before a; sp
 * gets those words. 1 when found. */
int qt_body_described(qctx *q, size_t a, speaker *sp)
{
    const rasd_token *t = q->s->t;
    size_t art = strlen(U_ARTICLE), n, m, found = 0;
    speaker d = *sp, one = *sp;
    if (!starts_with(t[a].norm, t[a].norm_len, U_ARTICLE) || t[a].norm_len < LETTERS(5))
        return 0;
    n = t[a].norm_len - art;
    for (size_t p = 1; p < a; p++) {
        if (!indefinite_noun(&t[p], t[a].norm + art, n) || qt_in_entity(q, p) ||
            qt_in_pair(q, p) || !qt_plain_cue(q, p - 1, &m) || m != 1)
            continue;
        if (!qt_unnamed(q, p, qt_send(q, p), &d, EK_BODY, 0) || d.end <= t[p].end ||
            d.end > t[a].start || !named_body(q, p, d.end))
            continue;
        if (found && (d.end - d.start != one.end - one.start ||
                      memcmp(q->doc->text + d.start, q->doc->text + one.start,
                             d.end - d.start) != 0))
            return 0;                      /* two bodies of that noun: which? */
        if (!found)
            one = d;
        found = 1;
    }
    if (!found)
        return 0;
    *sp = one;
    return 1;
}
