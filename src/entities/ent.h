/* ent.h — named entities inside the library: the read-only data the engine loads (model,
 * gazetteer, word clusters), the per-token facts the recogniser computes, and the stages
 * (features.c, model.c, train.c, gazetteer.c, clusters.c, resolve.c). docs/NER.md. */
#ifndef RASD_ENT_H
#define RASD_ENT_H

#include "core/stage.h"

#include <stdatomic.h>

/* Tags, BIO over four types: 0 = O, then B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC,
 * I-MISC. A tag t > 0 has type (t + 1) / 2 (1..4) and is a B tag when t is odd. */
enum { NER_O = 0, NER_NTAGS = 9, NER_NTYPES = 4 };
enum { ETYPE_PER = 1, ETYPE_LOC, ETYPE_ORG, ETYPE_MISC, ETYPE_TITLE };

static inline int tag_type(int t) { return (t + 1) / 2; }
static inline int tag_is_b(int t) { return t & 1; }
static inline int tag_b(int type) { return 2 * type - 1; }

extern const char *const ent_type_names[6]; /* "", "PER", "LOC", "ORG", "MISC", "TITLE" */

/* ----------------------------------------------------------- gazetteer
 * data/gazetteer.tsv: "TYPE<TAB>name<TAB>canonical" lines (TYPE: PER LOC ORG MISC TITLE;
 * canonical: the entity's name, or for a TITLE the person it names, "-" for none). Names
 * are keyed by their normalised tokens joined by one space. */
typedef struct gaz_entry {
    uint8_t type, ntok;
    uint32_t canon_off, canon_len;   /* canonical name (display form) in gaz.str */
    uint32_t ckey_off, ckey_len;     /* its normalised key in gaz.str (the entity id's key) */
} gaz_entry;

typedef struct gazetteer {
    strmap names;        /* normalised key → 1 + index of the first entry of the key */
    strmap first;        /* first token of any name → longest name's token count */
    gaz_entry *ents;     /* entries of a key are consecutive; `more` bit in ntok high bit */
    size_t nents, ents_cap;
    rbuf str;
} gazetteer;

#define GAZ_MAXTOK 8

/* ----------------------------------------------------------- clusters
 * data/clusters.tsv: "word<TAB>coarse<TAB>fine" (cluster numbers of a normalised word). */
typedef struct clusters {
    strmap words;        /* word → coarse << 16 | fine, +1 (0 = unknown) */
} clusters;

/* ---------------------------------------------------------------- model */

/* Feature groups, for the ablation; the model file records those it was trained with. */
enum {
    NF_WORD = 1u << 0,    /* words at -2..+2 and word bigrams */
    NF_CLITIC = 1u << 1,  /* clitic-stripped form and light stem */
    NF_AFFIX = 1u << 2,   /* prefixes and suffixes */
    NF_SHAPE = 1u << 3,   /* token kind, shape, length */
    NF_GAZ = 1u << 4,     /* gazetteer hits */
    NF_CLUSTER = 1u << 5, /* word clusters */
    NF_LEX = 1u << 6,     /* corpus frequency of the word */
    NF_TRANS = 1u << 7,   /* tag transitions (off: each token on its own, BIO kept) */
    NF_DOC = 1u << 8,     /* second stage: the first stage's tags of the word in the document */
    NF_ALL = (1u << 9) - 1,
    NF_EMB = 1u << 9,     /* opt-in: clusters of subword embeddings (embclusters.c) */
    NF_KNOWN = NF_ALL | NF_EMB
};

/* Stripped form → counts by type (open addressing): the first stage's tags over a document,
 * or the training part's gold tags (a second stage's memory). */
typedef struct doctable {
    uint64_t *keys;
    uint16_t (*cnt)[2 * (NER_NTYPES + 1)];   /* per type: occurrences, then beginnings */
    size_t cap;                              /* slots in use (a power of two) */
    size_t room;                             /* slots allocated (reused when cap shrinks) */
} doctable;

/* Feature hash → NER_NTAGS weights, open addressing (key 0 = empty slot). */
typedef struct ner_model {
    unsigned features;
    size_t cap, n;
    uint64_t *keys;
    float *w;                              /* cap * NER_NTAGS */
    float trans[NER_NTAGS + 1][NER_NTAGS]; /* [prev][cur]; row NER_NTAGS = sentence start */
    struct ner_model *doc;   /* the second stage (features NF_DOC), or NULL: one stage */
    doctable mem;            /* second stage: gold types of each stripped form in training */
} ner_model;

const float *model_weights(const ner_model *m, uint64_t key);
rasd_status model_load(ner_model *m, const char *path);
/* Where model_load_to puts each entry of stage (0 or 1) instead of m's tables: put returns
 * RASD_EDATA to refuse the file (a key twice). */
typedef struct model_sink {
    rasd_status (*put)(void *ctx, int stage, uint64_t key, const float *w);
    void *ctx;
} model_sink;
/* model_load with the weights given to sink (m keeps the headers, the second stage's
 * memory and no table); model_load when sink is NULL. */
rasd_status model_load_to(ner_model *m, const char *path, const model_sink *sink);
/* The file's layout only (headers, stages, length), without reading its weights: RASD_EIO
 * when it cannot be read, RASD_EDATA when malformed. model_load checks the rest. entries
 * gets each stage's number of entries (0 for a stage that is not there). */
rasd_status model_check(const char *path, uint64_t entries[2]);
rasd_status model_save(const ner_model *m, const char *path);
/* An empty table for at least n features (weights 0); m->doc is not touched. */
rasd_status model_init(ner_model *m, size_t n);
/* The weights of key, inserted with zeros if absent (room must be there: model_init). */
float *model_put(ner_model *m, uint64_t key);
void model_free(ner_model *m);

/* The model laid out for tagging (infer.c): both stages' weights of a feature in one row
 * found by one probe, the transitions as matrices (-inf where BIO forbids). */
typedef struct ner_slot {
    uint64_t key;                          /* 0: empty */
    uint32_t row, pad;
} ner_slot;

enum { NER_ROW = 20, NER_VT_W = 12 };

typedef struct ner_fast {
    ner_slot *slots;
    size_t cap, nrows, wcap;               /* slots; rows taken; rows allocated */
    float *w;                              /* nrows * NER_ROW (infer.c: the layout) */
    int stages;
    int shared;          /* stage 2's features are stage 1's and the document's (NF_DOC) */
    unsigned groups[2];  /* each stage's feature groups */
    float tr[2][NER_NTAGS + 1][NER_VT_W];   /* viterbi_matrix */
} ner_fast;

/* n zeroed bytes for a big table read at random, on huge pages where the system gives them
 * on request (infer.c); NULL when memory is short. Free with ent_big_free and the same n. */
void *ent_big_calloc(size_t n);
void ent_big_free(void *p, size_t n);

/* Builds f from a loaded model (and its second stage); ner_fast_free accepts a zeroed f. */
rasd_status ner_fast_build(ner_fast *f, const ner_model *m);
/* Reads the model file path (entries[2]: model_check's) straight into f, without model.c's
 * tables: the same table as model_load then ner_fast_build, rows in the file's order. m
 * gets the headers and the second stage's memory (model_free it with f). */
rasd_status ner_fast_load(ner_fast *f, ner_model *m, const char *path,
                          const uint64_t entries[2]);
void ner_fast_free(ner_fast *f);
/* Moves f's rows so that those of keys[0,n) come first, in that order (a key twice or absent
 * is passed over), the others after them in their order: the same rows at other places, so
 * every sum is the same. RASD_ENOMEM (f unchanged) when memory is short. */
rasd_status ner_fast_order(ner_fast *f, const uint64_t *keys, size_t n);
/* Lays fw's rows out by the corpus (features.c): the form rows of the lexicon's 4,096 most
 * frequent words first, word after word in the lexicon's order, so a frequent word's rows
 * share cache lines and pages, and rows that are read all the time (frequent words,
 * affixes, clusters) sit together instead of scattered over the whole table. */
rasd_status ent_fast_layout(const rasd_engine *e, ner_fast *fw);

/* The row of key (NER_ROW floats), or NULL when no stage has a weight for it. */
const float *ner_fast_row(const ner_fast *f, uint64_t key);
/* rows[k] = ner_fast_row(f, feats[k]) for k < n, the table's cache lines fetched ahead. */
void ner_fast_rows(const ner_fast *f, const uint64_t *feats, size_t n, const float **rows);
/* The same with rows[at[k]] for keys[k], k < n. */
void ner_fast_rows_at(const ner_fast *f, const uint64_t *keys, const uint32_t *at, size_t n,
                      const float **rows);
/* em[0,9) += stage s's weights of the n rows, in order (NULL rows skipped). */
void ner_fast_sum(const float *const *rows, size_t n, int s, float *em);
/* em1 = the sum of the rows' first stage, em2 of their second (from 0, in order). */
void ner_fast_sum2(const float *const *rows, size_t n, float *em1, float *em2);
/* Four floats added lane by lane: the same IEEE sums as one at a time, four at once. */
typedef float v4f __attribute__((vector_size(16)));
typedef int32_t v4i __attribute__((vector_size(16)));

/* Lane by lane a > b ? a : b without SSE (b on a tie and when either is NaN): infer.c's
 * Viterbi step where maxps is missing. */
static inline v4f v4f_max(v4f a, v4f b)
{
    v4i m = a > b;                  /* lanes where a wins */
    return (v4f)(((v4i)a & m) | ((v4i)b & ~m));
}

/* The transitions as viterbi_run wants them: -inf where tag_allowed says no (and in the
 * padding columns 9-11), 0 without use_trans. */
void viterbi_matrix(float trans[NER_NTAGS + 1][NER_NTAGS], int use_trans,
                    float out[NER_NTAGS + 1][NER_VT_W]);
/* viterbi_scores over a matrix of viterbi_matrix: the same tags, four tags a step; em
 * (n rows of NER_NTAGS) is overwritten with the path scores, and the back pointers are
 * found again from them on the way back. */
void viterbi_run(float *em, const float tr[NER_NTAGS + 1][NER_VT_W], size_t n, uint8_t *tags);

/* The read-only entity data of an engine (any part may be empty). */
typedef struct ent_engine {
    ner_model model;     /* read on first use (ent_model_ready; read-only commands never
                            read it), without its weight tables: fast has them */
    ner_fast fast;       /* model, for tagging */
    uint64_t serial;     /* this load, told from any other (fact_cache) */
    int has_model;       /* data/ner.model is there and well laid out (model_check) */
    uint64_t model_entries[2];  /* its stages' entries (model_check) */
    char *model_path;
    pthread_mutex_t model_mu;     /* guards the first read of model and fast */
    atomic_int model_state;       /* 0 not read yet, else 1 + its rasd_status */
    pthread_mutex_t cache_mu;     /* guards spare */
    struct fact_cache *spare;     /* fact caches no tagging call holds now (a list) */
    gazetteer gaz;
    clusters cl;
    strmap emb;          /* data/embclusters.tsv: word → emb_pack(c1, c2, c3) (embclusters.c) */
    strmap titles;       /* data/titles.tsv: normalised word → kind (titles.c) */
    strmap names;        /* data/names.tsv: normalised word → kind (names.c) */
    gazetteer aliases;   /* data/aliases.tsv: people's names, for the resolver only */
    strmap rules;        /* data/namerules.tsv: normalised word → kind (rules.c) */
    gazetteer places;    /* data/places.tsv: places for the name rules only (rules.c) */
    gazetteer persons;   /* data/persons.tsv: names the recogniser tags PER across the
                            corpus, for the resolver only (resolve.c; tools/persons.py) */
    strmap states;       /* data/states.tsv: state words and countries' keys (states.c) */
    strmap whole;        /* words whose first letter (و ف ب ل ك) is no proclitic: they begin
                            more known names than the rest does (ent_whole_build) */
    strmap whole_seen;   /* … or begin the corpus's mentions far more than a proclitic would
                            (whole.tsv): the name's cut only, never the model's facts */
    strmap acronyms;     /* data/acronyms.tsv: normalised word → kind (acronym.c) */
} ent_engine;

/* The named-entity stage (src/entities/stage.c) and where it keeps its data. */
extern const doc_stage ent_stage;
#define ENT_ENGINE(e) ((const ent_engine *)engine_state(e, &ent_stage))
#define ENT_DOC(d) ((struct ent_doc *)doc_state(d, &ent_stage))

/* Loads data/clusters.tsv, gazetteer.tsv and ner.model into a new ent_engine in *state
 * (any may be missing); frees one. */
rasd_status ent_engine_load(rasd_engine *e, void **state);
/* Reads the model (weights and tagging table) the first time any thread asks; then returns
 * at once. RASD_OK, else why it could not be read (then and on every later call). */
rasd_status ent_model_ready(const rasd_engine *e);
void ent_engine_free(void *state);
rasd_status gazetteer_load(gazetteer *g, const rasd_engine *e, const char *path);
void gazetteer_free(gazetteer *g);
/* The entries for key[0,n) (consecutive), their count in *count; NULL when none. */
const gaz_entry *gazetteer_find(const gazetteer *g, const char *key, size_t n, size_t *count);
rasd_status clusters_load(clusters *c, const char *path);
/* What ent_kind_lines does with one line's kind and analysed words. */
typedef rasd_status (*ent_kind_add)(strmap *m, size_t kind, const rasd_token *t, size_t nt);
/* Calls add for each line "KIND<TAB>words" of path (KIND's index in kinds[1, nkinds)); a
 * missing file is no error; an unknown kind is RASD_EDATA; add's error ends the read. */
rasd_status ent_kind_lines(strmap *m, const rasd_engine *e, const char *path,
                           const char *const kinds[], size_t nkinds, ent_kind_add add);
/* Lines "KIND<TAB>WORD" of path into m: word → index of KIND in kinds[1, nkinds); a missing
 * file is no error; a bad line, or a word that is not one token, is RASD_EDATA. */
rasd_status ent_words_load(strmap *m, const rasd_engine *e, const char *path,
                           const char *const kinds[], size_t nkinds);
rasd_status titles_load(strmap *m, const rasd_engine *e, const char *path);
/* The kinds of titles_load's words (data/titles.tsv). */
enum { TW_HEAD = 1, TW_COUNTERPART, TW_LINK, TW_FORMER };
/* data/names.tsv: the words of personal names (names.c); a missing file is no error. */
rasd_status names_load(strmap *m, const rasd_engine *e, const char *path);
void clusters_free(clusters *c);
uint32_t clusters_get(const clusters *c, const char *w, size_t n);
/* Spherical k-means over the v unit vectors y (dim floats each), or over y's rows idx[0,v)
 * when idx is not NULL; k ≤ v centroids start at rows spread over the order given; the
 * cluster of the w-th row in assign[w]. Deterministic (clusters.c). */
/* data/embclusters.tsv ("word<TAB>c1<TAB>c2<TAB>c3") into m (missing file: empty);
 * a word's value is emb_pack(c1, c2, c3), 0 when unknown. */
rasd_status embclusters_load(strmap *m, const char *path);
static inline uint32_t emb_pack(unsigned c1, unsigned c2, unsigned c3)
{
    return ((uint32_t)c1 << 22 | (uint32_t)c2 << 12 | c3) + 1;
}
#define EMB_C1(v) (((v) - 1) >> 22)
#define EMB_C2(v) ((((v) - 1) >> 12) & 0x3ff)
#define EMB_C3(v) (((v) - 1) & 0xfff)
rasd_status ent_kmeans(const float *y, const size_t *idx, size_t v, size_t dim, size_t k,
                       uint16_t *assign);

/* ------------------------------------------------------------- features */

/* What the recogniser knows of one token before it looks at its neighbours. */
typedef struct tokfacts {
    uint64_t word, strip, stem, shape;     /* hashes */
    uint64_t pre2, pre3, suf1, suf2, suf3, ssuf2;
    uint32_t cluster, scluster;            /* coarse << 16 | fine, +1; 0 unknown */
    uint32_t emb, semb;                    /* embedding clusters of the word and of its
                                              stripped form (emb_pack); 0 unknown */
    uint16_t gaz;                          /* bit (type-1)*2: B of a name of type, +1: inside */
    uint8_t proclitic, lexbucket, slexbucket;  /* proclitic: 1 + the chain of the features'
                                              cut (strip: the lexicon's alone) */
    uint8_t strip_off;                     /* bytes of proclitic removed from the norm for
                                              the name (ent_proclitic: 0 for a whole word) */
    uint8_t gaz_start;                     /* a gazetteer name may start here (its form) */
    uint16_t rule;                         /* RF_* bits of the form, for the name rules */
    uint8_t place;                         /* PLACE_B, PLACE_I: a name of data/places.tsv
                                              there; PLACE_START: one may start (its form) */
    uint8_t title_off, title;              /* titles.c: bytes of proclitics before a title
                                              word, and its TW_* kind (0: none) */
    uint8_t gaz_off;                       /* the cut the gazetteer's look-ups take (the
                                              model's gazetteer features): strip_off but
                                              for data/whole.tsv's words */
} tokfacts;

enum { PLACE_B = 1, PLACE_I = 2, PLACE_START = 4 };

/* tokfacts.rule (rules.c): a head word of an organisation's name (DEFHEAD: also with the
 * article, before an adjective), an adjective or a stop word of data/namerules.tsv; the
 * article alone, after و, after another particle, a لل chain; a relative adjective; a
 * role noun of data/titles.tsv; an honorific of data/names.tsv (الملك، الأمير), KING for
 * the king kind (الملك: part of who is meant before a one-word name); ABBR: a token of one
 * Arabic letter or a full stop (د. for دكتور), never a word of a name. */
enum {
    RF_HEAD = 1, RF_ABBR = 2, RF_ADJ = 4, RF_STOP = 8, RF_ART = 16, RF_WAL = 32,
    RF_PART = 64, RF_LL = 128, RF_NISBA = 256, RF_NAMEHEAD = 512, RF_MINISTRY = 1024,
    RF_DEFHEAD = 2048, RF_TITLE = 4096, RF_HONOR = 8192, RF_PRESS = 16384,
    RF_KING = 32768
};

#define NER_MAXFEAT 128

/* What the first stage said of the token's clitic-stripped form elsewhere in the document
 * (the second stage's features, NF_DOC). */
typedef struct docfacts {
    uint16_t cnt[NER_NTYPES + 1];   /* other occurrences by predicted type (0: O) */
    uint16_t beg[NER_NTYPES + 1];   /* those of them that begin an entity */
    uint16_t mem[NER_NTYPES + 1];   /* the form's gold types in the training part */
    uint16_t memb[NER_NTYPES + 1];  /* those of them that begin a name */
    uint8_t pml, pmr;               /* the type the memory gives most often to the pair
                                       (i-1, i), (i, i+1) inside one name; 0: none */
    uint8_t tag;                    /* the token's own first-stage tag */
    uint8_t maj;                    /* the type given most often (first on ties);
                                       NER_NTYPES + 1: no type elsewhere */
} docfacts;


/* An empty table for documents of up to n tokens (reused when big enough). */
rasd_status doctable_reset(doctable *t, size_t n);
/* Adds (d = 1) or removes (d = -1) a sentence: the stripped forms of its n tokens (facts
 * f) with their first-stage tags. */
void doctable_sentence(doctable *t, const tokfacts *f, const uint8_t *tags, size_t n, int d);
/* The document facts of the n tokens of a sentence that is in t (its own words left out). */
/* ... and their memory counts from mem (NULL: none) less those in own (NULL: none). */
void doctable_facts(const doctable *t, const doctable *mem, const doctable *own,
                    const tokfacts *f, const uint8_t *tags, size_t n, docfacts *out);
/* The memory key of the pair of tokens (i, i+1), and its type when tags put both in one
 * name (else 0). */
uint64_t ent_pair_key(const tokfacts *f, size_t i);
int ent_pair_type(const uint8_t *tags, size_t i);
/* The counts row of key (2 * (NER_NTYPES + 1)), inserted as zeros when absent (room must
 * be there: doctable_reset); doctable_find: NULL when absent or t has no room. */
uint16_t *doctable_row(doctable *t, uint64_t key);
const uint16_t *doctable_find(const doctable *t, uint64_t key);
void doctable_free(doctable *t);

/* The proclitics before a normalised Arabic word: returns the bytes to skip (0 if none).
 * keep_al: "وال" → skip only "و" so the article stays. A one-letter proclitic needs e's
 * lexicon and its entity data (whole): e's stage may be unloaded (then the lexicon alone). */
size_t ent_proclitic(const rasd_engine *e, const char *w, size_t n, int keep_al,
                     uint8_t *which);
/* x->whole from the first words of x's gazetteer and persons list (names.c): a word W of a
 * one-letter proclitic and 3 letters more is whole when the names that begin with W (a
 * gazetteer's counting 2, a persons list's 1) are at least 2 and more than twice those that
 * begin with W without its first letter (واين روني، كوفي عنان; not وعبدالعزيز); by the
 * persons list alone (built from the recogniser's output: وجيرمي كوربين), only a word of
 * e's lexicon. */
rasd_status ent_whole_build(ent_engine *x, const rasd_engine *e);
/* Lines "whole<TAB>W" of data/whole.tsv into m (x->whole_seen): words
 * whose first letter ك or ف begins the recogniser's mentions across the corpus far more
 * than a proclitic would (tools/whole_first.py: كايل، كاريك، فورد). A missing file: none. */
rasd_status whole_load(strmap *m, const rasd_engine *e, const char *path);
/* Lines "head<TAB>W" and "everyday<TAB>W" of data/acronyms.tsv into m: the heads a name spelt
 * as letters' names drops before them (بنك، شركة) and the letter names that are everyday words
 * (أن، أو، في); acronym.c. */
enum { ACR_HEAD = 1, ACR_EVERYDAY = 2 };
rasd_status acronyms_load(strmap *m, const rasd_engine *e, const char *path);
/* Whether w starts with a proclitic that holds the article (ال، وال، بال …) by
 * ent_proclitic's rules: then *off and *keep are what it returns without and with keep_al.
 * Without the lexicon look-ups that one-letter proclitics need (they never hold ال). */
int ent_article_proclitic(const char *w, size_t n, size_t *off, size_t *keep);

/* Bytes of raw text at p[0,n) that hold the first `letters` letters (marks and tatweel
 * after them included), so a proclitic cut from the normalised form is cut from the text;
 * ent_letters: the letters (code points) of normalised s[0,n). */
size_t ent_raw_skip(const char *p, size_t n, size_t letters);
size_t ent_letters(const char *s, size_t n);

/* The facts of the forms met lately, so a frequent word's hashes and lookups are done
 * once: direct-mapped on the form's hash, checked against the form, stem, kind and the
 * engine load (ent_engine.serial) it was computed with. A tagging call borrows one from
 * the engine's spares (ent_cache_take) and gives it back, so each thread that tags keeps
 * a warm one however many docs it holds (an ingest ring holds 160 articles); the tagging
 * scratch (tag_scratch) travels with it. */
/* 65,536 slots of 504 bytes (33 MB a tagging thread): 1,000 SaudiNewsNet articles have ~73,000
 * distinct words, and at 16,384 slots a quarter of the tokens missed (169,000 form_facts and
 * form_rows, ~4,900 instructions each); 32,768 slots took 0.14 G instructions off the
 * ingest of those articles, 65,536 0.24 G (callgrind; BENCHMARKS.md, ingest7). */
enum { FACT_SLOTS = 65536, FACT_MAXLEN = 30 };

/* The first stage's templates whose value is one token's form facts (the word, its
 * stripped form, stem, affixes, frequency, clusters, embedding clusters; as the token
 * itself or as a neighbour): their keys follow from the form, so the cache keeps their rows
 * in the tagging table (ner_fast) beside the facts, and tagging looks them up once a form. */
enum {
    FR_W0, FR_WM1, FR_WP1, FR_WM2, FR_WP2, FR_S0, FR_SM1, FR_SP1, FR_STEM0, FR_PRO, FR_PROS,
    FR_PRE2, FR_PRE3, FR_SUF1, FR_SUF2, FR_SUF3, FR_SSUF2, FR_SUFM1, FR_SUFP1, FR_PREP1,
    FR_LEX0, FR_SLEX0, FR_LEXM1, FR_LEXP1, FR_CC0, FR_CF0, FR_CFM1, FR_CFP1, FR_CCM1, FR_CCP1,
    FR_SCF0, FR_SCC0, FR_CFM2, FR_CFP2, FR_SCFM1, FR_SCFP1, FR_SE2, FR_SE3, FR_E1M1, FR_E1P1,
    FR_N
};

typedef struct fact_slot {
    tokfacts f;                  /* f.word 0: empty (a form's hash is never 0 in practice,
                                    and a 0 only costs a miss) */
    uint64_t serial;
    const float *rows[FR_N];     /* the form's rows (has_rows), NULL where the model has none */
    uint8_t kind, nlen, slen, has_rows;
    char norm[FACT_MAXLEN], stem[FACT_MAXLEN];
} fact_slot;
/* What a tagging call needs only while it runs: per sentence (sized for the longest one
 * met), and per token of the document (the first stage's tags and the second stage's
 * shared sums, sized for the longest document met, let go after a huge one). It travels
 * with the fact cache, so an ingest's 64 prepared articles do not each keep a copy and
 * each tagging thread finds its own warm. */
typedef struct tag_scratch {
    uint64_t *feats;
    uint32_t *nf;
    float *em;
    docfacts *df;             /* per sentence */
    const float **rows;       /* per sentence: each feature's row in the engine's ner_fast */
    const float **frows;      /* per sentence: FR_N form rows a token (ent_facts_cached) */
    uint32_t *kpos;           /* per sentence: ent_sentence_rows' scratch */
    size_t seq_cap;
    uint8_t *tags1;           /* per token: the first stage's tags (two-stage models) */
    float *em2;               /* per token: stage 2's sums of stage 1's features */
    size_t tags1_cap, em2_cap;
    doctable dt;
} tag_scratch;

typedef struct fact_cache {
    struct fact_cache *next;     /* the next spare (ent_engine.spare) */
    tag_scratch s;
    fact_slot slots[FACT_SLOTS];
} fact_cache;

/* A fact cache no other tagging call holds (a spare, else a new one; NULL when memory is
 * short); give it back with ent_cache_give (NULL: nothing). ent_cache_free frees one. */
fact_cache *ent_cache_take(const rasd_engine *e);
void ent_cache_give(const rasd_engine *e, fact_cache *c);
void ent_cache_free(fact_cache *c);
/* Frees x's per-token arrays and document table (kept for the next call otherwise). */
void tag_scratch_trim(tag_scratch *x);

/* Facts of tokens t[0,n) into f (gazetteer matches included). */
void ent_facts(const rasd_engine *e, const rasd_token *t, const char *text, size_t n,
               tokfacts *f);
/* ent_facts through the cache c (NULL: none): the same facts; with frows (room for FR_N
 * rows a token; the model read: ent_model_ready) also each token's form rows. */
void ent_facts_cached(const rasd_engine *e, fact_cache *c, const rasd_token *t,
                      const char *text, size_t n, tokfacts *f, const float **frows);
/* The longest gazetteer name starting at token i (its first token as written, without its
 * proclitics, or with ال kept): its token count, 0 when none; its entries in *ents, *count of them. */
size_t ent_gaz_at(const rasd_engine *e, const rasd_token *t, size_t n, size_t i,
                  const tokfacts *f, const gaz_entry **ents, size_t *count);
/* The same in gazetteer g (the engine's places, say). */
size_t ent_gaz_at_in(const gazetteer *g, const rasd_token *t, size_t n, size_t i,
                     const tokfacts *f, const gaz_entry **ents, size_t *count);
/* The first stage's features of the sentence f[0,n) for tagging, as their rows in fw:
 * nf[i] of token i, in ent_features' order, into rows; a form template's row comes from
 * frows (FR_N a token, ent_facts_cached), the others are looked up (keys and kpos: room for
 * NER_MAXFEAT a token). Returns the rows' count. */
size_t ent_sentence_rows(const ner_fast *fw, unsigned groups, const tokfacts *f,
                         const float *const *frows, size_t n, uint32_t *nf, const float **rows,
                         uint64_t *keys, uint32_t *kpos);
/* Feature hashes of token i of f[0,n) into out (NER_MAXFEAT room); returns the count.
 * d: the tokens' document facts (d[0,n)) for NF_DOC, or NULL (first stage). */
size_t ent_features(unsigned groups, const tokfacts *f, const docfacts *d, size_t n, size_t i,
                    uint64_t *out);
/* The document features alone (NF_DOC, as ent_features puts them last) of token i. */
size_t ent_doc_features(const docfacts *d, size_t n, size_t i, uint64_t *out);

/* Best tag sequence for n tokens with feature lists feats[i][0..nf[i]); em is n*NER_NTAGS
 * scratch. */
void ner_viterbi(const ner_model *m, const uint64_t *feats, const uint32_t *nf, size_t n,
                 float *em, uint8_t *back, uint8_t *tags);
/* The Viterbi recursion over emission scores em (n * NER_NTAGS) and transitions. */
void viterbi_scores(const float *em, float trans[NER_NTAGS + 1][NER_NTAGS], int use_trans,
                    size_t n, uint8_t *back, uint8_t *tags);
/* Whether tag b may follow tag a (a == NER_NTAGS: sentence start): I-X only after B-X, I-X. */
int tag_allowed(int a, int b);

/* The name rules (rules.c): rewrites the final tags of the n tokens of one sentence (facts
 * f) where a place the gazetteer knows or an organisation's head word says more than the
 * tagger did. */
void ent_rules(const tokfacts *f, size_t n, uint8_t *tags);
/* data/namerules.tsv (rules.c): organisation heads and the words around them. */
rasd_status namerules_load(strmap *m, const rasd_engine *e, const char *path);
/* tokfacts.rule of normalised form w[0,n) with off bytes of proclitics: procl_al 1 for the
 * article alone, 2 for the article after a particle (وال بال …); procl_ll for لل chains;
 * procl_wa for وال. */
/* The bytes of proclitics before the title word of form t, whose recogniser's cut is
 * strip_off (*off), and the word's kind in data/titles.tsv (TW_*, 0: none): the return. */
int ent_title_facts(const strmap *titles, const rasd_token *t, size_t strip_off, size_t *off);
uint16_t ent_rule_facts(const strmap *rules, const strmap *titles, const char *w, size_t n,
                        size_t off, int procl_al, int procl_ll, int procl_wa);

/* -------------------------------------------------------- other learners
 * The sentences of a CoNLL file as rasd_ner_train sees them (rasd's tokens, their gold tags
 * and feature hashes), for another learner on the same features scored by the same scorer
 * (train.c; bench/anchor_liblinear.c). */
typedef struct corpus ner_corpus;
typedef struct ner_sentence {
    size_t n;                 /* rasd tokens */
    int dev;                  /* in the dev split */
    const uint8_t *gold;      /* n gold tags (BIO repaired) */
    const uint64_t *feats;    /* token t's features follow token t-1's, nf[t] of them */
    const uint32_t *nf;
} ner_sentence;
/* Reads conll into a new *out (free with ner_corpus_free) with the features of groups
 * (NF_DOC left out: the first stage's); split: dev_every or dev_tail as in rasd_ner_opts
 * (NULL: every 10th; dev_every -1: every sentence is dev); dev_only: only the dev split's
 * sentences are read (as rasd_ner_eval_split does). */
rasd_status ner_corpus_read(const rasd_engine *e, const char *conll, const rasd_ner_opts *split,
                            unsigned groups, int dev_only, ner_corpus **out);
size_t ner_corpus_count(const ner_corpus *c);
/* Rasd tokens in all sentences; a tags array for ner_corpus_score has this many, sentence
 * after sentence. */
size_t ner_corpus_tokens(const ner_corpus *c);
/* Sentence i (pointers into c). */
void ner_corpus_get(const ner_corpus *c, size_t i, ner_sentence *out);
/* Tags the dev sentences with model m (both stages when it has two; then c's features
 * become the second stage's) into tags (ner_corpus_tokens entries). */
rasd_status ner_corpus_decode(ner_corpus *c, const ner_model *m, uint8_t *tags);
/* CoNLL exact-span scores (PER, LOC, ORG, MISC, micro) of tags on the corpus's own tokens,
 * over the sentences i with which[i] != 0 (which NULL: the dev sentences). */
rasd_status ner_corpus_score(const ner_corpus *c, const uint8_t *tags, const uint8_t *which,
                             rasd_ner_score out[5]);
void ner_corpus_free(ner_corpus *c);

/* -------------------------------------------------------------- per doc */

struct ent_doc {
    tokfacts *facts;          /* one per token of the doc (names and titles read them) */
    size_t facts_cap;
    uint8_t *tags;            /* one per token of the doc */
    size_t tags_cap;
    fact_cache *fc;           /* borrowed while tagging (ent_cache_take), else NULL */
    rasd_entity *ents;
    size_t nents, ents_cap;
    rasd_entity *names;       /* ent_doc_names */
    size_t names_cap;
    rbuf str;              /* ids and names */
    void *res;             /* resolve.c scratch */
    int done;              /* entities computed for the current analysis */
};

void ent_doc_free(struct ent_doc *d);
/* Puts entity mentions read back from a store into doc (attached to their text: doc_attach)
 * as if rasd_recognize had found them, strings copied, so that rasd show writes them with
 * ent_stage's JSON, the same code as rasd analyze. */
rasd_status ent_doc_restore(rasd_doc *doc, const rasd_entity *en, size_t n);
/* Whether token i of the recognised doc lost a one-letter particle (و ب ل ف ك), not just the
 * article ال (وبوتين، لكاميرون). */
int ent_with_particle(const rasd_doc *doc, size_t i);
/* data/states.tsv (states.c): STATE words and COUNTRY names' keys into m; a missing file is
 * no error. */
rasd_status states_load(strmap *m, const rasd_engine *e, const char *path);
/* Whether token i of doc, its proclitics cut, is a state word (دولة، جمهورية …). */
int ent_state_word(const rasd_engine *e, const rasd_doc *doc, size_t i);
/* Whether gazetteer g's entry ge is a place whose canonical is a country's (قطر، مصر). */
int ent_country(const rasd_engine *e, const gazetteer *g, const gaz_entry *ge);
/* The mentions of the last recognition without the titles that stand right before a name
 * of their person (الرئيس الروسي فلاديمير بوتين → بوتين's name only; also when a body is
 * named inside the title: رئيس البرلمان العربي أحمد الجروان): the view of quotes and
 * events, which look for the name after a title themselves. Owned by doc. */
const rasd_entity *ent_doc_names(rasd_doc *doc, size_t *count);
/* Tags the tokens of doc (sentence by sentence) into d->tags (one per token). */
rasd_status ent_tag_doc(const rasd_engine *e, rasd_doc *doc);
rasd_status ent_resolve(const rasd_engine *e, rasd_doc *doc);
void ent_json(const rasd_doc *doc, rbuf *b, rasd_status *rc);

#endif
