/* event_cmds.c — the commands on what ingest extracted: quotes (who said what, newest
 * first) and events (one row per real event, GDELT-style). Uses only include/rasd.h. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

static const char usage_quotes[] =
    "usage: rasd quotes [--db FILE] [--speaker NAME|ID] [--json] [--limit N]\n"
    "\n"
    "Lists the quotes that ingest found, newest article first (default: the first 50; with\n"
    "--json all). --speaker keeps those of the entities NAME finds (as rasd entity finds\n"
    "them: a name, a spelling or an id) and of unnamed sources whose description contains\n"
    "NAME. --json prints JSON Lines {\"article\",\"start\",\"end\",\"text\",\"speaker\":\n"
    "{\"id\",\"name\",\"start\",\"end\"}|null,\"cue\",\"direct\",\"published\"}.\n";

#define SHORT_CHARS 90   /* a quote is shortened to this many characters in the listing */

/* Prints s, at most max characters of it (UTF-8), with … when cut; line breaks as spaces. */
static void print_short(const char *s, size_t max)
{
    size_t chars = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c & 0xC0) != 0x80 && chars++ == max) {
            fputs("…", stdout);
            return;
        }
        putchar(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    }
}

static int print_quote(const rasd_stored_quote *q, void *ctx)
{
    const cli_common *o = ctx;
    if (o->json) {
        fputs("{\"article\":", stdout);
        json_string(stdout, q->article);
        printf(",\"start\":%u,\"end\":%u,\"text\":", (unsigned)q->start, (unsigned)q->end);
        json_string(stdout, q->text);
        if (q->speaker_name) {
            fputs(",\"speaker\":{\"id\":", stdout);
            json_string(stdout, q->speaker_id);
            fputs(",\"name\":", stdout);
            json_string(stdout, q->speaker_name);
            printf(",\"start\":%u,\"end\":%u}", (unsigned)q->speaker_start,
                   (unsigned)q->speaker_end);
        } else {
            fputs(",\"speaker\":null", stdout);
        }
        fputs(",\"cue\":", stdout);
        json_string(stdout, q->cue);
        printf(",\"direct\":%s,\"published\":", q->direct ? "true" : "false");
        json_string(stdout, q->published);
        fputs("}\n", stdout);
        return 0;
    }
    printf("%-10.10s  %s  %s: %s", q->published ? q->published : "?",
           q->speaker_name ? q->speaker_name : "?", q->cue, q->direct ? "«" : "");
    print_short(q->text, SHORT_CHARS);
    printf("%s  (%s)\n", q->direct ? "»" : "", q->article);
    return 0;
}

typedef struct quotes_opts {
    cli_common c;
    const char *speaker;
} quotes_opts;

static const cli_opt quotes_own[] = {
    OPT_STR("--speaker", quotes_opts, speaker),
    OPT_END,
};

static int quotes_run(rasd_store *s, const void *v)
{
    const quotes_opts *o = v;
    return report(s, rasd_store_quotes(s, o->speaker, list_limit(&o->c), print_quote,
                                       (void *)&o->c));
}

int cmd_quotes(int argc, char **argv)
{
    static const read_cmd c = {usage_quotes, 0, 0, quotes_own, NULL, quotes_run};
    quotes_opts o = {0};
    return run_read_cmd(&c, &o, &o.c, argc, argv);
}

/* --------------------------------------------------------------- events */

static const char usage_events[] =
    "usage: rasd events [--db FILE] [--json|--csv] [--limit N] [--actor NAME|ID]\n"
    "                   [--type TYPE] [--from DATE] [--to DATE] [--place NAME|ID]\n"
    "                   [--article ID]\n"
    "\n"
    "Lists the events that ingest found, one row per real event (the reports of several\n"
    "articles with the same event id are one row, and so are the undated reports published\n"
    "the day after, with the same CAMEO root and actors), newest first: date, type, CAMEO\n"
    "code, actor 1, actor 2, place and the articles (default: the first 50; with --json or\n"
    "--csv all). Filters, combined with AND: --actor and --place take an entity as rasd\n"
    "entity finds it (a name, a spelling, an alias or an id); --type one of meet, visit,\n"
    "host, agree, sign, appeal, criticize, accuse, threaten, assault, fight, or a CAMEO code\n"
    "or root (040, 04); --from and --to a date YYYY-MM-DD, YYYY-MM or YYYY (inclusive, on\n"
    "the event's date); --article the events an article reports. --json prints JSON Lines\n"
    "{\"id\",\"date\",\"type\",\"cameo\",\"actors\": [{\"id\",\"name\"}],\"place\":\n"
    "{\"id\",\"name\"}|null,\"articles\": [ids],\"dated\",\"linked\",\"status\":\n"
    "\"occurred\"|\"planned\",\"sentences\": [[start,end] per article]}; --csv a table for\n"
    "spreadsheets (RFC 4180: a header row, CRLF line ends, UTF-8 with a byte order mark).\n";

/* One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
static void csv_field(const char *s, int last)
{
    if (!s)
        s = "";
    if (strpbrk(s, ",\"\r\n")) {
        putchar('"');
        for (; *s; s++) {
            if (*s == '"')
                putchar('"');
            putchar(*s);
        }
        putchar('"');
    } else {
        fputs(s, stdout);
    }
    fputs(last ? "\r\n" : ",", stdout);
}

static void print_ref(const char *id, const char *name)
{
    fputs("{\"id\":", stdout);
    json_string(stdout, id);
    fputs(",\"name\":", stdout);
    json_string(stdout, name);
    putchar('}');
}

static void event_json(const rasd_stored_event *ev)
{
    fputs("{\"id\":", stdout);
    json_string(stdout, ev->id);
    fputs(",\"date\":", stdout);
    json_string(stdout, ev->date);
    fputs(",\"type\":", stdout);
    json_string(stdout, ev->type);
    fputs(",\"cameo\":", stdout);
    json_string(stdout, ev->cameo);
    fputs(",\"actors\":[", stdout);
    for (size_t k = 0; k < ev->nactors; k++) {
        if (k)
            putchar(',');
        print_ref(ev->actor_id[k], ev->actor_name[k]);
    }
    fputs("],\"place\":", stdout);
    if (ev->place_name)
        print_ref(ev->place_id, ev->place_name);
    else
        fputs("null", stdout);
    fputs(",\"articles\":[", stdout);
    for (size_t i = 0; i < ev->narticles; i++) {
        if (i)
            putchar(',');
        json_string(stdout, ev->articles[i]);
    }
    printf("],\"dated\":%s,\"linked\":", ev->dated ? "true" : "false");
    json_string(stdout, ev->linked);
    fputs(",\"status\":", stdout);
    json_string(stdout, ev->status);
    fputs(",\"sentences\":[", stdout);
    for (size_t i = 0; i < ev->narticles; i++)
        printf("%s[%u,%u]", i ? "," : "", (unsigned)ev->sentences[2 * i],
               (unsigned)ev->sentences[2 * i + 1]);
    fputs("]}\n", stdout);
}

static void event_csv(const rasd_stored_event *ev)
{
    char arts[4096];
    size_t n = 0;
    arts[0] = 0;
    for (size_t i = 0; i < ev->narticles && n < sizeof arts; i++)
        n += (size_t)snprintf(arts + n, sizeof arts - n, "%s%s", i ? " " : "", ev->articles[i]);
    csv_field(ev->date, 0);
    csv_field(ev->type, 0);
    csv_field(ev->cameo, 0);
    csv_field(ev->nactors > 0 ? ev->actor_name[0] : NULL, 0);
    csv_field(ev->nactors > 0 ? ev->actor_id[0] : NULL, 0);
    csv_field(ev->nactors > 1 ? ev->actor_name[1] : NULL, 0);
    csv_field(ev->nactors > 1 ? ev->actor_id[1] : NULL, 0);
    csv_field(ev->place_name, 0);
    csv_field(ev->place_id, 0);
    printf("%zu,", ev->narticles);
    csv_field(arts, 0);
    csv_field(ev->id, 0);
    csv_field(ev->dated ? "1" : "0", 0);
    csv_field(ev->linked, 0);
    csv_field(ev->status, 0);
    n = 0;
    arts[0] = 0;
    for (size_t i = 0; i < ev->narticles && n < sizeof arts; i++)
        n += (size_t)snprintf(arts + n, sizeof arts - n, "%s%u-%u", i ? " " : "",
                              (unsigned)ev->sentences[2 * i], (unsigned)ev->sentences[2 * i + 1]);
    csv_field(arts, 1);
}

typedef struct listing {
    const cli_common *o;
    int head;                  /* the header row is out */
} listing;

static void print_head(listing *l)
{
    if (l->head++)
        return;
    if (l->o->csv)
        fputs("\xEF\xBB\xBF" "date,type,cameo,actor1,actor1_id,actor2,actor2_id,place,place_id,"
              "narticles,articles,event_id,dated,linked_id,status,sentences\r\n", stdout);
    else if (!l->o->json)
        printf("%-10s  %-9s %-4s %s\n", "date", "type", "cameo",
               "actor 1 | actor 2 | place | articles");
}

static int print_event(const rasd_stored_event *ev, void *ctx)
{
    listing *l = ctx;
    print_head(l);
    if (l->o->json)
        event_json(ev);
    else if (l->o->csv)
        event_csv(ev);
    else {
        printf("%-10s  %-9s %-4s %s | %s | %s |", ev->date ? ev->date : "?", ev->type, ev->cameo,
               ev->nactors > 0 ? ev->actor_name[0] : "-", ev->nactors > 1 ? ev->actor_name[1] : "-",
               ev->place_name ? ev->place_name : "-");
        for (size_t i = 0; i < ev->narticles; i++)
            printf(" %s", ev->articles[i]);
        putchar('\n');
    }
    return 0;
}

typedef struct events_opts {
    cli_common c;
    rasd_event_filter f;
} events_opts;

static const cli_opt events_own[] = {
    OPT_STR("--actor", events_opts, f.actor),
    OPT_STR("--type", events_opts, f.type),
    OPT_STR("--from", events_opts, f.from),
    OPT_STR("--to", events_opts, f.to),
    OPT_STR("--place", events_opts, f.place),
    OPT_STR("--article", events_opts, f.article),
    OPT_END,
};

static int events_valid(const void *v)
{
    const events_opts *o = v;
    return !(o->c.json && o->c.csv);
}

/* The header comes with the first row, or after an empty listing: not before a bad value. */
static int events_run(rasd_store *s, const void *v)
{
    const events_opts *o = v;
    listing l = {&o->c, 0};
    rasd_status st = rasd_store_events(s, &o->f, list_limit(&o->c), print_event, &l);
    if (st == RASD_EPARSE) {             /* a bad --type, --from or --to: the store names it */
        fprintf(stderr, "rasd: --%s\n", rasd_store_error(s));
        return EXIT_USAGE;
    }
    if (!st)
        print_head(&l);
    return report(s, st);
}

int cmd_events(int argc, char **argv)
{
    static const read_cmd c = {usage_events, 0, 0, events_own, events_valid, events_run};
    events_opts o = {0};
    return run_read_cmd(&c, &o, &o.c, argc, argv);
}
