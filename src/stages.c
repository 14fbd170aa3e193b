/* stages.c — the stage table: every annotation stage of the pipeline, in the order data flows
 * (core/stage.h). A row pairs a stage's document side (what rasd_annotate runs and
 * rasd_doc_json writes) with its store side (what ingest writes, a takedown removes and
 * rasd reannotate recomputes). Adding a stage: its own folder, one row here, its public
 * declarations in include/rasd.h (ARCHITECTURE.md, "Adding a stage"). */
#include "entities/ent.h"
#include "events/ev.h"
#include "store/stage.h"

const stage_entry rasd_stages[] = {
    {&ent_stage, &ents_store_stage},     /* named entities: recognised, then stored */
    {&ev_stage, &evs_store_stage},       /* dates, quotes, events (read the entities) */
    {NULL, &dedup_store_stage},          /* duplicates: a cross-document stage */
    {NULL, &stories_store_stage},        /* stories (read the copies, after dedup) */
    {NULL, &alerts_store_stage},         /* alerts: saved queries matched, the log written */
};
const size_t rasd_nstages = sizeof rasd_stages / sizeof *rasd_stages;

_Static_assert(sizeof rasd_stages / sizeof *rasd_stages <= STAGE_MAX,
               "the stage table holds at most STAGE_MAX rows");
