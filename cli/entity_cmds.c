/* entity_cmds.c — the commands on stored entities: entities (the list) and entity (one
 * entity with its spellings and articles). Uses only include/rasd.h. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage_entities[] =
    "usage: rasd entities [--db FILE] [--type PER|LOC|ORG|MISC] [--json] [--limit N]\n"
    "\n"
    "Lists the named entities that ingest recognised, most mentioned first, with their\n"
    "mentions and the articles that mention them (default: the first 50; with --json all).\n"
    "--json prints JSON Lines {\"id\",\"name\",\"type\",\"mentions\",\"articles\"}.\n";

static const char usage_entity[] =
    "usage: rasd entity [--db FILE] [--json] [--limit N] NAME|ID\n"
    "\n"
    "Shows the entity with this id (16 hex digits) or the entities with this name: the\n"
    "canonical name or any spelling met in the articles, compared after normalisation and\n"
    "without proclitics (بوتين finds وبوتين). For each: its spellings with counts and the\n"
    "articles that mention it, newest first (at most N). --json prints one JSON object a line:\n"
    "{\"id\",\"name\",\"type\",\"mentions\",\"articles\",\"variants\": [{\"text\",\"mentions\"}],\n"
    " \"mentioned_in\": [{\"id\",\"title\",\"published\",\"mentions\"}]}.\n";

typedef struct entities_opts {
    cli_common c;
    const char *type;
} entities_opts;

static const cli_opt entities_own[] = {
    OPT_STR("--type", entities_opts, type),
    OPT_END,
};

static int valid_type(const void *v)
{
    const entities_opts *o = v;
    static const char *const types[] = {"PER", "LOC", "ORG", "MISC"};
    if (!o->type)
        return 1;
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (strcmp(o->type, types[i]) == 0)
            return 1;
    return 0;
}

/* {"id","name","type","mentions","articles" without the closing brace. */
static void entity_json_head(const rasd_stored_entity *en)
{
    fputs("{\"id\":", stdout);
    json_string(stdout, en->id);
    fputs(",\"name\":", stdout);
    json_string(stdout, en->name);
    fputs(",\"type\":", stdout);
    json_string(stdout, en->type);
    printf(",\"mentions\":%lld,\"articles\":%lld", (long long)en->mentions,
           (long long)en->articles);
}

/* ------------------------------------------------------------- entities */

static int list_one(const rasd_stored_entity *en, void *ctx)
{
    const cli_common *o = ctx;
    if (o->json) {
        entity_json_head(en);
        fputs("}\n", stdout);
    } else {
        printf("%9lld %9lld  %-4s  %s  %s\n", (long long)en->mentions, (long long)en->articles,
               en->type, en->id, en->name);
    }
    return 0;
}

static int entities_run(rasd_store *s, const void *v)
{
    const entities_opts *o = v;
    if (!o->c.json)
        printf("%9s %9s  %-4s  %-16s  %s\n", "mentions", "articles", "type", "id", "name");
    return report(s, rasd_store_entities(s, o->type, list_limit(&o->c), list_one, (void *)&o->c));
}

int cmd_entities(int argc, char **argv)
{
    static const read_cmd c = {usage_entities, 0, 0, entities_own, valid_type, entities_run};
    entities_opts o = {0};
    return run_read_cmd(&c, &o, &o.c, argc, argv);
}

/* --------------------------------------------------------------- entity */

typedef struct found {
    rasd_stored_entity *ents;     /* copies: the store's memory lasts only the callback */
    size_t n, cap;
    int failed;
} found;

static char *dup_str(const char *s, int *failed)
{
    char *p = s ? strdup(s) : NULL;
    if (s && !p)
        *failed = 1;
    return p;
}

static int collect(const rasd_stored_entity *en, void *ctx)
{
    found *f = ctx;
    if (f->n == f->cap) {
        size_t cap = f->cap ? 2 * f->cap : 4;
        rasd_stored_entity *p = realloc(f->ents, cap * sizeof *p);
        if (!p) {
            f->failed = 1;
            return 1;
        }
        f->ents = p;
        f->cap = cap;
    }
    f->ents[f->n] = *en;
    f->ents[f->n].id = dup_str(en->id, &f->failed);
    f->ents[f->n].type = dup_str(en->type, &f->failed);
    f->ents[f->n].name = dup_str(en->name, &f->failed);
    f->n++;
    return f->failed;
}

static void found_free(found *f)
{
    for (size_t i = 0; i < f->n; i++) {
        free((char *)f->ents[i].id);
        free((char *)f->ents[i].type);
        free((char *)f->ents[i].name);
    }
    free(f->ents);
}

typedef struct printer {
    int json, first;
} printer;

static int print_variant(const rasd_entity_variant *v, void *ctx)
{
    printer *p = ctx;
    if (p->json) {
        fputs(p->first ? "{\"text\":" : ",{\"text\":", stdout);
        json_string(stdout, v->text);
        printf(",\"mentions\":%lld}", (long long)v->mentions);
    } else {
        printf("%s%s %lld", p->first ? "" : ", ", v->text, (long long)v->mentions);
    }
    p->first = 0;
    return 0;
}

static int print_article(const rasd_entity_article *a, void *ctx)
{
    printer *p = ctx;
    if (p->json) {
        fputs(p->first ? "{\"id\":" : ",{\"id\":", stdout);
        json_string(stdout, a->id);
        fputs(",\"title\":", stdout);
        json_string(stdout, a->title);
        fputs(",\"published\":", stdout);
        json_string(stdout, a->published);
        printf(",\"mentions\":%lld}", (long long)a->mentions);
    } else {
        printf("  %-10.10s  %s  %s  (%lld)\n", a->published ? a->published : "?", a->id,
               a->title ? a->title : "(no title)", (long long)a->mentions);
    }
    p->first = 0;
    return 0;
}

static rasd_status show_entity(rasd_store *s, const cli_common *o, const rasd_stored_entity *en)
{
    printer p = {o->json, 1};
    rasd_status st;
    if (o->json) {
        entity_json_head(en);
        fputs(",\"variants\":[", stdout);
    } else {
        printf("%s  %s  %s  (%lld mentions in %lld articles)\nvariants: ", en->name, en->type,
               en->id, (long long)en->mentions, (long long)en->articles);
    }
    if ((st = rasd_store_entity_variants(s, en->id, print_variant, &p)) != RASD_OK)
        return st;
    fputs(o->json ? "],\"mentioned_in\":[" : "\narticles:\n", stdout);
    p.first = 1;
    if ((st = rasd_store_entity_articles(s, en->id, o->limit, print_article, &p)) != RASD_OK)
        return st;
    fputs(o->json ? "]}\n" : "\n", stdout);
    return RASD_OK;
}

static int entity_run(rasd_store *s, const void *v)
{
    const cli_common *o = v;
    found f = {0};
    rasd_status st = rasd_store_entity_find(s, o->args[0], collect, &f);
    if (!st && f.failed)
        st = RASD_ENOMEM;
    for (size_t i = 0; i < f.n && !st; i++)
        st = show_entity(s, o, &f.ents[i]);
    if (st)
        fprintf(stderr, "rasd: %s\n", why(s, st));
    else if (f.n == 0)
        fprintf(stderr, "rasd: no entity named %s\n", o->args[0]);
    found_free(&f);
    return st || f.n == 0 ? 1 : 0;
}

int cmd_entity(int argc, char **argv)
{
    static const read_cmd c = {usage_entity, 1, 1, NULL, NULL, entity_run};
    cli_common o = {0};
    return run_read_cmd(&c, &o, &o, argc, argv);
}
