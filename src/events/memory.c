/* memory.c — what the article named before, for its later speakers (speakers.c): a person
 * named in full whom a later run of words names again, and the person a title stood with,
 * remembered so that the title said alone later is that person (docs/EVENTS.md "Speakers").
 * Moved out of speakers.c at stop 30 (the file was at the size limit).
 */
#include "events/quotes.h"
#include "core/internal.h"
#include "events/letters.h"

#include <stdlib.h>
#include <string.h>

/* A person the article named in full before token i (two words or more, not a title) whom
 * the words at token j name again where the recogniser found nobody (كما شدد كمال القبلي
 * على …, after المهندس كمال القبلي): the latest such mention; *m its length in tokens. */
const rasd_entity *qt_named_again(qctx *q, size_t j, size_t i, size_t *m)
{
    const rasd_token *t = q->s->t;
    if (!ev_is_word(&t[j]) || starts_with(t[j].norm, t[j].norm_len, U_ARTICLE) ||
        qt_in_entity(q, j))
        return NULL;               /* a first name has no ال */
    for (size_t k = qt_ent_from(q, i); k-- > 0;) {
        const rasd_entity *en = &q->en[k];
        size_t w = en->tok_end - en->tok_start;
        if (w < 2 || j + w > q->s->nt || t[en->tok_start].norm_len != t[j].norm_len ||
            strcmp(en->type, "PER") != 0 || qt_title_mention(en))
            continue;
        if (tok_run_same(&t[j], &t[en->tok_start], w) == w) {
            *m = w;
            return en;
        }
    }
    return NULL;
}

/* The first two words of a title before a name (المتحدث باسم …), as a key in *key; a
 * courtesy word first is left out (معالي وزير الخارجية القطري الدكتور خالد …, later وزير
 * الخارجية القطري). */
static int title_key(qctx *q, size_t a, size_t b, uint64_t *key, size_t words)
{
    const rasd_token *t = q->s->t;
    size_t n;
    int v;
    if (a < b && ev_word_is(q->s, a, 0, EK_HONOR, &v, &n) && v == HONOR_TITLE)
        a += n;
    if (b < a + words)
        return 0;
    *key = 0;
    for (size_t j = a; j < a + words; j++) {
        if (!ev_is_word(&t[j]))
            return 0;
        *key = *key * 31 + strmap_hash(t[j].norm, t[j].norm_len);
    }
    return 1;
}

/* A person the article named after or before a title: the same title later, when the
 * recogniser resolved none there (src/entities/titles.c resolves titles before names; this
 * memory is what is left of the stage's own: the title after a name, وأوضح سلطان القرشي مدير
 * إدارة المشاريع … وأشار مدير إدارة المشاريع), is the same person. */
void qt_remember_title(qctx *q, size_t a, size_t b, const rasd_entity *en, const speaker *sp,
                       size_t words)
{
    uint64_t key;
    if (strcmp(en->type, "PER") != 0 || b <= a || !title_key(q, a, b, &key, words))
        return;
    q->x->titles = grow_array(q->x->titles, &q->x->titles_cap, q->x->ntitles + 1,
                              sizeof *q->x->titles, &q->rc);
    if (!q->rc)
        q->x->titles[q->x->ntitles++] = (ev_title){key, sp->id, sp->name, sp->start, sp->end};
}

/* The person remember_title() kept for the title at tokens [a, b) (two words, or three), if
 * any. */
int qt_recall_title(qctx *q, size_t a, size_t b, speaker *sp)
{
    uint64_t key, key3;
    if (!title_key(q, a, b, &key, 2))
        return 0;
    if (!title_key(q, a, b, &key3, 3))
        key3 = key;
    for (size_t k = q->x->ntitles; k-- > 0;)
        if (q->x->titles[k].key == key || q->x->titles[k].key == key3) {
            const ev_title *t = &q->x->titles[k];
            sp->id = t->id, sp->name = t->name, sp->start = t->start, sp->end = t->end;
            return 1;
        }
    return 0;
}
