/* victim_named.c — a killing's victim named after a word describing him (issue 16, branch
 * vio67, stop 57; docs/EVENTS.md "Stop 57: the read parts' missed assaults and fights"; the
 * rule as written first: bench/vio67/rule_1.md).
 *
 * A killing's noun (مقتل، اغتيال: F_TARGET, events.c) takes its victim from ev_subject_after,
 * which reads titles of data/events.tsv "lead" before a name (مقتل العقيد حسان الشيخ، مقتل
 * المواطن …). A civilian is often named after a word that describes him and is no title: «جريمة
 * مقتل الطالب السعودي عبد الله القاضي في لوس أنجلس» (unseen17), «مقتل الشاب …». Here: one
 * describing noun of "aguard" victim_noun (definite; soldiers, officers, policemen and wanted
 * men left out: a death in combat or in a raid is no assault), at most NISBA_MAX adjectives of
 * relation, then a recogniser's person starting right there. */
#include "events/victim_named.h"
#include "events/aguard.h"
#include "events/letters.h"

#include <string.h>

enum { NISBA_MAX = 2 };        /* الطالب السعودي، الطفل الفلسطيني الرضيع: two adjectives */

/* The recogniser's person whose mention starts at token k, or NULL. */
static const rasd_entity *person_at(const sent_ctx *c, size_t k)
{
    const rasd_entity *e = ev_first_entity(c, k, k + 1);
    return e && e->tok_start == k && strcmp(e->type, "PER") == 0 ? e : NULL;
}

/* Whether token t is a definite adjective of relation: ال, three more letters, final ي. */
static int nisba(const rasd_token *t)
{
    return t->kind != RASD_TOK_PUNCT && t->norm_len >= LETTERS(5) &&
           starts_with(t->norm, t->norm_len, U_ARTICLE) &&
           memcmp(t->norm + t->norm_len - LETTERS(1), U_YEH, LETTERS(1)) == 0;
}

const rasd_entity *ev_victim_described(const sent_ctx *c, size_t end)
{
    size_t n, k = end;
    const rasd_entity *e;
    if (!ev_aguard_at((sent_ctx *)c, k, 1, AG_VICTIM_NOUN, &n) || n != 1)
        return NULL;
    for (k++; k < c->t1; k++) {
        if ((e = person_at(c, k)) != NULL)
            return e;
        if (k - end > NISBA_MAX || !nisba(&c->s->t[k]))
            return NULL;
    }
    return NULL;
}
