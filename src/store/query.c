/* query.c — the store's door to search (src/search/): rasd_search on the store's connection. */
#include "store/store_int.h"

rasd_status rasd_search(rasd_store *s, const char *text, const rasd_query_opts *opts,
                        rasd_results **out)
{
    if (!s || !text || !out)
        return RASD_EINVAL;
    return search_run(&s->search, text, opts, out);
}
