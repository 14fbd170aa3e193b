/* cli.h — what the command-line front end's files share. Front ends use only rasd.h. */
#ifndef RASD_CLI_H
#define RASD_CLI_H

#include "rasd.h"

#include <stddef.h>
#include <stdio.h>

#define EXIT_USAGE 2

/* What every command takes, parsed before its own options: the analysis (--stemmer,
 * --no-norm, --data, --max-doc-mb; a store is read with the analysis it was built with),
 * the store (--db), the shape of listings (--json, --csv, --limit) and the arguments. */
typedef struct cli_common {
    rasd_config cfg;
    const char *db;
    int json, csv;
    size_t limit;
    unsigned store_flags;       /* RASD_STORE_* a read command adds (--engine fts5) */
    int annotates;              /* the command annotates: open_engine loads every stage's
                                 * data before it returns (else each loads at first use) */
    const char *const *args;
    int nargs;
} cli_common;

/* How an option's value goes into a command's options struct. */
typedef enum opt_kind {
    OPT_SET,        /* a switch: int field = 1 */
    OPT_CLEAR,      /* a switch: int field = 0 */
    OPT_OFF,        /* a switch: int field = -1 (RASD_TRIGGERS_NONE) */
    OPT_STRING,     /* const char *field = the value */
    OPT_LONG,       /* long field = a whole number from lo to hi */
    OPT_SIZE,       /* size_t field = a whole number from lo to hi */
    OPT_PARSE       /* parse(name, value, field): 0, or -1 after saying why */
} opt_kind;

/* One option of a command: its name and where its value goes (offsetof the field in the
 * command's options struct). A command's table ends with OPT_END. */
typedef struct cli_opt {
    const char *name;
    opt_kind kind;
    size_t at;
    long lo, hi;
    int (*parse)(const char *name, const char *val, void *field);
} cli_opt;

#define OPT_END {NULL, OPT_SET, 0, 0, 0, NULL}
#define OPT_SWITCH(name, T, f) {name, OPT_SET, offsetof(T, f), 0, 0, NULL}
#define OPT_STR(name, T, f) {name, OPT_STRING, offsetof(T, f), 0, 0, NULL}

/* Parses argv into o, a command's options struct (zeroed by the caller) whose common part
 * is *c: the common options into *c, those of own (NULL: none) into o. Returns 0, 1 for
 * --help shown, -1 on error. */
int parse_opts(int argc, char **argv, const char *usage, const cli_opt *own, void *o,
               cli_common *c);
/* Opens the engine for c->cfg; prints why not and returns -1 on failure. */
int open_engine(const cli_common *c, rasd_engine **e);
/* The store's path: --db, else $RASD_DB, else rasd.db. */
const char *db_path(const cli_common *o);
/* Opens the engine and the store at db_path(o) with flags; on failure prints why, closes
 * what it opened and returns -1. */
int open_store(const cli_common *o, rasd_engine **e, rasd_store **s, unsigned flags);
/* --engine rasd|fts5 (an OPT_PARSE for search and eval-ir): RASD_STORE_FTS5 in *field,
 * an unsigned. */
int parse_engine(const char *name, const char *val, void *field);

/* Store commands (cli/store_cmds.c); each returns the process exit status. */
/* rasd analyze (cli/analyze_cmd.c). */
int cmd_analyze(int argc, char **argv);

int cmd_ingest(int argc, char **argv);
/* rasd extract (cli/extract_cmd.c). */
int cmd_extract(int argc, char **argv);
/* rasd feed add|list|remove|items|parse (cli/feed_cmds.c). */
int cmd_feed(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_eval_ir(int argc, char **argv);
int cmd_dupes(int argc, char **argv);

/* A command that reads the store: its usage, how many arguments it takes, its own options
 * (NULL: only the common ones), an optional check of its options, and what it does with
 * the open store (returns the exit status). valid and run get the command's options struct.
 */
typedef struct read_cmd {
    const char *usage;
    int min_args, max_args;
    const cli_opt *opts;
    int (*valid)(const void *o);
    int (*run)(rasd_store *s, const void *o);
} read_cmd;

/* Parses the options into o (the command's options struct, zeroed, whose common part is
 * *com), checks them, opens engine and store read-only, runs the command. */
int run_read_cmd(const read_cmd *c, void *o, cli_common *com, int argc, char **argv);
/* What went wrong: the store's detail when it has one, else the status's text. */
const char *why(const rasd_store *s, rasd_status st);
/* The exit status of a read command whose store call returned st (saying why on stderr). */
int report(const rasd_store *s, rasd_status st);
/* Rows a listing prints: --limit, else all for --json or --csv and 50 for people. */
size_t list_limit(const cli_common *c);
/* Writes s as a JSON string ("null" for NULL). */
void json_string(FILE *f, const char *s);

/* Store administration (cli/admin_cmds.c). */
int cmd_reannotate(int argc, char **argv);
int cmd_delete(int argc, char **argv);
int cmd_backup(int argc, char **argv);

/* Stored entities (cli/entity_cmds.c). */
int cmd_entities(int argc, char **argv);
int cmd_entity(int argc, char **argv);

/* Stored quotes and events (cli/event_cmds.c). */
int cmd_quotes(int argc, char **argv);
int cmd_events(int argc, char **argv);

/* Entity commands (cli/ner_cmds.c). */
int cmd_train_ner(int argc, char **argv);
int cmd_eval_ner(int argc, char **argv);
int cmd_clusters(int argc, char **argv);

/* Stories (cli/story_cmds.c). */
int cmd_stories(int argc, char **argv);
int cmd_story(int argc, char **argv);
int cmd_threads(int argc, char **argv);
/* Prints search hits grouped by story, in the order of each story's best hit. */
rasd_status print_by_story(rasd_store *s, const rasd_results *r, int json);
/* rasd watch (cli/watch_cmd.c). */
int cmd_watch(int argc, char **argv);
/* Alerts (cli/alert_cmds.c). */
int cmd_alert(int argc, char **argv);
int cmd_alerts(int argc, char **argv);
/* Runs cmd (/bin/sh -c) with the match as one line of JSON on its standard input and waits
 * for it: its exit status, 128 + the signal that killed it, or -1 when it could not run. */
int alert_exec(const char *cmd, const rasd_alert_match *m);
/* alert_exec, a failure said on stderr and counted in *failed (never fatal). */
void alert_exec_report(const char *cmd, const rasd_alert_match *m, size_t *failed);
/* The HTTP server (serve/serve.c). */
int cmd_serve(int argc, char **argv);

#endif
