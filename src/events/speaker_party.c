/* speaker_party.c — quotemarks3 (issue 16): a meeting told in a speaker's reported words whose
 * other party is the speaker's own pronoun. In reported speech the speaker is the third
 * person, so a meeting's verb followed by به، بها، بهم، معه، معها، معهم (data/events.tsv
 * "aguard speaker_pron") met the speaker: «وأشار علوي إلى حضور لجنة من جهة رسمية التقت به»
 * — علوي met the committee. The verb's subject, when it is named, is the other party. Direct
 * speech is left out: there the speaker is the first person and به is someone else. */
#include "actors.h"
#include "aguard.h"

enum { RELATIVE_REACH = 4 };   /* tokens before the verb where a relative pronoun is read */

/* Whether a relative pronoun (data/events.tsv "relative" 1: الذي، الذين) stands within
 * RELATIVE_REACH tokens before token i in its clause, or من or ما right before it: its
 * pronoun then stands for the relative's head (كل من التقى به، الأشخاص الذين التقى بهم،
 * أعضاء الكونغرس الذين كان أوباما اجتمع معهم). */
static int in_relative(sent_ctx *c, size_t i)
{
    size_t n;
    int v;
    for (size_t k = i; k > c->t0 && k + RELATIVE_REACH > i; k--) {
        if (c->s->t[k - 1].kind == RASD_TOK_PUNCT)
            return 0;
        if (ev_word_is(c->s, k - 1, 1, EK_RELATIVE, &v, &n) && n == 1 && (v == 1 || k == i))
            return 1;          /* من، ما only right before the verb: من جهة رسمية التقت به */
    }
    return 0;
}

/* Adds the speaker of the reported quote holding the meeting's verb at tokens [i, i + n) as a
 * party, when the verb's object is his pronoun (the word right after it, in the quote and the
 * sentence), no relative pronoun stands before the verb, he was named before the quote, and
 * the event has room and lacks him. */
void ev_speaker_party(sent_ctx *c, const kind_info *ki, size_t i, size_t n, rasd_event *ev)
{
    size_t k = i + n;
    if (ki->kind != EK_MEET || k >= c->t1 || (int)ev->nactors >= ki->max_actors ||
        !ev_aguard_word(c, k, AG_SPEAKER_PRON) || in_relative(c, i))
        return;
    const rasd_quote *q = ev_quote_at(c->doc, c->s->t[i].start);
    if (!q || q->direct || !q->speaker_id || !q->speaker_name || q->speaker_end > q->start ||
        c->s->t[k].end > q->end)
        return;
    for (size_t a = 0; a < ev->nactors; a++)
        if (ev->actor_id[a] && strcmp(ev->actor_id[a], q->speaker_id) == 0)
            return;
    size_t k2 = ev->nactors;
    ev->actor_id[k2] = q->speaker_id, ev->actor_name[k2] = q->speaker_name;
    ev->actor_start[k2] = q->speaker_start, ev->actor_end[k2] = q->speaker_end;
    ev->nactors++;
}
