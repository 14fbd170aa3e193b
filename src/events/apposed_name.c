/* apposed_name.c — a described speaker whose name follows past an aside (issue 16, speak49,
 * stop 41).
 *
 * A subject is often a title or a description, then an aside, then the person's name, and
 * only then the statement: وأكد مسؤول (بارع) في الأحساء محمد عبدالعزيز العويفير أن …؛ وقال
 * وزير الدولة المسؤول عن إصلاح الهيئات الحكومية تييري مندو: …؛ وأوضح متحدث مديرية الدفاع
 * المدني بمنطقة جازان الرائد يحيى عبدالله القحطاني أنه …. The subject rules
 * stop the title chain at the aside (a bracket, a quote mark, a dash, a place or a body) and
 * keep the description as the speaker, with no name. The name that closes the subject, right
 * before the statement, is the one the description describes: the speaker is that person.
 *
 * Only for a speaker with no name of the recogniser, described after its verb; the person is
 * the only one between the description and the statement, a name mention (not a title the
 * recogniser resolved), one that can speak (no ل or ب before it), with nothing but marks (and
 * أن/إن) after it; at most GAP_WORDS words between, none that ends a description (data/quotes
 * "stop": لوكالة، لصحيفة، خلال …), no reporting word, no ل- word (spoken to: لوكالة ريا
 * نوفوستي), and the word right before the name no office (data/events.tsv "lead" 0: المتمثلة
 * في الرئيس عبدربه منصور هادي: the office's holder, not the source). Not for a plural
 * description (مسؤولون تنفيذيون في "تالو": a company the recogniser took for a person), a
 * plural verb, or a body or document (data/quotes.tsv "body": البيان الصادر عن مكتب رئيس
 * الوزراء التركي احمد داود اوغلو: the statement's words are the document's). The name must
 * follow a definite word, a courtesy title, a mark or a number (apposition), no office may
 * stand after a preposition before it (office_after_prep), nor may it be in brackets. A name
 * set off by commas right after the description may have anything after it (title59). */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

enum { GAP_WORDS = 6 };        /* words of the aside, at most (عميد … عن بعد الدكتور: 3;
                                  المسؤول … في وزارة التنمية الدولية في الحكومة البريطانية: 4) */

/* Whether token t ends in ون (مسؤولون: a plural). */
static int plural_word(const rasd_token *t)
{
    return t->norm_len > LETTERS(4) &&
           memcmp(t->norm + t->norm_len - LETTERS(2), U_WAW U_NOON, LETTERS(2)) == 0;
}

/* Whether token j is an office (data/events.tsv "lead" 0: الرئيس، وزير), not a courtesy title
 * or a rank (lead 1: الدكتور، الرائد، الكابتن). */
int qt_is_office(qctx *q, size_t j)
{
    size_t n;
    int v = -1;
    return ev_word_is(q->s, j, 1, EK_LEAD, &v, &n) && n == 1 && v == 0;
}

/* Whether word t carries the article, behind a proclitic too (الأحساء، بالبديعة، للتسوق). */
static int definite(const rasd_token *t)
{
    const char *w = t->norm;
    size_t n = t->norm_len;
    if (starts_with(w, n, U_ARTICLE) || starts_with(w, n, U_LAM U_LAM))
        return 1;
    return n > LETTERS(3) && (letter_is(w, U_WAW) || letter_is(w, U_BEH) || letter_is(w, U_FEH) ||
                              letter_is(w, U_KAF)) &&
           starts_with(w + LETTERS(1), n - LETTERS(1), U_ARTICLE);
}

/* Whether the name at token p may stand in apposition to what is before it, from token
 * last on: a word with the article, a courtesy title or a rank right before it, or a mark or
 * a number (an indefinite word governs it: بمقاطعة كورام، بنك أمريكا ميريل لينتش are places
 * and banks, not the speaker's name); and no office in the two words before it (في مكتب
 * الرئيس اليمني عبد ربه منصور هادي: the office's holder). */
int qt_apposition(qctx *q, size_t last, size_t p)
{
    size_t j = p, words = 0, n;
    int v = -1;
    while (j-- > last && ev_is_word(&q->s->t[j]) && words++ < 2) {
        if (qt_is_office(q, j))
            return 0;
        if (words == 1 && !definite(&q->s->t[j]) &&
            !(ev_word_is(q->s, j, 1, EK_LEAD, &v, &n) && n == 1 && v == 1))
            return 0;
    }
    return 1;
}

/* Whether an office stands after a preposition between the description's first token d and
 * the name at token p, with no courtesy title or rank after it (مصدر قريب من رئيس الوزراء
 * الإيطالي السابق "سيلفيو برلسكوني": the source is close to the office's holder; not أمين
 * الأحساء المشرف العام على المهرجان المهندس عادل الملحم). */
static int office_after_prep(qctx *q, size_t d, size_t p)
{
    size_t j, n;
    int v, held = 0;
    for (j = d + 1; j < p; j++) {
        v = -1;
        if (!ev_is_word(&q->s->t[j]))
            continue;
        if (ev_word_is(q->s, j, 1, EK_LEAD, &v, &n) && n == 1 && v == 1)
            held = 0;
        else if (qt_is_office(q, j) && j > d + 1 && ev_is_word(&q->s->t[j - 1]) &&
                 ev_word_is(q->s, j - 1, 0, EK_PREP, NULL, &n) && n == 1)
            held = 1;
    }
    return held;
}

/* Whether the name at tokens [a, b) is in brackets (شركة الخليج العربي للنفط (أجوكو): the
 * body's short name). */
int qt_bracketed(const qctx *q, size_t a, size_t b)
{
    return a > 0 && b < q->s->nt && ev_punct(q->s, a - 1, "(") && ev_punct(q->s, b, ")");
}

/* Whether the words of tokens [a, b) may be an aside between a description and its name. */
static int aside_ok(qctx *q, size_t a, size_t b)
{
    size_t j, n, words = 0;
    for (j = a; j < b; j++) {
        const rasd_token *t = &q->s->t[j];
        if (!ev_is_word(t))
            continue;
        if (++words > GAP_WORDS || letter_is(t->norm, U_LAM) ||
            ev_word_is(q->s, j, 1, EK_STOP, NULL, &n) || ev_word_is(q->s, j, 0, EK_THAT, NULL, &n) ||
            ev_word_is(q->s, j, 1, EK_CUE, NULL, &n) || ev_word_is(q->s, j, 1, EK_PART, NULL, &n))
            return 0;
    }
    return 1;
}

/* Whether tokens [a, b) are marks and the statement's أن/إن only. */
static int marks_only(qctx *q, size_t a, size_t b)
{
    size_t n;
    for (size_t j = a; j < b; j++)
        if (ev_is_word(&q->s->t[j]) && !ev_word_is(q->s, j, 0, EK_THAT, NULL, &n))
            return 0;
    return 1;
}

/* Whether token j is a comma (، or ,). */
static int comma(qctx *q, size_t j)
{
    return j < q->s->nt &&
           (ev_punct(q->s, j, ",") || (q->s->t[j].norm_len == LETTERS(1) &&
                                       letter_is(q->s->t[j].norm, U_ARABIC_COMMA)));
}

/* Whether the name per is set off by commas right after the description (first token after
 * it: last): مسؤولة السياسة الخارجية في الاتحاد الأوروبي، فيدريكا موجيريني، في اجتماع مغلق …،
 * إنه: the commas mark the apposition, whatever adverbial follows before the statement
 * (title59, stop 51). */
static int comma_apposed(qctx *q, size_t last, const rasd_entity *per)
{
    return per->tok_start == last + 1 && comma(q, last) && comma(q, per->tok_end);
}

/* The one person named after the description sp at the end of a subject in tokens [a, b)
 * (b: the statement or the verb's object), with only marks and the statement's أن/إن after
 * the name, or NULL; *dp: the description's first token, *lastp: the first token after it.
 * Both speak49's aside and apposed_far.c's longer one start from it. */
const rasd_entity *qt_apposed_person(qctx *q, const speaker *sp, size_t a, size_t b, size_t *dp,
                                     size_t *lastp)
{
    const rasd_token *t = q->s->t;
    const rasd_entity *per = NULL;
    size_t d, last, k;
    if (!sp->name || sp->id || sp->with || sp->gender == 3 || a >= b || b > q->s->nt ||
        sp->start < t[a].start || sp->end > t[b - 1].end)
        return NULL;
    for (d = a; d < b && t[d].start < sp->start; d++)
        ;
    if (d >= b || plural_word(&t[d]) || ev_word_is(q->s, d, 1, EK_BODY, NULL, &k))
        return NULL;                           /* مسؤولون تنفيذيون; البيان الصادر عن مكتب …:
                                                  a body or a document speaks */
    for (last = d; last < b && t[last].end <= sp->end; last++)
        ;                                      /* the first token after the description */
    for (k = qt_ent_from(q, last); k < q->ne && q->en[k].tok_start < b; k++) {
        if (q->en[k].tok_start < last || strcmp(q->en[k].type, "PER") != 0)
            continue;
        if (per)
            return NULL;                       /* two people: whose is the statement? */
        per = &q->en[k];
    }
    if (!per || per->tok_end > b || per->via || qt_title_mention(per) || !qt_can_speak(q, per) ||
        !per->name || strncmp(per->name, q->doc->text + t[per->tok_start].start, 2) != 0 ||
        !(marks_only(q, per->tok_end, b) || comma_apposed(q, last, per)))
        return NULL;
    *dp = d, *lastp = last;
    return per;
}

/* Speaker sp of a verb whose subject lies in tokens [a, b) (b: the statement or the verb's
 * object): the person named past an aside at the end of the subject, when sp is a
 * description. */
void qt_apposed_name(qctx *q, speaker *sp, size_t a, size_t b)
{
    const rasd_token *t = q->s->t;
    size_t d, last, k;
    const rasd_entity *per = qt_apposed_person(q, sp, a, b, &d, &last);
    if (!per || !aside_ok(q, last, per->tok_start))
        return;
    for (k = per->tok_start; k-- > last && !ev_is_word(&t[k]);)
        ;                                      /* the word right before the name */
    if ((k + 1 > last && k < per->tok_start && qt_is_office(q, k)) ||
        !qt_apposition(q, d, per->tok_start) || office_after_prep(q, d, per->tok_start) ||
        qt_bracketed(q, per->tok_start, per->tok_end))
        return;                                /* في الرئيس عبدربه منصور هادي */
    qt_speaker_is(sp, per, per->start, per->end);
}
