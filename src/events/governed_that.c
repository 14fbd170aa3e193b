/* governed_that.c — a that-word governed by a word of its own, not a cue's content (issue 16,
 * qprec57, stop 49; docs/EVENTS.md "Issue 16: false quote rows over every read part (branch
 * qprec57, stop 49)").
 *
 * content_start (quotes.c) walks up to WINDOW tokens from a reporting word to the first أن or
 * إن and takes it as the start of the cue's content. A conjunction of time, cause or
 * concession right before the that-word, after a comma (data/quotes.tsv "aguard
 * governed_that": …، بعد أن، …، قبل أن، …، رغم أنه، …، علما أنها، …، إذ إن) opens a clause of the
 * writer's sentence, as a contrast after a comma does (…، غير أن: that_clause.c), not the
 * cue's content: وأورد الاتحاد الدولي … تفاصيل سحب القرعة بحسب مختلف القارات، علما أنها لن
 * تشمل (dev). The walk goes on past it, so that a colon, a quote mark or a later that-word
 * still opens the cue's content (وقال العضو المنتدب … راؤول ريستوشي، بعد أن تم توقيع العقد في
 * مسقط، "إن …"), or a nominal complement before it does (أعلنت المديرية … حالة الطوارئ بجميع
 * مستشفيات المنطقة، بعد أن وقع حادث).
 * Without the comma the conjunction stays in the cue's clause: a first version that took
 * every such conjunction removed 71 rows of a fresh draw (seed 57491), 14 of them real quotes
 * lost (أعلن مجلس الوزراء … عطلة رسمية بعد أن …: the complement's clause; ويضيف بعد أن يوضع
 * التمر …: the content itself), 30 replaced by a better row (docs/EVENTS.md). The words are
 * tested with their proclitic written out (وبعد، فبعد), as the list spells them; بعدما, one
 * word, is not the list's (ما is no that-word). Assumes content_start's order: a prayer's and
 * a contrast's أن (that_not_cues) end the walk before this is asked. */
#include "events/quotes.h"
#include "events/aguard.h"
#include "events/letters.h"

/* A that-word with ب (بأن، بأنها) is a cue's own (اعترفت رئاستها فيما بعد بأنها: بعد is
 * "later" there); of the conjunctions only علما takes it (علما بأن, "governed_bi"). */
int qt_governed_that(const qctx *q, size_t a, size_t i)
{
    size_t n;
    if (!(i > a + 1 && qt_comma(q, i - 2) && ev_is_word(&q->s->t[i - 1]) &&
          !qt_in_entity(q, i - 1) && ev_word_is(q->s, i, 0, EK_THAT, NULL, &n) && n == 1 &&
          ev_aguard_is(q->s, i - 1, 0, AG_GOVERNED_THAT, &n) && n == 1))
        return 0;                  /* not أشارت «واشنطن بوست» من قبل إلى أن (two words), nor
                                      أعلن مجلس الوزراء … عطلة رسمية بعد أن (no comma: the
                                      complement's clause goes on) */
    return !letter_is(q->s->t[i].norm, U_BEH) ||
           (ev_aguard_is(q->s, i - 1, 0, AG_GOVERNED_BI, &n) && n == 1);
}
