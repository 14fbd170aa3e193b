/* appeal_participle.c — an appeal told by its participle after the speaker's own words (issue 16,
 * branch appeals48; docs/EVENTS.md "Issue 16: appeals the rules miss (branch appeals48, stop
 * 40)"). An Arabic report often closes what someone said or did with a participle of appeal
 * whose subject is the clause's (وأشار إلى أن …، داعيا الغرف التجارية إلى التعاون; قال أحد
 * المسافرين …، مطالبا بأهمية هذا التنسيق). quotes.c makes the participle a quote's reporting
 * word and carries the clause's speaker to it; statement.c reads it, but appeals told by
 * quotes are off by default (their verbs failed fresh draws: 0.72 and 0.74, mostly the wrong
 * caller). The participle after a comma has no subject of its own: its caller is the
 * speaker named before it. This file says which of statement.c's participle quotes are such
 * appeals; statement.c's guards (negation, prayer, invitation, relative, question) still
 * apply. */
#include "events/appeal_participle.h"
#include "events/aguard.h"

#include <string.h>

/* Whether token k is a comma (Arabic or Latin). */
static int comma(const sent_ctx *c, size_t k)
{
    const rasd_token *t = &c->s->t[k];
    return t->kind == RASD_TOK_PUNCT && t->norm_len > 0 &&
           ((t->norm_len == 2 && memcmp(t->norm, "\xd8\x8c", 2) == 0) ||
            (t->norm_len == 1 && t->norm[0] == ','));
}

/* Whether quote q's speaker, named before the sentence, is carried by a reporting word of a
 * quote of the same speaker that opens the sentence (وأضاف أن …، داعيا؛ وأشار إلى …، مطالبا):
 * a verb with no subject of its own. A verb further in may have its subject after it, which
 * quotes.c did not find (بدوره، أعلن "تحالف القوى العراقية" دعمه …، داعيا). */
static int carried(sent_ctx *c, const rasd_quote *q)
{
    size_t nq;
    const rasd_quote *all = rasd_doc_quotes(c->doc, &nq);
    uint32_t b = c->s->t[c->t0].start;
    for (size_t j = 0; j < nq; j++)
        if (&all[j] != q && all[j].cue_start == b && all[j].speaker_name &&
            strcmp(all[j].speaker_name, q->speaker_name) == 0)
            return 1;
    return 0;
}

/* Whether a speaker quotes.c gives by its description (no entity) opens with a word that names
 * one who can speak: a title or office (lead: الوزير، المهندس، رئيس), an unnamed source
 * (مصدر، مراقبون), a body or organisation (المركز، مجلس), an honorific (سمو), or kin, an
 * agent at law, residents (data/events.tsv aguard kin_agent: والد، زوج، وكيل). quotes.c also
 * takes the object of a verb whose subject stands before it for a description (رفض مصدر
 * مسؤول، كشف أسباب التفجيرات، داعياً …; واعتبر زيارة مملوك …، مطالبا): that is nobody. */
static int agent(sent_ctx *c, const rasd_quote *q)
{
    static const int kinds[] = {EK_LEAD, EK_SOURCE, EK_BODY, EK_ORGNOUN, EK_HONOR};
    size_t k = ev_token_from(c->s, q->speaker_start), n;
    int v;
    if (q->speaker_id || (k < c->s->nt && ev_aguard_is(c->s, k, 0, AG_KIN_AGENT, &n)))
        return 1;   /* no proclitic taken off: وكيل is no و + كيل */
    for (size_t j = 0; k < c->s->nt && j < sizeof kinds / sizeof *kinds; j++)
        if (ev_word_is(c->s, k, 1, kinds[j], &v, &n))
            return 1;
    return 0;
}

int ev_appeal_agent(sent_ctx *c, const rasd_quote *q)
{
    return agent(c, q);   /* appeal_closing.c: a participle after a closed quote */
}

int ev_appeal_participle_said(sent_ctx *c, const rasd_quote *q, size_t i)
{
    if (i <= c->t0 || !comma(c, i - 1) || !q->speaker_name || !*q->speaker_name ||
        q->speaker_end > c->s->t[i - 1].start || !agent(c, q))   /* named before it */
        return 0;
    return q->speaker_start >= c->s->t[c->t0].start || carried(c, q);
}
