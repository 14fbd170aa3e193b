/* notes.c — one list of the tokens encounter.c's walk notes for the rules that read them later
 * (branch notes54, stop 46; docs/EVENTS.md "Issue 16: one notes list for encounter.c's walk
 * (branch notes54, stop 46)"). The walk (ev_encounters) looks "encounter" up at every token
 * that starts an event's phrase; meet51.c's verbs of a call, visit53.c's nouns of a visit and
 * appeal53.c's verbs of appeal are words it finds there, so it notes them (ev_meet51_note,
 * ev_visit53_note, ev_appeal53_note: each rule's own filter) instead of each rule walking every
 * token again (cost52, cost53). Each note is (token, kind, value), in token order: a reader
 * takes the notes of its kind in the sentence it reads (ev_note_next, by a cursor) or in a
 * quote's bytes (appeal53.c, a binary search). */
#include "events/ev.h"

rasd_status ev_note_add(struct ev_doc *x, size_t i, int k, int v)
{
    rasd_status rc = RASD_OK;
    x->notes = grow_array(x->notes, &x->notes_cap, x->nnotes + 1, sizeof *x->notes, &rc);
    if (!rc)
        x->notes[x->nnotes++] = (ev_note){(uint32_t)i, (uint8_t)k, (uint8_t)v};
    return rc;
}

size_t ev_note_from(const struct ev_doc *x, size_t from, int k, size_t i)
{
    while (from < x->nnotes && (x->notes[from].kind != k || x->notes[from].token < i))
        from++;
    return from;
}

size_t ev_note_next(struct ev_doc *x, int k, size_t t0, size_t t1)
{
    size_t j = ev_note_from(x, x->notes_at[k], k, t0);
    if (j >= x->nnotes || x->notes[j].token >= t1) {
        x->notes_at[k] = j;
        return x->nnotes;
    }
    x->notes_at[k] = j + 1;
    return j;
}

void ev_notes_reset(struct ev_doc *x)
{
    x->nnotes = 0;
    x->noted = 0;
    for (size_t k = 0; k < EV_NOTE_KINDS; k++)
        x->notes_at[k] = 0;
}
