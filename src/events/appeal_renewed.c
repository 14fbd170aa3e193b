/* appeal_renewed.c — an appeal renewed, named by its noun with the caller's pronoun, on by
 * default (issue 16, branch ev67; docs/EVENTS.md "Stop 57: appeal nouns, talks, meeting nouns
 * (branch ev67)"). app66's A-NOUN: an appeal named by a verbal noun of appeal (دعوة، مطالبة،
 * مناشدة، نداء) whose doer is its pronoun. The press's most frequent such form with the
 * doer named is the appeal said again: «وجدد المرصد السوري لحقوق الإنسان مطالبته لمجلس
 * الأمن …», «جدد الرئيس الأميركي باراك أوباما دعوته للشعب الأميركي …», «كررت الوزارة دعوتها
 * إلى …»: a verb of repeating (data/events.tsv appeal 8: جدد، كرر) with its subject after it
 * and then the noun with the subject's pronoun (appeal 7: دعوته، مطالبتها، مناشدته، نداءه),
 * read as events.c reads «وجه X نداء» (F_DOES, F_DEED): the subject the caller, the one asked
 * after the noun. With وجه the same nouns are as often an invitation (وجه دعوته للمواطنين
 * لحضور الحفل): a word of aguard invite after the noun, in its clause, leaves the event. */
#include "events/appeal_renewed.h"
#include "events/aguard.h"

enum { RENEWED_INVITE = 8 };   /* words after the noun read for an invitation (دعوته لأهالي
                                  المحافظة الكرام لحضور: 4) */

int ev_deed_invites(sent_ctx *c, size_t end)
{
    for (size_t k = end; k < c->t1 && k < end + RENEWED_INVITE; k++) {
        if (ev_clause_end(c, k))
            break;
        if (ev_aguard_at(c, k, 1, AG_INVITE, NULL))
            return 1;
    }
    return 0;
}
