/* said.c — the actors of what is said (actors.h; docs/EVENTS.md, branches evrecall2, evbreadth,
 * events5, events6): an appeal, a criticism, an accusation or a threat may take its quote's
 * speaker as its actor (ev_cue_speaker), continue the last speaker (ev_last_speaker), ask in the
 * first person (ev_asks), name only its subject (ev_speech_alone), or blame with حمّل X Y
 * مسؤولية (ev_blamed). events.c calls them where the reporting word's form asks. */
#include "events/actors.h"

#include <string.h>

/* Values 11 and 12: a verb (حمّل) that is an accusation only with a noun of value 12 (مسؤولية)
 * after its subject and its object, within BLAME_REACH words: حمّل داود أوغلو التنظيم
 * مسؤولية الهجوم. حمل X المسؤولية with no object between is X bearing it, not blaming. */
enum { BLAME_REACH = 12 };

/* Kinds that are said (an appeal, a criticism, an accusation, a threat): their actor may be
 * the speaker of the quote their word introduces, and a criticism or an accusation may name
 * only its subject (speech_alone). */
int ev_speech_act(const kind_info *ki)
{
    return ki->kind == EK_APPEAL || ki->kind == EK_CRITICIZE || ki->kind == EK_ACCUSE ||
           ki->kind == EK_THREATEN;
}

/* Whether what is asked follows token k: a ب-word there, or إلى/على ("about" 1) within
 * OBJECT_REACH words, in its clause (دعت … هيلاري كلينتون الجمعة مجددا إلى؛ دعا … ناجي
 * الأحمدي العاملات إلى). */
int ev_appeal_to(sent_ctx *c, size_t k)
{
    if (k < c->t1 && ev_clitic(c, k) == CL_BI)
        return 1;
    for (size_t j = k; j < c->t1 && j < k + OBJECT_REACH; j++) {
        if (c->s->t[j].kind == RASD_TOK_PUNCT)
            return 0;
        if (word_value(c, j, EK_ABOUT) == ABOUT_TO)
            return 1;
    }
    return 0;
}

/* Whether what follows a description after an accusation's verb, at token k (adverbs such as
 * كذلك، أيضا passed), says the verb is the passive (اتُّهمت, which unvocalised text does not
 * tell from اتهمت): a ب-word right there (واتهمت القوات المتمردة كذلك بارتكاب فظائع) or a
 * relative pronoun (وتتهم الحكومة التي يقودها جنرالات سابقون بالتقليل …). */
int ev_passive_after(sent_ctx *c, size_t k)
{
    while (k < c->t1 && word_value(c, k, EK_SUBJECT) == 1)
        k++;
    return k < c->t1 && (ev_clitic(c, k) == CL_BI || word_kind(c, k, 0, EK_RELATIVE));
}

/* Whether the verb at token i, cut proclitic letters off, may be ودّع (bade farewell) as
 * well as و + دعا (appealed): unvocalised, ودعت is both. */
int ev_farewell(const sent_ctx *c, size_t i, int cut)
{
    const rasd_token *t = &c->s->t[i];
    return cut > 0 && t->norm_len > (size_t)LETTERS(cut + 2) &&
           starts_with(t->norm + LETTERS(cut), t->norm_len - (size_t)LETTERS(cut), U_DAL U_AIN);
}

/* The speaker of the quote whose reporting word is token i, as the name the recogniser found
 * where the quote names it (a person, or an organisation where the kind allows one as its
 * subject); NULL if the word introduces no quote, or its speaker is no such name (an unnamed
 * source, a body named by a noun: الوزارة). quotes.c gives a verb without a subject (ودعا
 * إلى …) and a participle (داعيا) the speaker of their sentence or the last one. */
const rasd_entity *ev_cue_speaker(sent_ctx *c, const kind_info *ki, size_t i)
{
    size_t nq;
    const rasd_quote *q = rasd_doc_quotes(c->doc, &nq);
    if (ev_aguard_at(c, i, 1, AG_APPEAL_PLURAL, NULL))
        return NULL;           /* مطالبين: a group's, never one named (events50) */
    for (size_t k = 0; k < nq; k++) {
        if (q[k].cue_start != c->s->t[i].start || !q[k].speaker_id)
            continue;
        for (size_t e = 0; e < c->ne; e++) {
            const rasd_entity *en = &c->en[e];
            size_t after = en->tok_end;
            if (en->start != q[k].speaker_start || strcmp(en->id, q[k].speaker_id) != 0)
                continue;
            if (en->tok_start > i && !ev_appeal_to(c, after))
                return NULL;   /* ودّعت لجنة الحكام … اليفر ري بعد …: a farewell, not an
                                  appeal, when no إلى/على/بـ follows a speaker named after */
            return strcmp(en->type, "PER") == 0 ||
                   (ki->people < 2 && strcmp(en->type, "ORG") == 0) ? en : NULL;
        }
        for (size_t e = 0; e < c->ne && c->en[e].tok_start < i; e++)
            if (strcmp(c->en[e].id, q[k].speaker_id) == 0 && strcmp(c->en[e].type, "PER") == 0)
                return &c->en[e];      /* a surname quotes.c took for the person named in full
                                          before (الدكتور مريع … ودعا إلى; evrecall3) */
        return NULL;
    }
    return NULL;
}

/* The speaker an appeal continues (events6): a verb of appeal in the masculine with و first
 * in its sentence that introduces a quote quotes.c gave no speaker (ودعا الجميع إلى ضرورة
 * الاهتمام …) is the last speaker's, when the article's last quote before it names a person.
 * NULL otherwise. */
const rasd_entity *ev_last_speaker(sent_ctx *c, const kind_info *ki, size_t i, int cut)
{
    size_t nq;
    const rasd_quote *q = rasd_doc_quotes(c->doc, &nq), *own = NULL, *last = NULL;
    if (cut == 0 || i != c->t0 || ki->kind != EK_APPEAL || ev_verb_feminine(c, i, cut))
        return NULL;           /* وطالبت الفرقة …: a feminine verb has a subject of its own,
                                  not the man quoted before */
    for (size_t k = 0; k < nq; k++) {
        if (q[k].cue_start == c->s->t[i].start)
            own = &q[k];
        else if (q[k].end <= c->s->t[i].start)
            last = &q[k];
    }
    if (!own || own->speaker_id || own->speaker_name || !last || !last->speaker_id)
        return NULL;
    for (size_t e = 0; e < c->ne && c->en[e].tok_start < i; e++)
        if (c->en[e].start == last->speaker_start && strcmp(c->en[e].id, last->speaker_id) == 0)
            return strcmp(c->en[e].type, "PER") == 0 ? &c->en[e] : NULL;
    return NULL;
}

/* The speaker of quote q as the name the recogniser found where the quote names it: a person,
 * or an organisation where the kind allows one as its subject; NULL if none (an unnamed
 * source, a body named by a noun). */
const rasd_entity *ev_speaker_of(sent_ctx *c, const kind_info *ki, const rasd_quote *q)
{
    for (size_t e = 0; q && q->speaker_id && e < c->ne; e++) {
        const rasd_entity *en = &c->en[e];
        if (en->start == q->speaker_start && strcmp(en->id, q->speaker_id) == 0)
            return strcmp(en->type, "PER") == 0 ||
                   (ki->people < 2 && strcmp(en->type, "ORG") == 0) ? en : NULL;
    }
    return NULL;
}

/* Whether a verb of appeal in the first person whose word ends at token k asks someone for
 * something: a word that names no one with لـ does not follow it (ندعو لهم: a prayer for
 * them), and what is asked follows (appeal_to), or a لـ- or بـ-word after the one asked
 * (ندعو كوفي أنان للخوض، ندعو كافة الدول العربية بسرعة تنفيذ); not after a relative
 * pronoun (ما ندعو إليه: what we call for). */
int ev_asks(sent_ctx *c, size_t i, size_t k)
{
    if (k >= c->t1 || c->s->t[k].kind == RASD_TOK_PUNCT || ev_clitic(c, k) == CL_LAM ||
        (i > c->t0 && word_kind(c, i - 1, 1, EK_RELATIVE)))
        return 0;
    if (ev_appeal_to(c, k))
        return 1;
    for (size_t j = k + 1; j < c->t1 && j < k + OBJECT_REACH; j++) {
        if (c->s->t[j].kind == RASD_TOK_PUNCT)
            return 0;
        if (ev_clitic(c, j) == CL_LAM || ev_clitic(c, j) == CL_BI ||
            (c->s->t[j].norm_len >= LETTERS(4) && letter_is(c->s->t[j].norm, U_BEH)))
            return 1;          /* بسرعة, whose ب the recogniser's facts do not mark */
    }
    return 0;
}

/* Whether the object of a criticism or an accusation, at token k (after its subject; dates
 * passed), is a word that names nobody the recogniser found (اتهم إبراهيم قالن بعض
 * السياسيين بـ…، انتقد X سياسة …): the event is the subject's alone. Not a preposition, a
 * punctuation mark or a word with ب: اتُّهم X بالفساد is the passive (X is accused), and the
 * text has no vowels to tell it from the active. */
int ev_speech_alone(sent_ctx *c, size_t k)
{
    while (k < c->t1 && ev_in_date(c, k))
        k++;
    return k < c->t1 && c->s->t[k].kind != RASD_TOK_PUNCT && ev_clitic(c, k) != CL_BI &&
           ev_clitic(c, k) != CL_LAM && !word_kind(c, k, 0, EK_PREP) &&
           !word_kind(c, k, 0, EK_ABOUT) && !word_kind(c, k, 0, EK_WITH) &&
           !word_kind(c, k, 0, EK_PLACE) && !ev_first_entity(c, k, k + 1);
}

/* Whether a noun of value 12 (مسؤولية) stands in tokens [from, from + BLAME_REACH) with a
 * word between (the object: حمّل X التنظيم مسؤولية …), the sentence's end not passed. */
int ev_blamed(sent_ctx *c, size_t from)
{
    for (size_t k = from + 1; k < c->t1 && k < from + BLAME_REACH; k++) {
        int v;
        size_t n;
        if (ev_word_is(c->s, k, 0, EK_ACCUSE, &v, &n) && v == F_BLAMED)
            return 1;
    }
    return 0;
}

/* A verb's subject after it; an appeal's country only right after its verb (دعت تركيا):
 * after other words it is a title's genitive (دعا مجلس علماء باكستان: the council; evbreadth);
 * the same for criticism, accusation and threat (دان مجلس علماء باكستان …; events5). */
const rasd_entity *ev_appeal_subject(sent_ctx *c, const kind_info *ki, size_t end,
                                     const rasd_entity *place, const rasd_quote *q)
{
    const rasd_entity *a = ev_subject_after(c, ki, end, place, q);
    return a && ev_speech_act(ki) && is_loc(a) && a->tok_start > end ? NULL : a;
}

/* Whether a criticism's matter at token k, after its named subject, is a noun with بـ that
 * names nobody (ندد رئيس الوزراء التركي، أحمد داود أوغلو، بالهجوم الانتحاري; events7): ندد،
 * أدان، انتقد X بـ… is a criticism of the thing, which the passive of a criticism seldom is
 * (unlike اتُّهم X بالفساد, which ev_speech_alone leaves out). Not a word of manner (بشدة:
 * harshly, which says nothing of the matter). */
int ev_condemned(sent_ctx *c, size_t k)
{
    return k < c->t1 && ev_clitic(c, k) == CL_BI && !ev_first_entity(c, k, k + 1) &&
           !word_kind(c, k, 1, EK_MANNER);
}
