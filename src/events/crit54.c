/* crit54.c — a criticism told by a participle of condemnation (issue 16, branch crit54;
 * docs/EVENTS.md "Issue 16: criticism, accusations and threats the rules miss (branch crit54,
 * stop 46)").
 *
 * The participles that quotes.c takes as cues going on with a statement (data/quotes.tsv part:
 * مستنكرا، مستنكرة، منددا، منددة) are data/events.tsv criticize words of value 9 (F_SAID),
 * read as داعيا is for an appeal: the criticism of the speaker quotes.c found for them
 * (said.c ev_cue_speaker: a person, or a body named): أكد رئيس مجلس الأمة الكويتي مرزوق علي
 * الغانم وقوف الكويت مع المملكة …، مستنكرا الهجوم الإرهابي؛ وقالت وزارة الداخلية في بيانها
 * إن «…»، منددة بشدة بهذا «العمل الشنيع».
 *
 * Left out: a participle that is no clause of its own, not after a comma (ردة فعل المجتمع
 * جاءت مستنكرة لهذا العمل: the predicate of another subject, society's reaction, not the
 * speaker's criticism).
 *
 * Hooks: events.c actors_of (case F_SAID), before the speaker is taken, and statement.c
 * ev_statement_events, for a quote whose cue is a word of value 9 (the same participle told
 * as a statement's event, on by default for criticize: "tdefault" said). Both assume token i
 * is the participle, in its sentence; neither changes anything for an appeal's (داعيا). */
#include "events/crit54.h"

int ev_crit54_said(const sent_ctx *c, int kind, size_t i)
{
    if (kind != EK_CRITICIZE)
        return 1;
    return i > c->t0 && ev_comma(c, i - 1);
}
