/* blame_nouns.c — criticism and accusations told by their noun as the object of a verb of
 * undergoing or of directing (issue 16, branch events42; docs/EVENTS.md "Issue 16: criticism
 * and accusations undergone or directed").
 *
 * A noun of criticism or accusation (data/events.tsv "aguard" blame_criticism: انتقادات، لانتقادات;
 * blame_accusation: اتهامات، لاتهامات) is an event when it is the object of
 *   - a verb of undergoing ("aguard" blame_undergo: واجه، يواجه، تعرض، تلقى): its subject is the
 *     one criticised or accused, the critic the name after من right after the noun's words
 *     (تعرض ميسي لانتقادات من الأسطورة الأرجنتينية دييجو مارادونا؛ تعرض أمير ويلز لاتهامات؛
 *     واجهت الحكومة اتهامات بإجراء …; since wrong58 not ويواجه هارالد رانجه … انتقادات حادة من
 *     الأوساط الإعلامية, whose critic is no name: see below);
 *   - a verb of directing ("aguard" blame_direct: وجه، وجهت، يوجه): its subject is the critic, the
 *     one aimed at the name after إلى or ل (وجه الرئيس انتقادات حادة إلى الحكومة).
 * The verb stands at most REACH words before the noun in its clause (its subject, عدة, a
 * pronoun in ل between). The rules and the layer read neither: the noun's actors are looked
 * for after it, where only its adjectives stand. Not when negated (لم يواجه، لا يتعرض), a
 * possibility (قد + present: قد يواجه), denied, asked, planned, or when the sentence holds an
 * event of the kind already. One actor at least (a name, or a definite word right after the
 * verb as its description: الحكومة). A criticism undergone names its critic, after من (titles
 * between) or as the noun's genitive (critic_named), else it is none (وواجه مجلس الأمن
 * انتقادات دولية، تعرض لانتقادات حادة من الجماهير: whoever criticised is no one the text
 * names; judge51's 51, wrong58); an accusation undergone keeps the one accused alone (ويواجه
 * الساعدي عدة اتهامات: charges brought). */
#include "events/blame_nouns.h"
#include "events/letters.h"
#include "entities/ent.h"

#include <string.h>

enum { REACH = 7,              /* words from the verb to the noun (its subject, titles:
                                  ويواجه هارالد رانجه المدعي العام الألماني انتقادات) */
       AFTER = 4,              /* words from the noun's end to من or إلى (its adjectives) */
       NEG_BACK = 2,           /* a negation this many words before the verb */
       HABIT_BACK = 3 };       /* a word of habit this many words before it (كثيرا ما) */

/* Whether token t may be a noun of the lists: its letters hold تهام or نتقاد. A filter only
 * (the look-up decides), by the byte of ت (d8 aa): the look-up of every token costs more
 * (bench/extract_cost.sh); a noun of other letters must be added here. */
static int may_blame(const rasd_token *t)
{
    const unsigned char *w = (const unsigned char *)t->norm, *p = w, *end = w + t->norm_len;
    size_t n = t->norm_len;
    unsigned last, pen;
    if (n < LETTERS(4) || (w[n - 1] != 0xaa && w[n - 1] != 0xaf && w[n - 1] != 0x85 &&
                           w[n - 1] != 0xa7))
        return 0;              /* the last byte of ت، د، م، ا */
    last = (unsigned)w[n - 2] << 8 | w[n - 1], pen = (unsigned)w[n - 4] << 8 | w[n - 3];
    if (!(pen == 0xd8a7 ? last == 0xd8aa || last == 0xd8af || last == 0xd985   /* …ات …اد …ام */
                        : last == 0xd8a7 && (pen == 0xd8af || pen == 0xd985)))   /* …دا …ما */
        return 0;              /* not the ending of any form (a cheap test first) */
    while ((p = memchr(p, 0xaa, (size_t)(end - p))) != NULL) {
        size_t j = (size_t)(p - w);
        if (j >= 1 && w[j - 1] == 0xd8 && j + 2 < t->norm_len && w[j + 1] == 0xd9 &&
            (w[j + 2] == 0x87 ||                                       /* ته */
             (w[j + 2] == 0x82 && j >= 3 && w[j - 3] == 0xd9 && w[j - 2] == 0x86)))   /* نتق */
            return 1;
        p++;
    }
    return 0;
}

/* Whether token k is the word w (normalised letters). */
static int word_eq(sent_ctx *c, size_t k, const char *w)
{
    const rasd_token *t = &c->s->t[k];
    return k < c->t1 && t->norm_len == strlen(w) && memcmp(t->norm, w, t->norm_len) == 0;
}

/* Whether token k is a quotation mark (" « »), which may stand around a subject. */
static int quote_mark(sent_ctx *c, size_t k)
{
    const rasd_token *t = &c->s->t[k];
    return t->kind == RASD_TOK_PUNCT && t->norm_len >= 1 &&
           (t->norm[0] == '"' || (t->norm_len == 2 && (unsigned char)t->norm[0] == 0xc2 &&
                                  ((unsigned char)t->norm[1] == 0xab || (unsigned char)t->norm[1] == 0xbb)));
}

/* Whether token t is و before a present's prefix (ويقحمون، وتشمل): another verb conjoined. */
static int conj_present(const rasd_token *t)
{
    return t->norm_len > LETTERS(3) && letter_is(t->norm, U_WAW) &&
           (letter_is(t->norm + LETTERS(1), U_YEH) || letter_is(t->norm + LETTERS(1), U_TEH) ||
            letter_is(t->norm + LETTERS(1), U_NOON));
}

/* The verb of undergoing or directing before the noun at token i (its list in *list), or
 * SIZE_MAX: within REACH words of its clause, only words between. */
static size_t verb_before(sent_ctx *c, size_t i, int *list)
{
    for (size_t k = i; k > c->t0 && k + REACH > i; k--) {
        size_t j = k - 1;
        if (quote_mark(c, j))
            continue;
        if (!ev_is_word(&c->s->t[j]) || ev_comma(c, j) || ev_clause_end(c, j))
            return SIZE_MAX;
        if (ev_aguard_word(c, j, AG_BLAME_UNDERGO))
            return *list = AG_BLAME_UNDERGO, j;
        if (ev_aguard_word(c, j, AG_BLAME_DIRECT))
            return *list = AG_BLAME_DIRECT, j;
        if (ev_clitic(c, j) == CL_WA || conj_present(&c->s->t[j]))
            return SIZE_MAX;   /* يواجهون الحملات … ويقحمون في صراعات واتهامات: another
                                  conjunct, the noun is not the verb's object */
    }
    return SIZE_MAX;
}

/* Whether the verb at token j (its noun at token i) is negated, a habit (a word of "habit" or
 * كثيرا before it, or of "habit" between), a possibility (قد before a present), denied, asked
 * or planned. */
static int unreal(sent_ctx *c, size_t j, size_t i)
{
    int v;
    size_t n;
    const rasd_token *t = &c->s->t[j];
    static const char *const wneg[3] = {"\xd9\x88\xd9\x84\xd9\x85", "\xd9\x88\xd9\x84\xd8\xa7",
                                        "\xd9\x88\xd9\x84\xd9\x86"};   /* ولم، ولا، ولن */
    for (size_t k = j; k > c->t0 && k + NEG_BACK > j; k--) {
        if (ev_word_is(c->s, k - 1, 1, EK_NEGATION, &v, &n) && v == 0)
            return 1;
        for (size_t w = 0; w < 3; w++)
            if (word_eq(c, k - 1, wneg[w]))
                return 1;      /* the stripped لم is too short for the look-up */
    }
    for (size_t k = j; k > c->t0 && k + HABIT_BACK > j; k--)
        if (ev_aguard_at(c, k - 1, 1, AG_HABIT, NULL) ||
            ev_aguard_at(c, k - 1, 1, AG_BLAME_OFTEN, NULL))
            return 1;          /* كثيرا ما وجه المجلس، طالما تعرض: a habit */
    for (size_t k = j + 1; k < i; k++)
        if (ev_aguard_at(c, k, 1, AG_HABIT, NULL))
            return 1;          /* تواجه دائما انتقادات */
    if (j > c->t0 && ev_aguard_at(c, j - 1, 1, AG_MAYBE_PRESENT, NULL) &&
        (letter_is(t->norm, U_YEH) || letter_is(t->norm, U_TEH)) && !ev_clitic(c, j))
        return 1;              /* قد يواجه، قد تتعرض: may */
    return ev_denied(c->s, c->t0, j) || ev_question(c) ||
           ev_planned_by_words(c->s, c->t0, c->t1, j, 1, 0);
}

/* The subject right after the verb at token j, before the noun at token i: a name starting
 * there, else the definite word there (its description), else NULL. */
static const rasd_entity *subject_after(sent_ctx *c, size_t j, size_t i)
{
    const rasd_entity *e = ev_first_entity(c, j + 1, i);
    const rasd_token *t;
    size_t q = j + 1 < i && quote_mark(c, j + 1);
    if (e && e->tok_start == j + 1 + q && !is_loc(e))
        return e;
    if (j + 1 == i && j >= c->t0 + 2 && word_kind(c, j - 1, 0, EK_RELATIVE))
        for (size_t k = 0; k < c->ne; k++)
            if (c->en[k].tok_end == j - 1 && c->en[k].tok_start >= c->t0 && !is_loc(&c->en[k]))
                return &c->en[k];   /* أردوغان الذي واجه انتقادات: the relative's antecedent */
    if (j + 1 >= i)
        return NULL;
    for (size_t k = j + 1 + q; k < i; k++) {
        if (e && e->tok_start == k)
            return is_loc(e) ? NULL : e;   /* after its titles: تعرض الأمير هاري */
        if (!ev_is_word(&c->s->t[k]) || ev_clitic(c, k) || word_kind(c, k, 0, EK_PREP))
            break;
    }
    t = &c->s->t[j + 1];
    if (e || !ev_is_word(t) || ev_clitic(c, j + 1) || !starts_with(t->norm, t->norm_len, U_ARTICLE) ||
        t->norm_len < LETTERS(5) || word_kind(c, j + 1, 0, EK_PREP) || ev_in_date(c, j + 1))
        return NULL;           /* إليه (ال…، a preposition's pronoun), اليوم (a date) */
    return ev_add_desc(c, "ORG", j + 1, j + 2, t->start);   /* واجهت الحكومة */
}

/* The name after the preposition prep (من; إلى or ل when to) within AFTER words past token
 * from, in its clause; NULL if none. */
static const rasd_entity *party_after(sent_ctx *c, size_t from, int to)
{
    static const char min[] = "\xd9\x85\xd9\x86", ila[] = "\xd8\xa7\xd9\x84\xd9\x8a";   /* من، الي */
    for (size_t k = from; k < c->t1 && k < from + AFTER; k++) {
        const rasd_entity *e;
        if (!ev_is_word(&c->s->t[k]) || ev_comma(c, k) || ev_clause_end(c, k))
            return NULL;
        if (to ? !(word_eq(c, k, ila) || ev_clitic(c, k) == CL_LAM) : !word_eq(c, k, min))
            continue;
        e = ev_first_entity(c, to && ev_clitic(c, k) == CL_LAM ? k : k + 1, k + 2);
        return e && !is_loc(e) ? e : NULL;
    }
    return NULL;
}

/* Whether mention e is a person or an organisation: one who can criticise (not بطولة كوبا
 * أميركا, a MISC, nor a place). */
static int critic_kind(const rasd_entity *e)
{
    return strcmp(e->type, "PER") == 0 || strcmp(e->type, "ORG") == 0;
}

/* The person or organisation named in the mention at token k or after up to LEAD_MAX words of
 * titles (الأسطورة الأرجنتينية دييجو مارادونا، الأمير الأردني علي بن الحسين), no mark or
 * comma between; NULL if none. */
static const rasd_entity *named_after_titles(sent_ctx *c, size_t k)
{
    for (size_t j = k; j < c->t1 && j <= k + LEAD_MAX; j++) {
        const rasd_entity *e = ev_first_entity(c, j, j + 1);
        if (e)
            return critic_kind(e) ? e : NULL;
        if (!ev_is_word(&c->s->t[j]) || ev_comma(c, j) || ev_clause_end(c, j))
            return NULL;
    }
    return NULL;
}

/* The critic of a criticism undergone at [i, i + n) (wrong58): the name right after the noun,
 * its genitive (واجه تسيبراس انتقادات بول كروغمان), or after من within AFTER words and the
 * name's titles (تعرض ميسي لانتقادات من الأسطورة الأرجنتينية دييجو مارادونا); NULL if none. */
static const rasd_entity *critic_named(sent_ctx *c, size_t i, size_t n)
{
    static const char min[] = "\xd9\x85\xd9\x86";   /* من */
    const rasd_entity *e = ev_first_entity(c, i + n, i + n + 1);
    if (e)
        return critic_kind(e) ? e : NULL;
    for (size_t k = i + n; k < c->t1 && k < i + n + AFTER; k++) {
        if (!ev_is_word(&c->s->t[k]) || ev_comma(c, k) || ev_clause_end(c, k))
            return NULL;
        if (word_eq(c, k, min))
            return named_after_titles(c, k + 1);
    }
    return NULL;
}

static rasd_status blame_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                            size_t n, int kind)
{
    const kind_info *ki = ev_kind_info(kind);
    const rasd_entity *subj, *other;
    rasd_event ev;
    size_t j;
    int list = 0;
    if (!ki || (j = verb_before(c, i, &list)) == SIZE_MAX || unreal(c, j, i) ||
        ev_told_at(x, s, ki->type, s, e))
        return RASD_OK;
    subj = subject_after(c, j, i);
    other = party_after(c, i + n, list == AG_BLAME_DIRECT);
    if (kind == EK_CRITICIZE && list != AG_BLAME_DIRECT && !other &&
        (other = critic_named(c, i, n)) == NULL)
        return RASD_OK;        /* وواجه مجلس الأمن انتقادات دولية: no critic named (wrong58) */
    if (!subj && !other)
        return RASD_OK;
    ev_event_begin(&ev, c, ki, s, e, i, i + n - 1, NULL);
    if (list == AG_BLAME_DIRECT) {
        if (subj)
            ev_append_actor(&ev, subj);
        if (other)
            ev_append_actor(&ev, other);
    } else {                   /* the critic first, the one undergoing after */
        if (other)
            ev_append_actor(&ev, other);
        if (subj)
            ev_append_actor(&ev, subj);
    }
    ev_event_date(c->doc, s, e, 0, ev_content_start(c, ki, i + n), &ev);
    return ev_add_event(x, i, NULL, &ev);
}

/* The noun of the lists at token i, if it is one: its event. */
static rasd_status blame_noun(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i)
{
    size_t n = 1;
    if (ev_aguard_at(c, i, 1, AG_BLAME_CRITICISM, &n))
        return blame_at(c, x, s, e, i, n, EK_CRITICIZE);
    if (ev_aguard_at(c, i, 1, AG_BLAME_ACCUSATION, &n))
        return blame_at(c, x, s, e, i, n, EK_ACCUSE);
    return RASD_OK;
}

/* The loop asks may_blame of every token of the document (24 instructions a token at
 * cost71's start): its bounds in locals, the rest out of it. */
rasd_status ev_blame_nouns(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e)
{
    const rasd_token *t = c->s->t;
    rasd_status rc;
    for (size_t i = c->t0, end = c->t1; i < end; i++)
        if (may_blame(&t[i]) && (rc = blame_noun(c, x, s, e, i)) != RASD_OK)
            return rc;
    return RASD_OK;
}
