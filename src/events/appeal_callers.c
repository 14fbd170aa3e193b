/* appeal_callers.c — a group's plural participle of appeal that quotes.c left with no speaker
 * (issue 16, branch callers56; docs/EVENTS.md "Issue 16: appeal callers no rule takes (branch
 * callers56, stop 48)"). A report often closes what a group did or felt with a plural
 * participle of appeal whose subject is that group (وأثار انقطاع التيار تذمر الأهالي
 * واستياءهم، مطالبين بضرورة إيجاد الحلول). quotes.c makes the participle a quote's reporting
 * word but finds no speaker, and statement.c reads only quotes with a speaker. The caller is
 * the group the sentence names before the participle, given by its description (groups.c's
 * ev_group_at: the group words of data/events.tsv, value 3), never a name: a plural
 * participle is a group's (aguard plural50, events50). */
#include "events/appeal_callers.h"
#include "events/aguard.h"

const rasd_entity *ev_callers_group(sent_ctx *c, size_t i)
{
    if (i <= c->t0 || i >= c->t1 || !ev_aguard_at(c, i, 1, AG_PLURAL50, NULL))
        return NULL;
    for (size_t k = i; k-- > c->t0;) {
        const rasd_entity *g;
        if (ev_first_entity(c, k, k + 1))
            return NULL;       /* a name nearer: the participle may be its clause's */
        if ((g = ev_group_at(c, k, 1 << GROUP_PEOPLE, 0)) != NULL && g->tok_end <= i)
            return g;
    }
    return NULL;
}
