/* names.c — speakers the recogniser named only in part (quotes.h, docs/EVENTS.md "Quotes",
 * branch quotes4): a verb with only adjuncts after it, a person mention the recogniser ran
 * on, a name it missed before a title, a long title chain up to the verb's content; its
 * slips (a noun's adjectives taken for a person), an honorific before a participle and a verb
 * with ف (branch quotes6). The rest of who speaks is in speakers.c. */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

/* Whether tokens [a, b) hold no subject: only commas, dates and time words (وأضاف، أن …؛
 * وقال أمس الخميس إنه …؛ وأوضح اليوم أن …), or a word of the first person (quotes.tsv
 * own_word: وتابع أعتقد أن: the speaker's own word; wrong58). */
int qt_no_subject(const qctx *q, size_t a, size_t b)
{
    size_t n;
    int v;
    for (; a < b; a++)
        if (!qt_comma(q, a) && !qt_in_date(q, a) &&
            !(ev_word_is(q->s, a, 0, EK_SOURCE, &v, &n) && v == SOURCE_WHEN && n == 1) &&
            !ev_aguard_is(q->s, a, 0, AG_OWN_WORD, &n))
            return 0;
    return 1;
}

/* Whether the mention at token j stands inside an adjunct, after its preposition or as the
 * genitive of the word before it (في آسيان، بالمسجد الحرام، في مقر الأمم المتحدة): after a
 * word that is no date, time word or stop word (وقالت أمس وزارة الخارجية: the subject). */
static int genitive(const qctx *q, size_t j)
{
    size_t n;
    int v;
    return j > 0 && ev_is_word(&q->s->t[j - 1]) && !qt_in_date(q, j - 1) &&
           !(ev_word_is(q->s, j - 1, 0, EK_SOURCE, &v, &n) && (v == SOURCE_WHEN || v == SOURCE_LATELY)) &&
           !ev_word_is(q->s, j - 1, 0, EK_STOP, NULL, &n);
}

/* Whether the mention at token j is one told, after a lone ل and a mark (في تصريح لـ"عكاظ"،
 * في حديثه لـ «الاقتصادية»، لـ(عكاظ)): a newspaper spoken to, not the subject. */
static int told_in_marks(const qctx *q, size_t j)
{
    const rasd_token *t = q->s->t;
    return j >= 2 && t[j - 1].kind == RASD_TOK_PUNCT && !qt_comma(q, j - 1) &&
           ev_is_word(&t[j - 2]) && t[j - 2].norm_len == LETTERS(1) && letter_is(t[j - 2].norm, U_LAM);
}

/* Whether token a is an addressee with ل and a pronoun, no mention (لنظرائها، لمراسلنا):
 * the verb's object, before its adjuncts. */
static int addressee_word(const qctx *q, size_t a)
{
    const rasd_token *t = &q->s->t[a];
    const char *w = t->norm;
    size_t n = t->norm_len;
    return ev_is_word(t) && n > LETTERS(4) && letter_is(w, U_LAM) &&
           !starts_with(w, n, U_ARTICLE) && !starts_with(w, n, U_LAM U_LAM) && !qt_in_entity(q, a) &&
           (memcmp(w + n - LETTERS(2), U_HEH U_ALEF, LETTERS(2)) == 0 ||
            memcmp(w + n - LETTERS(2), U_NOON U_ALEF, LETTERS(2)) == 0 ||
            memcmp(w + n - LETTERS(2), U_HEH U_MEEM, LETTERS(2)) == 0);
}

/* Whether token k ends an addressee: the window's end, or a that-word, a complement's noun
 * or preposition, a colon or a quote mark (وأكد للمصابين حرص …، وقال لمراسلنا: «…»). */
static int after_addressee(const qctx *q, size_t k, size_t b)
{
    size_t n;
    while (k < b && qt_comma(q, k))
        k++;
    return k >= b || ev_punct(q->s, k, ":") || q->s->t[k].kind == RASD_TOK_PUNCT ||
           ev_word_is(q->s, k, 0, EK_THAT, NULL, &n) || ev_word_is(q->s, k, 0, EK_CNOUN, NULL, &n) ||
           (ev_word_is(q->s, k, 0, EK_CPREP, NULL, &n) && !qt_in_entity(q, k) && !qt_ali(q, k));
                                                /* not وقال لـ"الاقتصادية" علي الزهراني */
}

/* Whether tokens from a (before b) are only the verb's addressee before its content: a word
 * of ل with the article or a pronoun (وأكد للمصابين حرص …، وقال لمراسلنا:) or لـ with a name
 * in quote marks or brackets (وقال لـ"عين اليوم": «…»). The verb names no subject, so the
 * last speaker goes on (qt_subject). */
int qt_addressee_only(const qctx *q, size_t a, size_t b)
{
    const rasd_token *t = q->s->t;
    size_t n, k;
    if (a >= b || !ev_is_word(&t[a]) || !letter_is(t[a].norm, U_LAM))
        return 0;
    if (t[a].norm_len > LETTERS(4))
        return !qt_in_entity(q, a) && after_addressee(q, a + 1, b) &&
               (starts_with(t[a].norm, t[a].norm_len, U_LAM U_LAM) || addressee_word(q, a)) &&
               !ev_word_is(q->s, a, 0, EK_LEAD, NULL, &n) && !ev_word_is(q->s, a, 0, EK_BODY, NULL, &n);
    if (t[a].norm_len != LETTERS(1) || a + 3 >= b || t[a + 1].kind != RASD_TOK_PUNCT)
        return 0;
    for (k = a + 2; k < b && k < a + 2 + DESCRIPTION && ev_is_word(&t[k]); k++)
        ;
    return k > a + 2 && k < b && t[k].kind == RASD_TOK_PUNCT && !qt_comma(q, k) &&
           after_addressee(q, k + 1, b);                /* لـ"عين اليوم" */
}

/* Whether tokens [a, b) are the verb's adjuncts only: they start with a preposition or a
 * stop word (وأضاف أمام مؤتمر طبي في طهران "…"، وأضافت في بيانها «…») and name nobody who
 * can speak, no title, body or source (not وقال في هذا الصدد مدير الإدارة). Only for a verb
 * that starts a sentence or follows punctuation (not أن هيئة الطيران تجرأت وأعلنت عبر
 * “تويتر” أن: the clause's subject). */
int qt_adjuncts_only(const qctx *q, size_t a, size_t b)
{
    size_t n, k;
    int gen;
    while (a + 1 < b && qt_comma(q, a))
        a++;                         /* وقال، في خطبة الجمعة أمس: */
    if (a + 1 < b && addressee_word(q, a))
        a++;                         /* وقالت لنظرائها في آسيان */
    if (!ev_is_word(&q->s->t[a]) || q->s->t[a].norm_len < LETTERS(2) ||
        !(ev_word_is(q->s, a, 0, EK_PREP, NULL, &n) || ev_word_is(q->s, a, 0, EK_STOP, NULL, &n)))
        return 0;
    for (k = qt_ent_from(q, a); k < q->ne && q->en[k].tok_start < b; k++)
        if (strcmp(q->en[k].type, "PER") == 0 ||
            (strcmp(q->en[k].type, "ORG") == 0 && qt_can_speak(q, &q->en[k]) &&
             !letter_is(q->s->t[q->en[k].tok_start].norm, U_LAM) && !genitive(q, q->en[k].tok_start) &&
             !told_in_marks(q, q->en[k].tok_start)))
            return 0;
    for (k = a, gen = 0; k < b; k++) {
        int v;
        if (k > a && ((ev_word_is(q->s, k - 1, 0, EK_PREP, NULL, &n) && n == 1) ||
                      (k > a + 1 && ev_word_is(q->s, k - 1, 0, EK_CPREP, NULL, &n) && n == 1))) {
            gen = 1;
            continue;      /* وقالت في البيان: a noun after a preposition is no subject */
        }
        if (gen && ev_is_word(&q->s->t[k]) &&
            starts_with(q->s->t[k].norm, q->s->t[k].norm_len, U_ARTICLE))
            continue;      /* وأضاف في مقال على موقع الوزارة: that noun's genitive (quotes21) */
        gen = 0;
        if (ev_word_is(q->s, k, 0, EK_LEAD, NULL, &n) || ev_word_is(q->s, k, 0, EK_BODY, NULL, &n) ||
            (ev_word_is(q->s, k, 0, EK_SOURCE, &v, &n) && v != SOURCE_WHEN && v != SOURCE_LATELY) ||
            ev_word_is(q->s, k, 0, EK_HONOR, NULL, &n))
            return 0;      /* a time word is an adjunct too (وقال في كلمته أمس:) */
    }
    return 1;
}

/* Whether token j may be a word of a name the recogniser missed: a word of two letters or
 * more, not in a mention or a date, and no particle, preposition, title, body, source or
 * reporting word. */
static int name_word(const qctx *q, size_t j)
{
    const rasd_token *t = &q->s->t[j];
    size_t n;
    return ev_is_word(t) && t->norm_len >= LETTERS(2) && !qt_in_entity(q, j) && !qt_in_date(q, j) &&
           !ev_word_is(q->s, j, 1, EK_STOP, NULL, &n) && !ev_word_is(q->s, j, 1, EK_PREP, NULL, &n) &&
           !ev_word_is(q->s, j, 0, EK_THAT, NULL, &n) && !ev_word_is(q->s, j, 0, EK_LEAD, NULL, &n) &&
           !ev_word_is(q->s, j, 0, EK_BODY, NULL, &n) && !ev_word_is(q->s, j, 0, EK_SOURCE, NULL, &n) &&
           !ev_word_is(q->s, j, 0, EK_HONOR, NULL, &n) &&
           (!ev_word_is(q->s, j, 0, EK_CPREP, NULL, &n) || qt_ali(q, j)) &&   /* علي العثيم */
           !ev_word_is(q->s, j, 0, EK_CNOUN, NULL, &n) && !ev_word_is(q->s, j, 1, EK_CUE, NULL, &n) &&
           !ev_word_is(q->s, j, 1, EK_PART, NULL, &n) && !ev_word_is(q->s, j, 0, EK_SUBJECT, NULL, &n);
}

/* A person the recogniser did not find, named right after the verb by two to four words
 * and then a title (أكد علي العثيم عضو مجلس إدارة غرفة الرياض أن …): the words of the name,
 * as a description with no entity (no id is guessed). The first word has no ال. */
int qt_name_before_title(qctx *q, size_t a, size_t b, speaker *sp)
{
    const rasd_token *t = q->s->t;
    size_t k = a, n;
    int v;
    if (a >= b || starts_with(t[a].norm, t[a].norm_len, U_ARTICLE) || t[a].norm_len < LETTERS(3))
        return 0;
    while (k < b && k < a + 4 && name_word(q, k))
        k++;
    if (k < a + 2 || k >= b)
        return 0;
    if (qt_comma(q, k) && k + 1 < b)
        k++;                                       /* علي العثيم، عضو … */
    if (!ev_word_is(q->s, k, 0, EK_LEAD, NULL, &n) ||
        (starts_with(t[k].norm, t[k].norm_len, U_ARTICLE) &&
         !(k + 1 < b && ev_word_is(q->s, k + 1, 0, EK_BEHALF, &v, &n) && v == 0)))
        return 0;                                  /* ناتالي جوث المتحدثة باسم الادعاء (quotes23) */
    while (k > a && !ev_is_word(&t[k - 1]))
        k--;
    qt_speaker_words(q, sp, t[a].start, t[k - 1].end);
    return 1;
}

/* The first token of the sentence that ends at or after the last speaker's description's
 * end (binary search; q->s->nt when none does). */
static size_t desc_end_token(const qctx *q)
{
    const rasd_token *t = q->s->t;
    size_t lo = 0, hi = q->s->nt;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t[mid].end < q->last.end)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Whether token j is the last word of the last speaker's description when it is a name the
 * recogniser missed (علي العثيم … وأضاف العثيم; name_before_title()). */
int qt_last_surname(const qctx *q, size_t j)
{
    const rasd_token *t = q->s->t;
    size_t lo, hi, art = strlen(U_ARTICLE);
    if (!q->last.name || !q->last.desc || !ev_is_word(&t[j]) || t[j].norm_len <= LETTERS(3) ||
        qt_in_entity(q, j))
        return 0;
    lo = desc_end_token(q);                        /* the token that ends the description */
    if (lo >= q->s->nt || t[lo].end != q->last.end || lo == j || t[lo].start == q->last.start)
        return 0;                                  /* one word: a source (المصدر), not a name */
    for (hi = lo; hi > 0 && t[hi - 1].end > q->last.start; hi--)
        ;                                          /* the description's first token: a name */
    if (starts_with(t[hi].norm, t[hi].norm_len, U_ARTICLE) || !name_word(q, hi))
        return 0;                                  /* not قوات خفر السواحل الإيطالية */
    if (!starts_with(t[j].norm, t[j].norm_len, U_ARTICLE) ||
        !starts_with(t[lo].norm, t[lo].norm_len, U_ARTICLE) || t[j].norm_len != t[lo].norm_len)
        return 0;                                  /* a family name with ال: العثيم */
    return memcmp(t[j].norm + art, t[lo].norm + art, t[j].norm_len - art) == 0;
}

/* Whether tokens j, j + 1 are the last two words of the last speaker's description, a
 * family name the recogniser missed (وقال مشرف العمل المسرحي بالقرية متعب آل ثواب إن …
 * وأوضح آل ثواب أن): the same speaker. Not a title, body or source word (وقال مدير
 * الإدارة … وأضاف مدير الإدارة is qt_recall_title()'s). */
int qt_last_two_words(const qctx *q, size_t j)
{
    const rasd_token *t = q->s->t;
    size_t lo;
    if (!q->last.name || !q->last.desc || j + 1 >= q->s->nt || !name_word(q, j) ||
        !name_word(q, j + 1))
        return 0;
    lo = desc_end_token(q);                        /* the token that ends the description */
    if (lo >= q->s->nt || lo < 1 || t[lo].end != q->last.end || lo >= j ||
        t[lo - 1].start < q->last.start || !name_word(q, lo - 1))
        return 0;
    return t[j].norm_len == t[lo - 1].norm_len && t[j + 1].norm_len == t[lo].norm_len &&
           memcmp(t[j].norm, t[lo - 1].norm, t[j].norm_len) == 0 &&
           memcmp(t[j + 1].norm, t[lo].norm, t[lo].norm_len) == 0;
}

/* The end of a subject that starts with a title at token a (before b): the first token
 * that opens the verb's content (إن/أن، a colon, a preposition of its complement: bits) or
 * b, when only words, commas, quote marks and brackets stand before it, no stop word, date
 * or reporting word; 0 when something else stands there or it is past TITLE_WORDS. */
static size_t title_subject_end(qctx *q, size_t a, size_t b, int bits)
{
    const rasd_token *t = q->s->t;
    size_t n, k;
    int v;
    if (!ev_word_is(q->s, a, 0, EK_LEAD, NULL, &n) && !(ev_word_is(q->s, a, 0, EK_HONOR, &v, &n) &&
                                                        v == HONOR_TITLE))
        return 0;
    for (k = a + 1; k < b && k <= a + TITLE_WORDS; k++) {
        if (ev_word_is(q->s, k, 0, EK_CPREP, &v, &n) && (v & bits) && qt_title_named_at(q, k, b))
            return b <= a + TITLE_WORDS + 1 ? b : 0;   /* المشرف العام على إدارة … النجدي أنه */
        if (ev_word_is(q->s, k, 0, EK_THAT, NULL, &n) || ev_punct(q->s, k, ":") ||
            (ev_word_is(q->s, k, 0, EK_CPREP, &v, &n) && (v & bits)))
            return k;
        if (ev_is_word(&t[k]) && ev_word_is(q->s, k, 0, EK_PREP, NULL, &n) && n == 1 &&
            (k + 1 >= b || !(qt_in_entity(q, k + 1) || starts_with(t[k + 1].norm, t[k + 1].norm_len,
                                                                   U_ARTICLE))))
            return 0;                              /* رئيس البلدية، في رده على …: an adjunct */
        if (ev_is_word(&t[k]) ? (ev_word_is(q->s, k, 0, EK_STOP, NULL, &n) ||
                                 (ev_word_is(q->s, k, 1, EK_STOP, NULL, &n) &&
                                  ev_conjunctions(&t[k], q->s->cut)) ||
                                 qt_in_date(q, k) || ev_word_is(q->s, k, 1, EK_CUE, NULL, &n) ||
                                 ev_word_is(q->s, k, 1, EK_PART, NULL, &n))
                              : !(qt_comma(q, k) || qt_mark(q, k) || ev_punct(q->s, k, "()")))
            return 0;
    }
    return k == b ? b : 0;
}

/* The speaker a long title names (وأوضح المتحدث الرسمي للهلال الأحمر بمكة المكرمة علي
 * عبدالله الغامدي أن، وأكد الرئيس التنفيذي لشركة "لايف ستايل" المهندس سلطان بترجي أن):
 * past SUBJECT_WORDS, a title chain with places, bodies and quoted names in it up to the
 * verb's content (title_subject_end): the first person the recogniser found there, not one
 * spoken to; else, when the chain is longer than a description (a name the recogniser
 * missed at its end: مدير الفريق الأول لكرة القدم بنادي هجر فؤاد المسلم إن), all its words
 * as the speaker's description, with no entity. */
int qt_long_title(qctx *q, size_t a, size_t b, int bits, speaker *sp)
{
    const rasd_token *t = q->s->t;
    size_t e = title_subject_end(q, a, b, bits);
    if (!e)
        return 0;
    for (size_t k = qt_ent_from(q, a); k < q->ne && q->en[k].tok_start < e; k++)
        if (strcmp(q->en[k].type, "PER") == 0 && q->en[k].tok_end <= e &&
            qt_can_speak(q, &q->en[k]) && !qt_addressed(q, q->en[k].tok_start) &&
            !qt_title_mention(&q->en[k])) {
            qt_speaker_is(sp, &q->en[k], q->en[k].start, q->en[k].end);
            return 1;
        }
    while (e > a && !ev_is_word(&t[e - 1]))
        e--;
    if (e <= a + DESCRIPTION)
        return 0;
    qt_speaker_words(q, sp, t[a].start, t[e - 1].end);
    return 1;
}

/* The person a mention the recogniser split or ran on stands for (وقال كيري مازحا: a name
 * "يري مازحا" after جون كيري): a person mention of two tokens or more, named here for the
 * first time, whose first word is the last name of a person named in full before token i
 * (surname()) and whose last word is no name (an adverb: مازحا، ضاحكا) or whose name does
 * not begin with that word (the recogniser took its first letter for a particle). */
const rasd_entity *qt_split_name(qctx *q, const rasd_entity *en, size_t i)
{
    const rasd_token *f = &q->s->t[en->tok_start], *l = &q->s->t[en->tok_end - 1];
    const rasd_entity *full = NULL;
    size_t k = qt_ent_from(q, en->tok_start);
    if (strcmp(en->type, "PER") != 0 || en->tok_end < en->tok_start + 2 || qt_title_mention(en))
        return NULL;
    while (k-- > 0)
        if (q->en[k].id && en->id && strcmp(q->en[k].id, en->id) == 0)
            return NULL;                        /* named before: the recogniser's own */
    int adverb = l->norm_len > LETTERS(3) && ev_is_word(l) &&
                 memcmp(l->norm + l->norm_len - LETTERS(1), U_ALEF, LETTERS(1)) == 0;
    int clipped = strncmp(en->name, q->doc->text + f->start, f->end - f->start) != 0;
    if (!adverb && !clipped)
        return NULL;
    k = qt_ent_from(q, i);
    while (k-- > 0) {
        const rasd_entity *p = &q->en[k];
        const char *sur = p->name ? strrchr(p->name, ' ') : NULL;
        if (p != en && p->tok_end <= en->tok_start && strcmp(p->type, "PER") == 0 && sur &&
            strlen(sur + 1) == f->end - f->start &&
            memcmp(sur + 1, q->doc->text + f->start, f->end - f->start) == 0) {
            full = p;              /* the name it was given: جون كيري, mentioned as كيري */
            break;
        }
    }
    return full;
}

/* ------------------------------------------------ quotes6: recogniser slips, honorifics, ف */

/* Whether the word w (n bytes, normalised) with ال and ي or ية is the adjective of a place
 * of the gazetteer (البنغلاديشي: بنغلاديش، العراقي: العراق، الروسية: روسيا، الأمريكي:
 * أمريكا, السعودي: السعودية). */
static int place_adjective(const qctx *q, const char *w, size_t n)
{
    static const char *const ends[] = {"", U_ALEF, U_YEH U_ALEF, U_HEH};
    const gazetteer *g = &ENT_ENGINE(q->e)->gaz;
    char key[96];
    size_t m, count;
    if (n > LETTERS(2) && memcmp(w + n - LETTERS(2), U_YEH U_HEH, LETTERS(2)) == 0)
        n -= LETTERS(1);                            /* الروسية */
    if (n <= LETTERS(5) || n > sizeof key - LETTERS(4) || !starts_with(w, n, U_ARTICLE) ||
        memcmp(w + n - LETTERS(1), U_YEH, LETTERS(1)) != 0)
        return 0;
    m = n - LETTERS(3);                             /* the stem between ال and ي */
    for (int al = 0; al < 2; al++)
        for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
            size_t len = 0;
            const gaz_entry *ge;
            if (al)
                memcpy(key, U_ARTICLE, LETTERS(2)), len = LETTERS(2);
            memcpy(key + len, w + LETTERS(2), m), len += m;
            memcpy(key + len, ends[k], strlen(ends[k])), len += strlen(ends[k]);
            ge = gazetteer_find(g, key, len, &count);
            for (size_t c = 0; ge && c < count; c++)
                if (ge[c].type == ETYPE_LOC)
                    return 1;
        }
    return 0;
}

/* Whether token j is inside a person mention (a place's or body's, المسجد النبوي, is not). */
static int person_at(const qctx *q, size_t j)
{
    for (size_t k = qt_ent_from(q, j > LONGEST_MENTION ? j - LONGEST_MENTION : 0);
         k < q->ne && q->en[k].tok_start <= j; k++)
        if (q->en[k].tok_end > j && strcmp(q->en[k].type, "PER") == 0)
            return 1;
    return 0;
}

/* Whether person mention en is a noun's adjectives, not a name: one word that is a place's
 * adjective and no one's surname (السفير البنغلاديشي: the recogniser's PER), or two words or more that all have
 * the article after a noun with it that is no title (المسجد النبوي الشريف). */
int qt_adjectives(const qctx *q, const rasd_entity *en)
{
    const rasd_token *t = q->s->t;
    size_t n, a = en->tok_start;
    if (en->tok_end == a + 1)       /* not a surname the recogniser resolved (القرني: محمد
                                       عثمان القرني named before) */
        return en->name && !strchr(en->name, ' ') && place_adjective(q, t[a].norm, t[a].norm_len);
    if (a == 0 || !ev_is_word(&t[a - 1]) || !starts_with(t[a - 1].norm, t[a - 1].norm_len, U_ARTICLE) ||
        person_at(q, a - 1) || ev_word_is(q->s, a - 1, 0, EK_LEAD, NULL, &n) ||
        ev_word_is(q->s, a - 1, 0, EK_HONOR, NULL, &n))
        return 0;
    for (size_t k = a; k < en->tok_end; k++)
        if (!ev_is_word(&t[k]) || !starts_with(t[k].norm, t[k].norm_len, U_ARTICLE))
            return 0;
    return 1;
}

/* Whether tokens [a, i) of a participle's sentence hold an honorific with a pronoun, the
 * subject of its verb (وفي خطبته الثانية تحدث فضيلته عن …، مؤكدا): then sp is the named
 * person who was given the last quote (a participle's too: the preacher of محذرا before),
 * not a name the sermon cites (آدم). */
int qt_honorific_before(qctx *q, size_t a, size_t i, speaker *sp)
{
    size_t n, h = a;
    int v;
    while (h < i && !(ev_word_is(q->s, h, 0, EK_HONOR, &v, &n) && v == HONOR_PRONOUN &&
                      !qt_in_pair(q, h)))
        h++;
    for (size_t k = q->x->nquotes; h < i && k > 0; k--) {
        const rasd_quote *r = &q->x->quotes[k - 1];
        if (r->speaker_id && !q->x->desc[k - 1]) {
            sp->id = r->speaker_id, sp->name = r->speaker_name;
            sp->start = r->speaker_start, sp->end = r->speaker_end, sp->desc = 0;
            return 1;
        }
    }
    return 0;
}

/* Whether verb c carries ف (then) with no subject after it, in a sentence no reporting verb
 * spoke in yet and that names a person before it (وتحدثنا مع الناظر الإداري …، عبدالرحمن
 * الحيدر عن مراحل تشغيل المعمل فقال: «…»): that person, the first one, as for a participle. */
int qt_then_person(qctx *q, const qcue *c, speaker *sp)
{
    size_t s0 = qt_sent_start(q, c->i);
    if (!c->cut || c->part || !letter_is(q->s->t[c->i].norm, U_FEH) ||
        q->last_sent == qt_send(q, c->i))
        return 0;
    for (size_t k = qt_ent_from(q, s0); k < q->ne && q->en[k].tok_start < c->i; k++)
        if (strcmp(q->en[k].type, "PER") == 0 && !qt_in_pair(q, q->en[k].tok_start) &&
            qt_can_speak(q, &q->en[k]) && !qt_addressed(q, q->en[k].tok_start)) {
            qt_speaker_is(sp, &q->en[k], q->en[k].start, q->en[k].end);
            return 1;
        }
    return 0;
}

/* Whether tokens x and y are one word of three letters or more, but for ال, و, ب or ل
 * before it (نادي ~ بنادي، هجر ~ هجر). */
static int same_stem(const rasd_token *x, const rasd_token *y)
{
    const char *p = x->norm, *r = y->norm;
    size_t n = x->norm_len, m = y->norm_len;
    if (starts_with(p, n, U_ARTICLE))
        p += LETTERS(2), n -= LETTERS(2);
    else if (n > LETTERS(3) && (letter_is(p, U_WAW) || letter_is(p, U_BEH) || letter_is(p, U_LAM)))
        p += LETTERS(1), n -= LETTERS(1);
    if (starts_with(r, m, U_ARTICLE))
        r += LETTERS(2), m -= LETTERS(2);
    else if (m > LETTERS(3) && (letter_is(r, U_WAW) || letter_is(r, U_BEH) || letter_is(r, U_LAM)))
        r += LETTERS(1), m -= LETTERS(1);
    return n >= LETTERS(3) && n == m && memcmp(p, r, n) == 0;
}

/* Whether tokens [a, b) after a verb are a title the recogniser resolved to nobody whose head
 * word (مدير) is the head of a title the article put right after the last speaker's name,
 * and which shares another word with it (أكد فؤاد المسلم مدير فريق هجر … وأوضح مدير الكرة
 * بنادي هجر: the same man, his title in other words). The caller checks that the last
 * speaker may go on (qt_continued). */
int qt_last_title(const qctx *q, size_t a, size_t b)
{
    const rasd_token *t = q->s->t;
    size_t n;
    if (!q->last.name || q->last.desc || !q->last.id || a + 1 >= b || !ev_is_word(&t[a]) ||
        qt_in_entity(q, a) || !ev_word_is(q->s, a, 0, EK_LEAD, NULL, &n) || n != 1)
        return 0;
    for (size_t k = 0; k < q->ne && q->en[k].tok_end < a; k++) {
        const rasd_entity *en = &q->en[k];
        size_t h = en->tok_end;
        if (!en->id || strcmp(en->id, q->last.id) != 0 || strcmp(en->type, "PER") != 0 ||
            h + 1 >= a || t[h].norm_len != t[a].norm_len ||
            memcmp(t[h].norm, t[a].norm, t[a].norm_len) != 0)
            continue;
        for (size_t x = h + 1; x < h + 1 + APPOSITION && x < a && ev_is_word(&t[x]); x++)
            for (size_t y = a + 1; y < b && y < a + 1 + DESCRIPTION && ev_is_word(&t[y]); y++)
                if (same_stem(&t[x], &t[y]))
                    return 1;
    }
    return 0;
}
