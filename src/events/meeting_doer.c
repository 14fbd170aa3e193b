/* meeting_doer.c — meetings told by عقد + its doer + اجتماعا, the doer a title pronoun or a subject
 * carried in the sentence (issue 16, branch meet56, stop 48; docs/EVENTS.md "Issue 16: the
 * meeting forms reach55 found first (branch meet56, stop 48)").
 *
 * reach55 (stop 47) found that the meetings the rules miss are forms around known words; of
 * the form عقد + subject + اجتماعا + بـ/مع + the other side, encounter.c holds the named
 * subject (its support verb, events37), but not:
 *   - a title pronoun as a side: وعقد جلالته اجتماعاً مع سموه (unseen2), وعقد فخامته اجتماعا
 *     مع سموه (reach55's fresh draw), والتقى سموه بوزير …: the pronoun is the person the
 *     sentence before (or this one, before it) names behind the courtesy title of the same
 *     root (جلالة الملك عبدالله الثاني؛ صاحب السمو الملكي الأمير محمد بن سلمان؛ فخامة الرئيس):
 *     data/quotes.tsv "honor" 0 the pronouns, data/events.tsv "aguard honour" the titles;
 *     a pronoun and a title are of one root when their first STEM_LETTERS letters (less ال
 *     and ب) are the same (جلا، سمو، فخا، معا، سما، فضي، سعا). No such name: no event (the
 *     pronoun is never guessed from the article's first person, as ev_honoree does);
 *   - a subject carried from the clause before: حيث قرر اليوناني جوريجوس دونيس عدم إجرائها،
 *     فيما عقد اجتماعا باللاعبين (dev): a support verb right before the noun, a clause
 *     particle (aguard lead: فيما، كما، بينما، حيث) right before it; the subject is the first
 *     person the sentence names before the particle who can be a subject.
 * Hook (encounter.c encounter_at): the pronoun doer is tried first, before noun_subject and
 * verb_subject (whose last resort, the last name before the word, is not the pronoun's
 * referent); the carried subject last, when they find none; a pronoun party when party_at
 * finds none. join_at lets a title pronoun stand between a verb and its مع or ب (التقى سموه
 * بـ). Everything else of encounter.c holds (guards of unreal, sport, courtesy, told, the
 * planned يعقد, history).
 */
#include "events/meeting_doer.h"
#include "events/aguard.h"
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

enum { TITLE_BACK = 5,         /* tokens from a courtesy title to the name's first (صاحب السمو
                                  الملكي الأمير محمد: 3 between) */
       STEM_LETTERS = 3,       /* letters a pronoun shares with its title (جلالته، جلالة) */
       DATE_BACK = 4 };        /* a date between the pronoun and the noun (وعقد سموه أمس اجتماعا) */
enum { SUPPORT_AGENT = 3,      /* data/events.tsv "support" 3: عقد، عقدت (encounter.c's) */
       ENC_WILL_HOLD = 6 };    /* data/events.tsv "encounter" 6: يعقد، سيعقد (encounter.c's) */

/* The first STEM_LETTERS letters of token t's word less off bytes of proclitic and its ال,
 * in *p; 0 if it is shorter. */
static int stem_of(const rasd_token *t, size_t off, const char **p)
{
    const char *w = t->norm + off;
    size_t n = t->norm_len > off ? t->norm_len - off : 0;
    if (starts_with(w, n, U_ARTICLE))
        w += strlen(U_ARTICLE), n -= strlen(U_ARTICLE);
    *p = w;
    return n >= 2 * STEM_LETTERS;      /* Arabic letters: two bytes each */
}

int ev_title_pronoun(sent_ctx *c, size_t k, int bi)
{
    int v;
    size_t n;
    return k >= c->t0 && k < c->t1 && ev_clitic(c, k) == (bi ? CL_BI : 0) &&
           ev_word_is(c->s, k, bi, EK_HONOR, &v, &n) && n == 1 && v == HONOR_PRONOUN;
}

/* Whether the courtesy title of root stem stands right before the name e (or is its first
 * word), only titles and words no name holds between, from token lo on. */
static int titled(sent_ctx *c, const rasd_entity *e, const char *stem, size_t lo)
{
    size_t n;
    for (size_t j = e->tok_start + 1; j-- > lo && j + TITLE_BACK >= e->tok_start;) {
        const char *w;
        if (!ev_is_word(&c->s->t[j]) || (j < e->tok_start && ev_in_name(c, j)))
            return 0;          /* a punctuation mark, another name: not its title */
        if (ev_aguard_is(c->s, j, 0, AG_HONOUR, &n) && n == 1)
            return stem_of(&c->s->t[j], 0, &w) && memcmp(w, stem, 2 * STEM_LETTERS) == 0;
    }
    return 0;
}

const rasd_entity *ev_title_pronoun_referent(sent_ctx *c, size_t k, int bi, const rasd_entity *not)
{
    const char *stem;
    uint32_t at;
    size_t lo;
    if (!ev_title_pronoun(c, k, bi) || !stem_of(&c->s->t[k], bi ? 2 : 0, &stem))
        return NULL;
    at = c->s->t[k].start;
    lo = ev_token_from(c->s, c->before);
    for (size_t q = 0; q < c->ne; q++) {
        const rasd_entity *e = &c->en[q];
        if (e->start < c->before || e->end > at || strcmp(e->type, "PER") != 0 || !e->id ||
            !e->id[0] || (not && (e == not || (not->id && strcmp(not->id, e->id) == 0))))
            continue;
        if (titled(c, e, stem, lo))
            return e;
    }
    return NULL;
}

/* Whether token k is a verb that holds a meeting (عقد، وعقد، يعقد). */
static int support_verb(sent_ctx *c, size_t k)
{
    int v;
    size_t n;
    return k >= c->t0 && ((ev_word_is(c->s, k, 1, EK_SUPPORT, &v, &n) && n == 1 &&
                           v == SUPPORT_AGENT) ||
                          (ev_word_is(c->s, k, 1, EK_ENCOUNTER, &v, &n) && n == 1 &&
                           v == ENC_WILL_HOLD));
}

const rasd_entity *ev_pronoun_doer(sent_ctx *c, size_t i, size_t n, int noun)
{
    size_t k = i;
    if (!noun)
        return ev_title_pronoun_referent(c, i + n, 0, NULL); /* والتقى سموه بـ */
    while (k > c->t0 && k + DATE_BACK > i && ev_in_date(c, k - 1))
        k--;                   /* وعقد سموه أمس اجتماعا */
    if (k <= c->t0 + 1 || !ev_title_pronoun(c, k - 1, 0) || !support_verb(c, k - 2))
        return NULL;
    return ev_title_pronoun_referent(c, k - 1, 0, NULL);
}

const rasd_entity *ev_meeting_carried_doer(sent_ctx *c, const kind_info *ki, size_t i)
{
    size_t n;
    int v;
    if (i < c->t0 + 2 || !ev_word_is(c->s, i - 1, 0, EK_SUPPORT, &v, &n) || n != 1 ||
        v != SUPPORT_AGENT || !ev_aguard_is(c->s, i - 2, 1, AG_LEAD, &n) || n != 1)
        return NULL;           /* فيما عقد اجتماعا */
    for (size_t q = 0; q < c->ne; q++) {
        const rasd_entity *e = &c->en[q];
        int cl;
        if (e->tok_start < c->t0 || e->tok_end > i - 2 || strcmp(e->type, "PER") != 0 ||
            !e->id || !e->id[0])
            continue;
        cl = ev_name_clitic(c, e);
        if (cl != CL_BI && cl != CL_LAM && ev_can_act(c, ki, e, NULL, NULL, 1) &&
            !(e->tok_start > c->t0 && word_kind(c, e->tok_start - 1, 0, EK_PREP)))
            return e;
        return NULL;           /* the sentence's first person is no subject: none */
    }
    return NULL;
}
