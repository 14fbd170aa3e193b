/* force_told.c — a noun of force told as done (events21). The nouns of assault and fight
 * stayed behind --event-triggers (events16: judged samples 6 to 18 of 20, read-part rows 3 of
 * 5): alone they name kinds, plans, backgrounds and the deeds of others as often as an act
 * of the report. Two forms say the act was done: a verb of doing whose subject the recogniser
 * named (شن التحالف غارات، نفذ التحالف 29 ضربة جوية: "who attacked whom"), and a relative
 * clause that says it took place or what it struck (للاعتداء الآثم الذي وقع، التفجير الغاشم
 * الذي استهدف مسجد قوات الطوارئ), an assault's only: a fight's relative clause judged 17 of
 * 19 (a city destroyed during the clashes it saw months ago; "Iraq's battle against terror").
 * Their guards (history, words, a cause) still run first. */
#include "events/force_told.h"

#include "events/letters.h"

enum { AGENT_REACH = 8,        /* the verb of doing before the noun, in its clause */
       RELATIVE = 3 };         /* the adjectives between the noun and its relative */

/* Whether token k ends a clause: a comma or a stop (. ; : !). */
static int told_break(sent_ctx *c, size_t k)
{
    return ev_comma(c, k) || ev_punct(c->s, k, ".;:!");
}

/* Whether a verb of doing stands before the noun at token i in its clause and the event's
 * first actor, a name the recogniser found (an entity's id) and no person (a person's
 * campaign is of words), stands between them: its subject. */
static int told_by_agent(sent_ctx *c, size_t i, const rasd_event *ev)
{
    for (size_t k = i; k > c->t0 && k + AGENT_REACH > i; k--) {
        if (told_break(c, k - 1))
            return 0;
        if (ev_aguard_word(c, k - 1, AG_TOLD_AGENT)) {
            uint32_t a = c->s->t[k - 1].end, b = c->s->t[i].start;
            return ev->nactors > 0 && ev->actor_id[0] != NULL &&
                   ev->actor_start[0] >= a && ev->actor_end[0] <= b;
        }
    }
    return 0;
}

/* Whether token i is indefinite: no ال first or after one or two proclitic letters, no لل. */
static int indefinite(sent_ctx *c, size_t i)
{
    const rasd_token *t = &c->s->t[i];
    if (starts_with(t->norm, t->norm_len, U_LAM U_LAM))
        return 0;              /* للهجوم */
    return !ev_definite_any(t);
}

/* Whether token k ends in ه (ه، ها, a verb's object pronoun: شنه، نفذته، تبناها). */
static int object_pronoun(sent_ctx *c, size_t k)
{
    const rasd_token *t = &c->s->t[k];
    return ends_with(t->norm, t->norm_len, U_HEH) || ends_with(t->norm, t->norm_len, U_HEH U_ALEF);
}

/* Whether a relative pronoun and a verb that says it took place follow the noun at token i
 * ending at token end, past at most RELATIVE words in its clause; after an indefinite noun,
 * whose relative clause has no pronoun, such a verb alone (هجوم انتحاري دام استهدف الأراضي
 * التركية، تفجير وقع أمس: events25), but not one with its object pronoun (شنه، نفذته): the
 * doer after it is as often a force in combat (إثر هجوم شنته القوات من عدن: a fight). */
static int told_happened(sent_ctx *c, size_t i, size_t end)
{
    int bare = indefinite(c, i);
    for (size_t k = end; k + 1 < c->t1 && k <= end + RELATIVE; k++) {
        if (ev_comma(c, k) && k + 1 < c->t1 && word_value(c, k + 1, EK_RELATIVE) == 1)
            continue;          /* التفجير الغاشم، الذي استهدف */
        if (told_break(c, k) || c->s->t[k].kind == RASD_TOK_PUNCT)
            return 0;
        if (word_value(c, k, EK_RELATIVE) == 1)
            return ev_aguard_word(c, k + 1, AG_TOLD_HAPPENED);
        if (bare && ev_aguard_word(c, k, AG_TOLD_HAPPENED))
            return !object_pronoun(c, k);   /* هجوم نفذته الحركة المتمردة أسفر: its doer's */
    }
    return 0;
}

int tg_force_told(sent_ctx *c, size_t i, size_t n, int kind, const rasd_event *ev)
{
    if (kind != EK_ASSAULT && kind != EK_FIGHT)
        return 0;
    return told_by_agent(c, i, ev) || (kind == EK_ASSAULT && told_happened(c, i, i + n));
}
