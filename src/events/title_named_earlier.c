/* title_named_earlier.c — a titled speaker for the person the article named earlier with that
 * title (branch title57, stop 49; docs/EVENTS.md "Issue 16: a title speaks, its holder named
 * elsewhere"). «… والمدير العام لإدارة الطوارئ والأزمات في ألبانيا شامسي براتشي. … وأوضح
 * المدير العام لإدارة الطوارئ والأزمات في ألبانيا "أنه …"»: the statement's subject is a
 * title phrase with no name (an unnamed description, sp->desc), and its holder was named
 * earlier in the article after the same title. title_holder.c reads a one-word title (وقال
 * الوزير) since the last statement; here the title has more words and the holder may have
 * been named anywhere before: the person is taken when
 *  - the description opens with a person's title (data/events.tsv lead 0, after honorifics
 *    lead 1: فضيلة), and has at least one more word;
 *  - a person mention before it has, within TITLE_SPAN words before the name (no mark, no
 *    other person between), the title word (المتحدث: المتحدث، متحدث، متحدثها، مدربه) and
 *    one more word of the description (الرسمي، اليمن، لإدارة), no connective (إن، أن) nor
 *    reporting word between (قال متحدث باسم فينيفست إن سيلفيو برلسكوني);
 *  - every mention with the title word names one person (two coaches: nobody).
 * emit_one (quotes.c) asks here for every statement, after qt_named_as; it assumes sp is the
 * speaker as chosen (a description or a name) and changes only a description. */
#include "events/quotes.h"
#include "events/abbrev_dot.h"
#include "events/letters.h"

#include <string.h>

enum {
    TITLE_SPAN = 8,            /* words before a name that hold its title (مبعوث الأمين العام
                                  للأمم المتحدة إلى اليمن إسماعيل: 7) */
    LEAD_PERSON = 0,           /* data/events.tsv lead 0: a person's title */
    LEAD_HONOUR = 1,           /* lead 1: an honorific (فضيلة، معالي، الدكتور) */
    MIN_WORD = 3               /* letters of a word of the description worth matching */
};


/* Whether token w is title token h: the same word, or its stem without ال, alone or with a
 * possessive pronoun (متحدثها، مدربه). */
static int same_title(const rasd_token *w, const rasd_token *h)
{
    const char *s = h->norm;
    size_t n = h->norm_len, r;
    if (w->norm_len == n && memcmp(w->norm, s, n) == 0)
        return 1;
    if (starts_with(s, n, U_ARTICLE))
        s += LETTERS(2), n -= LETTERS(2);
    if (n < LETTERS(MIN_WORD) || w->norm_len < n || memcmp(w->norm, s, n) != 0)
        return 0;
    r = w->norm_len - n;
    return r == 0 || (r == LETTERS(1) && memcmp(w->norm + n, U_HEH, r) == 0) ||
           (r == LETTERS(2) && letter_is(w->norm + n, U_HEH));
}

/* Whether token w is title token h, or و and h (والمدير العام … شامسي براتشي). */
static int title_token(const rasd_token *w, const rasd_token *h)
{
    rasd_token bare = *w;
    if (same_title(w, h))
        return 1;
    if (w->norm_len <= LETTERS(1) || !letter_is(w->norm, U_WAW))
        return 0;
    bare.norm += LETTERS(1), bare.norm_len -= LETTERS(1);
    return same_title(&bare, h);
}

/* Whether token w is one of the description's words [a + 1, b) of MIN_WORD letters or more. */
static int desc_word(const qctx *q, const rasd_token *w, size_t a, size_t b)
{
    if (w->norm_len < LETTERS(MIN_WORD))
        return 0;
    for (size_t k = a + 1; k < b; k++)
        if (q->s->t[k].norm_len == w->norm_len &&
            memcmp(q->s->t[k].norm, w->norm, w->norm_len) == 0)
            return 1;
    return 0;
}

/* Whether token p is the dot of an abbreviation (د. م. أ.) written right after the title word
 * h or a word of the description [h + 1, b): وزير التعليم د. عزام; not a place's name that
 * holds one, المدير الطبي بمستشفى د. سليمان الحبيب (a hospital, not its director; attr66). */
static int abbrev_after_title(const qctx *q, size_t p, size_t h, size_t b)
{
    const rasd_token *t = q->s->t;
    return p >= 2 && ev_abbrev_dot(q->s, p) &&
           (title_token(&t[p - 2], &t[h]) || desc_word(q, &t[p - 2], h, b));
}

/* Whether the TITLE_SPAN words before mention en hold title token h (1), and one more word of
 * the description [h + 1, b) (2), with no mark, statement or cue between (0: neither). Another
 * person between does not stop the walk: «خادم الحرمين الشريفين الملك سلمان» is tagged in
 * parts, and a stop there lost the king as holder of «خادم الحرمين» (5 corpus rows, stop 56). */
static int titled_earlier(const qctx *q, const rasd_entity *en, size_t h, size_t b)
{
    int title = 0, more = 0;
    for (size_t p = en->tok_start; p-- > 0 && p + TITLE_SPAN >= en->tok_start;) {
        const rasd_token *w = &q->s->t[p];
        size_t n;
        if (abbrev_after_title(q, p, h, b))
            continue;          /* وزير التعليم د. عزام: an abbreviation's dot (attr66) */
        if (!ev_is_word(w) || qt_in_pair(q, p) || ev_word_is(q->s, p, 0, EK_THAT, NULL, &n) ||
            ev_word_is(q->s, p, 0, EK_CUE, NULL, &n))
            break;             /* a mark, a statement, or another clause: قال متحدث باسم
                                  شركة فينيفست … إن سيلفيو برلسكوني (not the spokesman) */
        title |= title_token(w, &q->s->t[h]);
        more |= desc_word(q, w, h, b);
    }
    return title ? 1 + more : 0;
}

/* Whether mentions a and b name one person (one id, or one last word). */
static int one_person(const rasd_entity *a, const rasd_entity *b)
{
    const char *x, *y;
    if (a->id && b->id)
        return strcmp(a->id, b->id) == 0;
    x = a->name ? strrchr(a->name, ' ') : NULL, y = b->name ? strrchr(b->name, ' ') : NULL;
    x = x ? x + 1 : a->name, y = y ? y + 1 : b->name;
    return x && y && strcmp(x, y) == 0;
}

void qt_title_named_earlier(qctx *q, speaker *sp)
{
    const rasd_entity *holder = NULL, *first = NULL;
    size_t a, b, n;
    int v;
    if (!sp->desc || sp->id || (a = ev_token_at(q->s, sp->start)) >= q->s->nt)
        return;
    while (a < q->s->nt && ev_word_is(q->s, a, 0, EK_LEAD, &v, &n) && n == 1 && v == LEAD_HONOUR)
        a++;                       /* فضيلة إمام وخطيب المسجد النبوي */
    if (a >= q->s->nt || !ev_word_is(q->s, a, 0, EK_LEAD, &v, &n) || n != 1 || v != LEAD_PERSON)
        return;
    for (b = a + 1; b < q->s->nt && q->s->t[b].end <= sp->end; b++)
        ;
    if (b < a + 2)
        return;                    /* one word: title_holder.c's */
    for (size_t k = 0; k < q->ne && q->en[k].tok_end <= a; k++) {
        const rasd_entity *en = &q->en[k];
        int got;
        if (strcmp(en->type, "PER") != 0 || !qt_can_speak(q, en) || qt_in_pair(q, en->tok_start) ||
            qt_addressed(q, en->tok_start) || !(got = titled_earlier(q, en, a, b)))
            continue;
        if (first && !one_person(first, en))
            return;                /* two people given the title word (المدرب لويس فيليبي
                                      سكولاري … المدرب كارلوس دونغا): nobody */
        first = en;
        if (got == 2)
            holder = en;
    }
    if (holder)
        qt_speaker_is(sp, holder, sp->start, sp->end);
}
