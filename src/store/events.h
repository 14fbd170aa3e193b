/* events.h — stored dates, quotes and events (src/store/events.c, tables `dates`, `quotes`,
 * `events` and `event_actors`, schema version 5; docs/EVENTS.md, "Storage"). Included by
 * store_int.h. */
#ifndef RASD_STORE_EVENTS_H
#define RASD_STORE_EVENTS_H

#include "core/internal.h"
#include <sqlite3.h>

enum { EV_EVENT, EV_ACTOR, EV_DEL_DATES, EV_DEL_QUOTES, EV_DEL_EVENTS,
       EV_DEL_ACTORS, EV_STMTS };

/* The store's side is evs_store_stage (store/stage.h): the dates, quotes and events that
 * rasd_extract left in the text's doc written for article docid inside the open batch; those
 * of a replaced version removed. A doc on which rasd_extract did not run since its analysis
 * has none, and nothing is written. Its statements: */
#define EV_ST(s) ((sqlite3_stmt **)store_state(s, &evs_store_stage))
/* Reads the stored dates, quotes and events of article docid back into d (attached to its
 * text) for the events stage's JSON (rasd show): the JSON of rasd analyze. */
rasd_status evs_load(rasd_store *s, int64_t docid, rasd_doc *d);
/* A rasd_stored_entity_fn: appends the entity's id to the JSON array of strings being built
 * in the rbuf ctx (opened with '['; the caller closes it), for json_each in SQL. */
int evs_add_id(const rasd_stored_entity *en, void *ctx);

#endif
