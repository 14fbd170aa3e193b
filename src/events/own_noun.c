/* own_noun.c — a reporting verb's object that is a noun with a possessive pronoun agreeing
 * with the verb's subject (branch quotes34, docs/EVENTS.md "Issue 16: statements reported by
 * a verb and a noun object"): وأعلن بلاتيني ترشحه، أوضح الجهاز الطبي بالهلال حاجته، أعلنت
 * موضي الخلف، عزمها (not taken, and never were: أكد المطلك في حديث لـ«الشرق الأوسط» دعمه, the
 * miss quotes34 started from: a surname the recogniser leaves out, and then «…» read as the
 * content's start; reg66, docs/EVENTS.md "the rules' own examples"). The speaker's own stance
 * or act (his candidacy, its need, his support) is what the verb reports: the nominal
 * complement runs to its clause's end, as for a noun of "cnoun". Only for a verb of
 * data/quotes.tsv "own" (أعلن، أكد، أوضح، أبدى، نفى، توقع، شدد; not جدد: جدد عقده، جددت
 * الميليشيات قصفها renew an act; not دعا: دعا الرئيس أنصاره names the ones appealed to), not
 * negated or asked (لم يعلن ترشحه، هل أكد), with its subject found,
 * and only where the subject ends: right after it or after a comma, a mark, a date, a time
 * word or a named entity's token (أعلنت الحكومة اليمنية في وقت سابق، …). The pronoun agrees
 * with the verb (ه after a masculine verb, ها after a feminine one, هم/هما after a plural):
 * أعلن الوزير نتائجها is not his own. Not a thing announced ("own" 1: أعلنت الشركات
 * نتائجها المالية، أعلن المدرب قائمته), not a word with ل (لضمه: "to sign him"), not one
 * before God's name (حفظه الله), not at or past a relative pronoun after the verb (…، الذي
 * كلفه). quotes.c comp_start asks here. */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

/* Whether token i is a particle that negates or asks (لم، لن، لا، ما، هل). */
static int negated(const qctx *q, size_t i)
{
    static const char *const particles[] = {U_LAM U_MEEM, U_LAM U_NOON, U_LAM U_ALEF,
                                            U_MEEM U_ALEF, U_HEH U_LAM};
    const rasd_token *t = &q->s->t[i];
    for (size_t k = 0; k < sizeof particles / sizeof *particles; k++)
        if (t->norm_len == strlen(particles[k]) && memcmp(t->norm, particles[k], t->norm_len) == 0)
            return 1;
    return 0;
}

/* The letters of token i's possessive pronoun as written (ه 1, ها/هم 2, هما 3), agreeing
 * with gender (1 m, 2 f, 3 pl), 0 for none. */
static size_t pronoun(const qctx *q, size_t i, int gender)
{
    size_t len;
    const char *text = rasd_doc_text(q->doc, &len);
    const rasd_token *t = &q->s->t[i];
    const char *w;
    size_t l;
    if (!text || t->end > len)
        return 0;
    w = text + t->start, l = t->end - t->start;
    if (gender == 1 && ends_with(w, l, U_HEH) && !ends_with(w, l, U_HEH U_HEH))
        return 1;
    if (gender == 2 && ends_with(w, l, U_HEH U_ALEF))
        return 2;
    if (gender == 3 && ends_with(w, l, U_HEH U_MEEM))
        return 2;
    if (gender == 3 && ends_with(w, l, U_HEH U_MEEM U_ALEF))
        return 3;
    return 0;
}

/* Whether the word after token k is God's name: a formula of prayer (وأكد سموه - حفظه الله
 * -), not a noun. */
static int god_after(const qctx *q, size_t k)
{
    const rasd_token *t = k + 1 < q->s->nt ? &q->s->t[k + 1] : NULL;
    static const char god[] = U_ALEF U_LAM U_LAM U_HEH;
    return t && t->norm_len == strlen(god) && memcmp(t->norm, god, t->norm_len) == 0;
}

/* Whether token k is a noun of the speaker's own with its pronoun (دعمه، حاجته، عزمها). */
static int own_word(const qctx *q, size_t k, int gender)
{
    ev_scan *s = q->s;
    const rasd_token *t = &s->t[k];
    size_t n, p = pronoun(q, k, gender);
    return p && ev_is_word(t) && t->norm_len >= LETTERS(p + 3) &&
           !starts_with(t->norm, t->norm_len, U_ARTICLE) && !letter_is(t->norm, U_WAW) &&
           !letter_is(t->norm, U_FEH) && !letter_is(t->norm, U_LAM) && !qt_in_entity(q, k) && !qt_in_date(q, k) &&
           !ev_word_is(s, k, 1, EK_STOP, NULL, &n) && !ev_word_is(s, k, 0, EK_THAT, NULL, &n) &&
           !ev_word_is(s, k, 0, EK_CPREP, NULL, &n) && !ev_word_is(s, k, 1, EK_PREP, NULL, &n) &&
           !ev_word_is(s, k, 0, EK_HONOR, NULL, &n) && !ev_word_is(s, k, 0, EK_RELATIVE, NULL, &n) &&
           !ev_word_is(s, k, 1, EK_CUE, NULL, &n) && !ev_word_is(s, k, 1, EK_PART, NULL, &n) &&
           !ev_word_is(s, k, 0, EK_SOURCE, NULL, &n) && !ev_word_is(s, k, 0, EK_SPEECH, NULL, &n) &&
           !ev_word_is(s, k, 0, EK_OWN, NULL, &n);   /* "own" 1: نتائجها، قائمته (a thing) */
}

/* Whether cue c may take a noun of its subject's own: a verb of data/quotes.tsv "own" (no
 * participle) with a gender, not negated or asked. */
static int own_cue(const qctx *q, const qcue *c)
{
    size_t n;
    int v;
    return !c->part && c->gender >= 1 && c->gender <= 3 &&
           ev_word_is(q->s, c->i, 1, EK_OWN, &v, &n) && v == 0 && !(c->i > 0 && negated(q, c->i - 1));
}

int qt_own_opens(const qctx *q, const qcue *c, size_t k)
{
    return k < q->s->nt && own_cue(q, c) && own_word(q, k, c->gender) && !god_after(q, k);
}

int qt_own_noun(const qctx *q, const qcue *c, const speaker *sp, size_t j, size_t k)
{
    size_t n;
    int v;
    if (!sp->name || !own_cue(q, c))
        return 0;
    if (k > j && (!qt_ends_subject(q, k - 1) || ev_punct(q->s, k - 1, "(")))
        return 0;                      /* و (أجيبه …: an aside's word */
    for (size_t i = j > 0 ? j - 1 : 0; i < k; i++)
        if (ev_word_is(q->s, i, 0, EK_RELATIVE, &v, &n) && v == 1)
            return 0;                  /* كريستيان بينتيكي، الذي كلفه … لضمه: another clause;
                                          المباريات الودية التي سيخوضها: the relative's verb */
    return own_word(q, k, c->gender) && !god_after(q, k);
}
