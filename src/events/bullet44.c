/* bullet44.c — a harm undergone, its doer after برصاص / بنيران (issue 16, branch events44;
 * docs/EVENTS.md "Issue 16: unseen17's event misses, and harm done by bullets").
 *
 * Arabic names the doer of a passive of killing or wounding by the weapon's genitive as
 * often as by على يد: قتل برصاص مجهول، قُتلوا برصاص المقاومة الشعبية، أصيب متظاهران برصاص
 * الشرطة، استشهد … برصاص قوات الاحتلال. The rules read برصاص only after a victim that follows
 * its verb or noun (violence.c killer_at: مقتل أحد المواطنين برصاص جنود); a victim before the
 * verb, or none, and the verb read as active, gives no event. This is byhand43.c's form with
 * the bullets for the hand: the same verb of harm (aguard harmed43) at most five words before
 * in its clause, the same doer (a name, a group, a definite word as description), target,
 * and guards (negated, ربما, denied, asked, planned; none when the sentence holds an assault
 * or killing already). The words are data/events.tsv aguard killed_by's برصاص، بنيران (the
 * rules' list of a killing's doer words; ev_may_bullet44 lets only these two through, على يد
 * is byhand43's). */
#include "events/bullet44.h"
#include "events/byhand43.h"

rasd_status ev_bullet44_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i)
{
    size_t n = 1;
    if (i <= c->t0 || i + 1 >= c->t1 || !ev_aguard_at(c, i, 0, AG_KILLED_BY, &n))
        return RASD_OK;
    return ev_byhand43_from(c, x, s, e, i, n);
}
