/* meeting_chaired.c — a meeting named by its noun with its chair (issue 16, branch meet57, stop
 * 49; docs/EVENTS.md "Issue 16: meetings missed over every read part (branch meet57, stop 49)").
 *
 * A meeting's noun (data/events.tsv "encounter" 1 or 9: اجتماع، اجتماعهم، الاجتماع) followed,
 * within CHAIR_REACH words of its clause, by the word that names its chair (aguard chaired:
 * برئاسة) is a meeting of the chair and
 *   - the subject of the support verb before the noun (support 3: عقد، عقدت; encounter 6:
 *     يعقد، تعقد, planned): a name or a group of people or a body right after the verb
 *     (عقد مديرو السجون في المملكة اجتماعهم السنوي برئاسة المدير العام للسجون اللواء
 *     إبراهيم الحمزي; يعقد الاتحاد السعودي لكرة القدم … اجتماعاً تنسيقياً برئاسة …), else
 *   - those present, named after the chair (aguard attended: وبحضور ممثلي المجلس التنسيقي …،
 *     or مع: برئاسة … مع الجهات التنظيمية).
 * The chair is the first person named within CHAIR_NAME words after برئاسة (titles before the
 * name: برئاسة ولي ولي العهد … الأمير محمد بن سلمان), else encounter.c's party (a title). One
 * side at least a name, the two differ. encounter.c's guards (negated, asked, a purpose, a
 * courtesy) and its adding (planned by يعقد and the words of plan; history two years back; not
 * when a meeting of the word is told). Runs after encounter.c's own forms on the noun
 * (مع/ب، بين، a genitive group), which take it first.
 */
#include "events/meeting_chaired.h"
#include "events/encounter.h"
#include "events/aguard.h"

#include <string.h>

enum { CHAIR_REACH = 8,        /* words from the noun to برئاسة (اجتماعا مساء أمس في قصر
                                  السلام بجدة برئاسة: 7) */
       CHAIR_NAME = 12,        /* words from برئاسة to the chair's name (ولي ولي العهد النائب
                                  الثاني لرئيس مجلس الوزراء وزير الدفاع … الأمير) */
       HOLD_BACK = 12,         /* words from the support verb to the noun, its subject between
                                  (عقد مديرو السجون في المملكة اجتماعهم) */
       ATTEND_GAP = 2 };       /* tokens from the chair to وبحضور (a comma) */
enum { SUPPORT_HOLD = 3,       /* data/events.tsv "support" 3: عقد، عقدت، عقدوا */
       ENC_WILL_HOLD = 6 };    /* "encounter" 6 (encounter.c's): يعقد، تعقد، سيعقد */

/* The token of برئاسة after the noun ending at token from, 0 if none in its clause. */
static size_t chair_word(sent_ctx *c, size_t from)
{
    for (size_t k = from; k < c->t1 && k < from + CHAIR_REACH; k++) {
        if (ev_clause_end(c, k) || (k > from && ev_clitic(c, k) == CL_WA))
            return 0;
        if (ev_aguard_word(c, k, AG_CHAIRED))
            return k;
    }
    return 0;
}

/* The chair after برئاسة at token k: the first person named within CHAIR_NAME words, no
 * punctuation or word with و before it; else encounter.c's party at k + 1 (a title). */
static const rasd_entity *chair_at(sent_ctx *c, size_t k)
{
    for (size_t b = k + 1; b < c->t1 && b <= k + CHAIR_NAME; b++) {
        const rasd_entity *q = ev_first_entity(c, b, b + 1);
        if (q && q->tok_start == b && q->id && q->id[0] && strcmp(q->type, "PER") == 0)
            return q;
        if (!ev_is_word(&c->s->t[b]) || (b > k + 1 && ev_clitic(c, b) == CL_WA))
            break;
    }
    return ev_enc_party(c, k + 1);
}

/* The holder of the meeting at token i: the name, group of people or body right after a
 * support verb before it in its clause; NULL if none. */
static const rasd_entity *holder(sent_ctx *c, size_t i)
{
    for (size_t k = i; k > c->t0 && k + HOLD_BACK > i; k--) {
        size_t v = k - 1;
        const rasd_entity *q;
        if (ev_clause_end(c, v))
            return NULL;
        if (word_value(c, v, EK_SUPPORT) != SUPPORT_HOLD &&
            word_value(c, v, EK_ENCOUNTER) != ENC_WILL_HOLD)
            continue;
        if ((q = ev_first_entity(c, v + 1, v + 2)) != NULL && q->tok_start == v + 1 &&
            q->tok_end <= i && (strcmp(q->type, "PER") == 0 || strcmp(q->type, "ORG") == 0))
            return q;
        return ev_group_at(c, v + 1, (1 << GROUP_PEOPLE) | (1 << GROUP_BODY), 0);
    }
    return NULL;
}

/* Those present after the chair ending at token end: وبحضور/مع + a party; NULL if none. */
static const rasd_entity *attendees(sent_ctx *c, size_t end)
{
    for (size_t k = end; k < c->t1 && k < end + ATTEND_GAP + 1; k++) {
        if (ev_aguard_word(c, k, AG_ATTENDED) || word_value(c, k, EK_WITH) == WITH_MA3)
            return ev_enc_party(c, k + 1);
        if (!ev_comma(c, k))
            return NULL;
    }
    return NULL;
}

static int named(const rasd_entity *e)
{
    return e->id && e->id[0];
}

rasd_status ev_chaired_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                          size_t n)
{
    const rasd_entity *p[2];
    size_t k = chair_word(c, i + n);
    if (k == 0 || ev_enc_unreal(c, i, n, 0) || (p[1] = chair_at(c, k)) == NULL)
        return RASD_OK;
    if ((p[0] = holder(c, i)) == NULL && (p[0] = attendees(c, p[1]->tok_end)) == NULL)
        return RASD_OK;
    if ((!named(p[0]) && !named(p[1])) || p[0] == p[1] ||
        (named(p[0]) && named(p[1]) && strcmp(p[0]->id, p[1]->id) == 0))
        return RASD_OK;
    return ev_enc_add(c, x, s, e, p, 2, i, i + n - 1);
}
