/* cli.h — what the command-line front end's files share. Front ends use only rasd.h. */
#ifndef RASD_CLI_H
#define RASD_CLI_H

#include "rasd.h"

#include <stddef.h>
#include <stdio.h>

#define EXIT_USAGE 2

typedef struct opts {
    rasd_config cfg;
    int tokens, summary, json, csv, fts5, engine_fts5, no_collapse, entities, no_entities, no_events;
    unsigned long long min_count;
    size_t limit, batch;
    double min_sim;
    const char *kind;
    const char *output, *db, *since, *until, *source, *queries, *qrels, *run;
    const char *model, *features, *type, *speaker;
    const char *actor, *from, *to, *place, *article;   /* rasd events' filters */
    long epochs, dev_every, vocab;
    long threads;                                      /* rasd analyze; 0 = one per processor */
    const char *const *args;
    int nargs;
} opts;

/* Parses the options shared by the commands. Returns 0, 1 for --help shown, -1 on error. */
int parse_opts(int argc, char **argv, const char *usage, opts *o);
/* Opens the engine for o->cfg; prints why not and returns -1 on failure. */
int open_engine(const opts *o, rasd_engine **e);

/* Store commands (cli/store_cmds.c); each returns the process exit status. */
int cmd_ingest(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_eval_ir(int argc, char **argv);
int cmd_dupes(int argc, char **argv);

/* A command that reads the store: its usage, how many arguments it takes, an optional
 * check of its options, and what it does with the open store (returns the exit status). */
typedef struct read_cmd {
    const char *usage;
    int min_args, max_args;
    int (*valid)(const opts *o);
    int (*run)(rasd_store *s, const opts *o);
} read_cmd;

/* Parses the options, checks them, opens engine and store read-only, runs the command. */
int run_read_cmd(const read_cmd *c, int argc, char **argv);
/* What went wrong: the store's detail when it has one, else the status's text. */
const char *why(const rasd_store *s, rasd_status st);
/* The exit status of a read command whose store call returned st (saying why on stderr). */
int report(const rasd_store *s, rasd_status st);
/* Rows a listing prints: --limit, else all for --json or --csv and 50 for people. */
size_t list_limit(const opts *o);
/* Writes s as a JSON string ("null" for NULL). */
void json_string(FILE *f, const char *s);

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

#endif
