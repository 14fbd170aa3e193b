/* told_before.c — an event told as before the article's time (issue 16, branch hist50): with
 * «سبق أن» (وسبق أن ناشدت الهيئة الطبية …: an earlier appeal) before its word in its clause,
 * or the pluperfect «كان … قد» right before its verb (وكان أكثر من 50 كادرا طبيا قد طالبوا),
 * the event happened before the report, on a day the sentence does not say. With no date of
 * its own (event_when.c) it then gets none, as «زيارته الأخيرة» (ev_last_time below), rather than the
 * article's day. The words are data/events.tsv "pastmark" (1 سبق أن، 2 قد، 3 كان and its
 * forms).
 * hist68 (stop 58) adds background clauses, which only take the date away (ev_event_date; the
 * visit nouns drop an event told before, not one told as background): a then-word in the
 * sentence (pastmark 4: آنذاك، وقتها …), an after-clause's opening (5: بعدما، بعد أن) up to two
 * words before the event's word, and a clause opening «وكان/وكانت» without قد.
 * hist69 (stop 59) adds a passive relative clause right before the event's word (pastmark 13
 * and 14: التسوية التي تم الاتفاق عليها، المدن التي تم تحريرها): a deed done before. Its failed
 * rules (an event noun after بعد، a request answered, an earlier year or month named in
 * the sentence or the one before) are patches in bench/hist69/.
 */
#include "events/ev.h"
#include "events/letters.h"

enum {
    SABAQ_REACH = 5,           /* tokens from سبق أن's end to the event's word: وسبق أن واجهت
                                  السلطات المصرية انتقادات */
    KANA_REACH = 8,            /* tokens from كان to قد: وكان اكثر من 50 كادرا طبيا في برج
                                  الدمام الطبي قد */
    AFTER_REACH = 4,           /* tokens from بعدما/بعد أن's start to the event's word: بعد أن
                                  تم اتهامهم (hist68) */
    KANA_OPEN_REACH = 7,       /* tokens from a clause's opening وكان to the event's word:
                                  وكان مرتكب مجزرة (hist68) */
    THEN_REACH = 25,           /* tokens between a then-word and the event's word, either
                                  side: ووصفت السعودية وقتها تصريحات … واعتبرت اتهامه (hist68) */
};

int ev_pastmark_at(ev_scan *s, size_t k, size_t *n)
{
    int v = 0;
    return k < s->nt && ev_word_is(s, k, 1, EK_PASTMARK, &v, n) ? v : 0;
}

/* hist68 rule 1: a then-word (آنذاك، وقتها، حينها …, pastmark 4) in the sentence [lo,
 * ev->end) within THEN_REACH tokens of the event's word i: the sentence tells of a time named
 * before, not the report's. Not after a preposition (pastmark 6: بعد فوات وقتها، في حينها
 * المحدد is "its time"). */
static int then_word(ev_scan *s, size_t lo, size_t i, uint32_t end)
{
    size_t n, k = i > lo + THEN_REACH ? i - THEN_REACH : lo;
    for (; k < s->nt && k <= i + THEN_REACH && s->t[k].start < end; k++)
        if (ev_pastmark_at(s, k, &n) == PAST_THEN &&
            !(k > lo && ev_pastmark_at(s, k - 1, &n) == PAST_PREP))
            return 1;
    return 0;
}

/* hist68 rule 3: a form of كان with و or ف opening the clause (the sentence's first token or
 * one after punctuation) within KANA_OPEN_REACH tokens before i, no punctuation between:
 * «وكان نتنياهو حث»، the pluperfect without قد. Not with a preposition right after it (وكان
 * في استقبالهم: كان is the verb, the reception the day's). */
static int kana_opens(const rasd_doc *doc, ev_scan *s, size_t lo, size_t i)
{
    const char *t = doc->text;
    size_t n;
    for (size_t k = i; k > lo && k + KANA_OPEN_REACH > i; k--) {
        const rasd_token *w = &s->t[k - 1];
        if (w->kind == RASD_TOK_PUNCT)
            return 0;
        if (ev_pastmark_at(s, k - 1, &n) == PAST_KANA &&   /* a form of كان, then its و or ف */
            (memcmp(t + w->start, U_WAW, 2) == 0 || memcmp(t + w->start, U_FEH, 2) == 0))
            return (k - 1 == lo || s->t[k - 2].kind == RASD_TOK_PUNCT) &&
                   ev_pastmark_at(s, k, &n) != PAST_PREP;
    }
    return 0;
}

/* The one-token pastmark value at token k (with its و/ف), 0 if none. */
static int word_at(ev_scan *s, size_t k)
{
    size_t n = 0;
    int v = ev_pastmark_at(s, k, &n);
    return n == 1 ? v : 0;
}

/* hist69 rule 3, on the event's word i and the tokens before it (not before the sentence's
 * start lo): a relative + تم/جرى (البنود التي تم الاتفاق عليها، المدن التي تم تحريرها). Rules 1
 * (بعد + the noun) and 2 (استجابة لطلب) failed their fresh checks (bench/hist69/). */
static int past_word(ev_scan *s, size_t lo, size_t i)
{
    int w = word_at(s, i), b = i > lo ? word_at(s, i - 1) : 0;
    if (w == PAST_DONE && b == PAST_REL)
        return 1;
    return b == PAST_DONE && i > lo + 1 && word_at(s, i - 2) == PAST_REL;
}

/* The scan of doc with the tokens of ev's word (*i) and of its sentence's start (*lo), or
 * NULL when the event's word is not in it. */
static ev_scan *event_tokens(const rasd_doc *doc, const rasd_event *ev, size_t *i, size_t *lo)
{
    ev_scan *s = EV_DOC(doc)->scan;
    if (!s)
        return NULL;
    *i = ev_token_from(s, ev->trigger_start);
    *lo = ev_token_from(s, ev->start);
    return *i < s->nt && *lo <= *i ? s : NULL;
}

int ev_told_before(const rasd_doc *doc, const rasd_event *ev)
{
    size_t i, lo, n;
    ev_scan *s = event_tokens(doc, ev, &i, &lo);
    if (!s)
        return 0;
    if (i > lo && ev_pastmark_at(s, i - 1, &n) == PAST_QAD && n == 1 &&
        ev_phrase_near(s, EK_PASTMARK, PAST_KANA, lo, i - 1, i - 1, i - 1, KANA_REACH + 1, 0))
        return 1;              /* وكان … قد طالبوا */
    /* وسبق أن ناشدت */
    return ev_phrase_near(s, EK_PASTMARK, PAST_SABAQ, lo, i, i, i, SABAQ_REACH + 3, 0);
}

/* Whether the sentence [lo, end) says "earlier today" (pastmark 7: في وقت سابق من اليوم): a
 * background clause of the report's own day (test_dates_vague_past's «وكان … استقبل»). */
static int earlier_today(ev_scan *s, size_t lo, uint32_t end)
{
    size_t n;
    for (size_t k = lo; k < s->nt && s->t[k].start < end; k++)
        if (ev_pastmark_at(s, k, &n) == PAST_TODAY)
            return 1;
    return 0;
}

int ev_told_background(const rasd_doc *doc, const rasd_event *ev)
{
    size_t i, lo;
    ev_scan *s = event_tokens(doc, ev, &i, &lo);
    if (!s)
        return 0;
    return (ev_phrase_near(s, EK_PASTMARK, PAST_AFTER, lo, i, i, i, AFTER_REACH, 0) ||
            kana_opens(doc, s, lo, i) ||     /* بعدما وجهت السلطات، وكان نتنياهو حث */
            then_word(s, lo, i, ev->end) ||  /* ووصفت السعودية وقتها … واعتبرت اتهامه */
            past_word(s, lo, i)) &&          /* التي تم الاتفاق عليها (hist69) */
           !earlier_today(s, lo, ev->end);
}

/* زيارته الأخيرة، زيارتها الأخيرة إلى طهران (issue 16): an event noun with a pronoun and a
 * word of data/events.tsv "lasttime" (الأخيرة، الأخير) right after it tells of the last such
 * event before the article, not of one on its day; with no date of its own it gets none
 * (ev_event_date). Without the pronoun (الهجوم الأخير) it is mostly the latest news of the
 * days before, often the article's matter: left as it is. */
int ev_last_time(const rasd_doc *doc, const rasd_event *ev)
{
    const struct ev_doc *x = EV_DOC(doc);
    const unsigned char *t = (const unsigned char *)doc->text;
    uint32_t e = ev->trigger_end;
    size_t i, n;
    if (!x->scan || e < 4)
        return 0;
    if (t[e - 2] == 0xd8 && t[e - 1] == 0xa7)              /* ها */
        e -= 2;
    else if (t[e - 2] == 0xd9 && t[e - 1] == 0x85)         /* هم */
        e -= 2;
    if (!(t[e - 2] == 0xd9 && t[e - 1] == 0x87))           /* ه (not ة) */
        return 0;
    i = ev_token_from(x->scan, ev->trigger_end);
    return i < x->scan->nt && x->scan->t[i].start == ev->trigger_end + 1 &&
           ev_word_is(x->scan, i, 0, EK_LASTTIME, NULL, &n);
}
