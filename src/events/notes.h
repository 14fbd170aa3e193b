/* notes.h — one list of the tokens encounter.c's walk notes for the rules that read them later
 * (branch notes54, stop 46; docs/EVENTS.md "Issue 16: one notes list for encounter.c's walk
 * (branch notes54, stop 46)"). The walk (ev_encounters) looks "encounter" up at every token
 * that starts an event's phrase; support_verbs.c's verbs of a call, visit_nouns.c's nouns of a visit and
 * appeal_in_quote.c's verbs of appeal are words it finds there, so it notes them (ev_support_note,
 * ev_visit_note, ev_appeal_note: each rule's own filter) instead of each rule walking every
 * token again (cost52, cost53). Each note is (token, kind, value) in struct ev_doc's notes, in
 * token order: a reader takes the notes of its kind in the sentence it reads (ev_note_next, by
 * its cursor) or in a quote's bytes (appeal_in_quote.c, a binary search over the list). Inline: the
 * readers ask once a sentence (bench/extract_cost.sh). */
#ifndef RASD_EVENTS_NOTES_H
#define RASD_EVENTS_NOTES_H
#include "events/ev.h"

/* Notes token i for the rule of kind k (enum ev_note_kind), with value v (0 to 255), after the
 * notes of the tokens before it; RASD_ENOMEM. A kind's cursor (x->notes_at[k]) is the index of
 * its first note not read yet, SIZE_MAX if none. */
static inline rasd_status ev_note_add(struct ev_doc *x, size_t i, int k, int v)
{
    rasd_status rc = RASD_OK;
    x->notes = grow_array(x->notes, &x->notes_cap, x->nnotes + 1, sizeof *x->notes, &rc);
    if (rc)
        return rc;
    if (x->notes_at[k] > x->nnotes)
        x->notes_at[k] = x->nnotes;   /* its first unread note */
    x->notes[x->nnotes++] = (ev_note){(uint32_t)i, (uint8_t)k, (uint8_t)v};
    return RASD_OK;
}

/* A reader's next note of kind k in tokens [t0, t1), from its cursor x->notes_at[k] (moved to
 * the next note of kind k: the sentences are read in order, and a note before t0 is passed);
 * NULL if none, the cursor left at a note at t1 or after. Asked once a sentence, a miss the
 * common case: a look at the cursor's note (bench/extract_cost.sh). */
static inline const ev_note *ev_note_next(struct ev_doc *x, int k, size_t t0, size_t t1)
{
    size_t j = x->notes_at[k];
    while (j < x->nnotes && x->notes[j].token < t1) {
        const ev_note *o = &x->notes[j];
        while (++j < x->nnotes && x->notes[j].kind != k)
            ;
        x->notes_at[k] = j;
        if (o->token >= t0)
            return o;
    }
    return NULL;
}

/* Whether a reader of kind k has a note to read in a sentence ending at token t1, or reads
 * without notes (no walk in this document): the caller's test before it calls the reader, most
 * sentences having none (bench/extract_cost.sh). */
static inline int ev_notes_left(const struct ev_doc *x, int k, size_t t1)
{
    return !x->noted || (x->notes_at[k] < x->nnotes && x->notes[x->notes_at[k]].token < t1);
}

/* Forgets the notes of the previous document (ev_find_events, before the walk). */
static inline void ev_notes_reset(struct ev_doc *x)
{
    x->nnotes = 0;
    x->noted = 0;
    for (size_t k = 0; k < EV_NOTE_KINDS; k++)
        x->notes_at[k] = SIZE_MAX;
}
#endif
