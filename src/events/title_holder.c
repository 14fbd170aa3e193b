/* title_holder.c — a bare title for the person the article last named with that title (branch
 * mend53, stop 45; docs/EVENTS.md "Issue 16: judge47's wrong rows"): «… حسب تقديرات الخبير
 * الروسي روستام تانكايف. ويتوقع الخبير أن …». A bare title (وقال الوزير، ويتوقع الخبير)
 * stands for the last speaker going on (qt_continued); when someone else was named since, or
 * the last speaker is an unnamed source (توقعات المحللين تشير، quotes53), it had no person
 * and stayed the bare word. Here it is the person named last before the verb, since the last
 * statement, when that person's mention follows the same title word (the same normalised
 * token) within TITLE_GAP words (الخبير الروسي روستام تانكايف، الوزير السعودي عادل الجبير).
 * speakers.c asks here after qt_continued found nobody for a bare title. */
#include "events/quotes.h"
#include "events/abbrev_dot.h"
#include "events/letters.h"

#include <string.h>

enum {
    OWN_INFORMATION = 7,       /* data/quotes.tsv "own" 7: information, estimates, forecasts */
    TITLE_GAP = 3              /* words between the title and the name: adjectives of origin or
                                  field (الخبير الاقتصادي الروسي), no clause */
};

/* The person that can speak named last in tokens [a, i), outside quote marks. */
static const rasd_entity *last_named(const qctx *q, size_t a, size_t i)
{
    const rasd_entity *named = NULL;
    for (size_t k = qt_ent_from(q, a); k < q->ne && q->en[k].tok_start < i; k++)
        if (q->en[k].tok_start >= a && strcmp(q->en[k].type, "PER") == 0 &&
            !qt_in_pair(q, q->en[k].tok_start) && qt_can_speak(q, &q->en[k]))
            named = &q->en[k];
    return named;
}

/* Whether the words before mention en, within TITLE_GAP + 1 tokens, hold the title of token
 * a, with only words with the article between it and the name (الخبير الروسي روستام; not
 * عقده الصعب لإيضاح قضية الجهيم, a surname and a clause), the title not after a word of ل
 * before a person (برقية لجلالة الملك محمد السادس: the one written to). */
static int titled_by(const qctx *q, const rasd_entity *en, size_t a)
{
    const rasd_token *t = q->s->t, *w = &t[a];
    size_t n;
    for (size_t p = en->tok_start; p-- > 0 && p + TITLE_GAP + 1 >= en->tok_start;) {
        if (ev_abbrev_dot(q->s, p)) {
            p--;                   /* الوزير د. عزام: an abbreviation and its dot (attr66) */
            continue;
        }
        if (!ev_is_word(&t[p]) || qt_in_entity(q, p))
            return 0;
        if (t[p].norm_len == w->norm_len && memcmp(t[p].norm, w->norm, w->norm_len) == 0)
            return !qt_addressed(q, p);
        if (!starts_with(t[p].norm, t[p].norm_len, U_ARTICLE) ||
            ev_word_is(q->s, p, 0, EK_STOP, NULL, &n) || ev_word_is(q->s, p, 0, EK_PREP, NULL, &n))
            return 0;
    }
    return 0;
}

int qt_title_holder(qctx *q, size_t a, size_t i, speaker *sp)
{
    const rasd_entity *en;
    size_t n;
    if (!ev_word_is(q->s, a, 0, EK_LEAD, NULL, &n) || n != 1)
        return 0;                  /* a title (الخبير، الوزير), not a surname (الصعب) */
    en = last_named(q, q->last_end, i);
    if (!en || qt_title_mention(en) || en->tok_end > a || !titled_by(q, en, a))
        return 0;
    sp->id = en->id, sp->name = en->name, sp->desc = 0;
    sp->start = q->s->t[a].start, sp->end = q->s->t[a].end;
    return 1;
}

/* Whether the last speaker is an unnamed source of information, estimates or forecasts
 * (data/quotes.tsv "own" 7: وتشير المعلومات، توقعات المحللين تشير): a bare title after it
 * (وأفاد المتهم، ويتوقع الخبير) is a person, not that source going on. Its first token is
 * found by a binary search on its start byte. */
int qt_info_last(const qctx *q)
{
    size_t k, n;
    int v;
    if (!q->last.name || !q->last.desc)
        return 0;
    k = ev_token_at(q->s, q->last.start);
    return k < q->s->nt && ev_word_is(q->s, k, 0, EK_OWN, &v, &n) && n == 1 &&
           v == OWN_INFORMATION;
}
