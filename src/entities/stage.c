/* stage.c — named entities as a stage of the pipeline (core/stage.h): the recogniser's data
 * loaded with the engine, rasd_recognize on each document, the "entities" array. */
#include "entities/ent.h"

static rasd_status ent_run(const rasd_engine *e, rasd_doc *d, const char *published)
{
    (void)published;
    return rasd_ner_available(e) ? rasd_recognize(e, d) : RASD_OK;   /* no model: none */
}

static void ent_reset(void *doc_state)
{
    ((struct ent_doc *)doc_state)->done = 0;
}

static void ent_free(void *doc_state)
{
    ent_doc_free(doc_state);
}

static void ent_stage_json(const rasd_doc *d, rbuf *b, rasd_status *rc)
{
    ent_json(d, b, rc);
}

const doc_stage ent_stage = {
    .name = "entities",
    .bit = RASD_STAGE_ENTITIES,
    .needs = 0,
    .json_flag = RASD_JSON_ENTITIES,
    .load = ent_engine_load,
    .unload = ent_engine_free,
    .run = ent_run,
    .reset = ent_reset,
    .free_doc = ent_free,
    .json = ent_stage_json,
};
