/* criticize_participle.c — a criticism told by a participle of condemnation or of describing (issue 16,
 * branch crit54;
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
 * A participle of describing (data/events.tsv criticize 23 and "aguard" describe_participle: واصفا،
 * واصفة، واصفين), with what it describes and a word with ب and a word of condemnation after
 * it (criticize_called.c's test: واصفا الانفجار بأنه «عمل إرهابي»؛ واصفا الحادث بالجريمة البشعة), is
 * a criticism by the speaker of the last statement quotes.c found in its sentence before it
 * (أعلن الرئيس الفلسطيني محمود عباس أنه ينوي …، واصفا ما حصل بأنه «جريمة حرب»): a person or a
 * body named (said.c ev_speaker_of). None such, no event (تفاعل مغردون … واصفين العمل
 * بالجبان: the describers unnamed). Left out as criticize52's: in a direct quote, a
 * question, a sentence that holds a criticism already.
 *
 * Hooks: events.c actors_of (case F_SAID), before the speaker is taken, and statement.c
 * ev_statement_events, for a quote whose cue is a word of value 9 (the same participle told
 * as a statement's event, on by default for criticize: "tdefault" said). Both assume token i
 * is the participle, in its sentence; neither changes anything for an appeal's (داعيا). */
#include "events/criticize_participle.h"
#include "events/criticize_called.h"

#include <stdint.h>
#include <string.h>

int ev_participle_reports(const sent_ctx *c, int kind, size_t i)
{
    if (kind != EK_CRITICIZE)
        return 1;
    return i > c->t0 && ev_comma(c, i - 1);
}

/* The last statement quotes.c found with its cue in [s, b) (the sentence before the
 * participle at byte b) whose speaker is named: that speaker, or NULL. */
static const rasd_entity *statement_before(sent_ctx *c, const kind_info *ki, uint32_t s,
                                           uint32_t b)
{
    size_t nq;
    const rasd_quote *q = rasd_doc_quotes(c->doc, &nq), *last = NULL;
    for (size_t k = 0; k < nq && q[k].cue_start < b; k++)
        if (q[k].cue_start >= s && q[k].speaker_id)
            last = &q[k];
    return last ? ev_speaker_of(c, ki, last) : NULL;
}

rasd_status ev_describing_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t j)
{
    const kind_info *ki = ev_kind_info(EK_CRITICIZE);
    const rasd_quote *q;
    const rasd_entity *a;
    rasd_event ev;
    size_t k;
    if (!ki || !ev_aguard_word(c, j, AG_DESCRIBE_PARTICIPLE) || ev_question(c) ||
        ev_told_at(x, s, ki->type, s, e))
        return RASD_OK;
    q = ev_quote_at(c->doc, c->s->t[j].start);
    if ((q && q->direct) || (k = ev_called_word(c, j + 1)) == SIZE_MAX ||
        (a = statement_before(c, ki, s, c->s->t[j].start)) == NULL)
        return RASD_OK;
    ev_event_begin(&ev, c, ki, s, e, j, j, NULL);
    ev_append_actor(&ev, a);
    ev_event_date(c->doc, s, e, 0, c->s->t[k].start, &ev);
    return ev_add_event(x, j, NULL, &ev);
}
