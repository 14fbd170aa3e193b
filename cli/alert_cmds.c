/* alert_cmds.c — rasd alert add|list|remove, rasd alerts, and the --exec hand-over of
 * matches to a command (docs/ALERTS.md). Uses only rasd.h. */
#include "cli.h"

#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static const char usage_alert[] =
    "usage: rasd alert add [--db FILE] [--entity NAME|ID] [--source S] NAME QUERY\n"
    "       rasd alert add [--db FILE] --from FILE\n"
    "       rasd alert list [--db FILE] [--json]\n"
    "       rasd alert remove [--db FILE] NAME|ID\n"
    "\n"
    "Saves, lists and removes alerts: queries that every newly ingested article is matched\n"
    "against (rasd ingest; matches are listed by rasd alerts). QUERY uses the search syntax\n"
    "with every word required: `a OR b` for either, \"a phrase\", -word and -\"a phrase\" to\n"
    "exclude, pre* for a prefix.\n"
    "\n"
    "  --entity NAME|ID  only articles that mention this entity (any spelling the store or\n"
    "                    the gazetteer knows; needs ingest with entities)\n"
    "  --source S        only articles of source S\n"
    "  --from FILE       add the alerts of FILE, one NAME<TAB>QUERY a line (- for standard\n"
    "                    input); a bad line is reported as FILE:LINE: reason and skipped\n";

static const char usage_alerts[] =
    "usage: rasd alerts [--db FILE] [--since TIME|SEQ] [--json] [--limit N]\n"
    "\n"
    "Lists the alert log, oldest first: alert, article id, title, source, published, when it\n"
    "matched. --since SEQ lists the matches after log position SEQ (the \"seq\" of --json;\n"
    "a cursor), --since TIME those matched at or after TIME (YYYY-MM-DD[THH:MM:SSZ], UTC).\n";

typedef struct alert_opts {
    cli_common c;
    const char *entity, *source, *since, *from;
} alert_opts;

static const cli_opt alert_own[] = {
    OPT_STR("--entity", alert_opts, entity),
    OPT_STR("--source", alert_opts, source),
    OPT_STR("--from", alert_opts, from),
    OPT_END,
};

static int print_alert(const rasd_alert *a, void *ctx)
{
    const cli_common *c = ctx;
    if (!c->json) {
        printf("%lld\t%s\t%s", (long long)a->id, a->name, a->query);
        if (a->entity)
            printf("\tentity=%s", a->entity);
        if (a->source)
            printf("\tsource=%s", a->source);
        printf("\t%lld matches\n", (long long)a->matches);
        return 0;
    }
    printf("{\"id\":%lld,\"name\":", (long long)a->id);
    json_string(stdout, a->name);
    fputs(",\"query\":", stdout);
    json_string(stdout, a->query);
    fputs(",\"entity\":", stdout);
    json_string(stdout, a->entity);
    fputs(",\"entity_ids\":", stdout);
    json_string(stdout, a->entity_ids);
    fputs(",\"source\":", stdout);
    json_string(stdout, a->source);
    fputs(",\"created\":", stdout);
    json_string(stdout, a->created);
    printf(",\"matches\":%lld}\n", (long long)a->matches);
    return 0;
}

/* Adds the NAME<TAB>QUERY lines of path; the status of the last failure (RASD_OK: none). */
static rasd_status add_from(rasd_store *s, const char *path)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "r") : stdin;
    char *line = NULL;
    size_t cap = 0;
    long no = 0;
    rasd_status last = RASD_OK;
    if (!f) {
        fprintf(stderr, "rasd alert add: %s: cannot read\n", path);
        return RASD_EIO;
    }
    while (getline(&line, &cap, f) >= 0) {
        char *tab = strchr(line, '\t');
        rasd_status st;
        no++;
        line[strcspn(line, "\r\n")] = 0;
        if (!*line || *line == '#')
            continue;
        if (!tab) {
            fprintf(stderr, "%s:%ld: no tab between name and query\n", path, no);
            last = RASD_EPARSE;
            continue;
        }
        *tab = 0;
        if ((st = rasd_store_alert_add(s, line, tab + 1, NULL, NULL, NULL)) != RASD_OK) {
            fprintf(stderr, "%s:%ld: %s\n", path, no, why(s, st));
            last = st;
        }
    }
    free(line);
    if (f != stdin)
        fclose(f);
    return last;
}

static int alert_run(const char *sub, alert_opts *o)
{
    rasd_engine *e;
    rasd_store *s;
    rasd_status st;
    int64_t id = 0;
    int ro = strcmp(sub, "list") == 0;
    if (open_store(&o->c, &e, &s, ro ? RASD_STORE_READONLY : 0))
        return 1;
    if (strcmp(sub, "add") == 0 && o->from) {
        st = add_from(s, o->from);
        rasd_store_close(s);
        rasd_engine_close(e);
        return st ? 1 : 0;
    } else if (strcmp(sub, "add") == 0) {
        st = rasd_store_alert_add(s, o->c.args[0], o->c.args[1], o->entity, o->source, &id);
        if (!st)
            printf("%lld\n", (long long)id);
    } else if (strcmp(sub, "remove") == 0) {
        st = rasd_store_alert_remove(s, o->c.args[0]);
    } else {
        st = rasd_store_alerts(s, print_alert, &o->c);
    }
    if (st)
        fprintf(stderr, "rasd alert %s: %s\n", sub, why(s, st));
    rasd_store_close(s);
    rasd_engine_close(e);
    return st ? 1 : 0;
}

/* Moves options written after the arguments (rasd alert add NAME QUERY --entity X) before
 * them, for parse_opts, which stops at the first argument. argv[0] stays. */
static void options_first(int argc, char **argv)
{
    static const char *const valued[] = {"--entity", "--source", "--from", "--db", "--data",
                                         "--stemmer", "--no-norm", "--max-doc-mb", "--limit"};
    char **out = malloc((size_t)argc * sizeof *out), **args = malloc((size_t)argc * sizeof *args);
    int no = 1, na = 0;
    if (!out || !args) {
        free(out);
        free(args);
        return;
    }
    for (int i = 1; i < argc; i++) {
        int takes = 0;
        if (strcmp(argv[i], "--") == 0) {   /* the rest are arguments, as written */
            while (i < argc)
                args[na++] = argv[i++];
            break;
        }
        if (argv[i][0] != '-' || argv[i][1] == 0) {
            args[na++] = argv[i];
            continue;
        }
        for (size_t k = 0; k < sizeof valued / sizeof *valued; k++)
            takes |= strcmp(argv[i], valued[k]) == 0;
        out[no++] = argv[i];
        if (takes && i + 1 < argc)
            out[no++] = argv[++i];
    }
    memcpy(argv + 1, out + 1, (size_t)(no - 1) * sizeof *argv);
    memcpy(argv + no, args, (size_t)na * sizeof *argv);
    free(out);
    free(args);
}

int cmd_alert(int argc, char **argv)
{
    alert_opts o = {0};
    const char *sub = argc > 1 ? argv[1] : "";
    int want = strcmp(sub, "add") == 0 ? 2 : strcmp(sub, "remove") == 0 ? 1 : 0, pr;
    if (strcmp(sub, "add") && strcmp(sub, "remove") && strcmp(sub, "list")) {
        fputs(usage_alert, strcmp(sub, "--help") ? stderr : stdout);
        return strcmp(sub, "--help") ? EXIT_USAGE : 0;
    }
    options_first(argc - 1, argv + 1);
    pr = parse_opts(argc - 1, argv + 1, usage_alert, alert_own, &o, &o.c);
    if (pr)
        return pr > 0 ? 0 : EXIT_USAGE;
    if (o.from && want == 2)
        want = 0;
    if (o.c.nargs != want || ((o.entity || o.source || o.from) && strcmp(sub, "add")) ||
        (o.from && (o.entity || o.source))) {
        fputs(usage_alert, stderr);
        return EXIT_USAGE;
    }
    return alert_run(sub, &o);
}

/* ----------------------------------------------------------------- alerts */

static int print_match(const rasd_alert_match *m, void *ctx)
{
    const cli_common *c = ctx;
    char *json;
    if (!c->json) {
        printf("%lld\t%s\t%s\t%s\t%s\t%s\t%s\n", (long long)m->seq, m->matched, m->name,
               m->article, m->source ? m->source : "", m->published ? m->published : "",
               m->title ? m->title : "");
        return 0;
    }
    if (rasd_alert_match_json(m, &json) != RASD_OK)
        return 1;
    puts(json);
    rasd_free(json);
    return 0;
}

static const cli_opt alerts_own[] = {
    OPT_STR("--since", alert_opts, since),
    OPT_END,
};

static int alerts_run(rasd_store *s, const void *opts)
{
    const alert_opts *o = opts;
    int64_t seq = 0;
    const char *time = NULL;
    if (o->since) {
        char *end;
        long long v = strtoll(o->since, &end, 10);
        if (*end || end == o->since)
            time = o->since;
        else
            seq = v;
    }
    return report(s, rasd_store_alert_log(s, seq, time, o->c.limit, print_match,
                                          (void *)&o->c));
}

int cmd_alerts(int argc, char **argv)
{
    static const read_cmd c = {usage_alerts, 0, 0, alerts_own, NULL, alerts_run};
    alert_opts o = {0};
    return run_read_cmd(&c, &o, &o.c, argc, argv);
}

/* ------------------------------------------------------------------ --exec */

/* Writes all of buf to fd; 0, or -1 (the command closed its input early: EPIPE). */
static int write_all(int fd, const char *buf, size_t n)
{
    while (n) {
        ssize_t k = write(fd, buf, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return -1;
        buf += k;
        n -= (size_t)k;
    }
    return 0;
}

/* Runs cmd with /bin/sh -c, the match as one line of JSON on its standard input. */
int alert_exec(const char *cmd, const rasd_alert_match *m)
{
    char *json;
    int fd[2], status = 0;
    pid_t pid;
    void (*old)(int);
    if (rasd_alert_match_json(m, &json) != RASD_OK)
        return -1;
    if (pipe(fd) != 0) {
        rasd_free(json);
        return -1;
    }
    if ((pid = fork()) == 0) {
        dup2(fd[0], 0);
        close(fd[0]);
        close(fd[1]);
        execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
        _exit(127);
    }
    close(fd[0]);
    old = signal(SIGPIPE, SIG_IGN);   /* a command that does not read its input */
    if (pid > 0) {
        write_all(fd[1], json, strlen(json));
        write_all(fd[1], "\n", 1);
    }
    close(fd[1]);
    signal(SIGPIPE, old);
    rasd_free(json);
    if (pid < 0)
        return -1;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

void alert_exec_report(const char *cmd, const rasd_alert_match *m, size_t *failed)
{
    int rc = alert_exec(cmd, m);
    if (rc == 0)
        return;
    ++*failed;
    if (rc < 0)
        fprintf(stderr, "rasd: --exec: cannot run '%s' for alert %s, article %s\n", cmd,
                m->name, m->article);
    else
        fprintf(stderr, "rasd: --exec: '%s' exited with status %d for alert %s, article %s "
                "(log position %lld)\n", cmd, rc, m->name, m->article, (long long)m->seq);
}
