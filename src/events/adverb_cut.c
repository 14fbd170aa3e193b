/* adverb_cut.c — a speaker's name does not end in an adverbial participle (issue 16, spk44, stop 42).
 *
 * The recogniser sometimes runs a person's name on into the participle that follows it as
 * the verb's circumstantial (ويستطرد نواز مستذكرًا أول أيامه: the person "نواز مستذكرًا", and
 * every later quote of نواز carries that name). A word with tanwin fatha (ـًا، ـاً) is an
 * indefinite accusative, which no proper name carries: the name is cut before it. The cut name
 * is kept in the quotes' name buffer (desc, as descriptions are, sources.c); the entity id
 * stays, and the mention's end is cut when the mention ends in that word; not when a mention
 * of the entity starts with that word (a surname written with tanwin: وتابع صبراً). A
 * description running on into "too" or a time adverb (الوكالة أيضًا) is cut before it. */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

#define TANWIN_FATH "\xd9\x8b"        /* ً U+064B */
#define ALEF "\xd8\xa7"               /* ا U+0627 */

/* Whether the word w (n bytes) ends in tanwin fatha, written on the alef or before it. */
static int accusative(const char *w, size_t n)
{
    return ends_with(w, n, TANWIN_FATH ALEF) || ends_with(w, n, ALEF TANWIN_FATH);
}

/* Bytes of name before its last word when that word is an indefinite accusative and another
 * word stands before it; 0 otherwise. */
static size_t name_cut(const char *name, size_t n)
{
    size_t k = n;
    while (k > 0 && name[k - 1] != ' ')
        k--;
    if (k == 0 || !accusative(name + k, n - k))
        return 0;
    while (k > 0 && name[k - 1] == ' ')
        k--;
    return k;
}

/* Whether a mention of entity id starts with the word w (wn bytes): the word is the name,
 * used alone (كما أعلن … عبدالكريم صبراً، ثم وتابع صبراً: a surname written with tanwin). */
static int named_by(const qctx *q, const char *id, const char *w, size_t wn)
{
    const char *text = q->doc->text;
    for (size_t k = 0; k < q->ne; k++) {
        const rasd_entity *en = &q->en[k];
        if (!en->id || strcmp(en->id, id) != 0 || en->end - en->start < wn)
            continue;
        if (memcmp(text + en->start, w, wn) == 0 &&
            (en->end - en->start == wn || text[en->start + wn] == ' '))
            return 1;
    }
    return 0;
}

/* A described speaker whose words end in an adverb of time or "too" (الوكالة أيضًا، عدد من
 * الدبلوماسيين الأردنيين مؤخرا: quotes.tsv source 4 and 11): cut before it. */
static void cut_desc_adverb(qctx *q, speaker *sp)
{
    const rasd_token *t = q->s->t;
    size_t j = 0, hi = q->s->nt, n;
    int v;
    while (j < hi) {                           /* the first token ending at or after end */
        size_t mid = j + (hi - j) / 2;
        if (t[mid].end < sp->end)
            j = mid + 1;
        else
            hi = mid;
    }
    if (j >= q->s->nt || t[j].end != sp->end || t[j].start <= sp->start ||
        !ev_word_is(q->s, j, 0, EK_SOURCE, &v, &n) || n != 1 ||
        (v != SOURCE_WHEN && v != SOURCE_LATELY))
        return;
    while (j > 0 && t[j - 1].start > sp->start && qt_comma(q, j - 1))
        j--;
    if (t[j - 1].end <= sp->start)
        return;
    sp->end = t[j - 1].end;
    sp->desc = 1 + q->x->names.n;
    rbuf_add(&q->x->names, q->doc->text + sp->start, sp->end - sp->start, &q->rc);
    rbuf_addc(&q->x->names, 0, &q->rc);
}

void qt_cut_adverb(qctx *q, speaker *sp)
{
    size_t n, keep, w;
    const char *text = q->doc->text;
    if (sp->name && sp->desc && sp->end > sp->start)
        cut_desc_adverb(q, sp);
    if (!sp->name || sp->desc || !sp->name[0] || !sp->id)
        return;
    n = strlen(sp->name);
    keep = name_cut(sp->name, n);
    if (!keep)
        return;
    w = n;                                     /* the participle's bytes, from its start */
    while (w > 0 && sp->name[w - 1] != ' ')
        w--;
    w = n - w;
    if (named_by(q, sp->id, sp->name + n - w, w))
        return;
    if (sp->end > sp->start + w && ends_with(text + sp->start, sp->end - sp->start, sp->name + n - w)) {
        sp->end -= (uint32_t)w;
        while (sp->end > sp->start && text[sp->end - 1] == ' ')
            sp->end--;
    }
    sp->desc = 1 + q->x->names.n;
    rbuf_add(&q->x->names, sp->name, keep, &q->rc);
    rbuf_addc(&q->x->names, 0, &q->rc);
}
