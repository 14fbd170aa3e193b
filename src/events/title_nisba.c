/* title_nisba.c — a title with a nationality or office adjective for a person named before
 * (issue 16, title49, stop 41).
 *
 * An article names a person with a title once (أكد الرئيس عبد ربه منصور هادي رئيس اليمن أن
 * …) and later calls them by that title and an adjective of their country or office, with no
 * name (وجدد الرئيس اليمني تأكيداته بأن …). The subject rules keep the description. When the
 * subject is a title of a person (data/events.tsv "lead") with the article, then one definite
 * adjective of relation (a nisba: اليمني، الأممي، الهندي، الرسمي), and the article named
 * exactly one person before the cue with that title word next to the name (right before it,
 * or right after it in apposition), the speaker is that person. The title's words next to the
 * name may hold the same adjective or a courtesy title (الرئيس اليمني عبدربه منصور هادي،
 * الرئيس الدكتور …), never another adjective (الرئيس المخلوع، علي عبدالله صالح is not الرئيس
 * اليمني). After a courtesy title or a rank (الملك المفدى) the word may be a family name
 * (الدكتور التركي): when a person before bears it, it must be the one found; so must the
 * one named before with the adjective near the name, when one is (وزير الخارجية الأميركي
 * جون كيري … وقال الوزير خالد العطية … وتابع الوزير الاميركي: Kerry, not al-Attiyah). Not for a title the recogniser resolved (en), a body (الوزارة), nor
 * when two people were given the title. */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

enum { NISBA_BACK = 600,       /* tokens back from the cue where the person may be named */
       HOLD_WORDS = 4 };       /* words between a name and its adjective (السفير التونسي لدى
                                  روسيا علي قوطالي: 3) */

/* Whether token t is a definite adjective of relation: ال, at least two letters, final ي. */
static int nisba(const rasd_token *t)
{
    return t->norm_len >= LETTERS(5) && starts_with(t->norm, t->norm_len, U_ARTICLE) &&
           memcmp(t->norm + t->norm_len - LETTERS(1), U_YEH, LETTERS(1)) == 0;
}

/* Whether tokens j and k are the same word (normalised). */
static int same_word(const rasd_token *j, const rasd_token *k)
{
    return j->norm_len == k->norm_len && memcmp(j->norm, k->norm, k->norm_len) == 0;
}

/* Whether token j is the title word of the subject at token a (الرئيس), with or without the
 * article, with و before the article (رئيس، الرئيس، والرئيس). */
static int title_form(const rasd_token *j, const rasd_token *a)
{
    const char *c = a->norm + LETTERS(2);
    size_t n = a->norm_len - LETTERS(2);
    if (!ev_is_word(j))
        return 0;
    if (j->norm_len == n)
        return memcmp(j->norm, c, n) == 0;
    if (j->norm_len == n + LETTERS(2))
        return memcmp(j->norm, a->norm, a->norm_len) == 0;
    return j->norm_len == n + LETTERS(3) && letter_is(j->norm, U_WAW) &&
           memcmp(j->norm + LETTERS(1), a->norm, a->norm_len) == 0;
}

/* Whether token k is a courtesy title or rank (data/events.tsv "lead" 1: الدكتور، اللواء). */
static int courtesy(const qctx *q, size_t k)
{
    size_t n;
    int v = -1;
    return ev_word_is(q->s, k, 1, EK_LEAD, &v, &n) && n == 1 && v == 1;
}

/* Whether the word at token adj is the last of person en's mention or right after it: after
 * a courtesy title or a rank it may be a family name, not an adjective (الدكتور التركي:
 * عبدالله بن عبدالمحسن التركي; اللواء التركي: منصور التركي), then that person's only. */
static int surname(const qctx *q, const rasd_entity *en, size_t adj)
{
    const rasd_token *t = q->s->t;
    return same_word(&t[en->tok_end - 1], &t[adj]) ||
           (en->tok_end < q->s->nt && same_word(&t[en->tok_end], &t[adj]));
}

/* Whether token k, after the title word next to a name, agrees with adjective adj: the same
 * adjective, a courtesy title or rank (data/events.tsv "lead" 1), or no adjective of
 * relation at all (a name's first word). */
static int agrees(const qctx *q, size_t k, size_t adj)
{
    if (!ev_is_word(&q->s->t[k]))
        return !qt_comma(q, k);   /* الرئيس المخلوع، علي …: a comma ends another description */
    return same_word(&q->s->t[k], &q->s->t[adj]) || !nisba(&q->s->t[k]) || courtesy(q, k);
}

/* Whether person en was given the title at token a, its adjective adj not contradicted: the
 * title word right before the name, or two before it past the same adjective or a courtesy
 * title; or right after it (past a comma), followed by the same adjective or none. */
static int titled(const qctx *q, const rasd_entity *en, size_t a, size_t adj)
{
    const rasd_token *t = q->s->t;
    size_t s = en->tok_start, e = en->tok_end;
    if (s >= 1 && title_form(&t[s - 1], &t[a]))
        return 1;
    if (s >= 2 && title_form(&t[s - 2], &t[a]) &&
        (same_word(&t[s - 1], &t[adj]) || courtesy(q, s - 1)))
        return 1;                                  /* الرئيس اليمني عبدربه منصور هادي */
    if (e < q->s->nt && qt_comma(q, e))
        e++;
    return e + 1 < q->s->nt && title_form(&t[e], &t[a]) && agrees(q, e + 1, adj);
}

/* Whether adjective adj stands within HOLD_WORDS tokens of person en's name, words only
 * between (وزير الخارجية الأميركي جون كيري، سامح شكري وزير الخارجية المصري). */
static int holds(const qctx *q, const rasd_entity *en, size_t adj)
{
    const rasd_token *t = q->s->t;
    for (size_t j = en->tok_start, d = 0; j-- > 0 && d < HOLD_WORDS && ev_is_word(&t[j]); d++)
        if (same_word(&t[j], &t[adj]))
            return 1;
    for (size_t j = en->tok_end, d = 0; j < q->s->nt && d < HOLD_WORDS && ev_is_word(&t[j]); j++, d++)
        if (same_word(&t[j], &t[adj]))
            return 1;
    return 0;
}

/* Speaker sp of the subject in tokens [a, b) before cue: a definite title and a nisba (المسؤول
 * الهندي، الرئيس اليمني), then no word or one with no article (the verb's object or the
 * title's complement: تأكيداته، إلى اليمن), for the one person the article gave that title
 * before; 1 when found. */
int qt_title_nisba(qctx *q, size_t a, size_t b, size_t cue, speaker *sp)
{
    const rasd_token *t = q->s->t;
    const rasd_entity *found = NULL, *family = NULL;
    size_t n, j;
    if (a + 2 > b || b > q->s->nt || !ev_is_word(&t[a]) || !ev_is_word(&t[a + 1]) ||
        !starts_with(t[a].norm, t[a].norm_len, U_ARTICLE) || t[a].norm_len < LETTERS(4) ||
        !qt_title_word(q, a) || qt_in_entity(q, a) || qt_in_entity(q, a + 1) ||
        !ev_word_is(q->s, a, 0, EK_LEAD, NULL, &n) || n != 1 ||
        ev_word_is(q->s, a, 0, EK_BODY, NULL, &n) || ev_word_is(q->s, a, 0, EK_ORGNOUN, NULL, &n) ||
        !nisba(&t[a + 1]) || ev_word_is(q->s, a + 1, 0, EK_LEAD, NULL, &n))
        return 0;
    for (j = a + 2; j < b && !ev_is_word(&t[j]); j++)
        ;
    if (j < b && (starts_with(t[j].norm, t[j].norm_len, U_ARTICLE) || qt_title_word(q, j) ||
                  ev_word_is(q->s, j, 0, EK_LEAD, NULL, &n) || qt_in_entity(q, j)))
        return 0;                              /* الرئيس اليمني السابق: another person */
    for (size_t k = qt_ent_from(q, cue); k-- > 0;) {
        const rasd_entity *en = &q->en[k];
        if (en->tok_end > a)
            continue;
        if (en->tok_end + NISBA_BACK < cue)
            break;
        if (strcmp(en->type, "PER") != 0 || qt_title_mention(en))
            continue;
        if (courtesy(q, a) && surname(q, en, a + 1))
            family = en;                       /* الدكتور التركي: a family name */
        else if (holds(q, en, a + 1))
            family = en;                       /* the adjective next to another's name */
        if (qt_in_pair(q, en->tok_start) || !titled(q, en, a, a + 1))
            continue;
        if (found && !(found->id && en->id && strcmp(found->id, en->id) == 0) &&
            !(found->name && en->name && strcmp(found->name, en->name) == 0))
            return 0;                          /* two people with that title: whose? */
        found = en;
    }
    if (!found || (family && !(family == found || (family->name && found->name &&
                                                   strcmp(family->name, found->name) == 0))))
        return 0;                              /* the family name of another (اللواء التركي),
                                                  or their adjective: الوزير الاميركي is not
                                                  الوزير خالد العطية when وزير الخارجية
                                                  الأميركي جون كيري was named */
    qt_speaker_is(sp, found, t[a].start, t[a + 1].end);
    return 1;
}
