/* engine.h — an engine for the event tests, with the trigger layer as a test asks. */
#ifndef RASD_TESTS_ENGINE_H
#define RASD_TESTS_ENGINE_H

#include "check.h"
#include "rasd.h"

/* An engine with the trigger layer as mode says (RASD_TRIGGERS_*); the caller closes it. */
static inline rasd_engine *mode_engine(int mode)
{
    rasd_engine *e;
    rasd_config cfg;
    rasd_config_default(&cfg);
    cfg.event_triggers = mode;
    REQUIRE(rasd_engine_open(&e, &cfg) == RASD_OK);
    return e;
}

#endif
