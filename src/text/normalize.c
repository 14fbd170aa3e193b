/* normalize.c — normalisation of a whole string, with the way back to the source bytes.
 * The per-token normalisation lives in tokenize.c; both apply the same table (chartab.c). */
#include "core/internal.h"

#include <stdlib.h>

static void add_offsets(uint32_t **off, size_t *cap, size_t from, size_t to, uint32_t src,
                        rasd_status *rc)
{
    *off = grow_array(*off, cap, to + 1, sizeof **off, rc);
    for (size_t i = from; i < to && !*rc; i++)
        (*off)[i] = src;
}

rasd_status rasd_normalize(const rasd_engine *e, unsigned flags, const char *text, size_t len,
                           char **out, size_t *out_len, uint32_t **offsets)
{
    rbuf b = {0};
    uint32_t *off = NULL;
    size_t off_cap = 0, pos = 0;
    rasd_status rc = RASD_OK;
    if (!e || !out || !out_len || (!text && len) || (flags & ~RASD_NORM_ALL))
        return RASD_EINVAL;
    if (len > e->cfg.max_doc_bytes)
        return RASD_ETOOBIG;
    while (pos < len && !rc) {
        int32_t cp;
        size_t before = b.n, n = utf8_decode((const unsigned char *)text + pos, len - pos, &cp);
        if (cp >= 0)
            norm_cp(&e->tab, flags, cp, &b, &rc);
        if (offsets)
            add_offsets(&off, &off_cap, before, b.n, (uint32_t)pos, &rc);
        pos += n;
    }
    rbuf_addc(&b, 0, &rc);        /* NUL terminator, not counted */
    if (offsets)
        add_offsets(&off, &off_cap, b.n - 1, b.n, (uint32_t)len, &rc);
    if (rc) {
        rbuf_free(&b);
        free(off);
        return rc;
    }
    *out = b.p;
    *out_len = b.n - 1;
    if (offsets)
        *offsets = off;
    return RASD_OK;
}
