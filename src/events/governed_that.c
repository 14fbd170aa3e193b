/* governed_that.c — a that-word governed by a word of its own, not a cue's content (issue 16,
 * qprec57, stop 49; docs/EVENTS.md "Issue 16: false quote rows over every read part (branch
 * qprec57, stop 49)").
 *
 * content_start (quotes.c) walks up to WINDOW tokens from a reporting word to the first أن or
 * إن and takes it as the start of the cue's content. A conjunction of time, cause or
 * concession right before the that-word (data/quotes.tsv "aguard governed_that": بعد، قبل،
 * منذ، مع، رغم، باعتبار، علما، إذ …) makes it that word's clause, a clause of the writer's
 * sentence: وهبط سهم نوفوزيم … بعدما أعلنت الشركة عن نتائج …، بينما نزل سهم دويتشه بوست بعد
 * أن خفضت الشركة الألمانية توقعاتها is no content of أعلنت (unseen10), nor فقد أعلن مرارا عن
 * وفاته منذ أن توارى (unseen4), nor وأورد الاتحاد الدولي … تفاصيل سحب القرعة …، علما أنها لن
 * تشمل (dev). The false quote rows of eleven read parts start after such a word or after
 * another governor; the conjunctions are six of them in six parts (unseen11's إذ إن, dev2's
 * باعتبار أن, unseen14's مع أنه). The walk goes on past the governed that-word, so that a
 * colon or a quote mark after the clause still opens the cue's content (وقال فان غال …
 * السبت المقبل قبل ان يختتم يونايتد جولته …: "…", unseen16), a later that-word does
 * (… دي ميستورا -وهو ثالث شخصية … بعد أن انسحب اثنان قبله- إنه يعتقد أن: fresh check), or a
 * nominal complement before it does (وأعلنت المديرية … حالة الطوارئ …، بعد أن وقع حادث).
 * Stopping the walk at the next that-word was tried and dropped: it lost more real quotes
 * than the writer's clauses it removed (docs/EVENTS.md). The words are tested with their
 * proclitic written out (وبعد، فبعد), as the list spells them; بعدما, one word, is not the
 * list's and needs no rule (ما is no that-word). Assumes content_start's order: a prayer's
 * and a contrast's أن (that_not_cues) end the walk before this is asked. */
#include "events/quotes.h"
#include "events/aguard.h"
#include "events/letters.h"

/* A that-word with ب (بأن، بأنها) is a cue's own (اعترفت رئاستها فيما بعد بأنها: بعد is
 * "later" there); of the conjunctions only علما takes it (علما بأن, "governed_bi"). */
int qt_governed_that(const qctx *q, size_t a, size_t i)
{
    size_t n;
    if (!(i > a && ev_is_word(&q->s->t[i - 1]) && !qt_in_entity(q, i - 1) &&
          ev_word_is(q->s, i, 0, EK_THAT, NULL, &n) && n == 1 &&
          ev_aguard_is(q->s, i - 1, 0, AG_GOVERNED_THAT, &n) && n == 1))
        return 0;                  /* not أشارت «واشنطن بوست» من قبل إلى أن: a that-word of
                                      two words is the cue's */
    if (i > a + 1 && ev_aguard_is(q->s, i - 2, 0, AG_ADVERB_TIME, &n) && n == 2)
        return 0;                  /* وكان نتانياهو قد اعتبر من قبل أن: من قبل، فيما بعد are
                                      adverbs ("earlier", "later"), the أن the cue's */
    return !letter_is(q->s->t[i].norm, U_BEH) ||
           (ev_aguard_is(q->s, i - 1, 0, AG_GOVERNED_BI, &n) && n == 1);
}
