/* speaker_np.c — the speaker of a participle that opens its sentence (branch quotes24,
 * docs/EVENTS.md "Issue 16: a participle after a full stop"): writers often end a sentence
 * where the participle that goes on with its subject starts (وعبَّر المهندس خالد بن صالح
 * المديفر … عن فخر الشركة …. مشيراً إلى أن المؤتمر …): the participle is the sentence
 * before's, and its speaker that sentence's subject, as it would be with a comma
 * (qt_participle_speaker, p_first_person). speakers.c asks here. */
#include "events/quotes.h"

#include <string.h>

/* Whether person mention en is a byline's (شقران الرشيدي- سبق- الرياض:), the name the
 * recogniser took with its dash: no sentence's subject. */
static int byline(const rasd_entity *en)
{
    size_t len = strlen(en->name);
    return len > 0 && en->name[len - 1] == '-';
}

/* Whether participle c opens its sentence (from token a) right after a sentence whose verb
 * named no speaker, and the first person that sentence names (one who can speak, outside
 * quote marks, not spoken to) is its subject: sp that person. */
int qt_part_opens_after(qctx *q, const qcue *c, size_t a, speaker *sp)
{
    size_t p0;
    if (a != c->i || a == 0 || q->last_sent == qt_send(q, a - 1))
        return 0;
    p0 = qt_sent_start(q, a - 1);
    for (size_t k = qt_ent_from(q, p0); k < q->ne && q->en[k].tok_start < a; k++) {
        const rasd_entity *en = &q->en[k];
        if (en->tok_start < p0 || strcmp(en->type, "PER") != 0 || qt_in_pair(q, en->tok_start) ||
            !qt_can_speak(q, en) || qt_addressed(q, en->tok_start) || byline(en))
            continue;
        if (!qt_front_words(q, p0, en->tok_start, FRONT_VERB))
            return 0;             /* وتحدث الوفد الصيني عن … وأسسه روبن لي: an object */
        qt_speaker_is(sp, en, en->start, en->end);
        return 1;
    }
    return 0;
}
