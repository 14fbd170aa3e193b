/* carried.c — who a bare reporting verb goes on with when no speaker does: before anyone
 * spoke, the person the sentence before names first (qt_topic); the subject of a verb that
 * is no reporting word, going on to a bare one
 * (quotes.h, docs/EVENTS.md "Quotes: unseen7 opened", branch quotes14): وقّع الشاعر إبراهيم
 * الحسين ديوانه …، وقال لـ"عين اليوم": «…»؛ وحرص الأمير فيصل على …. وأكد للمصابين …. The rest
 * of who speaks is in speakers.c; qt_continued() asks here when no speaker goes on, and
 * whether a question's topic stands before the verb (qt_asked, branch quotes17). */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

/* Before anyone spoke, the subject of a bare verb at token i (وقال إنه …): the person the
 * sentence before names first (وظهر كيري وهو يتكئ …), outside quote marks and not spoken
 * to, when the sentence of i names nobody before it; else nobody. */
speaker qt_topic(const qctx *q, size_t i, int gender)
{
    speaker sp = {NULL, NULL, 0, 0, 0, gender, NULL}, none = sp;
    size_t s0 = qt_sent_start(q, i), p0 = s0 > 0 ? qt_sent_start(q, s0 - 1) : 0;
    for (size_t k = qt_ent_from(q, p0); s0 > 0 && k < q->ne && q->en[k].tok_start < i; k++) {
        const rasd_entity *en = &q->en[k];
        if (en->tok_start < p0 || strcmp(en->type, "PER") != 0 || qt_in_pair(q, en->tok_start) ||
            !qt_can_speak(q, en) || qt_namesake(q, en))
            continue;
        if (en->tok_start >= s0)
            return none;                                /* someone in between: unsure */
        if (!sp.name)
            sp.id = en->id, sp.name = en->name, sp.start = en->start, sp.end = en->end;
    }
    return sp;
}

/* Whether token j may stand in a subject's titles before its name, going back from it: a word
 * with the article (الشاعر، الأمين العام), a title (أمين، مدير), a word of a place or
 * organisation, or a title's complement with ل after a word with the article (الأمين العام
 * لغرفة حفر الباطن). */
static int title_back(const qctx *q, size_t j)
{
    const rasd_token *t = &q->s->t[j];
    const rasd_entity *en;
    size_t n;
    if (!ev_is_word(t))
        return 0;
    if ((en = qt_entity_at(q, j)) != NULL)
        return strcmp(en->type, "PER") != 0;   /* غرفة حفر الباطن; not a person's name */
    if (qt_hamza_word(q, j))
        return 0;                              /* ألقى: a verb, no article (surname.c) */
    if (ev_word_is(q->s, j, 1, EK_STOP, NULL, &n) || ev_word_is(q->s, j, 1, EK_PREP, NULL, &n))
        return 0;
    return (starts_with(t->norm, t->norm_len, U_ARTICLE) && t->norm_len > LETTERS(3)) ||
           qt_and_title_word(q, j) || ev_word_is(q->s, j, 0, EK_LEAD, NULL, &n) ||
           (j > 0 && letter_is(t->norm, U_LAM) && t->norm_len > LETTERS(3) &&
            starts_with(q->s->t[j - 1].norm, q->s->t[j - 1].norm_len, U_ARTICLE));
}

/* Whether the person mention at token a is the subject of the verb before it, with titles
 * only between (وقّع الشاعر إبراهيم الحسين، وهنأ الأمين العام … الأستاذ أنور العنزي): that word
 * opens its clause (the sentence's start from lo, after a comma, or after a word of
 * data/events.tsv "subject": كما زار الأمير فيصل), and is no particle, preposition, title,
 * body, source, complement or reporting word, nor a noun with ب or ل (بحضور، برعاية). */
static int clause_subject(const qctx *q, size_t lo, size_t a, int gender)
{
    const rasd_token *t = q->s->t;
    size_t j = a, p, n, len;
    while (j > lo && j + TITLE_WORDS > a &&
           (title_back(q, j - 1) || (j > lo + 1 && qt_comma(q, j - 1) && title_back(q, j - 2)) ||
            qt_title_through(q, lo, j)))   /* مدير إدارة الموارد، المشارك في الدورة: title_walk.c */
        j--;                    /* a comma between titles: الناطق الإعلامي لجوازات …، العقيد */
    if (j <= lo)
        return 0;
    p = j - 1;
    len = t[p].norm_len;
    if (!ev_is_word(&t[p]) || len < LETTERS(2) || qt_in_entity(q, p) || qt_in_date(q, p) ||
        (starts_with(t[p].norm, len, U_ARTICLE) && !qt_hamza_word(q, p)) ||
        ((letter_is(t[p].norm, U_BEH) || letter_is(t[p].norm, U_LAM)) && len > LETTERS(4)) ||
        ev_word_is(q->s, p, 1, EK_STOP, NULL, &n) || ev_word_is(q->s, p, 1, EK_PREP, NULL, &n) ||
        ev_word_is(q->s, p, 0, EK_THAT, NULL, &n) || ev_word_is(q->s, p, 0, EK_LEAD, NULL, &n) ||
        ev_word_is(q->s, p, 0, EK_BODY, NULL, &n) || ev_word_is(q->s, p, 0, EK_SOURCE, NULL, &n) ||
        ev_word_is(q->s, p, 0, EK_HONOR, NULL, &n) || ev_word_is(q->s, p, 0, EK_CNOUN, NULL, &n) ||
        ev_word_is(q->s, p, 0, EK_CPREP, NULL, &n) || ev_word_is(q->s, p, 1, EK_PART, NULL, &n) || ev_word_is(q->s, p, 0, EK_SUBJECT, NULL, &n))
        return 0;
    if (gender == 1 && len > LETTERS(2) && letter_is(t[p].norm + len - LETTERS(1), U_TEH))
        return 0;                    /* وقدمت بيشوب …. وأضاف: not hers (a feminine verb) */
    if (!(p == lo || qt_comma(q, p - 1) ||
          (p == lo + 1 && ev_word_is(q->s, lo, 1, EK_SUBJECT, NULL, &n) && n == 1) ||
          qt_side_opener(q, lo, p) || qt_comma_opener(q, lo, p)))   /* ، وقد ألقى: title_walk.c */
        return 0;
    return ev_word_is(q->s, p, 1, EK_CUE, NULL, &n) ? 2 : 1;
}

/* The subject of a verb that is no reporting word, going on to a bare reporting verb at
 * token i when no speaker goes on (وقّع الشاعر إبراهيم الحسين ديوانه …، وقال لـ"…": «…»؛ وحرص
 * الأمير فيصل على …. وأكد للمصابين …): the person i's sentence names before it, else the one
 * the sentence before names when i's names nobody, when that person is the only one named
 * there that can speak, outside quote marks and not spoken to, is the subject of its clause
 * (clause_subject) and no reporting word stands between them and i. */
const rasd_entity *qt_carried(const qctx *q, size_t i, int gender)
{
    size_t s0 = qt_sent_start(q, i), n;
    for (int back = 0; back < 2 && (!back || s0 > 0); back++) {
        size_t lo = back ? qt_sent_start(q, s0 - 1) : s0, hi = back ? s0 : i;
        const rasd_entity *subj = NULL;
        int others = 0, cue = 0, c;
        for (size_t k = qt_ent_from(q, lo); k < q->ne && q->en[k].tok_start < hi; k++) {
            const rasd_entity *en = &q->en[k];
            if (en->tok_start < lo || strcmp(en->type, "PER") != 0 || qt_in_pair(q, en->tok_start) ||
                !qt_can_speak(q, en) || (subj && qt_named_subject_governs(q, subj, en)))
                continue;
            if (subj && en->id && subj->id && strcmp(en->id, subj->id) == 0)
                continue;                               /* the same person named again */
            if (!subj && !others && !qt_addressed(q, en->tok_start) &&
                (c = clause_subject(q, lo, en->tok_start, gender)) != 0)
                subj = en, cue = c == 2;
            else
                others++;
        }
        if (!subj && !others)
            continue;                                   /* nobody named: the sentence before */
        if (!subj || others)
            return NULL;
        lo = qt_sent_start(q, subj->tok_start);
        if (!cue && q->last.name && lo > 0 && q->last_end >= qt_sent_start(q, lo - 1))
            return NULL;      /* قال موقع ويكيليكس …. وقد عاد ابي …. واكد: the site spoke just before */
        for (size_t k = subj->tok_end; k < i; k++)
            if (qt_plain_cue(q, k, &n) || ev_word_is(q->s, k, 1, EK_PART, NULL, &n))
                return NULL;
        return subj;
    }
    return NULL;
}

/* Where a question's topic opens before a bare verb at token i (وعن قضية الأوروغوياني مورا
 * وإصابته قال:، وحول إصابة المهاجم نايف هزازي قال:، وبسؤاله عن المرافق … فأجاب): words of
 * data/quotes.tsv "source" 9 at i's sentence's start or after a comma, at most ASKED_GAP
 * tokens before i with no reporting word and no other comma than one right before i between
 * (not وحول …، يتوقع محمود نفادي، …، وقال: a clause with its own subject); else i. Not a
 * narration (وعن أبي هريرة رضي الله عنه قال، وعن ابن عباس قال: قال رسول الله صلى الله عليه
 * وسلم): no word of source 10 in the phrase and no scripture's (source 2) within ASKED_AFTER
 * tokens after i. Whoever such a phrase names is what was asked about, not who answers: the
 * last speaker goes on past them. */
size_t qt_asked(const qctx *q, size_t i)
{
    size_t s0 = qt_sent_start(q, i), n, at = i;
    int v;
    for (size_t p = i; p-- > s0 && p + ASKED_GAP >= i && at == i;) {
        if (qt_plain_cue(q, p, &n) || ev_word_is(q->s, p, 1, EK_PART, NULL, &n) ||
            (qt_comma(q, p) && p + 1 < i))
            return i;
        if ((p == s0 || qt_comma(q, p - 1)) && ev_word_is(q->s, p, 0, EK_SOURCE, &v, &n) &&
            v == SOURCE_ASKED)
            at = p;
    }
    for (size_t k = at; at < i && k < i + ASKED_AFTER && k < q->s->nt; k++)
        if (ev_word_is(q->s, k, 0, EK_SOURCE, &v, &n) &&
            (v == SOURCE_NARRATOR || (v == SOURCE_VERSE && k > i)))
            return i;
    return at;
}

/* Whether the words of tokens [d, e) stand at token j, word for word (normalised). */
static int same_words(const qctx *q, size_t d, size_t e, size_t j, size_t hi)
{
    const rasd_token *t = q->s->t;
    for (size_t k = d; k < e; k++, j++)
        if (j >= hi || t[j].norm_len != t[k].norm_len || memcmp(t[j].norm, t[k].norm, t[k].norm_len) != 0)
            return 0;
    return 1;
}

/* The person a title speaking with no name of its own (tokens [a, e): وعبر نائب خادم
 * الحرمين الشريفين، وعبر سمو ولي العهد عن …) names, as the sentence before cue i or i's own
 * gave it to them: a person whose title, the same words past an honorific (سمو، معالي),
 * stands within APPOSITION tokens before or after their mention with no other person
 * between, before the verb (كما بعث نائب خادم الحرمين الشريفين الأمير محمد بن نايف …،
 * الأمير محمد بن نايف … ولي العهد نائب رئيس مجلس الوزراء; not وحول غياب سعود كريري …
 * أوضح مدرب الهلال: the title's own words); NULL when none or two people do, or the title has
 * fewer than two words (الوزير: the last speaker's, speakers.c) (quotes21). */
const rasd_entity *qt_titled_before(const qctx *q, size_t a, size_t e, size_t i)
{
    size_t s0 = qt_sent_start(q, i), p0 = s0 > 0 ? qt_sent_start(q, s0 - 1) : s0, n;
    const rasd_entity *found = NULL;
    int v;
    while (a < e && ev_word_is(q->s, a, 0, EK_HONOR, &v, &n) && n == 1 && v == HONOR_TITLE)
        a++;
    if (e < a + 2)
        return NULL;
    for (size_t k = qt_ent_from(q, p0); k < q->ne && q->en[k].tok_start < a; k++) {
        const rasd_entity *en = &q->en[k];
        size_t lo, hi, at = 0;
        if (en->tok_start < p0 || strcmp(en->type, "PER") != 0 || qt_in_pair(q, en->tok_start))
            continue;
        lo = en->tok_start > APPOSITION + (e - a) ? en->tok_start - APPOSITION - (e - a) : 0;
        lo = lo < qt_sent_start(q, en->tok_start) ? qt_sent_start(q, en->tok_start) : lo;
        hi = qt_send(q, en->tok_start);
        hi = hi > en->tok_end + APPOSITION + (e - a) ? en->tok_end + APPOSITION + (e - a) : hi;
        for (size_t j = lo; j < hi && !at; j++)
            if ((j + (e - a) <= en->tok_start || j >= en->tok_end) && j + (e - a) <= i &&
                same_words(q, a, e, j, hi))
                at = j + 1;       /* at most APPOSITION tokens from the name, either side */
        if (!at)
            continue;
        for (size_t m = qt_ent_from(q, lo); m < q->ne && q->en[m].tok_start < hi; m++) {
            size_t x = q->en[m].tok_start;
            if (&q->en[m] != en && strcmp(q->en[m].type, "PER") == 0 &&
                ((x > at - 1 && x < en->tok_start) || (x >= en->tok_end && x < at - 1)))
                at = 0;                                 /* someone between: not theirs */
        }
        if (!at)
            continue;
        if (found && !(found->id && en->id && strcmp(found->id, en->id) == 0))
            return NULL;                                /* two people with that title */
        found = en;
    }
    return found;
}
