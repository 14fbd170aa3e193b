/*
 * bench/bench_rasd.c — rasd's text analysis through the same harness as the anchors.
 *
 * One engine (defaults, or the stemmer given by --stemmer) and one rasd_doc reused for every
 * text; the timed part is rasd_analyze (decoding, normalisation, tokens with stems,
 * sentences). Tokens = rasd_doc_tokens' count, every kind included (punctuation too).
 * The name column is "rasd", or "rasd-light" / "rasd-snowball" / "rasd-none" with --stemmer.
 * With --entities the timed part is rasd_analyze followed by rasd_recognize (named
 * entities: tagging and resolution), named "rasd-ner"; with --events also rasd_extract
 * (dates, quotes and events, without a publication date), named "rasd-events".
 * Timing and output: see bench/harness.h.
 *
 * usage: bench_rasd [--stemmer light|snowball|none] [--entities|--events] [--limit N] [TEXTS]
 */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"

#include "rasd.h"

typedef struct rasd_ctx {
    rasd_engine *engine;
    rasd_doc *doc;
    int entities, events;
} rasd_ctx;

static int analyze(void *ctx, const char *text, size_t len, size_t *tokens)
{
    rasd_ctx *c = (rasd_ctx *)ctx;
    rasd_status st = rasd_analyze(c->engine, c->doc, text, len);
    if (st == RASD_OK && c->entities)
        st = rasd_recognize(c->engine, c->doc);
    if (st == RASD_OK && c->events)
        st = rasd_extract(c->engine, c->doc, NULL);
    if (st != RASD_OK) {
        fprintf(stderr, "bench_rasd: rasd_analyze: %s\n", rasd_strerror(st));
        return 1;
    }
    rasd_doc_tokens(c->doc, tokens);
    return 0;
}

/* Maps a --stemmer value to the enum; returns -1 for an unknown name. */
static int parse_stemmer(const char *s, rasd_stemmer *out)
{
    static const struct { const char *name; rasd_stemmer value; } names[] = {
        {"light", RASD_STEM_LIGHT}, {"snowball", RASD_STEM_SNOWBALL}, {"none", RASD_STEM_NONE}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strcmp(s, names[i].name) == 0) {
            *out = names[i].value;
            return 0;
        }
    }
    return -1;
}

static int usage(const char *argv0)
{
    fprintf(stderr, "usage: %s [--stemmer light|snowball|none] [--entities|--events] [--limit N] [TEXTS]\n", argv0);
    return 2;
}

int main(int argc, char **argv)
{
    bench_opts opts;
    rasd_config cfg;
    rasd_ctx ctx = {NULL, NULL, 0, 0};
    const char *stemmer = NULL;
    char name[32] = "rasd";
    rasd_status st;
    int rc = 1;

    bench_opts_init(&opts);
    rasd_config_default(&cfg);
    for (int i = 1; i < argc; i++) {
        int taken = bench_opt(&opts, argc, argv, &i);
        if (taken == 0 && strcmp(argv[i], "--stemmer") == 0 && i + 1 < argc)
            stemmer = argv[++i];
        else if (taken == 0 && strcmp(argv[i], "--entities") == 0)
            ctx.entities = 1;
        else if (taken == 0 && strcmp(argv[i], "--events") == 0)
            ctx.entities = ctx.events = 1;
        else if (taken <= 0)
            return usage(argv[0]);
    }
    if (stemmer != NULL) {
        if (parse_stemmer(stemmer, &cfg.stemmer) != 0)
            return usage(argv[0]);
        snprintf(name, sizeof name, "rasd-%s", stemmer);
    }
    if (ctx.entities)
        snprintf(name, sizeof name, ctx.events ? "rasd-events" : "rasd-ner");
    st = rasd_engine_open(&ctx.engine, stemmer != NULL ? &cfg : NULL);
    if (st == RASD_OK)
        st = rasd_doc_new(&ctx.doc);
    if (st == RASD_OK)
        rc = bench_run(&opts, name, analyze, &ctx);
    else
        fprintf(stderr, "bench_rasd: %s\n", rasd_strerror(st));
    rasd_doc_free(ctx.doc);
    rasd_engine_close(ctx.engine);
    return rc;
}
