/* cli.h — what the command-line front end's files share. Front ends use only rasd.h. */
#ifndef RASD_CLI_H
#define RASD_CLI_H

#include "rasd.h"

#include <stddef.h>

#define EXIT_USAGE 2

typedef struct opts {
    rasd_config cfg;
    int tokens, summary, json, fts5, engine_fts5, no_collapse, entities, no_entities, no_events;
    unsigned long long min_count;
    size_t limit, batch;
    double min_sim;
    const char *kind;
    const char *output, *db, *since, *until, *source, *queries, *qrels, *run;
    const char *model, *features, *type;
    long epochs, dev_every, vocab;
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

/* Entity commands (cli/ner_cmds.c). */
int cmd_train_ner(int argc, char **argv);
int cmd_eval_ner(int argc, char **argv);
int cmd_clusters(int argc, char **argv);

#endif
