/* outlet_frame.c — the outlet that reports an event is not its actor (issue 16, src70,
 * stop 59).
 *
 * A sentence that gives its source names the outlet next to the event (ووفقاً لصحيفة «آس»
 * الإسبانية، تم الاتفاق بين سرقسطة والريال; أفصحت مصادر طبية لـ«عكاظ» عن … قصف الحوثي; وأفاد
 * مصادر بحسب سكاي نيوز بمقتل مدني … في قصف للحوثيين), and the paths that take the nearest
 * name for an actor took the outlet (judge61 row 26; docs/EVENTS.md "Stop 59: the reporting
 * outlet as an event's actor"). Here a name is an outlet when it starts with the head of an
 * outlet's name or stands right after one, past quote marks (data/events.tsv "aguard
 * outlet_head": صحيفة، وكالة الأنباء، قناة), or is an outlet named alone ("outlet_name":
 * عكاظ، رويترز); it stands in the report's frame when that head or name carries the
 * preposition ل (لصحيفة، لرويترز: the source after وفقا ل or the addressee of قال ل), or a
 * word of "outlet_frame" comes right before it, past quote marks (بحسب، نقلا عن، لـ، ذكرت، في)
 * and that word is not the event's own (انتقدت صحيفة كيهان الاتفاق: the paper's criticism),
 * or it follows, past quote marks, another name of an outlet in that frame (وحسب موقع هيئة
 * الإذاعة البريطانية "بي بي سي": the outlet's two names).
 * ev_can_act (actors.c) then lets it act in no event: the paths take the next name they
 * would, or none. An outlet that is a party is not in that frame (أوقفت السلطات صحيفة
 * الوسط; طالبت «سبق»). */
#include "events/actors.h"
#include "events/aguard.h"

#include <stdint.h>

/* Whether token k is a quote mark or a bracket: punctuation that ends no clause. */
static int mark_at(sent_ctx *c, size_t k)
{
    return k >= c->t0 && k < c->t1 && c->s->t[k].kind == RASD_TOK_PUNCT && !ev_clause_end(c, k);
}

/* Whether the phrase of list l at token k is written with the preposition ل before it
 * (لصحيفة، للوكالة، ولرويترز): a lam among the proclitic letters its look-up took off. */
static int with_lam(sent_ctx *c, size_t k, int l)
{
    size_t n;
    const rasd_token *t = &c->s->t[k];
    if (!ev_aguard_at(c, k, 1, l, &n))
        return 0;
    for (size_t j = 0; (int)j < c->s->cut && LETTERS(j + 1) <= t->norm_len; j++)
        if (letter_is(t->norm + LETTERS(j), U_LAM))
            return 1;
    return 0;
}

/* Whether token t may start an outlet's head: its last letter, normalised, is ه (ة)، ن or ع,
 * as every word of "outlet_head" and the first of its two-word phrases (صحيفة، وكالة أنباء،
 * تلفزيون، موقع). A byte test before the look-up, which every candidate actor paid twice
 * (cost71); a head of another ending needs it widened (data/events.tsv says so). */
static int head_shaped(const rasd_token *t)
{
    const unsigned char *e = (const unsigned char *)t->norm + t->norm_len;
    return t->norm_len >= LETTERS(3) && ((e[-2] == 0xd9 && (e[-1] == 0x87 || e[-1] == 0x86)) ||
                                         (e[-2] == 0xd8 && e[-1] == 0xb9));
}

/* Whether the phrase of list l ends right before token k (one or two words). */
static size_t list_before(sent_ctx *c, size_t k, int l)
{
    size_t n;
    for (size_t back = 1; back <= 2 && k >= c->t0 + back; back++)
        if ((l != AG_OUTLET_HEAD || head_shaped(&c->s->t[k - back])) &&
            ev_aguard_at(c, k - back, 1, l, &n) && n == back)
            return back;
    return 0;
}

/* The first token of the outlet that name e is or ends (a head before it, past quote marks:
 * لصحيفة «آس»، لوكالة فرانس برس), or SIZE_MAX; *l: the list that token is in. */
static size_t outlet_start(sent_ctx *c, const rasd_entity *e, int *l)
{
    size_t k = e->tok_start, n, back;
    int own = ev_aguard_at(c, k, 1, AG_OUTLET_HEAD, &n) ? AG_OUTLET_HEAD
              : ev_aguard_at(c, k, 1, AG_OUTLET_NAME, &n) ? AG_OUTLET_NAME : -1;
    while (k > c->t0 && mark_at(c, k - 1))
        k--;
    if ((back = list_before(c, k, AG_OUTLET_HEAD)) != 0)
        return *l = AG_OUTLET_HEAD, k - back;
    if (own < 0)
        return SIZE_MAX;
    *l = own;
    return e->tok_start;
}

int ev_outlet_reporting(sent_ctx *c, const rasd_entity *e, int kind)
{
    int l = AG_OUTLET_HEAD;
    size_t k = outlet_start(c, e, &l), back;
    const rasd_entity *prev;
    if (k == SIZE_MAX)
        return 0;
    if (with_lam(c, k, l))
        return 1;                  /* وفقاً لصحيفة «آس»; قال لرويترز */
    while (k > c->t0 && mark_at(c, k - 1))
        k--;
    if ((back = list_before(c, k, AG_OUTLET_FRAME)) != 0)
        return !(back == 1 && kind >= 0 && word_kind(c, k - 1, 1, kind));
    prev = k > c->t0 ? ev_entity_ending(c, k) : NULL;   /* another name of the same outlet */
    return prev && prev != e && ev_outlet_reporting(c, prev, kind);
}
