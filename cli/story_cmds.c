/* story_cmds.c — rasd stories, rasd story, rasd threads: the stories found during ingest. */
#include "cli.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One story as one JSON object on one line (the library's serializer, shared with the
 * server). */
static int json_story(const rasd_story *st)
{
    char *json = NULL;
    rasd_status rc = rasd_story_json(st, &json);
    if (rc) {
        fprintf(stderr, "rasd: %s\n", rasd_strerror(rc));
        return 1;
    }
    puts(json);
    rasd_free(json);
    return 0;
}

static int print_story(const rasd_story *st, void *ctx)
{
    const cli_common *c = ctx;
    if (c->json)
        return json_story(st);
    printf("%lld  %3zu articles  %-10.10s  %s\n", (long long)st->id, st->size,
           st->first ? st->first : "undated", st->title ? st->title : "(no title)");
    return 0;
}

/* ---------------------------------------------------------------- stories */

static const char usage_stories[] =
    "usage: rasd stories [--db FILE] [--json] [--limit N] [--from DATE] [--to DATE]\n"
    "                    [--entity NAME|ID] [--min-size N]\n"
    "\n"
    "Lists the stories ingest found (the articles that report one event), newest first:\n"
    "id, size, first publication and title (default: the first 50; with --json all, one\n"
    "object a line with its articles, sources, entities, summary and timeline).\n";

typedef struct stories_opts {
    cli_common c;
    rasd_story_filter f;
} stories_opts;

static const cli_opt stories_own[] = {
    OPT_STR("--from", stories_opts, f.from),
    OPT_STR("--to", stories_opts, f.to),
    OPT_STR("--entity", stories_opts, f.entity),
    {"--min-size", OPT_SIZE, offsetof(stories_opts, f.min_size), 1, 1000000000, NULL},
    OPT_END,
};

static int stories_run(rasd_store *s, const void *v)
{
    const stories_opts *o = v;
    return report(s, rasd_store_stories(s, &o->f, list_limit(&o->c), print_story,
                                        (void *)&o->c));
}

int cmd_stories(int argc, char **argv)
{
    static const read_cmd c = {usage_stories, 0, 0, stories_own, NULL, stories_run};
    stories_opts o = {0};
    return run_read_cmd(&c, &o, &o.c, argc, argv);
}

/* ------------------------------------------------------------------ story */

static const char usage_story[] =
    "usage: rasd story [--db FILE] [--json] ID\n"
    "\n"
    "One story: its articles, sources, entities, summary and timeline.\n";

static int story_text(const rasd_story *st, void *ctx)
{
    (void)ctx;
    printf("story %lld (thread %lld): %s\n", (long long)st->id, (long long)st->thread,
           st->title ? st->title : "(no title)");
    printf("%zu articles, %s .. %s\n", st->size, st->first ? st->first : "undated",
           st->last ? st->last : "undated");
    for (size_t i = 0; i < st->nsources; i++)
        printf("  outlet %s from %s (%s)\n", st->outlets[i].source,
               st->outlets[i].first ? st->outlets[i].first : "?", st->outlets[i].article);
    for (size_t i = 0; i < st->nsummary; i++)
        printf("  - %s (%s)\n", st->summary[i].text, st->summary[i].article);
    for (size_t i = 0; i < st->ntimeline; i++)
        printf("  %s  %s (%s)\n", st->timeline[i].date, st->timeline[i].text,
               st->timeline[i].article);
    return 0;
}

static int story_run(rasd_store *s, const void *v)
{
    const cli_common *o = v;
    char *end;
    long long id = strtoll(o->args[0], &end, 10);
    rasd_status st;
    if (*end || id <= 0) {
        fprintf(stderr, "rasd: story id must be a positive number: %s\n", o->args[0]);
        return 2;
    }
    st = rasd_store_story(s, id, o->json ? print_story : story_text, (void *)o);
    if (st == RASD_END) {
        fprintf(stderr, "rasd: no story %lld\n", id);
        return 1;
    }
    return report(s, st);
}

int cmd_story(int argc, char **argv)
{
    static const read_cmd c = {usage_story, 1, 1, NULL, NULL, story_run};
    cli_common o = {0};
    return run_read_cmd(&c, &o, &o, argc, argv);
}

/* ---------------------------------------------------------------- threads */

static const char usage_threads[] =
    "usage: rasd threads [--db FILE] [--json] [--limit N] [ID]\n"
    "\n"
    "Lists the threads of more than one story (stories of one developing matter, linked\n"
    "over up to 7 days), newest first; with ID, that thread (a merged thread's old id\n"
    "redirects to the thread it joined).\n";

static int print_thread(const rasd_thread *t, void *ctx)
{
    const cli_common *c = ctx;
    if (c->json) {
        printf("{\"id\":%lld,\"stories\":[", (long long)t->id);
        for (size_t i = 0; i < t->stories; i++)
            printf(i ? ",%lld" : "%lld", (long long)t->story_ids[i]);
        printf("],\"articles\":%zu,\"first\":", t->articles);
        json_string(stdout, t->first);
        fputs(",\"last\":", stdout);
        json_string(stdout, t->last);
        fputs("}\n", stdout);
        return 0;
    }
    printf("%lld  %zu stories, %zu articles  %s .. %s\n", (long long)t->id, t->stories,
           t->articles, t->first ? t->first : "undated", t->last ? t->last : "undated");
    return 0;
}

static int threads_run(rasd_store *s, const void *v)
{
    const cli_common *o = v;
    long long id = 0;
    char *end = NULL;
    rasd_status st;
    if (o->nargs && ((id = strtoll(o->args[0], &end, 10)) <= 0 || *end)) {
        fprintf(stderr, "rasd: thread id must be a positive number: %s\n", o->args[0]);
        return 2;
    }
    st = rasd_store_threads(s, id, list_limit(o), print_thread, (void *)o);
    if (st == RASD_END) {
        fprintf(stderr, "rasd: no thread %lld\n", id);
        return 1;
    }
    return report(s, st);
}

int cmd_threads(int argc, char **argv)
{
    static const read_cmd c = {usage_threads, 0, 1, NULL, NULL, threads_run};
    cli_common o = {0};
    return run_read_cmd(&c, &o, &o, argc, argv);
}

/* ------------------------------------------------------- search --stories */

rasd_status print_by_story(rasd_store *s, const rasd_results *r, int json)
{
    size_t n = rasd_results_count(r);
    int64_t *story = calloc(n + 1, sizeof *story);
    rasd_status st = story ? RASD_OK : RASD_ENOMEM;
    for (size_t i = 0; i < n && !st; i++) {
        st = rasd_store_article_story(s, rasd_results_hit(r, i)->id, &story[i], NULL);
        if (st == RASD_END)
            story[i] = 0, st = RASD_OK;    /* in no story: a group of its own */
    }
    for (size_t i = 0; i < n && !st; i++) {
        char *title = NULL;
        int seen = 0;
        for (size_t k = 0; k < i && !seen; k++)
            seen = story[i] && story[k] == story[i];
        if (seen)
            continue;
        if (story[i])
            rasd_store_article_story(s, rasd_results_hit(r, i)->id, &story[i], &title);
        if (json) {
            printf(story[i] ? "{\"story\":%lld,\"title\":" : "{\"story\":null,\"title\":",
                   (long long)story[i]);
            json_string(stdout, title);
            fputs(",\"hits\":[", stdout);
        } else {
            printf("story %lld: %s\n", (long long)story[i], title ? title : "(no title)");
        }
        for (size_t k = i, m = 0; k < n; k++) {
            const rasd_hit *h = rasd_results_hit(r, k);
            if (k != i && (!story[i] || story[k] != story[i]))
                continue;
            if (json) {
                fputs(m++ ? ",{\"id\":" : "{\"id\":", stdout);
                json_string(stdout, h->id);
                printf(",\"score\":%.4f,\"title\":", h->score);
                json_string(stdout, h->title);
                fputs("}", stdout);
            } else {
                printf("  %.3f  %s  %s\n", h->score, h->id, h->title ? h->title : "");
            }
        }
        fputs(json ? "]}\n" : "\n", stdout);
        free(title);
    }
    free(story);
    return st;
}
