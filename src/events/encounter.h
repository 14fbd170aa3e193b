/* encounter.h — meetings whose other party is a noun phrase after مع or ب (events27). */
#ifndef RASD_EVENTS_ENCOUNTER_H
#define RASD_EVENTS_ENCOUNTER_H

#include "events/actors.h"

/* Adds to x the meetings of sentence [s, e) (tokens c->t0 to c->t1) that data/events.tsv
 * "encounter" words name with their other party after مع or ب, each beside the sentence's
 * other events. */
rasd_status ev_encounters(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

/* Whether a word of sport is in sentence c (لقاء is then a match). */
int ev_enc_sport(sent_ctx *c);

/* Whether token b ends a meeting party's words: punctuation, a word with و, a preposition, a
 * word of place, that opens what the meeting is about or joins (مع), a relative pronoun, a
 * date, or an "encounter" word that stops a party. */
int ev_enc_party_stop(sent_ctx *c, size_t b);

/* joint.c (events39): whether token i (where a phrase of an event starts) is a verb of
 * data/events.tsv "joint" 1 or 3 (عقد، توصل); the meeting or agreement of that verb in
 * sentence [s, e) whose subjects are coordinated before its noun (عقد X وY اجتماعا، توصلت X
 * وY إلى اتفاق), added to x. */
int ev_joint_verb(sent_ctx *c, size_t i);
rasd_status ev_joint_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i);

/* meeting_during.c (stop 45): the meeting of a possessive noun after a word of time whose other
 * party follows it as its object (خلال لقائه اليوم مبعوث الأمين العام …), its subject the
 * person named before it; match: the noun is also a match (لقائه). Assumes encounter.c's own
 * forms (مع/ب، بين، a genitive group) ran first on the noun: a meeting they told is not told
 * again. */
rasd_status ev_during_object(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                             size_t n, int match);

/* meeting_pronoun.c (stop 60): the first party of the meeting noun at [i, i + n) that carries a
 * singular pronoun after a word of occasion (خلال اجتماعه بـ): the speaker of the quote whose
 * verb stands before it in its sentence and whose words follow it; NULL if none is named. */
const rasd_entity *ev_pronoun_speaker(sent_ctx *c, const kind_info *ki, size_t i, size_t n);

/* meeting_held.c (meeting_during.c's at stop 45): the summit of a body told as held at the noun at [i, i + n)
 * (قمة دول «بريكس» التي عقدت …), its one actor the body named by its genitive. */
rasd_status ev_summit_held(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                           size_t n);

/* encounter.c's pieces for meeting_during.c: the party at token k (a name behind titles, a group of
 * people, a peer, a title; no ب); the last person named before token i who can meet; whether
 * the noun at [i, i + n) is negated, asked, a purpose's, a match's or a courtesy; whether t
 * carries a singular possessive (لقائه، اجتماعها); the meeting of the np parties p told by the
 * noun at tokens [i, last] added to x (not when a meeting of the word is told). */
const rasd_entity *ev_enc_party(sent_ctx *c, size_t k);
/* meeting_comma.c: whether token k may stand between a meeting's verb and its party (a date,
 * a name, a title and its genitive, an adjective, quote marks or brackets). */
int ev_enc_between(sent_ctx *c, size_t k);
const rasd_entity *ev_enc_named_before(sent_ctx *c, size_t i);
int ev_enc_unreal(sent_ctx *c, size_t i, size_t n, int match);
int ev_enc_possessive(const rasd_token *t);
rasd_status ev_enc_add(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e,
                       const rasd_entity *const *p, size_t np, size_t i, size_t last);

#endif
