/* rank55.h — the trigger layer's candidates printed for study (issue 16, rank55, stop 47):
 * rank55.c. */
#ifndef RASD_EVENTS_RANK55_H
#define RASD_EVENTS_RANK55_H

#include "events/actors.h"

/* What the layer decided about one candidate (triggers.c ev_trigger_events). */
typedef struct rk_cand {
    size_t i, n;               /* the trigger's tokens */
    const char *type;          /* its kind's name (kind_info.type) */
    int kind, cls, cut;        /* its kind (EK_*), form (T_* of triggers.c), proclitic letters */
    int stage;                 /* RK_* below: the guard that dropped it, or RK_ADDED */
    unsigned flags;            /* RKF_* below */
    int on;                    /* added: on by default (1) or off (0); -1: not added */
    const rasd_event *ev;      /* added or known: the event built, else NULL */
    uint32_t s, e;             /* the sentence's bytes */
} rk_cand;

enum { RK_ADDED = 0, RK_HAS_KIND, RK_UNREAL, RK_SENSE, RK_GUARDED, RK_COURTESY, RK_FORCE,
       RK_CONTENT, RK_PRAYER, RK_UNANCHORED, RK_MANNER, RK_NO_ACTORS, RK_WORDS_OR_ARMS,
       RK_NO_PLACE, RK_NOBODY, RK_UNREPORTED, RK_KNOWN };

enum { RKF_FR40 = 1, RKF_FR43 = 2, RKF_FORECAST46 = 4, RKF_MAYBE42 = 8, RKF_ANY44 = 16,
       RKF_SUBJ44 = 32, RKF_AS50 = 64,       /* the frames that keep it off (framed) */
       RKF_PLACED = 128, RKF_DEED = 256, RKF_PRESENT = 512, RKF_PLACE = 1024 };

/* Prints cand as one line of tab-separated fields to stderr, after a line per document
 * (rk_doc): only when RASD_TRIGGER_DUMP was set when the engine loaded (ev_engine.dump). */
void rk_dump(const sent_ctx *c, const rk_cand *cand);
void rk_doc(const rasd_doc *doc);

#endif
