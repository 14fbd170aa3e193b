/* meeting_during.c — a meeting told by a possessive noun in a phrase of time, its other party the
 * noun's object (issue 16, branch summit53, stop 45; docs/EVENTS.md "Issue 16: meetings told
 * by nouns (branch summit53, stop 45)").
 *
 * «ودعا الرئيس اليمني خلال لقائه اليوم مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل
 * ولد الشيخ»: the rules read لقائه X (events.tsv meet 3) as the sentence's one event, so a
 * sentence whose verb tells another (دعا، قال، أكد) loses the meeting; encounter.c reads the
 * noun only with مع، ب or بين after it. Here the noun (data/events.tsv "encounter" 1 or 4 with
 * a singular possessive: لقائه، لقائها، اجتماعه، اجتماعها) right after a word of occasion
 * (aguard occasion: خلال، أثناء، هامش …) or of a thing done (negation 1: بعد، عقب), then only
 * a date or time, gives a meeting of
 *   - the party right after: a person named behind titles, a group of people, a title
 *     (encounter.c's party_at, no proclitic: not والشعب), and
 *   - the last person named before the noun in its clause (the main verb's subject);
 * one side at least a name, the two differ. Not negated, asked, a purpose, a match (لقائه in
 * a sentence of sport), a courtesy; planned by the words of plan; dated two years or more
 * before the article: history (encounter.c's add_meeting).
 */
#include "events/encounter.h"
#include "events/aguard.h"

#include <string.h>

enum { DATE_GAP = 3 };         /* date or time words between the noun and its object
                                  (اليوم، أمس، مساء أمس) */
enum { NAME_REACH = 8 };       /* tokens from a described party to the name that ends its
                                  title (مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل
                                  ولد الشيخ: 7) */
enum { NEG_AFTER = 1 };        /* "negation" 1: بعد، عقب (encounter.c's) */

/* Whether token k (before the noun) is a word of occasion or of a thing done. */
static int occasion_word(sent_ctx *c, size_t k)
{
    return ev_clitic(c, k) == 0 &&
           (ev_aguard_word(c, k, AG_OCCASION) || word_value(c, k, EK_NEGATION) == NEG_AFTER);
}

/* The person named within NAME_REACH tokens of token k, no punctuation and no word with و
 * between, that ends the title a described party p starts (وزير حقوق الإنسان بالجمهورية
 * اليمنية عزالدين الاصبحي); p itself when none, or when p is a name. */
static const rasd_entity *named_party(sent_ctx *c, size_t k, const rasd_entity *p)
{
    if (p >= c->en && p < c->en + c->ne)
        return p;
    for (size_t b = k; b < c->t1 && b < k + NAME_REACH; b++) {
        const rasd_entity *q = ev_first_entity(c, b, b + 1);
        if (q && q->tok_start == b && q->id && q->id[0] && strcmp(q->type, "PER") == 0)
            return q;
        if (!ev_is_word(&c->s->t[b]) || (b > k && ev_clitic(c, b) == CL_WA) ||
            ev_clause_end(c, b))
            break;
    }
    return p;
}

rasd_status ev_during_object(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                             size_t n, int match)
{
    const rasd_entity *p[2];
    size_t k = i + n;
    if (n != 1 || i <= c->t0 || ev_clitic(c, i) != 0 || !ev_enc_possessive(&c->s->t[i]) ||
        !occasion_word(c, i - 1))
        return RASD_OK;
    while (k < c->t1 && k < i + n + DATE_GAP && ev_is_word(&c->s->t[k]) && ev_in_date(c, k))
        k++;
    if (k >= c->t1 || !ev_is_word(&c->s->t[k]) || ev_clitic(c, k) != 0 ||
        (p[1] = ev_enc_party(c, k)) == NULL || p[1]->tok_start < k ||
        (p[1] = named_party(c, k, p[1])) == NULL ||
        (p[0] = ev_enc_named_before(c, i - 1)) == NULL || p[0] == p[1] ||
        (ev_is_group(p[0]) && ev_is_group(p[1])) ||
        (p[0]->id && p[1]->id && p[0]->id[0] && strcmp(p[0]->id, p[1]->id) == 0) ||
        ev_enc_unreal(c, i, n, match))
        return RASD_OK;
    return ev_enc_add(c, x, s, e, p, 2, i, i + n - 1);
}
