/* ner_cmds.c — the entity commands: train-ner, eval-ner, clusters. Uses only rasd.h. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ANERCORP "../shared/data/anercorp/train.txt"

static const char usage_train[] =
    "usage: rasd train-ner [--epochs N] [--dev-every N | --dev-tail PCT] [--features LIST]\n"
    "                      [--extra FILE [--extra-weight W]] [--learner perceptron|crf]\n"
    "                      [--c2 X] [--iters N] [-o FILE] [CONLL]\n"
    "Trains the entity recogniser (averaged perceptron) on CONLL (default " ANERCORP ")\n"
    "without its dev split (sentence k is dev when k % N == N-1; N = 10 by default, -1: none;\n"
    "with --dev-tail, the last PCT percent of the sentences in file order: unseen articles),\n"
    "writes the model to FILE (default data/ner.model) and prints dev scores per epoch.\n"
    "LIST: feature groups word,clitic,affix,shape,gaz,cluster,lex,trans,doc, or all minus\n"
    "some (all,-gaz,-cluster); emb (not in all; all,emb adds it): clusters of subword\n"
    "embeddings in the first stage (data/embclusters.tsv, tools/embclusters.py).\n"
    "doc: a second stage that also sees how the first stage tagged\n"
    "the same word elsewhere in the document and how the training data tagged it (epochs\n"
    "are printed for both stages).\n"
    "--extra FILE: more training sentences in CoNLL (all of them trained on, none dev),\n"
    "each visited W times an epoch (default 1).\n"
    "--learner crf: each stage a linear-chain CRF (L2 weight X, default 0.1; at most N\n"
    "L-BFGS iterations, default 200) instead of the averaged perceptron (--epochs).\n"
    "The engine's gazetteer and clusters are the ones trained with.\n";

static const char usage_eval[] =
    "usage: rasd eval-ner [--model FILE] [--dev-every N | --dev-tail PCT] [--no-rules]\n"
    "                     [--predictions FILE] [CONLL]\n"
    "Scores the recogniser (the engine's data/ner.model, or FILE) on the dev split of CONLL\n"
    "(score a --dev-tail split with a model trained with the same --dev-tail)\n"
    "(default " ANERCORP "): CoNLL exact-span precision, recall and F1 per type and micro.\n"
    "--no-rules: the taggers alone, without the name rules applied after them;\n"
    "--predictions FILE: writes \"token gold predicted\" lines of the dev sentences.\n";

static const char usage_clusters[] =
    "usage: rasd clusters [--vocab N] [-o FILE] INPUT...\n"
    "       rasd clusters --tokens FILE INPUT...\n"
    "       rasd clusters --vectors VEC [-o FILE]\n"
    "Clusters the N most frequent lexicon words (default 50000) by the words around them in\n"
    "the documents (inputs as for analyze); writes \"word<TAB>coarse<TAB>fine\" lines to FILE\n"
    "(default data/clusters.tsv). Deterministic: the same corpus gives the same file.\n"
    "--tokens writes the normalised tokens of each input record, one line a record, to FILE\n"
    "(the text that word embeddings are trained on: fasttext skipgram).\n"
    "--vectors reads word vectors (fastText's text format: \"word x1 ... xd\" lines) and\n"
    "writes \"word<TAB>c1<TAB>c2<TAB>c3\" lines (k-means, 64, 512 and 4096 clusters) to FILE\n"
    "(default data/embclusters.tsv). Deterministic too.\n";

static const struct { const char *name; unsigned bit; } groups[] = {
    {"word", RASD_NER_WORD}, {"clitic", RASD_NER_CLITIC}, {"affix", RASD_NER_AFFIX},
    {"shape", RASD_NER_SHAPE}, {"gaz", RASD_NER_GAZ}, {"cluster", RASD_NER_CLUSTER},
    {"lex", RASD_NER_LEX}, {"trans", RASD_NER_TRANS}, {"doc", RASD_NER_DOC},
    {"emb", RASD_NER_EMB},
    {"all", RASD_NER_ALL},
};

static int parse_groups(const char *list, unsigned *out)
{
    char buf[256];
    int first = 1;
    snprintf(buf, sizeof buf, "%s", list);
    *out = 0;
    for (char *save = NULL, *w = strtok_r(buf, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
        int minus = *w == '-';
        size_t i = 0;
        while (i < sizeof groups / sizeof *groups && strcmp(groups[i].name, w + minus) != 0)
            i++;
        if (i == sizeof groups / sizeof *groups) {
            fprintf(stderr, "rasd: unknown feature group '%s'\n", w + minus);
            return -1;
        }
        if (first && minus)
            *out = RASD_NER_ALL;
        first = 0;
        *out = minus ? *out & ~groups[i].bit : *out | groups[i].bit;
    }
    return *out ? 0 : -1;
}

static void print_scores(FILE *f, const rasd_ner_score *s)
{
    fprintf(f, "%-6s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "F1", "gold",
            "found", "correct");
    for (int i = 0; i < 5; i++)
        fprintf(f, "%-6s %9.4f %9.4f %9.4f %7zu %7zu %7zu\n", s[i].type, s[i].precision,
                s[i].recall, s[i].f1, s[i].gold, s[i].predicted, s[i].correct);
}

static void on_epoch(int epoch, const rasd_ner_score *s, void *ctx)
{
    fprintf(stderr, "%s %2d: dev micro P %.4f R %.4f F1 %.4f\n", (const char *)ctx, epoch,
            s[4].precision, s[4].recall, s[4].f1);
}

/* Options of train-ner, eval-ner and clusters (each takes its own of them). */
typedef struct ner_opts {
    cli_common c;
    const char *model, *features, *output, *tokens, *vectors, *predictions, *extra;
    long epochs, dev_every, vocab, dev_tail, extra_weight, iters;
    int no_rules, learner;
    double c2;
} ner_opts;

/* --learner perceptron|crf into an int. */
static int parse_learner(const char *name, const char *val, void *field)
{
    int *out = field;
    if (strcmp(val, "perceptron") == 0 || strcmp(val, "crf") == 0) {
        *out = strcmp(val, "crf") == 0 ? RASD_NER_CRF : RASD_NER_PERCEPTRON;
        return 0;
    }
    fprintf(stderr, "rasd: %s: perceptron or crf, not '%s'\n", name, val);
    return -1;
}

/* --c2 X: a number from 1e-6 to 1e4, into a double. */
static int parse_c2(const char *name, const char *val, void *field)
{
    char *end;
    double v = strtod(val, &end);
    if (end == val || *end || !(v >= 1e-6 && v <= 1e4)) {
        fprintf(stderr, "rasd: %s: a number from 1e-6 to 1e4, not '%s'\n", name, val);
        return -1;
    }
    *(double *)field = v;
    return 0;
}

#define DEV_EVERY {"--dev-every", OPT_LONG, offsetof(ner_opts, dev_every), -1, 1000000, NULL}, \
                  {"--dev-tail", OPT_LONG, offsetof(ner_opts, dev_tail), 1, 90, NULL}

static const cli_opt train_own[] = {
    {"--epochs", OPT_LONG, offsetof(ner_opts, epochs), 1, 1000, NULL},
    DEV_EVERY,
    OPT_STR("--features", ner_opts, features),
    OPT_STR("-o", ner_opts, output),
    OPT_STR("--extra", ner_opts, extra),
    {"--extra-weight", OPT_LONG, offsetof(ner_opts, extra_weight), 1, 100, NULL},
    {"--learner", OPT_PARSE, offsetof(ner_opts, learner), 0, 0, parse_learner},
    {"--c2", OPT_PARSE, offsetof(ner_opts, c2), 0, 0, parse_c2},
    {"--iters", OPT_LONG, offsetof(ner_opts, iters), 1, 100000, NULL},
    OPT_END,
};

static const cli_opt eval_own[] = {
    OPT_STR("--model", ner_opts, model),
    DEV_EVERY,
    OPT_STR("--predictions", ner_opts, predictions),
    OPT_SWITCH("--no-rules", ner_opts, no_rules),
    OPT_END,
};

static const cli_opt clusters_own[] = {
    {"--vocab", OPT_LONG, offsetof(ner_opts, vocab), 100, 1000000, NULL},
    OPT_STR("-o", ner_opts, output),
    OPT_STR("--tokens", ner_opts, tokens),
    OPT_STR("--vectors", ner_opts, vectors),
    OPT_END,
};

/* train-ner and eval-ner read one CoNLL file; options stop at it (parse_opts), so anything
 * after it would be ignored silently: refuse it instead. */
static int one_corpus(const cli_common *c, const char *cmd, const char *usage)
{
    if (c->nargs <= 1)
        return 0;
    fprintf(stderr, "rasd %s: one CoNLL file, options before it; '%s' is left over\n%s", cmd,
            c->args[1], usage);
    return -1;
}

int cmd_train_ner(int argc, char **argv)
{
    ner_opts o = {0};
    rasd_ner_opts no = {0};
    rasd_ner_score sc[5];
    rasd_engine *e;
    int pr = parse_opts(argc, argv, usage_train, train_own, &o, &o.c);
    if (pr)
        return pr > 0 ? 0 : EXIT_USAGE;
    if (one_corpus(&o.c, "train-ner", usage_train))
        return EXIT_USAGE;
    if (o.features && parse_groups(o.features, &no.features))
        return EXIT_USAGE;
    no.epochs = (int)o.epochs;
    no.dev_every = (int)o.dev_every;
    no.dev_tail = (int)o.dev_tail;
    no.extra = o.extra;
    no.extra_weight = (int)o.extra_weight;
    no.learner = o.learner;
    no.c2 = o.c2;
    no.iters = (int)o.iters;
    no.progress = on_epoch;
    no.progress_ctx = o.learner == RASD_NER_CRF ? (void *)"crf, L-BFGS iterations"
                                                : (void *)"epoch";
    o.c.annotates = 1;
    if (open_engine(&o.c, &e))
        return 1;
    const char *in = o.c.nargs ? o.c.args[0] : ANERCORP, *out = o.output ? o.output : "data/ner.model";
    rasd_status st = rasd_ner_train(e, in, &no, out, sc);
    if (st)
        fprintf(stderr, "rasd train-ner: %s: %s\n", in, rasd_strerror(st));
    else
        print_scores(stdout, sc);
    rasd_engine_close(e);
    return st ? 1 : 0;
}

int cmd_eval_ner(int argc, char **argv)
{
    ner_opts o = {0};
    rasd_ner_score sc[5];
    rasd_engine *e;
    size_t tokens = 0;
    int pr = parse_opts(argc, argv, usage_eval, eval_own, &o, &o.c);
    if (pr)
        return pr > 0 ? 0 : EXIT_USAGE;
    if (one_corpus(&o.c, "eval-ner", usage_eval))
        return EXIT_USAGE;
    o.c.annotates = 1;
    if (open_engine(&o.c, &e))
        return 1;
    const char *in = o.c.nargs ? o.c.args[0] : ANERCORP;
    rasd_ner_opts no = {0};
    no.dev_every = (int)o.dev_every;
    no.dev_tail = (int)o.dev_tail;
    no.no_rules = o.no_rules;
    no.predictions = o.predictions;
    rasd_status st = rasd_ner_eval_split(e, in, o.model, &no, sc, &tokens);
    if (st)
        fprintf(stderr, "rasd eval-ner: %s: %s\n", o.model ? o.model : in, rasd_strerror(st));
    else {
        print_scores(stdout, sc);
        printf("(%zu rasd tokens tagged)\n", tokens);
    }
    rasd_engine_close(e);
    return st ? 1 : 0;
}

/* One line of the doc's normalised tokens (spaces and line breaks inside a token become
 * underscores: fastText splits on them). */
static rasd_status write_tokens(FILE *f, const rasd_doc *doc)
{
    size_t n;
    const rasd_token *t = rasd_doc_tokens(doc, &n);
    for (size_t i = 0; i < n; i++) {
        if (i)
            putc(' ', f);
        for (uint32_t j = 0; j < t[i].norm_len; j++) {
            char c = t[i].norm[j];
            putc(c == ' ' || c == '\n' || c == '\t' || c == '\r' ? '_' : c, f);
        }
    }
    return putc('\n', f) == EOF ? RASD_EIO : RASD_OK;
}

static int add_path(const rasd_engine *e, rasd_doc *doc, rasd_clusters_builder *b, FILE *tok,
                    const ner_opts *o, const char *path)
{
    rasd_reader *r;
    rasd_record rec;
    rasd_status st = rasd_reader_open(&r, path, &o->c.cfg);
    if (st) {
        fprintf(stderr, "%s: cannot read: %s\n", path, rasd_strerror(st));
        return -1;
    }
    while ((st = rasd_reader_next(r, &rec)) != RASD_END) {
        if (st == RASD_ENOMEM)
            break;
        if (st) {
            fprintf(stderr, "%s\n", rasd_reader_error(r));
            continue;
        }
        if ((st = rasd_analyze(e, doc, rec.text, rec.text_len)) == RASD_OK)
            st = tok ? write_tokens(tok, doc) : rasd_clusters_builder_add(b, doc);
        if (st == RASD_ENOMEM || st == RASD_EIO)
            break;
    }
    rasd_reader_close(r);
    return st == RASD_ENOMEM || st == RASD_EIO ? -1 : 0;
}

int cmd_clusters(int argc, char **argv)
{
    ner_opts o = {0};
    rasd_engine *e;
    rasd_doc *doc = NULL;
    rasd_clusters_builder *b = NULL;
    int pr = parse_opts(argc, argv, usage_clusters, clusters_own, &o, &o.c), fatal = 0;
    if (pr)
        return pr > 0 ? 0 : EXIT_USAGE;
    if (o.vectors) {
        const char *vout = o.output ? o.output : "data/embclusters.tsv";
        rasd_status vs = rasd_clusters_from_vectors(o.vectors, vout);
        if (vs)
            fprintf(stderr, "rasd clusters: %s: %s\n", o.vectors, rasd_strerror(vs));
        return vs ? 1 : 0;
    }
    if (o.c.nargs == 0) {
        fputs(usage_clusters, stderr);
        return EXIT_USAGE;
    }
    o.c.cfg.stemmer = RASD_STEM_NONE;
    FILE *tok = NULL;
    if (o.tokens && !(tok = fopen(o.tokens, "w"))) {
        fprintf(stderr, "rasd clusters: %s: cannot write\n", o.tokens);
        return 1;
    }
    o.c.annotates = 1;
    if (open_engine(&o.c, &e))
        return 1;
    rasd_status st = rasd_doc_new(&doc);
    if (!st && !tok)
        st = rasd_clusters_builder_new(&b, e, (size_t)o.vocab);
    for (int i = 0; i < o.c.nargs && !st && !fatal; i++)
        fatal = add_path(e, doc, b, tok, &o, o.c.args[i]);
    const char *out = o.output ? o.output : "data/clusters.tsv";
    if (tok && fclose(tok) != 0)
        fatal = 1;
    else if (!st && !fatal && !tok)
        st = rasd_clusters_builder_write(b, out);
    if (st || fatal)
        fprintf(stderr, "rasd clusters: %s\n", rasd_strerror(st ? st : RASD_EIO));
    rasd_clusters_builder_free(b);
    rasd_doc_free(doc);
    rasd_engine_close(e);
    return st || fatal ? 1 : 0;
}
