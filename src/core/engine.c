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
    if (cfg)
        e->cfg = *cfg;
    else
        rasd_config_default(&e->cfg);
    if (e->cfg.max_doc_bytes == 0)
        e->cfg.max_doc_bytes = DEFAULT_MAX_DOC;
    if (e->cfg.max_doc_bytes > UINT32_MAX)
        e->cfg.max_doc_bytes = UINT32_MAX;   /* offsets are 32-bit */
    if ((unsigned)e->cfg.stemmer > RASD_STEM_NONE || (e->cfg.norm_flags & ~RASD_NORM_ALL)) {
        free(e);
        return RASD_EINVAL;
    }
    e->data_dir = find_data_dir(e->cfg.data_dir);
    if (e->cfg.data_dir && !e->data_dir) {
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
    free(e->data_dir);
    free(e);
}

rasd_status stages_load(rasd_engine *e)
{
    rasd_status rc;
    for (size_t i = 0; i < rasd_nstages; i++)
        if (rasd_stages[i].doc && !(e->cfg.stages_off & rasd_stages[i].doc->bit) &&
            (rc = rasd_stages[i].doc->load(e, &e->stage[i])) != RASD_OK) {
            if (!e->why[0] && rc != RASD_ENOMEM)   /* a loader that named nothing */
                snprintf(e->why, sizeof e->why, "the %s stage's data in %s",
                         rasd_stages[i].doc->name, e->data_dir ? e->data_dir : "(no data)");
            return rc;
        }
    return RASD_OK;
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
