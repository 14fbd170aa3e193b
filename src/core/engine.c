/* engine.c — configuration, the read-only engine and where its data files are found. */
#include "core/stage.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEFAULT_MAX_DOC ((size_t)256 << 20)

void rasd_config_default(rasd_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->norm_flags = RASD_NORM_ALL;
    cfg->stemmer = RASD_STEM_LIGHT;
    cfg->max_doc_bytes = DEFAULT_MAX_DOC;
}

static int is_dir(const char *p)
{
    struct stat st;
    return p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A data folder holds a VERSION file. Candidates in order: the configured folder,
 * $RASD_DATA, <exe>/../share/rasd (installed), <exe>/../../data (build tree), ./data. */
static char *find_data_dir(const char *configured)
{
    char exe[PATH_MAX], cand[PATH_MAX + 32];
    const char *env = getenv("RASD_DATA");
    if (configured)
        return is_dir(configured) ? strdup(configured) : NULL;
    if (env && *env)
        return is_dir(env) ? strdup(env) : NULL;
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash)
            *slash = 0;
        const char *rel[] = {"/../share/rasd", "/../../data", "/../data"};
        for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
            snprintf(cand, sizeof cand, "%s%s/VERSION", exe, rel[i]);
            if (access(cand, R_OK) == 0) {
                cand[strlen(cand) - strlen("/VERSION")] = 0;
                return realpath(cand, NULL);
            }
        }
    }
    return access("data/VERSION", R_OK) == 0 ? realpath("data", NULL) : NULL;
}

static rasd_status read_version(rasd_engine *e)
{
    char path[PATH_MAX + 16];
    strcpy(e->data_version, "none");
    if (!e->data_dir)
        return RASD_OK;
    snprintf(path, sizeof path, "%s/VERSION", e->data_dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return e->cfg.data_dir ? RASD_EDATA : RASD_OK;
    if (!fgets(e->data_version, sizeof e->data_version, f))
        strcpy(e->data_version, "unknown");
    e->data_version[strcspn(e->data_version, "\r\n")] = 0;
    fclose(f);
    return RASD_OK;
}

rasd_status rasd_engine_open(rasd_engine **out, const rasd_config *cfg)
{
    return rasd_engine_open_why(out, cfg, NULL, 0);
}

rasd_status rasd_engine_open_why(rasd_engine **out, const rasd_config *cfg, char *why,
                                 size_t why_len)
{
    rasd_status rc;
    *out = NULL;
    if (why && why_len)
        why[0] = 0;
    rasd_engine *e = calloc(1, sizeof *e);
    if (!e)
        return RASD_ENOMEM;
    pthread_mutex_init(&e->lang_mu, NULL);
    pthread_mutexattr_t ma;
    pthread_mutexattr_init(&ma);
    pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&e->stage_mu, &ma);
    pthread_mutexattr_destroy(&ma);
    if (cfg)
        e->cfg = *cfg;
    else
        rasd_config_default(&e->cfg);
    if (e->cfg.max_doc_bytes == 0)
        e->cfg.max_doc_bytes = DEFAULT_MAX_DOC;
    if (e->cfg.max_doc_bytes > UINT32_MAX)
        e->cfg.max_doc_bytes = UINT32_MAX;   /* offsets are 32-bit */
    if ((unsigned)e->cfg.stemmer > RASD_STEM_NONE || (e->cfg.norm_flags & ~RASD_NORM_ALL)) {
        pthread_mutex_destroy(&e->lang_mu);
        pthread_mutex_destroy(&e->stage_mu);
        free(e);
        return RASD_EINVAL;
    }
    e->data_dir = find_data_dir(e->cfg.data_dir);
    if (e->cfg.data_dir && !e->data_dir) {
        pthread_mutex_destroy(&e->lang_mu);
        pthread_mutex_destroy(&e->stage_mu);
        free(e);
        return RASD_EDATA;
    }
    e->cfg.data_dir = e->data_dir;
    if ((rc = chartab_build(&e->tab)) != RASD_OK || (rc = read_version(e)) != RASD_OK ||
        (rc = lexicon_load(e)) != RASD_OK || (rc = stages_load(e)) != RASD_OK) {
        if (why && why_len)
            snprintf(why, why_len, "%s", e->why);
        rasd_engine_close(e);
        return rc;
    }
    *out = e;
    return RASD_OK;
}

void rasd_engine_close(rasd_engine *e)
{
    if (!e)
        return;
    chartab_free(&e->tab);
    strmap_free(&e->lex);
    stages_unload(e);
    lang_engine_free(e);
    pthread_mutex_destroy(&e->lang_mu);
    pthread_mutex_destroy(&e->stage_mu);
    free(e->data_dir);
    free(e);
}

/* Loads row i's data unless it is loaded (or off), once: under stage_mu, the status kept in
 * stage_st[i]. A lazy engine's failed load leaves no data (the stage finds nothing). */
static rasd_status stage_load(rasd_engine *e, size_t i)
{
    const doc_stage *st = rasd_stages[i].doc;
    rasd_status rc = RASD_OK;
    pthread_mutex_lock(&e->stage_mu);
    int done = atomic_load_explicit(&e->stage_st[i], memory_order_relaxed);
    if (done)
        rc = (rasd_status)(done - 1);
    else if (!e->stage_loading[i]) {     /* (else its own loader reads what it has built) */
        if (st && !(e->cfg.stages_off & st->bit)) {
            e->stage_loading[i] = 1;
            rc = st->load(e, &e->stage[i]);
            e->stage_loading[i] = 0;
        }
        if (rc && !e->why[0] && rc != RASD_ENOMEM)   /* a loader that named nothing */
            snprintf(e->why, sizeof e->why, "the %s stage's data in %s", st->name,
                     e->data_dir ? e->data_dir : "(no data)");
        if (rc && e->cfg.lazy_stages && e->stage[i]) {
            st->unload(e->stage[i]);
            e->stage[i] = NULL;
        }
        atomic_store_explicit(&e->stage_st[i], 1 + (int)rc, memory_order_release);
    }
    pthread_mutex_unlock(&e->stage_mu);
    return rc;
}

rasd_status stage_ready(const rasd_engine *e, size_t i)
{
    int done = atomic_load_explicit(&e->stage_st[i], memory_order_acquire);
    if (done)
        return (rasd_status)(done - 1);
    if (i >= rasd_nstages)
        return RASD_EINVAL;
    /* The engine is read-only to its users; a stage's data is a cache filled once, here. */
    return stage_load((rasd_engine *)e, i);
}

rasd_status stages_load(rasd_engine *e)
{
    rasd_status rc;
    for (size_t i = 0; i < rasd_nstages; i++)
        if ((!e->cfg.lazy_stages || !rasd_stages[i].doc) && (rc = stage_load(e, i)) != RASD_OK)
            return rc;
    return RASD_OK;
}

rasd_status rasd_engine_prepare(rasd_engine *e, char *why, size_t why_len)
{
    rasd_status rc = RASD_OK;
    if (why && why_len)
        why[0] = 0;
    if (!e)
        return RASD_EINVAL;
    for (size_t i = 0; i < rasd_nstages && !rc; i++)
        rc = stage_ready(e, i);
    if (rc && why && why_len)
        snprintf(why, why_len, "%s", e->why);
    return rc;
}

void stages_unload(rasd_engine *e)
{
    for (size_t i = 0; i < rasd_nstages; i++)
        if (rasd_stages[i].doc && e->stage[i]) {
            rasd_stages[i].doc->unload(e->stage[i]);
            e->stage[i] = NULL;
        }
}

const rasd_config *rasd_engine_config(const rasd_engine *e)
{
    return &e->cfg;
}

const char *rasd_data_version(const rasd_engine *e)
{
    return e->data_version;
}

const char *rasd_data_dir(const rasd_engine *e)
{
    return e->data_dir;
}
