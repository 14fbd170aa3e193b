/* ministry.c — a ministry speaks under its whole name: the recogniser's mention «وزارة
 * الصحة» goes on past و when the nouns after it are the ministry's portfolio (أشارت وزارة
 * الصحة والعمل والضمان الاجتماعي إلى أن …: the speaker is the whole ministry; issue 16, fix56,
 * stop 53; docs/EVENTS.md "Issue 16: quote forms stop 52 left (branch fix56, stop 53)").
 *
 * The portfolio nouns are a closed class of data/quotes.tsv, "aguard ministry_portfolio"
 * (العمل، الضمان الاجتماعي، التخطيط، الأوقاف، القروية …); not الصحة nor الشؤون الصحية: «وزارة
 * الصحة والشؤون الصحية بوزارة الحرس الوطني» are two bodies of one statement. emit_one
 * (quotes.c) asks here for every statement; the speaker becomes the text's words (a
 * description, no entity id: the mention's entity is the ministry's first portfolio only). */
#include "events/quotes.h"
#include "events/aguard.h"
#include "events/letters.h"

#include <string.h>

/* Whether the words of bytes [a, b) hold وزارة (or بوزارة، لوزارة), the head of a ministry's
 * name. */
static int ministry_in(const qctx *q, uint32_t a, uint32_t b)
{
    static const char head[] = U_WAW U_ZAIN U_ALEF U_REH U_HEH;    /* وزارة, ة folded */
    for (size_t k = ev_token_from(q->s, a); k < q->s->nt && q->s->t[k].end <= b; k++) {
        const rasd_token *t = &q->s->t[k];
        if (t->norm_len <= sizeof head - 1 + LETTERS(1) && ends_with(t->norm, t->norm_len, head))
            return 1;                  /* وزارة، بوزارة، لوزارة */
    }
    return 0;
}

void qt_ministry_portfolio(qctx *q, speaker *sp)
{
    size_t j, n, end;
    if (!sp->name || sp->end <= sp->start || !ministry_in(q, sp->start, sp->end))
        return;
    j = ev_token_from(q->s, sp->end);
    end = j;
    while (j < q->s->nt && q->s->t[j].norm_len > LETTERS(1) &&
           letter_is(q->doc->text + q->s->t[j].start, U_WAW) &&
           ev_aguard_is(q->s, j, 1, AG_MINISTRY_PORTFOLIO, &n) && q->s->cut == 1)
        j += n, end = j;                       /* والعمل، والضمان الاجتماعي */
    if (end == ev_token_from(q->s, sp->end))
        return;
    qt_speaker_words(q, sp, sp->start, q->s->t[end - 1].end);
}
