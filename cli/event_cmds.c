/* event_cmds.c — the commands on what ingest extracted: quotes (who said what, newest
 * first). Uses only include/rasd.h. */
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
    const opts *o = ctx;
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

static int quotes_run(rasd_store *s, const opts *o)
{
    size_t limit = o->limit ? o->limit : o->json ? 0 : 50;
    rasd_status st = rasd_store_quotes(s, o->speaker, limit, print_quote, (void *)o);
    if (st)
        fprintf(stderr, "rasd: %s\n", why(s, st));
    return st ? 1 : 0;
}

int cmd_quotes(int argc, char **argv)
{
    static const read_cmd c = {usage_quotes, 0, 0, NULL, quotes_run};
    return run_read_cmd(&c, argc, argv);
}
