/* attack_lists.h — lists of attacks and clashes told by nouns, each with its own place (issue 16,
 * branch lists48). */
#ifndef RASD_EVENTS_ATTACK_LISTS_H
#define RASD_EVENTS_ATTACK_LISTS_H

#include "events/actors.h"
#include "events/letters.h"

/* Whether the letters of token t (normalised) may end a noun of the lists: …ير (تفجير), …وم
 * (هجوم), …رات، …مات، …كات، …هات (غارات، هجمات، اشتباكات، مواجهات), …اف (استهداف), …صف (قصف),
 * …ره (غارة), …ين (كمين). A filter only (the look-up decides; ground.c's walk asks at every word
 * where a phrase starts: bench/extract_cost.sh); a noun of other letters must be added here. */
static inline int ev_list_noun_end(const rasd_token *t)
{
    const unsigned char *w = (const unsigned char *)t->norm;
    size_t n = t->norm_len;
    unsigned last, pen;
    if (n < LETTERS(3))
        return 0;
    last = (unsigned)w[n - 2] << 8 | w[n - 1], pen = (unsigned)w[n - 4] << 8 | w[n - 3];
    switch (pen) {
    case 0xd8a7:
        if (last == 0xd981)
            return 1;                                                     /* اف */
        if (last != 0xd8aa || n < LETTERS(5))
            return 0;
        last = (unsigned)w[n - 6] << 8 | w[n - 5];                       /* ات: the letter before */
        return last == 0xd8b1 || last == 0xd985 || last == 0xd983 || last == 0xd987;
    case 0xd98a: return last == 0xd8b1 || last == 0xd986;                     /* ير ين */
    case 0xd988: return last == 0xd985;                                       /* وم */
    case 0xd8b5: return last == 0xd981;                                       /* صف */
    case 0xd8b1: return last == 0xd987;                                       /* ره */
    default: return 0;
    }
}

/* Whether token t's letters start with و. */
static inline int ev_list_wa(const rasd_token *t)
{
    return t->norm_len >= LETTERS(2) && (unsigned char)t->norm[0] == 0xd9 &&
           (unsigned char)t->norm[1] == 0x88;
}

/* Whether token i (a phrase starts at it) may be a noun of a list's item with و on it
 * (والتفجير، واستهداف; a list with no such item, only وحادث استهداف, is left): bytes only, ground.c's walk asks at every
 * phrase's start (a walk of lists48's own cost some 20 instructions a token:
 * bench/extract_cost.sh); ev_attack_lists reads the sentence only then. */
static inline int ev_may_attack_list(const sent_ctx *c, size_t i)
{
    return ev_list_wa(&c->s->t[i]) && ev_list_noun_end(&c->s->t[i]);
}


/* Adds to x one event for each item of a list of attack or clash nouns in sentence [s, e)
 * (tokens c->t0 to c->t1) that has a place of its own (تفجير عبوة في العريش … وتفجير
 * بجوار قسم دراو بأسوان), beside the sentence's other events; only when ground.c's walk set
 * c->list48 (ev_may_attack_list). */
rasd_status ev_attack_lists(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

#endif
