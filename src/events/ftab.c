/* ftab.c — builds the table of first words (ftab.h) from ev_engine.firsts. */
#include "events/ftab.h"

#include <stdlib.h>

rasd_status ftab_build(ftab *f, const strmap *m)
{
    size_t cap = 64;
    unsigned bits = 6;
    memset(f, 0, sizeof *f);
    while (cap < 2 * m->n)     /* load factor at most 1/2, as strmap's */
        cap *= 2, bits++;
    if (!(f->slots = calloc(cap, sizeof *f->slots)))
        return RASD_ENOMEM;
    f->keys = m->keys.p, f->mask = cap - 1, f->shift = 64 - bits;
    for (size_t e = 0; e < m->n; e++) {
        size_t n;
        const char *w = strmap_key(m, e, &n);
        uint64_t a, b;
        size_t i;
        if (!n || n > UINT32_MAX)
            continue;          /* never looked up (a token has a word) */
        ftab_key(w, n, &a, &b);
        for (i = ftab_home(f, a, b, n); f->slots[i].n; i = (i + 1) & f->mask)
            ;
        f->slots[i] = (ftab_slot){a, b, (uint32_t)n, m->ents[e].off, m->ents[e].value};
    }
    return RASD_OK;
}

void ftab_free(ftab *f)
{
    free(f->slots);
    memset(f, 0, sizeof *f);
}
