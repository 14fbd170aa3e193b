/* body_carried.c — a body's feminine verb going on (issue 16, attrib50, stop 42).
 *
 * A feminine verb that is no reporting word opens a clause with its subject right after it, a
 * body or place (VSO): وشددت مديرية الدفاع المدني بالرياض على أهمية …، وحذرت …؛ ورفضت أنقرة
 * لعب دور رائد …، وقالت إن …؛ قدمت الحكومة الفلسطينية طلباً رسمياً …. وأعلنت في بيان: …. A
 * feminine reporting verb or participle after it, with no subject of its own and no speaker
 * going on (qt_continued: nobody spoke, someone else was named since, or the last speaker
 * disagrees in gender), goes on with that subject. carried.c (qt_carried) does the same for
 * a person; sources.c (qt_sentence_body) for a participle whose sentence opens with the verb.
 * Guards: the verb ends in ت (feminine, agreeing with the cue), is no noun with the article,
 * no plural in ات, no word of the quote lists; it opens its clause (the sentence's start or
 * after a comma); the subject is a body word (data/quotes.tsv "body") or an organisation or
 * place of the recogniser starting right after it; no person named, no reporting word
 * between it and the cue, at most BODY_GAP tokens before it; the cue with no subject of its
 * own right after it (وأوضحت البيانات) and, a verb, none before it (أبحاث سابقة أوضحت: it has
 * و or ف, opens its sentence or follows a word of aguard "lead": حيث ذكرت); no first-person word (data/events.tsv aguard "first_person": a
 * narrator's ودخلت غرفة المعيشة …، فرقصنا أنا …، فقالت: the verb is the narrator's). */
#include "events/quotes.h"
#include "events/letters.h"
#include "events/aguard.h"

#include <string.h>

/* Tokens at most between the body's verb and the cue: a clause or two (ورفضت أنقرة لعب دور
 * رائد في العمليات العسكرية ضد التنظيم وقالت: 12), not a long sentence's other clauses. */
#define BODY_GAP 30

/* Whether token p may be a feminine verb that opens a clause from lo (شددت، ورفضت، قدمت). */
static int fem_verb_opens(const qctx *q, size_t lo, size_t p)
{
    const rasd_token *t = &q->s->t[p];
    size_t len = t->norm_len, n;
    if (!ev_is_word(t) || len < LETTERS(3) || qt_in_entity(q, p) || qt_in_date(q, p) ||
        qt_in_pair(q, p) || !letter_is(t->norm + len - LETTERS(1), U_TEH) ||
        letter_is(t->norm + len - LETTERS(2), U_ALEF) || starts_with(t->norm, len, U_ARTICLE))
        return 0;
    if (ev_word_is(q->s, p, 1, EK_STOP, NULL, &n) || ev_word_is(q->s, p, 1, EK_PREP, NULL, &n) ||
        ev_word_is(q->s, p, 0, EK_THAT, NULL, &n) || ev_word_is(q->s, p, 0, EK_LEAD, NULL, &n) ||
        ev_word_is(q->s, p, 0, EK_BODY, NULL, &n) || ev_word_is(q->s, p, 0, EK_SOURCE, NULL, &n) ||
        ev_word_is(q->s, p, 0, EK_CNOUN, NULL, &n) || ev_word_is(q->s, p, 0, EK_CPREP, NULL, &n) ||
        ev_word_is(q->s, p, 0, EK_HONOR, NULL, &n))
        return 0;
    return p == lo || qt_comma(q, p - 1);
}

/* The body or place subject at token a of a verb before it, up to token hi: sp is it. */
static int body_subject(qctx *q, size_t a, size_t hi, speaker *sp)
{
    const rasd_entity *en = qt_entity_at(q, a);
    size_t n;
    if (a >= hi || qt_in_pair(q, a))
        return 0;
    if (en) {
        if (en->tok_start != a || strcmp(en->type, "PER") == 0 || en->tok_end > hi ||
            !qt_can_speak(q, en))
            return 0;
        qt_speaker_is(sp, en, en->start, en->end);
        return 1;
    }
    if (!ev_word_is(q->s, a, 0, EK_BODY, NULL, &n) || !qt_unnamed(q, a, hi, sp, EK_BODY, 0))
        return 0;
    if (sp->end == q->s->t[a].end && (en = qt_body_org(q, a, hi)) != NULL)
        qt_speaker_is(sp, en, sp->start, sp->end);
    return 1;
}

/* The subject a feminine cue at token i goes on with (see the top): its sentence's, or the
 * sentence before's when i opens its sentence; the nearest clause of such a verb. */
int qt_body_goes_on(qctx *q, size_t i, speaker *sp)
{
    const rasd_token *t = q->s->t;
    size_t s0 = qt_sent_start(q, i), lo = s0, hi = i, n = 1;
    int fronted;
    if (!ev_word_is(q->s, i, 1, EK_CUE, NULL, &n) && !ev_word_is(q->s, i, 1, EK_PART, NULL, &n))
        n = 1;
    if (i + n < q->s->nt && ev_is_word(&t[i + n]) &&
        ((starts_with(t[i + n].norm, t[i + n].norm_len, U_ARTICLE) && t[i + n].norm_len > LETTERS(3)) ||
         qt_in_entity(q, i + n)))
        return 0;                       /* وأوضحت البيانات: the cue's own subject; not إلى */
    /* a past verb after a word, with no و or ف, not after كما or حيث: its subject is before
       it, the body found only if it ends right there (وكانت بريطانيا أعلنت; not أبحاث سابقة
       أوضحت) */
    fronted = i > s0 && ev_is_word(&t[i - 1]) && letter_is(t[i].norm + t[i].norm_len - LETTERS(1), U_TEH) &&
              !letter_is(t[i].norm, U_WAW) && !letter_is(t[i].norm, U_FEH) &&
              !ev_aguard_is(q->s, i - 1, 1, AG_LEAD, &n);
    if (i == s0) {
        if (s0 == 0)
            return 0;
        lo = qt_sent_start(q, s0 - 1), hi = s0;
    }
    for (size_t p = hi; p-- > lo && p + BODY_GAP >= i;) {
        const rasd_entity *en = qt_entity_at(q, p);
        if (qt_plain_cue(q, p, &n) || ev_word_is(q->s, p, 1, EK_PART, NULL, &n) ||
            (en && strcmp(en->type, "PER") == 0) || ev_aguard_is(q->s, p, 1, AG_FIRST_PERSON, &n))
            return 0;     /* someone spoke or was named since, a narrator (ودخلت …، فرقصنا أنا) */
        if (fem_verb_opens(q, lo, p) && body_subject(q, p + 1, hi, sp))
            return !fronted || sp->end >= t[i - 1].end;
    }
    return 0;
}
