/* clash_between.c — a clash phrase with words before its بين (issue 16, branch fight53;
 * docs/EVENTS.md "Issue 16: clashes with words before بين, an advance told by تقدم"; the
 * advance is ground_subject.c's since stop 48).
 *
 * The rules read a clash's two sides after بين when بين follows the noun or the phrase right
 * away (data/events.tsv fight 4: المعارك بين، اشتباكات عنيفة بين; fight 13 and 20 then بين:
 * اندلعت اشتباكات بين). News often puts words between them: an adjective, a verb of "took
 * place" or "goes on", a day, a comma or the place (تصاعدت حدة المعارك، ليلة السبت، بين
 * المقاومة الشعبية والجيش الوطني؛ المواجهات المسلحة ما زالت دائرة بين الحوثيين والمقاومة؛
 * تدور معارك عنيفة في التواهي بين الجيش والمقاومة). Those words are the closed list "aguard"
 * clash_gap (data/events.tsv), a day the dates stage found (ev_in_date), a comma, or في and a
 * place the recogniser named; any other word (الاشتباكات على الحدود الشمالية بين، سقط في هذه
 * المعارك المئات … بين قتيل وأسير) means بين is not the clash's. The sides are then read as the
 * adjacent form reads them (F_BETWEEN: names or a force's description after بين), and the
 * event goes through the same guards (history, sport, plan) as that form's. Only after a
 * clash phrase of fight 13 or 20 (اندلعت اشتباكات، المواجهات المسلحة), in actors_of, and only
 * with both sides read: a bare clash noun (المعارك، ليلة السبت، بين) was tried from trigger()
 * and cost 18 Ir/token (a look-up at every token that may start an event), so it is not read.
 */
#include "events/actors.h"
#include "events/aguard.h"

enum { CLASH_BETWEEN_GAP = 6 }; /* tokens between the clash noun (or phrase) and بين, at most
                                  (المواجهات المسلحة ما زالت دائرة بين: 4; a comma, a day of
                                  two words and a comma: 4; في and a two-word place: 3) */

/* The token of the بين that the gap from token k leads to (k itself when بين stands there),
 * or 0 when another word comes first or CLASH_BETWEEN_GAP tokens pass. */
size_t ev_gap_between(sent_ctx *c, size_t k)
{
    size_t end = k + CLASH_BETWEEN_GAP + 1;
    while (k < c->t1 && k < end) {
        const rasd_entity *p;
        if (ev_aguard_word(c, k, AG_BETWEEN))
            return k;
        if (ev_comma(c, k) || ev_in_date(c, k) || ev_aguard_word(c, k, AG_CLASH_GAP)) {
            k++;
            continue;
        }
        if (word_value(c, k, EK_PLACE) == PLACE_IN && k + 1 < c->t1 &&
            (p = ev_first_entity(c, k + 1, k + 2)) != NULL && is_loc(p) &&
            p->tok_start == k + 1) {
            k = p->tok_end;    /* في التواهي، في محافظة أبين */
            continue;
        }
        return 0;
    }
    return 0;
}
