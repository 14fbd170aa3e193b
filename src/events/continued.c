/* continued.c — the subject a reporting verb with none after it has: the one its sentence
 * puts before it (qt_fronted: SVO, أما X … فقال, after إن/أن), or the last speaker going on
 * (qt_continued: وأضاف: …، مضيفا) unless someone else was named since (docs/EVENTS.md,
 * "Quotes"). Moved from speakers.c unchanged (tidy51, stop 43).
 */
#include "events/quotes.h"
#include "events/aguard.h"
#include "events/letters.h"

#include <string.h>

/* Whether the person named last in tokens [a, b), outside quote marks and not spoken to,
 * is someone other than the last speaker (ويرى ابيس … واوضح: still Abis). */
static int someone_else(const qctx *q, size_t a, size_t b)
{
    const rasd_entity *named = NULL;
    for (size_t k = qt_ent_from(q, a); k < q->ne && q->en[k].tok_start < b; k++) {
        const rasd_entity *en = &q->en[k];
        if (en->tok_start >= a && strcmp(en->type, "PER") == 0 && !qt_in_pair(q, en->tok_start) &&
            qt_can_speak(q, en))
            named = en;
    }
    return named && (!q->last.id || !named->id || strcmp(named->id, q->last.id) != 0);
}

/* The topic that أما puts first (أما رئيس رابطة الفنانين العراقيين الفنان نمير عبد الحسين،
 * وهو …، فقال: «…»؛ أمّا عقلا العنزي مدير مرور المنطقة فقال): the first person or
 * organisation from token a, after title words only (at most TITLE_WORDS tokens), not spoken
 * to, with no reporting word between it and the verb at token i (FRONT_GAP). */
static const rasd_entity *topic_of(const qctx *q, size_t a, size_t i)
{
    size_t k = qt_ent_from(q, a), n;
    const rasd_entity *en;
    for (; k < q->ne && q->en[k].tok_start < i && qt_title_mention(&q->en[k]); k++)
        ;
    if (k >= q->ne || (en = &q->en[k])->tok_end > i || en->tok_start > a + TITLE_WORDS ||
        (strcmp(en->type, "PER") != 0 && strcmp(en->type, "ORG") != 0) || qt_in_pair(q, en->tok_start) ||
        !qt_can_speak(q, en) || qt_addressed(q, en->tok_start) || en->tok_end + FRONT_GAP < i)
        return NULL;
    for (size_t j = a; j < en->tok_start; j++)
        if (!ev_is_word(&q->s->t[j]) && !qt_comma(q, j))
            return NULL;
    for (size_t j = en->tok_end; j < i; j++)
        if (qt_plain_cue(q, j, &n) || ev_word_is(q->s, j, 1, EK_PART, NULL, &n))
            return NULL;
    return en;
}

/* Whether no other person that can speak is named, outside quote marks, between subject en
 * and token i: a verb with و at the end of a long sentence goes on with the subject its
 * sentence put first (ويبدي المحامي خالد أبو راشد … قناعته … عن الخطوات التي …، وتابع «…»). */
static int alone(const qctx *q, const rasd_entity *en, size_t i)
{
    for (size_t k = qt_ent_from(q, en->tok_end); k < q->ne && q->en[k].tok_start < i; k++)
        if (strcmp(q->en[k].type, "PER") == 0 && !qt_in_pair(q, q->en[k].tok_start) &&
            qt_can_speak(q, &q->en[k]) && !qt_governed(q, &q->en[k]) &&
            !(q->en[k].id && en->id && strcmp(q->en[k].id, en->id) == 0))
            return 0;
    return 1;
}

/* Whether the reporting verb at token i has no word after it that could be its subject: a
 * mark, a colon, إن/أن, a preposition or adjuncts come next (وتابع «، وحذر في وقت مبكر من;
 * not ويرى المؤيدين أن, a subject the recogniser does not know). */
static int bare_verb(const qctx *q, size_t i)
{
    size_t n, m, j;
    if (!ev_word_is(q->s, i, 1, EK_CUE, NULL, &n) || (j = i + n) >= q->s->nt)
        return 0;
    return !ev_is_word(&q->s->t[j]) || ev_word_is(q->s, j, 0, EK_THAT, NULL, &m) ||
           ev_word_is(q->s, j, 0, EK_CPREP, NULL, &m) || qt_no_subject(q, j, j + 1) ||
           qt_adjuncts_only(q, j, j + 1);
}

/* Whether mention en may be a subject standing before its verb: a person, an organisation,
 * and with FRONT_PLACE (a feminine verb) a place (تونس التي سارعت …، أعلنت). */
static int front_type(const rasd_entity *en, int mode)
{
    return strcmp(en->type, "PER") == 0 || strcmp(en->type, "ORG") == 0 ||
           ((mode & FRONT_PLACE) && strcmp(en->type, "LOC") == 0);
}

/* Whether a place at token a opens its sentence (from s0) as a subject: it is the first word,
 * or the only word before it is a verb in the feminine that agrees with it (وكانت ماليزيا
 * أعلنت، واستدعت عمان سفيرها … وحذرت); not a noun in construct (أسطورة موسكو تقول), not
 * after إن/أن (bench/attr60/rule_1.md). */
static int place_opens(const qctx *q, size_t s0, size_t a)
{
    const rasd_token *t = &q->s->t[s0];
    return a == s0 || (a == s0 + 1 && ev_is_word(t) && t->norm_len > LETTERS(2) &&
                       letter_is(t->norm + t->norm_len - LETTERS(1), U_TEH));
}

/* Whether a word after which a clause's subject may stand before its verb (data/events.tsv
 * "subject": أن، إن، كان، لكن، بينما، فيما، قد، ثم، عندما …) is in tokens [a, i): another
 * subject may stand there (أنقرة اتهمت …، لكن وثائق أمنية … أشارت is the papers', not the
 * place's; أرادت مصر أن تقول is lost with them). */
static int other_clause(const qctx *q, size_t a, size_t i)
{
    size_t n;
    for (size_t k = a; k < i; k++)
        if (ev_word_is(q->s, k, 1, EK_SUBJECT, NULL, &n))
            return 1;
    return 0;
}

/* The subject a verb at token i with none after it has before it (SVO): the last person or
 * organisation of its sentence before it that stands at the sentence's start (within
 * FRONT tokens: وكان الرئيس بوتين قد أكد، المهندس فواز بن عتيق البشري … الذي تسلم
 * الجائزة، عبر عن سعادته) or right after إن/أن (يذكر أن جامعة تبوك قد أوضحت), not spoken to,
 * not quoted, at most FRONT_GAP tokens before the verb with no reporting word between; with
 * FRONT_PLACE, a place that opens the sentence (place_opens) too. */
const rasd_entity *qt_fronted(const qctx *q, size_t i, int mode)
{
    size_t s0 = qt_sent_start(q, i), n;
    const rasd_entity *best = NULL;
    int v;
    if (ev_word_is(q->s, s0, 1, EK_SOURCE, &v, &n) && v == SOURCE_TOPIC)
        return topic_of(q, s0 + n, i);             /* أما X … فقال */
    for (size_t k = qt_ent_from(q, s0); k < q->ne && q->en[k].tok_start < i; k++) {
        const rasd_entity *en = &q->en[k];
        size_t a = en->tok_start;
        if (a < s0 || en->tok_end > i || !front_type(en, mode) ||
            qt_in_pair(q, a) || !qt_can_speak(q, en) || qt_addressed(q, a))
            continue;
        if (strcmp(en->type, "LOC") == 0) {
            if (place_opens(q, s0, a) && !other_clause(q, en->tok_end, i))
                best = en;
            continue;
        }
        if (qt_front_words(q, s0, a, mode & FRONT_VERB) ||
            ((mode & FRONT_THAT) && a > s0 && qt_after_that(q, a, mode & FRONT_PART)) ||
            (best && a == best->tok_end && qt_title_mention(best)))
            best = en;          /* and the name right after a title that stands there */
    }
    if (!best || (best->tok_end + FRONT_GAP < i &&
                  !((mode & FRONT_LONG) && strcmp(best->type, "PER") == 0 && alone(q, best, i))))
        return NULL;
    for (size_t k = best->tok_end; k < i; k++)
        if (qt_plain_cue(q, k, &n) || ev_word_is(q->s, k, 1, EK_PART, NULL, &n))
            return NULL;
    return best;
}

/* Whether the last speaker, a person, was named with others right after them (قال سعيد
 * الحربي وجمال عسيري): a plural verb may go on with them. */
static int named_with_others(const qctx *q)
{
    size_t k = 0;
    while (k < q->ne && q->en[k].start != q->last.start)
        k++;
    return k + 1 < q->ne && q->en[k + 1].tok_start == q->en[k].tok_end &&
           strcmp(q->en[k + 1].type, "PER") == 0 && letter_is(q->s->t[q->en[k + 1].tok_start].norm, U_WAW);
}

/* Whether the last speaker is an unnamed source whose head word is singular (مصدر،
 * المسؤول، المتحدث: data/quotes.tsv aguard singular_source): a plural cue does not go on with
 * it (قال مصدر … ويرى متعاملون …، مشيرين: the dealers', not the source's; judge52's quote 32).
 * Its gender is left loose (قال مصدر … مشيرة may be the paper's words or the source's), and a
 * plural source (مصادر) takes verbs of any number. */
static int singular_source(const qctx *q)
{
    size_t n;
    if (!q->last.desc)
        return 0;
    for (size_t k = 0; k < q->s->nt && q->s->t[k].start <= q->last.start; k++)
        if (q->s->t[k].start == q->last.start)
            return ev_aguard_is(q->s, k, 0, AG_SINGULAR_SOURCE, &n);
    return 0;
}

/* The last speaker, going on with a reporting word at token i that names nobody (verb: a
 * verb, 2 with و or ف, not a participle, whose subject may be the sentence before's: topic()) (وأضاف: …،
 * مضيفا): unless its form disagrees with the one that named them (قال يوين … وتقول; not for
 * an unnamed source, whose verbs agree loosely: قالت مصادر … وأضاف) or someone else was
 * named since they spoke (… لم يستبعد اللواء يحيى الذايدي …، وقال: …). */
speaker qt_continued(qctx *q, size_t i, int gender, int verb)
{
    speaker none = {NULL, NULL, 0, 0, 0, 0, NULL};
    int g = q->last.desc ? 0 : q->last.gender;
    const rasd_entity *en;
    speaker sp = {NULL, NULL, 0, 0, 0, gender, NULL};
    int carry = verb & CONT_CARRY, notopic = verb & CONT_NOTOPIC;
    verb &= CONT_CARRY - 1;
    size_t asked = verb ? qt_asked(q, i) : i;   /* وعن X قال: X was asked about, no subject */
    if (verb && q->last.name && q->last_sent == qt_send(q, i) && !someone_else(q, q->last_end, asked))
        return QT_SUB(q, "same_sentence"), q->last;   /* قال X إن … ، وأضاف أن: the same sentence's */
    /* a verb with و/ف goes with its sentence's first subject, not one inside إن/أن */
    en = verb && asked == i ? qt_fronted(q, i, (verb == 1 ? FRONT_VERB | FRONT_THAT
                                         : FRONT_VERB | (gender == 3 || !bare_verb(q, i) ? 0
                                                                                 : FRONT_LONG)) |
                                                (gender == 2 ? FRONT_PLACE : 0))
              : NULL;
    if (en) {
        qt_speaker_is(&sp, en, en->start, en->end);
        return QT_SUB(q, "fronted"), sp;        /* فواز … الذي تسلم الجائزة، عبر عن سعادته */
    }
    if (verb && asked == i && qt_fronted_body(q, i, &sp, verb == 1 ? FRONT_VERB | FRONT_THAT : FRONT_VERB, FRONT_GAP))
        return QT_SUB(q, "fronted_body"), sp;   /* وكانت الشرطة أعلنت */
    if (verb && !notopic && !q->last.name && q->last_end == 0 && gender != 3 &&
        (sp = qt_topic(q, i, gender)).name)
        return QT_SUB(q, "topic"), sp;           /* وظهر كيري … وقال إنه: nobody spoke yet */
    if (carry && verb && gender != 3 && (!q->last.name || someone_else(q, q->last_end, asked)) &&
        (en = qt_carried(q, i, gender)) != NULL) {
        qt_speaker_is(&sp, en, en->start, en->end);
        return QT_SUB(q, "carried"), sp;         /* وقّع الشاعر X ديوانه …، وقال: a verb that is no cue's subject */
    }
    if (gender == 2 && asked == i && !notopic &&
        (!q->last.name || (g && g != 2 && g != 3) || someone_else(q, q->last_end, asked)) &&
        qt_body_goes_on(q, i, &sp))
        return QT_SUB(q, "body50"), sp;          /* وشددت مديرية …، وحذرت: body_carried.c */
    if (!q->last.name)
        return QT_SUB(q, verb && !q->last_end && gender != 3 ? "topic" : "nobody"), none;
    if (q->last_np && verb && !carry)
        return QT_SUB(q, "np_bare"), none;   /* معلومات مؤكدة تفيد بأن: not a subject's words */
    if (gender == 3 && singular_source(q))
        return QT_SUB(q, "disagrees"), none;  /* قال مصدر … ويرى متعاملون …، مشيرين: theirs */
    if ((gender && g && gender != g && gender != 3 && g != 3) ||
        (gender == 3 && g && g != 3 && !named_with_others(q)))
        return QT_SUB(q, "disagrees"), none;  /* … أكدوا after one person named: not theirs */
    if (someone_else(q, q->last_end, asked))
        return QT_SUB(q, "someone_else"), none;
    return QT_SUB(q, asked < i ? "asked" : "last"), q->last;
}
