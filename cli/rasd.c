/* rasd.c — the command-line front end. It uses only include/rasd.h.
 * Exit codes: 0 ok, 1 error (some input rejected or unreadable), 2 usage. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static const char usage_head[] =
    "usage: rasd [--version] [--help] COMMAND [ARGS]\n"
    "\n"
    "rasd reads Arabic news natively: normalisation, tokens, sentences and stems,\n"
    "every annotation with byte offsets into the original text.\n"
    "\n"
    "commands:\n";

static const char usage_normalize[] =
    "usage: rasd normalize [--no-norm RULES] [TEXT...]\n"
    "Prints TEXT (or standard input) normalised for matching, one line per argument.\n";

static const char usage_stem[] =
    "usage: rasd stem [--stemmer light|snowball|none] WORD...\n"
    "Prints each word's normalised form and stem, tab-separated.\n";

static const char usage_lexicon[] =
    "usage: rasd lexicon [--min-count N] [-o FILE] INPUT...\n"
    "Counts the normalised Arabic words of the documents (inputs as for analyze) and writes\n"
    "those seen at least N times (default 10) as \"word<TAB>count\" lines, most frequent\n"
    "first, to FILE (default: standard output). `make data` builds data/lexicon.tsv this\n"
    "way from SaudiNewsNet; the light stemmer uses it for one-letter proclitics.\n";


static const struct { const char *name; unsigned bit; } rules[] = {
    {"diacritics", RASD_NORM_DIACRITICS}, {"tatweel", RASD_NORM_TATWEEL},
    {"alef", RASD_NORM_ALEF}, {"alef-maqsura", RASD_NORM_ALEF_MAQSURA},
    {"teh-marbuta", RASD_NORM_TEH_MARBUTA}, {"hamza", RASD_NORM_HAMZA},
    {"presentation", RASD_NORM_PRESENTATION}, {"digits", RASD_NORM_DIGITS},
    {"persian", RASD_NORM_PERSIAN}, {"controls", RASD_NORM_CONTROLS},
    {"casefold", RASD_NORM_CASEFOLD},
};

static int parse_rules(const char *list, unsigned *flags)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s", list);
    for (char *save = NULL, *w = strtok_r(buf, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
        size_t i = 0;
        while (i < sizeof rules / sizeof *rules && strcmp(rules[i].name, w) != 0)
            i++;
        if (i == sizeof rules / sizeof *rules) {
            fprintf(stderr, "rasd: unknown normalisation rule '%s'\n", w);
            return -1;
        }
        *flags &= ~rules[i].bit;
    }
    return 0;
}

static int parse_stemmer(const char *s, rasd_stemmer *out)
{
    if (strcmp(s, "light") == 0)
        *out = RASD_STEM_LIGHT;
    else if (strcmp(s, "snowball") == 0)
        *out = RASD_STEM_SNOWBALL;
    else if (strcmp(s, "none") == 0)
        *out = RASD_STEM_NONE;
    else {
        fprintf(stderr, "rasd: unknown stemmer '%s' (light, snowball, none)\n", s);
        return -1;
    }
    return 0;
}

/* A whole number from lo to hi as the value of option name; -1 after a message if not. */
static int number(const char *name, const char *val, long lo, long hi, long *out)
{
    char *end;
    *out = strtol(val, &end, 10);
    if (end == val || *end || *out < lo || *out > hi) {
        fprintf(stderr, "rasd: %s takes %ld to %ld\n", name, lo, hi);
        return -1;
    }
    return 0;
}

static int opt_stemmer(const char *name, const char *val, void *field)
{
    (void)name;
    return parse_stemmer(val, field);
}

static int opt_rules(const char *name, const char *val, void *field)
{
    (void)name;
    return parse_rules(val, field);
}

static int opt_max_doc(const char *name, const char *val, void *field)
{
    long n;
    if (number(name, val, 1, 4095, &n))
        return -1;
    *(size_t *)field = (size_t)n << 20;
    return 0;
}

int parse_engine(const char *name, const char *val, void *field)
{
    (void)name;
    if (strcmp(val, "rasd") && strcmp(val, "fts5")) {
        fprintf(stderr, "rasd: --engine takes rasd or fts5\n");
        return -1;
    }
    *(unsigned *)field = strcmp(val, "fts5") == 0 ? RASD_STORE_FTS5 : 0;
    return 0;
}

/* The options every command takes (into its cli_common). */
static const cli_opt common_opts[] = {
    {"--stemmer", OPT_PARSE, offsetof(cli_common, cfg.stemmer), 0, 0, opt_stemmer},
    {"--no-norm", OPT_PARSE, offsetof(cli_common, cfg.norm_flags), 0, 0, opt_rules},
    {"--data", OPT_STRING, offsetof(cli_common, cfg.data_dir), 0, 0, NULL},
    {"--max-doc-mb", OPT_PARSE, offsetof(cli_common, cfg.max_doc_bytes), 0, 0, opt_max_doc},
    {"--event-triggers", OPT_SET, offsetof(cli_common, cfg.event_triggers), 0, 0, NULL},
    {"--no-event-triggers", OPT_OFF, offsetof(cli_common, cfg.event_triggers), 0, 0, NULL},
    {"--db", OPT_STRING, offsetof(cli_common, db), 0, 0, NULL},
    {"--json", OPT_SET, offsetof(cli_common, json), 0, 0, NULL},
    {"--csv", OPT_SET, offsetof(cli_common, csv), 0, 0, NULL},
    {"--limit", OPT_SIZE, offsetof(cli_common, limit), 1, 10000, NULL},
    OPT_END,
};

static const cli_opt *find_opt(const cli_opt *t, const char *name)
{
    for (; t && t->name; t++)
        if (strcmp(t->name, name) == 0)
            return t;
    return NULL;
}

/* Sets option t of the struct at base from val (NULL for a switch); -1 after a message. */
static int set_opt(const cli_opt *t, char *base, const char *val)
{
    void *field = base + t->at;
    long n;
    switch (t->kind) {
    case OPT_SET: *(int *)field = 1; return 0;
    case OPT_CLEAR: *(int *)field = 0; return 0;
    case OPT_OFF: *(int *)field = -1; return 0;
    case OPT_STRING: *(const char **)field = val; return 0;
    case OPT_LONG: return number(t->name, val, t->lo, t->hi, field);
    case OPT_SIZE:
        if (number(t->name, val, t->lo, t->hi, &n))
            return -1;
        *(size_t *)field = (size_t)n;
        return 0;
    case OPT_PARSE: return t->parse(t->name, val, field);
    }
    return -1;
}

int parse_opts(int argc, char **argv, const char *usage, const cli_opt *own, void *o,
               cli_common *c)
{
    int i = 1;
    rasd_config_default(&c->cfg);
    for (; i < argc; i++) {
        const char *a = argv[i];
        const cli_opt *t;
        char *base = (char *)c;
        int takes;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[0] != '-' || a[1] == 0)
            break;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage, stdout);
            return 1;
        }
        if (!(t = find_opt(common_opts, a)) && (t = find_opt(own, a)) != NULL)
            base = o;
        takes = t && t->kind != OPT_SET && t->kind != OPT_CLEAR && t->kind != OPT_OFF;
        if (!t || (takes && i + 1 >= argc)) {
            fprintf(stderr, "rasd: unknown or incomplete option '%s'\n%s", a, usage);
            return -1;
        }
        if (set_opt(t, base, takes ? argv[++i] : NULL))
            return -1;
    }
    c->args = (const char *const *)argv + i;
    c->nargs = argc - i;
    return 0;
}

int open_engine(const cli_common *c, rasd_engine **e)
{
    char why[320];
    rasd_config cfg = c->cfg;
    cfg.lazy_stages = 1;        /* rasd show, search: no gazetteer analysed for nothing */
    rasd_status st = rasd_engine_open_why(e, &cfg, why, sizeof why);
    if (!st && c->annotates && (st = rasd_engine_prepare(*e, why, sizeof why)) != RASD_OK) {
        rasd_engine_close(*e);
        *e = NULL;
    }
    if (st) {
        fprintf(stderr, "rasd: cannot start the engine: %s%s%s%s%s\n", rasd_strerror(st),
                c->cfg.data_dir ? " in " : "", c->cfg.data_dir ? c->cfg.data_dir : "",
                *why ? ": " : "", why);
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------ normalize, stem */

static int normalize_one(const rasd_engine *e, const char *text, size_t len)
{
    char *out;
    size_t n;
    rasd_status st = rasd_normalize(e, rasd_engine_config(e)->norm_flags, text, len, &out, &n, NULL);
    if (st) {
        fprintf(stderr, "rasd: %s\n", rasd_strerror(st));
        return 1;
    }
    fwrite(out, 1, n, stdout);
    if (!n || out[n - 1] != '\n')
        putchar('\n');
    free(out);
    return 0;
}

static int cmd_normalize(int argc, char **argv)
{
    cli_common o = {0};
    int pr = parse_opts(argc, argv, usage_normalize, NULL, &o, &o), rc = 0;
    rasd_engine *e;
    if (pr)
        return pr > 0 ? 0 : EXIT_USAGE;
    if (open_engine(&o, &e))
        return 1;
    for (int i = 0; i < o.nargs; i++)
        rc |= normalize_one(e, o.args[i], strlen(o.args[i]));
    if (o.nargs == 0) {
        size_t cap = 1 << 16, n = 0, k;
        char *buf = malloc(cap);
        while (buf && (k = fread(buf + n, 1, cap - n, stdin)) > 0) {
            n += k;
            if (n == cap) {
                char *nb = cap < ((size_t)1 << 30) ? realloc(buf, cap *= 2) : NULL;
                if (!nb) {
                    free(buf);
                    buf = NULL;
                    break;
                }
                buf = nb;
            }
        }
        rc = buf ? normalize_one(e, buf, n) : 1;
        free(buf);
    }
    rasd_engine_close(e);
    return rc;
}

static int cmd_stem(int argc, char **argv)
{
    cli_common o = {0};
    int pr = parse_opts(argc, argv, usage_stem, NULL, &o, &o), rc = 0;
    rasd_engine *e;
    rasd_doc *doc;
    if (pr)
        return pr > 0 ? 0 : EXIT_USAGE;
    if (o.nargs == 0) {
        fputs(usage_stem, stderr);
        return EXIT_USAGE;
    }
    if (open_engine(&o, &e))
        return 1;
    if (rasd_doc_new(&doc)) {
        rasd_engine_close(e);
        return 1;
    }
    for (int i = 0; i < o.nargs && !rc; i++) {
        size_t nt;
        if (rasd_analyze(e, doc, o.args[i], strlen(o.args[i])) != RASD_OK) {
            rc = 1;
            break;
        }
        const rasd_token *t = rasd_doc_tokens(doc, &nt);
        for (size_t k = 0; k < nt; k++)
            printf("%.*s\t%.*s\n", (int)t[k].norm_len, t[k].norm, (int)t[k].stem_len, t[k].stem);
    }
    rasd_doc_free(doc);
    rasd_engine_close(e);
    return rc;
}

/* Reads every input, counting Arabic words; bad records are reported and skipped. */
typedef struct lexicon_opts {
    cli_common c;
    unsigned long long min_count;
    const char *output;
} lexicon_opts;

static int opt_count(const char *name, const char *val, void *field)
{
    (void)name;
    *(unsigned long long *)field = strtoull(val, NULL, 10);
    return 0;
}

static const cli_opt lexicon_own[] = {
    {"--min-count", OPT_PARSE, offsetof(lexicon_opts, min_count), 0, 0, opt_count},
    OPT_STR("-o", lexicon_opts, output),
    OPT_END,
};

static int count_path(const rasd_engine *e, rasd_doc *doc, rasd_lexicon_builder *b, const lexicon_opts *o,
                      const char *path, size_t *rejected)
{
    rasd_reader *r;
    rasd_record rec;
    rasd_status st = rasd_reader_open(&r, path, &o->c.cfg);
    if (st) {
        fprintf(stderr, "%s: cannot read: %s\n", path, rasd_strerror(st));
        ++*rejected;
        return 0;
    }
    while ((st = rasd_reader_next(r, &rec)) != RASD_END) {
        if (st == RASD_ENOMEM)
            break;
        if (st) {
            fprintf(stderr, "%s\n", rasd_reader_error(r));
            ++*rejected;
            continue;
        }
        if ((st = rasd_analyze(e, doc, rec.text, rec.text_len)) == RASD_OK)
            st = rasd_lexicon_builder_add(b, doc);
        if (st == RASD_ENOMEM)
            break;
        if (st)
            ++*rejected;
    }
    rasd_reader_close(r);
    return st == RASD_ENOMEM ? -1 : 0;
}

static int cmd_lexicon(int argc, char **argv)
{
    lexicon_opts o = {0};
    o.min_count = 10;
    int pr = parse_opts(argc, argv, usage_lexicon, lexicon_own, &o, &o.c), fatal = 0;
    size_t rejected = 0;
    rasd_engine *e;
    rasd_doc *doc = NULL;
    rasd_lexicon_builder *b = NULL;
    if (pr)
        return pr > 0 ? 0 : EXIT_USAGE;
    if (o.c.nargs == 0) {
        fputs(usage_lexicon, stderr);
        return EXIT_USAGE;
    }
    o.c.cfg.stemmer = RASD_STEM_NONE;        /* counts norms: the lexicon never counts itself */
    if (open_engine(&o.c, &e))
        return 1;
    if (rasd_doc_new(&doc) || rasd_lexicon_builder_new(&b))
        fatal = 1;
    for (int i = 0; i < o.c.nargs && !fatal; i++)
        fatal = count_path(e, doc, b, &o, o.c.args[i], &rejected);
    rasd_status st = fatal ? RASD_ENOMEM : rasd_lexicon_builder_write(b, o.min_count, o.output ? o.output : "-");
    if (st)
        fprintf(stderr, "rasd lexicon: %s%s%s\n", rasd_strerror(st), o.output ? ": " : "", o.output ? o.output : "");
    rasd_lexicon_builder_free(b);
    rasd_doc_free(doc);
    rasd_engine_close(e);
    return st || rejected ? 1 : 0;
}

static int cmd_version(void)
{
    rasd_engine *e;
    rasd_config cfg;
    rasd_config_default(&cfg);
    cfg.lazy_stages = 1;        /* the versions and the lexicon's size: no stage's data */
    printf("rasd %s\n", rasd_version());
    if (rasd_engine_open(&e, &cfg) == RASD_OK) {
        printf("data %s (%s; lexicon: %zu words)\n", rasd_data_version(e),
               rasd_data_dir(e) ? rasd_data_dir(e) : "no data folder", rasd_lexicon_size(e));
        rasd_engine_close(e);
    }
    return 0;
}

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *what;
} commands[] = {
    {"analyze", cmd_analyze, "analyse documents, print JSON Lines (one object per document)"},
    {"normalize", cmd_normalize, "print the normalised form of text (for matching)"},
    {"stem", cmd_stem, "print the stem of each word"},
    {"lexicon", cmd_lexicon, "count the Arabic words of a corpus (builds data/lexicon.tsv)"},
    {"ingest", cmd_ingest, "add articles to the store (SQLite, ./rasd.db or $RASD_DB)"},
    {"search", cmd_search, "search the store (BM25, Arabic-aware)"},
    {"stats", cmd_stats, "counts and sizes of the store"},
    {"show", cmd_show, "one article with everything known about it, as JSON"},
    {"eval-ir", cmd_eval_ir, "retrieval quality on a query set: MRR@10, Recall@10/100, nDCG@10"},
    {"dupes", cmd_dupes, "duplicate articles found during ingest"},
    {"entities", cmd_entities, "the named entities of the store, most mentioned first"},
    {"entity", cmd_entity, "one entity: its spellings and the articles that mention it"},
    {"quotes", cmd_quotes, "who said what: the quotes of the store, newest first"},
    {"events", cmd_events, "the events of the store, one row per real event (GDELT-style)"},
    {"reannotate", cmd_reannotate, "annotate the stored articles again after a model or word-list change"},
    {"delete", cmd_delete, "take articles down: remove them and all derived from them"},
    {"backup", cmd_backup, "copy a live store into a new file (SQLite online backup)"},
    {"train-ner", cmd_train_ner, "train the entity recogniser on ANERcorp (builds data/ner.model)"},
    {"eval-ner", cmd_eval_ner, "entity recognition scores on the dev split (CoNLL exact spans)"},
    {"clusters", cmd_clusters, "word clusters of a corpus for the recogniser (data/clusters.tsv)"},
    {"stories", cmd_stories, "the stories ingest found: articles that report one event"},
    {"story", cmd_story, "one story: articles, sources, entities, summary and timeline"},
    {"threads", cmd_threads, "threads: stories of one developing matter over days"},
    {"serve", cmd_serve, "serve the store over HTTP: the JSON API and the web page"},
    {"extract", cmd_extract, "the article of web pages as JSON Lines records for ingest"},
    {"feed", cmd_feed, "feeds to watch (add, list, remove), items seen, a feed file's items"},
    {"watch", cmd_watch, "poll the feeds, fetch their new pages, store the articles"},
    {"alert", cmd_alert, "save, list and remove alerts: queries matched during ingest"},
    {"alerts", cmd_alerts, "the alert log: articles that matched an alert"},
};

static void usage_main(FILE *f)
{
    fputs(usage_head, f);
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].what);
    fputs("\nRun 'rasd COMMAND --help' for a command's options.\n", f);
}

int main(int argc, char **argv)
{
    const char *cmd;
    if (argc < 2) {
        usage_main(stderr);
        return EXIT_USAGE;
    }
    cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage_main(stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0)
        return cmd_version();
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(cmd, commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "rasd: unknown command '%s'\n", cmd);
    usage_main(stderr);
    return EXIT_USAGE;
}
