/* criticize_called.c — a criticism told by what its subject called a deed or a party (issue 16,
 * branch criticize52; docs/EVENTS.md "Issue 16: criticisms, accusations and threats the rules
 * miss").
 *
 * A verb of describing in the past (data/events.tsv "aguard" describe_past: وصف، وصفت، وصفوا)
 * whose subject is named right after it, then what it described (one word at least: الهجوم،
 * حادث التفجير، المملكة), then a word with ب (بأنه، بأنها، بالجبان، بـ«العمل الإرهابي») with a
 * word of condemnation at most PEJOR_REACH words on ("aguard" pejorative: إرهابي، إجرامي، جبان،
 * همجي) is a criticism (CAMEO 111) by the subject: ووصف رئيس الوزراء الإسرائيلي بنيامين نتنياهو
 * الهجوم بأنه عمل إرهابي؛ وصف المالكي المملكة العربية السعودية بأنها منطلق الإرهاب. Its second
 * actor is the party described when a name starts right after the subject; else the
 * criticism is the subject's alone (the deed condemned names nobody).
 *
 * Left out: a name right before the word with ب (ووصف حزب العمال الكردستاني بأنه منظمة
 * إرهابية: the subject a pronoun, the name the party described; unvocalised, the passive
 * reads the same); the present (يصف: a habit or a column's comparison); a verb in a direct
 * quote (the speaker's own telling); negated (لم، لا), denied, asked or planned; a sentence
 * that holds a criticism already. Words that only describe (كارثية، ناجحة) are not in
 * pejorative: a described plight is no criticism.
 *
 * Hook (events.c ev_sentence_events): the verbs are data/events.tsv criticize words of value
 * 23 (F_DESCRIBE), found by the rules' own look-up of each token (a pass of its own over every
 * token cost 6 to 24 instructions a token, bench/extract_cost.sh); the rules' events of the
 * sentence before the verb are added already (ev_told_at), the layer's come after. The word
 * must also be in describe_past (no proclitic but و or ف: بوصف is a noun). */
#include "events/criticize_called.h"
#include "events/letters.h"
#include "entities/ent.h"

#include <string.h>

enum { MATTER_REACH = 7,       /* words from the subject's end to the word with ب (حادث
                                  التفجير الذي وقع أمس بأنه) */
       PEJOR_REACH = 2,        /* words after the word with ب to the condemnation (بأنه عمل
                                  إرهابي); farther, a purpose (بأنها ضرورية لمكافحة الإرهاب) */
       NEG_BACK = 2 };         /* a negation this many words before the verb */

/* Whether token k starts a matter with ب: a word carrying it (بأنه، بالجبان) or ب alone
 * (بـ«الإرهابي»). */
static int with_bi(sent_ctx *c, size_t k)
{
    const rasd_token *t = &c->s->t[k];
    return ev_clitic(c, k) == CL_BI || (t->norm_len == LETTERS(1) && letter_is(t->norm, U_BEH));
}

/* Whether a word of condemnation stands at token k or within PEJOR_REACH words after it
 * (quote marks and brackets not counted), in the sentence. */
static int condemns(sent_ctx *c, size_t k)
{
    for (size_t w = 0; k < c->t1 && w <= PEJOR_REACH; k++) {
        if (!ev_is_word(&c->s->t[k])) {
            if (ev_comma(c, k) || ev_clause_end(c, k))
                return 0;
            continue;
        }
        if (ev_aguard_at(c, k, 1, AG_PEJORATIVE, NULL))
            return 1;
        w++;
    }
    return 0;
}

/* The word with ب that says what the subject (ending at token from) called the matter, the
 * matter one word at least: its token, or SIZE_MAX. */
static size_t called_at(sent_ctx *c, size_t from)
{
    for (size_t k = from; k < c->t1 && k < from + MATTER_REACH; k++) {
        if (ev_clause_end(c, k))
            return SIZE_MAX;
        if (ev_is_word(&c->s->t[k]) && with_bi(c, k) && condemns(c, k))
            return k > from ? k : SIZE_MAX;   /* ووصف حزب العمال بأنه: the party described */
    }
    return SIZE_MAX;
}

/* called_at for criticize_participle.c's participles (واصفا الانفجار بأنه «عمل إرهابي»). */
size_t ev_called_word(sent_ctx *c, size_t from)
{
    return called_at(c, from);
}

/* Whether the verb at token j is negated, denied, asked or planned. */
static int unreal(sent_ctx *c, size_t j)
{
    int v;
    size_t n;
    for (size_t k = j; k > c->t0 && k + NEG_BACK > j; k--)
        if (ev_word_is(c->s, k - 1, 1, EK_NEGATION, &v, &n) && v == 0)
            return 1;
    return ev_denied(c->s, c->t0, j) || ev_question(c) ||
           ev_planned_by_words(c->s, c->t0, c->t1, j, 1, 1);
}

static rasd_status described(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t j)
{
    const kind_info *ki = ev_kind_info(EK_CRITICIZE);
    const rasd_quote *q = ev_quote_at(c->doc, c->s->t[j].start);
    const rasd_entity *a, *b;
    rasd_event ev;
    size_t k;
    if (!ki || (q && q->direct) || unreal(c, j) || ev_told_at(x, s, ki->type, s, e))
        return RASD_OK;
    a = ev_appeal_subject(c, ki, j + 1, NULL, q);
    if (!a || a->tok_start <= j || (k = called_at(c, a->tok_end)) == SIZE_MAX)
        return RASD_OK;
    b = ev_first_entity(c, a->tok_end, k);
    ev_event_begin(&ev, c, ki, s, e, j, j, NULL);
    ev_append_actor(&ev, a);
    if (b && b != a && b->tok_start == a->tok_end)
        ev_append_actor(&ev, b);       /* the party described right after its subject; not a
                                          name in the subject's title (مدير السجون بمنطقة
                                          جازان) */
    ev_event_date(c->doc, s, e, 0, c->s->t[k].start, &ev);
    return ev_add_event(x, j, NULL, &ev);
}

rasd_status ev_criticize_called_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t j)
{
    return ev_aguard_word(c, j, AG_DESCRIBE_PAST) ? described(c, x, s, e, j) : RASD_OK;
}
