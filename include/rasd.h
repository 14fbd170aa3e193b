/*
 * rasd.h — the one public header of rasd, an Arabic-first news monitoring engine.
 *
 * Conventions
 *  - Every function that can fail returns a rasd_status; 0 (RASD_OK) is success and
 *    values come back through out-parameters. rasd_strerror() turns a status into text;
 *    handles that keep a last detail (a reader) expose it with their own *_error() call.
 *  - Handles are opaque. A rasd_engine is read-only once opened and may be shared by any
 *    number of threads; everything that changes during a call (a rasd_doc, a rasd_reader)
 *    belongs to one thread at a time. The library has no mutable global state.
 *  - Text is always pointer + length, UTF-8, never required to be NUL-terminated. Every
 *    annotation carries [start, end) byte offsets into the text exactly as it was given,
 *    however much normalisation changed the bytes.
 *  - Destroy functions accept NULL.
 */
#ifndef RASD_H
#define RASD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The functions below are the library's whole interface: the library is built with every
 * other symbol hidden (-fvisibility=hidden), and these are exported from librasd.so. */
#if defined(__GNUC__) && __GNUC__ >= 4
#pragma GCC visibility push(default)
#endif

#define RASD_VERSION "0.1.0"

/* ---------------------------------------------------------------- status */

typedef enum rasd_status {
    RASD_OK = 0,
    RASD_END,        /* no more items (a reader ran out of records); not an error */
    RASD_ENOMEM,     /* out of memory */
    RASD_EINVAL,     /* invalid argument */
    RASD_EIO,        /* a file could not be opened, read or written */
    RASD_EPARSE,     /* malformed input record (JSON syntax, missing or mistyped field) */
    RASD_ETOOBIG,    /* input larger than the configured limit */
    RASD_EDATA,      /* a data file (model, lexicon) is missing, corrupt or of another version */
    RASD_EUNSUPPORTED, /* the operation is not available in this build or configuration */
    RASD_ECANCELED   /* the caller asked to stop (rasd_ingest's progress callback) */
} rasd_status;

/* Static English text for a status; never NULL, never to be freed. */
const char *rasd_strerror(rasd_status status);

/* Version of the code ("0.1.0"); static string. */
const char *rasd_version(void);

/* ---------------------------------------------------------- normalisation
 * Each rule is one bit, documented in docs/TEXT.md, and can be switched off on its own.
 * Normalisation is for matching: the original text is never modified, and every
 * normalised token keeps the byte range of its source.
 */
enum {
    RASD_NORM_DIACRITICS   = 1u << 0,  /* drop Arabic combining marks: harakat, tanween, shadda,
                                          sukun, dagger alef U+0670, Quranic marks (Mn) */
    RASD_NORM_TATWEEL      = 1u << 1,  /* drop tatweel U+0640 */
    RASD_NORM_ALEF         = 1u << 2,  /* أ إ آ ٱ and wavy-hamza alefs → ا */
    RASD_NORM_ALEF_MAQSURA = 1u << 3,  /* ى → ي */
    RASD_NORM_TEH_MARBUTA  = 1u << 4,  /* ة → ه */
    RASD_NORM_HAMZA        = 1u << 5,  /* hamza seats ؤ ئ → ء, so seat spellings match
                                          (مسؤول = مسئول); bare ء is kept */
    RASD_NORM_PRESENTATION = 1u << 6,  /* presentation forms U+FB50–FDFF, U+FE70–FEFF and
                                          lam-alef ligatures unfolded (Unicode NFKC) */
    RASD_NORM_DIGITS       = 1u << 7,  /* every decimal digit (٠-٩, ۰-۹, …) → ASCII; ٫ → . and ٬ → , in numbers */
    RASD_NORM_PERSIAN      = 1u << 8,  /* Persian/Urdu letters of Arabic sound → Arabic: ی ې ے → ي,
                                          ک → ك, ە ہ ھ ۀ → ه, ۃ → ة */
    RASD_NORM_CONTROLS     = 1u << 9,  /* drop zero-width and bidi controls (default-ignorable, Cf) */
    RASD_NORM_CASEFOLD     = 1u << 10, /* fold case of Latin and other cased scripts */
    RASD_NORM_ALL          = (1u << 11) - 1
};

/* ----------------------------------------------------------------- engine */

typedef enum rasd_stemmer {
    RASD_STEM_LIGHT = 0,   /* rasd's light stemmer: clitics and affixes with length guards */
    RASD_STEM_SNOWBALL,    /* Snowball's Arabic stemmer (libstemmer) on the normalised form */
    RASD_STEM_NONE         /* stem = normalised form */
} rasd_stemmer;

typedef struct rasd_config {
    unsigned norm_flags;     /* RASD_NORM_* bits; RASD_NORM_ALL is the default */
    rasd_stemmer stemmer;    /* RASD_STEM_LIGHT is the default */
    const char *data_dir;    /* folder with rasd's data files; NULL = $RASD_DATA, else the
                                folder beside the executable (../share/rasd), else ./data */
    size_t max_doc_bytes;    /* larger documents are refused with RASD_ETOOBIG; 0 = 256 MiB */
    unsigned stages_off;     /* RASD_STAGE_* bits whose data is not loaded (a faster start for
                                a program that does not use them): those stages find nothing.
                                Dates, quotes and events read the entities' gazetteer: without
                                it they find no titles */
    int event_triggers;      /* the trigger-first layer (events9; the words of data/events.tsv
                                "trigger"), which finds events the rules miss, many with no
                                actor: RASD_TRIGGERS_DEFAULT (0, the default) the kinds and
                                forms data/events.tsv "tdefault" names (those judged at 0.90
                                or better: docs/EVENTS.md "Events: the trigger kinds on by
                                default"); RASD_TRIGGERS_ALL every kind (more events, at a
                                lower precision); RASD_TRIGGERS_NONE the rules alone */
    int lazy_stages;         /* nonzero: each stage's data (the recogniser's gazetteers and
                                clusters, the events' word lists) is loaded when first used,
                                not by rasd_engine_open: a faster start for a program that
                                may not annotate (rasd show, search). Thread-safe (once per
                                stage). A data file that cannot be read then fails the first
                                call that needs it (rasd_annotate returns its status; the
                                stage finds nothing, as if in stages_off); rasd_engine_prepare
                                loads them all at once with the reason */
} rasd_config;

enum { RASD_TRIGGERS_DEFAULT = 0, RASD_TRIGGERS_ALL = 1, RASD_TRIGGERS_NONE = -1 };

typedef struct rasd_engine rasd_engine;

/* Fills *cfg with the defaults. */
void rasd_config_default(rasd_config *cfg);

/* Opens an engine: builds the character tables and loads the data files. cfg may be NULL
 * for the defaults; it is copied, so it need not outlive the call. On success *out is a new
 * engine owned by the caller (free it with rasd_engine_close). */
rasd_status rasd_engine_open(rasd_engine **out, const rasd_config *cfg);

/* rasd_engine_open, and on failure, when why is not NULL, a line in why (at most why_len
 * bytes with its NUL, owned by the caller) naming the data file and line that could not be
 * read (such as "data/quotes.tsv:1030: kind copula unknown to this build"), or "" when
 * the failing loader names none. */
rasd_status rasd_engine_open_why(rasd_engine **out, const rasd_config *cfg, char *why,
                                 size_t why_len);

/* Loads now the data of every stage a lazy engine (rasd_config.lazy_stages) has not loaded
 * yet, as rasd_engine_open does for the others; on failure, when why is not NULL, the line of
 * rasd_engine_open_why. Call it before the engine is shared by threads (not needed, they
 * load once, but its errors are then reported before any work). A no-op on an eager engine. */
rasd_status rasd_engine_prepare(rasd_engine *e, char *why, size_t why_len);

/* Frees an engine; NULL is a no-op. No rasd_doc may be in use with it any more. */
void rasd_engine_close(rasd_engine *e);

/* The configuration in force (pointer into the engine, valid while it is open). */
const rasd_config *rasd_engine_config(const rasd_engine *e);

/* Version of the data files the engine loaded, such as "2026.11-1"; a string owned by the
 * engine. "none" when no data folder was found. */
const char *rasd_data_version(const rasd_engine *e);

/* The data folder in use (owned by the engine), or NULL when none was found. */
const char *rasd_data_dir(const rasd_engine *e);

/* ---------------------------------------------------------------- analysis */

typedef enum rasd_token_kind {
    RASD_TOK_ARABIC = 0, /* a word in Arabic script */
    RASD_TOK_LATIN,      /* a Latin-script word, possibly alphanumeric (G20) */
    RASD_TOK_WORD,       /* a word in another script */
    RASD_TOK_NUMBER,     /* digits of any decimal set, with decimal/thousands separators */
    RASD_TOK_URL,
    RASD_TOK_EMAIL,
    RASD_TOK_HASHTAG,    /* #word, Arabic or Latin, with _ inside */
    RASD_TOK_MENTION,    /* @name */
    RASD_TOK_PUNCT,      /* one punctuation mark (a run of dots is one token) */
    RASD_TOK_SYMBOL,     /* currency, maths and other symbols */
    RASD_TOK_KIND_COUNT
} rasd_token_kind;

/* Name of a kind as used in JSON output ("arabic", "latin", …); static string. */
const char *rasd_token_kind_name(rasd_token_kind kind);

typedef struct rasd_token {
    uint32_t start, end;       /* [start, end) byte range in the analysed text */
    const char *norm;          /* normalised form, UTF-8, norm_len bytes, not NUL-terminated */
    const char *stem;          /* stem, UTF-8, stem_len bytes, not NUL-terminated */
    uint32_t norm_len, stem_len;
    rasd_token_kind kind;
} rasd_token;

typedef struct rasd_span {
    uint32_t start, end;       /* [start, end) byte range in the analysed text */
} rasd_span;

/* A rasd_doc is per-thread scratch space that holds the result of one analysis. Reusing
 * one doc for many texts reuses its memory. */
typedef struct rasd_doc rasd_doc;

/* Creates an empty doc, owned by the caller (free it with rasd_doc_free). */
rasd_status rasd_doc_new(rasd_doc **out);

/* Frees a doc and everything it returned; NULL is a no-op. */
void rasd_doc_free(rasd_doc *doc);

/* Analyses text[0, len): decoding, normalisation, tokens with stems, sentences. The text is
 * not copied: it must stay alive and unchanged while the results are used. Results are
 * owned by doc and valid until the next rasd_analyze on it or rasd_doc_free. Invalid
 * UTF-8 never fails the call: it is counted (rasd_doc_invalid_utf8) and treated as a
 * word separator. Fails with RASD_ETOOBIG when len exceeds the engine's max_doc_bytes. */
rasd_status rasd_analyze(const rasd_engine *e, rasd_doc *doc, const char *text, size_t len);

/* The tokens of the last analysis, in text order (array owned by doc). */
const rasd_token *rasd_doc_tokens(const rasd_doc *doc, size_t *count);

/* The sentences of the last analysis, in text order (array owned by doc). */
const rasd_span *rasd_doc_sentences(const rasd_doc *doc, size_t *count);

/* How many invalid UTF-8 sequences the last analysis met, and the byte offset of the first
 * (meaningful when the count is not 0). */
size_t rasd_doc_invalid_utf8(const rasd_doc *doc, size_t *first_offset);

/* The text and id of the last analysis as given (not owned: the caller's memory). */
const char *rasd_doc_text(const rasd_doc *doc, size_t *len);

/* Output switches for rasd_doc_json. */
enum {
    RASD_JSON_TOKENS = 1u << 0,  /* include the "tokens" array */
    RASD_JSON_ENTITIES = 1u << 1, /* include the "entities" array (after rasd_recognize) */
    RASD_JSON_EVENTS = 1u << 2    /* include "dates", "quotes" and "events" (after rasd_extract) */
};

/* Serialises the last analysis as one JSON object on one line (no trailing newline) in the
 * output contract: {"id", "sentences": [[s,e],…], "tokens": [{"start","end","norm","stem",
 * "kind"}]}. id is id_len bytes of UTF-8 (invalid bytes become U+FFFD). *out points into
 * memory owned by doc, valid until the next call that takes doc. */
rasd_status rasd_doc_json(rasd_doc *doc, const char *id, size_t id_len, unsigned flags,
                          const char **out, size_t *out_len);

/* ----------------------------------------------------------- named entities
 * Recognition (an averaged perceptron over rasd's own tokens, data/ner.model) and
 * resolution of mentions to entities (data/gazetteer.tsv: names, aliases and titles).
 * docs/NER.md. */

typedef struct rasd_entity {
    uint32_t start, end;   /* [start, end) byte range of the mention in the analysed text */
    const char *type;      /* "PER", "LOC", "ORG" or "MISC"; static string */
    const char *id;        /* stable entity id: 16 hex digits from type and canonical key */
    const char *name;      /* the entity's canonical name, NUL-terminated UTF-8 */
    uint32_t tok_start, tok_end; /* [tok_start, tok_end) the mention's tokens */
    const char *via;       /* "title": a title or role noun standing for the person (الرئيس
                              الروسي، نظيره الفرنسي; docs/NER.md "Titles"); NULL for a name */
} rasd_entity;

/* Whether the engine has a recognition model (data/ner.model, its layout checked at open;
 * its weights are read by the first call that recognises, so commands that never do start
 * fast). */
int rasd_ner_available(const rasd_engine *e);

/* Finds and resolves the named entities of the last analysis in doc (call after
 * rasd_analyze). RASD_EUNSUPPORTED when the engine has no model; RASD_EDATA (from this call
 * on, every call) when the model's weights, read on the first call, are corrupt. Safe from
 * several threads at once on one engine. Results are owned by doc,
 * valid until the next rasd_analyze on it or rasd_doc_free. */
rasd_status rasd_recognize(const rasd_engine *e, rasd_doc *doc);

/* The entity mentions found by the last rasd_recognize, in text order (array owned by
 * doc); 0 of them before rasd_recognize. */
const rasd_entity *rasd_doc_entities(const rasd_doc *doc, size_t *count);

/* ------------------------------------------------------- dates and events
 * Dates (src/events/dates.c, data/dates.tsv, docs/EVENTS.md): absolute dates in both series
 * of month names and the Hijri months, numeric dates, and relative ones (اليوم، أمس الأحد،
 * الشهر الماضي، مساء الخميس، العام المقبل، اليوم التالي، قبل يومين), resolved to ISO 8601;
 * decades, centuries and seasons with a TimeML value instead. */

typedef struct rasd_date {
    uint32_t start, end;   /* [start, end) byte range in the analysed text */
    char value[16];        /* ISO 8601 at the text's precision: "2015-11-16", "2015-11" or
                              "2015"; "" when unknown (a relative date with nothing to
                              resolve it against, a week); NUL-terminated */
    char timex[16];        /* the TimeML value of a date that has no ISO one (value ""): a
                              decade "198", a century "18" (the 19th), a season "2015-SU";
                              "" otherwise; NUL-terminated */
} rasd_date;

/* Finds the dates of the last analysis in doc (call after rasd_analyze). Relative dates
 * resolve against published ("YYYY-MM-DD", optionally followed by a time; NULL or
 * unreadable: none), else against the date the text itself states for its "today" (or
 * its first full date); with neither their value is "". Results are owned by doc, valid
 * until the next rasd_analyze on it or rasd_doc_free. */
rasd_status rasd_extract(const rasd_engine *e, rasd_doc *doc, const char *published);

/* The dates found by the last rasd_extract, in text order (array owned by doc); 0 of them
 * before it. */
const rasd_date *rasd_doc_dates(const rasd_doc *doc, size_t *count);

/* A quotation (src/events/quotes.c, data/quotes.tsv): direct (in quote marks) or reported
 * (قال … إن …), with its speaker: a named entity (rasd_recognize must have run), an unnamed
 * source's description (speaker_id NULL), the previous speaker for a verb without subject,
 * or none (speaker_name NULL). Strings are owned by doc, valid until its next rasd_analyze. */
typedef struct rasd_quote {
    uint32_t start, end;         /* the quoted words: inside the marks, or the reported clause */
    uint32_t cue_start, cue_end; /* the reporting word (قال، وأضاف، مشيرا…) */
    int direct;                  /* 1: in quote marks */
    const char *speaker_id;      /* the speaker's entity id, or NULL */
    const char *speaker_name;    /* its canonical name or description, or NULL: no speaker */
    uint32_t speaker_start, speaker_end; /* where the speaker is named (before, for a
                                            continuing speaker) */
} rasd_quote;

/* The quotes found by the last rasd_extract, in text order (array owned by doc). */
const rasd_quote *rasd_doc_quotes(const rasd_doc *doc, size_t *count);

/* An event (src/events/events.c, data/events.tsv): a sentence that reports a meeting, visit,
 * agreement, appeal, criticism, accusation, threat or attack, with the named actors it
 * involves (rasd_recognize must have run). Events of one article that are the same (kind,
 * actors, date) are one. Strings are owned by doc, valid until its next rasd_analyze. */
#define RASD_EVENT_ACTORS 4
typedef struct rasd_event {
    const char *type;            /* "meet", "visit", "host", "agree", "sign", "appeal",
                                    "criticize", "accuse", "threaten", "assault", "fight",
                                    "kill", "assassinate" */
    const char *cameo;           /* its CAMEO code: "040", "042", "043", "030", "057", "020",
                                    "111", "112", "130", "180", "190", "1823", "186" */
    char id[17];                 /* 16 hex digits from the CAMEO root, the actors and the
                                    date: the same real event in another article has it too */
    size_t nactors;              /* 0 for a bombing or clash whose parties go unnamed: then
                                    place_name is set (docs/EVENTS.md, evrecall3); an event
                                    of the trigger layer (rasd_config.event_triggers) may
                                    have none */
    const char *actor_id[RASD_EVENT_ACTORS], *actor_name[RASD_EVENT_ACTORS];
                                 /* actor_id NULL: an actor the text gives by its description
                                    only (القوات الأمريكية، طيران التحالف), actor_name that
                                    description as written */
    uint32_t actor_start[RASD_EVENT_ACTORS], actor_end[RASD_EVENT_ACTORS];
                                 /* the actor's words in the text; 0, 0: not known (a quote's
                                    speaker, an event read back from a store of schema < 12) */
    const char *place_id, *place_name;   /* NULL: no place named */
    char date[16];               /* ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY; "" (unknown) */
    int dated;                   /* 1: the sentence states the date; 0: the article's date */
    uint32_t start, end;         /* the sentence */
    uint32_t trigger_start, trigger_end;  /* the word that reports it (التقى، لقاء…) */
    int planned;                 /* 1: planned or announced, not done (سيلتقي، من المقرر أن
                                    يزور، dated after the article's publication): JSON
                                    "status": "planned"; 0: it happened, "occurred" */
    int target_only;             /* 1: whoever did it is not named; the actors are those it
                                    was done to (مقتل X، اغتيال X) */
} rasd_event;

/* The events found by the last rasd_extract, in text order (array owned by doc). */
const rasd_event *rasd_doc_events(const rasd_doc *doc, size_t *count);

/* The annotation stages, in pipeline order (src/stages.c lists them; ARCHITECTURE.md says how
 * to add one): each is a bit for rasd_annotate's skip. */
enum {
    RASD_STAGE_ENTITIES = 1u << 0, /* named entities (rasd_recognize; only with a model) */
    RASD_STAGE_EVENTS = 1u << 1    /* dates, quotes and events (rasd_extract) */
};

/* Runs every annotation stage on the last analysis in doc, in pipeline order, except those
 * whose RASD_STAGE_* bit is in skip (and those that read a skipped one's results): what
 * rasd_recognize and rasd_extract do, in one call. published (may be NULL) anchors relative
 * dates. Results are owned by doc, as with the single calls. */
rasd_status rasd_annotate(const rasd_engine *e, rasd_doc *doc, const char *published,
                          unsigned skip);

/* Feature groups of the recogniser (rasd_ner_opts.features), for ablations. */
enum {
    RASD_NER_WORD = 1u << 0, RASD_NER_CLITIC = 1u << 1, RASD_NER_AFFIX = 1u << 2,
    RASD_NER_SHAPE = 1u << 3, RASD_NER_GAZ = 1u << 4, RASD_NER_CLUSTER = 1u << 5,
    RASD_NER_LEX = 1u << 6, RASD_NER_TRANS = 1u << 7,
    RASD_NER_DOC = 1u << 8,   /* a second stage over the first stage's tags in the document */
    RASD_NER_ALL = (1u << 9) - 1,
    /* opt-in, not in ALL: clusters of subword embeddings (data/embclusters.tsv, built by
     * tools/embclusters.py), first stage only; measured and not shipped (docs/NER.md) */
    RASD_NER_EMB = 1u << 9
};

typedef struct rasd_ner_score rasd_ner_score;

typedef struct rasd_ner_opts {
    unsigned features;     /* RASD_NER_* groups; 0 = all */
    int epochs;            /* passes over the training sentences; 0 = 15 */
    int dev_every;         /* sentence k (0-based) with k % dev_every == dev_every - 1 is the
                              dev split, never trained on; 0 = 10; -1 = no dev split */
    /* Called after each epoch with the dev scores of the model so far (5 entries); NULL:
     * not called (and the dev split is scored once, at the end). */
    void (*progress)(int epoch, const rasd_ner_score *scores, void *ctx);
    void *progress_ctx;
    int dev_tail;          /* 1..90: the dev split is the last dev_tail percent of the file's
                              sentences, in file order (whole unseen stretches of articles),
                              instead of dev_every; 0 = dev_every */
    int no_rules;          /* scores: the taggers' tags alone, without the name rules that
                              rasd_recognize applies after them (docs/NER.md "Name rules") */
    const char *predictions; /* scores: a file (replaced) that gets "token gold predicted"
                              lines of the scored sentences (CoNLL, blank between
                              sentences); NULL: none */
    const char *extra;     /* training: a second CoNLL file whose sentences are all training
                              sentences (no dev split), e.g. hand-labelled SaudiNewsNet
                              sentences; NULL: none */
    int extra_weight;      /* training: each epoch visits each extra sentence this many times
                              (1..100); 0 = 1 (the CRF: its log-likelihood counts W times) */
    int learner;           /* training: RASD_NER_PERCEPTRON (0, the averaged perceptron) or
                              RASD_NER_CRF (a linear-chain CRF, L2, trained by L-BFGS) */
    double c2;             /* the CRF's L2 weight (objective + c2 * ||w||^2); 0 = 0.1 */
    int iters;             /* the CRF's L-BFGS iterations at most; 0 = 200 */
} rasd_ner_opts;

enum { RASD_NER_PERCEPTRON = 0, RASD_NER_CRF = 1 };

struct rasd_ner_score {
    const char *type;      /* "PER", "LOC", "ORG", "MISC", then "micro"; static */
    size_t gold, predicted, correct;
    double precision, recall, f1;
};

/* Trains a model on the CoNLL file conll ("token TAG" lines, blank between sentences;
 * ANERcorp), leaving out the dev split, and writes it to model_path. The engine gives the
 * tokens, normalisation, gazetteer and clusters. When scores is not NULL (5 entries) it
 * receives exact-span scores on the dev split. model_path NULL: nothing is written. */
rasd_status rasd_ner_train(const rasd_engine *e, const char *conll, const rasd_ner_opts *opts,
                           const char *model_path, rasd_ner_score scores[5]);

/* Scores the model at model_path (NULL: the engine's) on the dev split of conll
 * (dev_every as in rasd_ner_opts; -1: every sentence), CoNLL exact spans on the file's own
 * tokens; scores: 5 entries (PER, LOC, ORG, MISC, micro). *tokens (may be NULL) gets the
 * number of rasd tokens tagged. */
rasd_status rasd_ner_eval(const rasd_engine *e, const char *conll, const char *model_path,
                          int dev_every, rasd_ner_score scores[5], size_t *tokens);
/* The same on the dev split that opts gives (dev_tail or dev_every; NULL: every 10th). */
rasd_status rasd_ner_eval_split(const rasd_engine *e, const char *conll, const char *model_path,
                                const rasd_ner_opts *opts, rasd_ner_score scores[5],
                                size_t *tokens);

/* Word clusters for the recogniser (data/clusters.tsv): words are grouped by the words
 * seen just before and after them in a corpus (k-means over context vectors). The
 * vocabulary is the engine's lexicon (its most frequent words). */
typedef struct rasd_clusters_builder rasd_clusters_builder;

/* A builder for the `vocab` most frequent lexicon words (0: 50,000), owned by the caller
 * (rasd_clusters_builder_free). RASD_EDATA when the engine has no lexicon. */
rasd_status rasd_clusters_builder_new(rasd_clusters_builder **out, const rasd_engine *e,
                                      size_t vocab);
/* Counts the contexts of the tokens of the last analysis in doc. */
rasd_status rasd_clusters_builder_add(rasd_clusters_builder *b, const rasd_doc *doc);
/* Clusters the words (coarse and fine k-means, fixed seed: the same corpus gives the same
 * file) and writes "word<TAB>coarse<TAB>fine" lines to path. */
rasd_status rasd_clusters_builder_write(rasd_clusters_builder *b, const char *path);
void rasd_clusters_builder_free(rasd_clusters_builder *b);

/* Reads word vectors from vec_path (fastText's text format: an optional "count dim" line,
 * then "word x1 ... xd" lines) and writes "word<TAB>c1<TAB>c2<TAB>c3" lines to out_path
 * ("-": stdout): each word's cluster in three spherical k-means runs of 64, 512 and 4,096
 * clusters (data/embclusters.tsv; docs/NER.md). Deterministic. RASD_EDATA on a bad line. */
rasd_status rasd_clusters_from_vectors(const char *vec_path, const char *out_path);

/* ------------------------------------------------------- normalise, stem */

/* Normalises text[0, len) with the given RASD_NORM_* flags, as the analysis does for each
 * token, but over the whole string (spaces and punctuation pass through unchanged, invalid
 * UTF-8 bytes are dropped). *out is a new NUL-terminated string owned by the caller (free()).
 * When offsets is not NULL, *offsets receives a new array (owned by the caller, free()) of
 * *out_len + 1 entries: for each output byte the offset of the source byte it came from, and
 * last the source length, so any output range maps back to the original text. */
rasd_status rasd_normalize(const rasd_engine *e, unsigned flags, const char *text, size_t len,
                           char **out, size_t *out_len, uint32_t **offsets);

/* Stems one normalised word with the engine's stemmer, or with `stemmer` when it is not
 * the engine's. Writes at most cap bytes to buf and the stem's length to *stem_len (the
 * stem is never longer than the word). Uses doc's scratch space (the Snowball stemmer is
 * not thread-safe and lives in the doc). */
rasd_status rasd_stem(const rasd_engine *e, rasd_doc *doc, rasd_stemmer stemmer,
                      const char *word, size_t len, char *buf, size_t cap, size_t *stem_len);

/* ---------------------------------------------------------------- lexicon
 * The light stemmer's lexicon (data/lexicon.tsv): how often each normalised Arabic word
 * occurs in a news corpus. A one-letter proclitic (و ف ب ك ل) is stripped only when the rest
 * of the word is itself a frequent word. `rasd lexicon` builds the file with these calls.
 */

/* Entries of the lexicon the engine loaded (0: none; the stemmer then strips only و,
 * as Light10 does). */
size_t rasd_lexicon_size(const rasd_engine *e);

typedef struct rasd_lexicon_builder rasd_lexicon_builder;

/* Creates an empty builder, owned by the caller (rasd_lexicon_builder_free). */
rasd_status rasd_lexicon_builder_new(rasd_lexicon_builder **out);

/* Counts the Arabic tokens (their normalised forms) of the last analysis in doc. */
rasd_status rasd_lexicon_builder_add(rasd_lexicon_builder *b, const rasd_doc *doc);

/* Writes the words counted at least min_count times to path ("-": standard output), most
 * frequent first, ties in byte order, so the same corpus always gives the same file. */
rasd_status rasd_lexicon_builder_write(const rasd_lexicon_builder *b, uint64_t min_count,
                                       const char *path);

/* Frees a builder; NULL is a no-op. */
void rasd_lexicon_builder_free(rasd_lexicon_builder *b);

/* ----------------------------------------------------------------- reader
 * Reads documents from a .txt file (one document; id = file name without .txt), a .jsonl or
 * .jsonl.gz file (one JSON object a line: {id, text, title, published, source, url, author};
 * id and text required), a web page .html or .htm, gzip-compressed or not (its article, as
 * rasd_html_extract finds it, without an engine; id = file name without .html/.htm and
 * .gz; a page without article text is an error), a folder (those files, recursively, in
 * name order) or "-" (standard input: JSON Lines when its first non-blank byte is '{', a
 * web page when it is '<', otherwise one text document; id "stdin").
 * A WARC archive .warc or .warc.gz (docs/WARC.md: a gzip member per record, one gzip
 * stream or plain): each `response` record with HTTP status 200 and an HTML payload is a
 * record whose id and url are its WARC-Target-URI and whose line is the record's byte
 * offset (of its gzip member in a .warc.gz); other records are passed over and counted
 * (rasd_reader_warc_counts); a corrupt or cut record is an error "path: byte N: reason"
 * and reading goes on at the next gzip member or "WARC/" line.
 */

typedef struct rasd_record {
    const char *id;        /* NUL-terminated */
    const char *text;      /* text_len bytes, also NUL-terminated (the text may hold NULs) */
    size_t text_len;
    const char *title, *published, *source, *url, *author; /* NUL-terminated or NULL */
    const char *path;      /* file the record came from */
    long line;             /* its line in that file (1 for a .txt document; a WARC
                              record's byte offset) */
} rasd_record;

typedef struct rasd_reader rasd_reader;

/* Opens a reader over path. On success *out is owned by the caller (rasd_reader_close).
 * A path that cannot be opened fails here with RASD_EIO and no reader. */
rasd_status rasd_reader_open(rasd_reader **out, const char *path, const rasd_config *cfg);

/* Reads the next record into *rec. Returns RASD_OK with a record, RASD_END when done, or an
 * error for one bad record or file (rasd_reader_error says "path:line: reason"); after an
 * error the caller may go on calling rasd_reader_next, which resumes with the next record.
 * The record's memory is owned by the reader, valid until the next call or close. */
rasd_status rasd_reader_next(rasd_reader *r, rasd_record *rec);

/* The last error's detail, "path:line: reason" (owned by the reader); "" when none. */
const char *rasd_reader_error(const rasd_reader *r);

/* How far the reader got, in bytes of its input files as stored (compressed files count
 * their compressed bytes): *done of *total. Both 0 for standard input. */
void rasd_reader_progress(const rasd_reader *r, uint64_t *done, uint64_t *total);

/* What WARC archives held besides the pages read as records. */
typedef struct rasd_warc_counts {
    size_t responses;          /* HTML responses with status 200: records */
    size_t request, metadata, warcinfo, revisit, other_type; /* records of other types
                                  (other_type: resource, conversion, continuation, …) */
    size_t not_html, not_ok;   /* responses of another content type (or not HTTP); with a
                                  status other than 200 */
    size_t no_text;            /* HTML responses in which no article text was found */
    size_t truncated, too_big, bad; /* errors: records cut short, over the document limit,
                                  malformed (bytes that are no record, gzip members that do
                                  not inflate, bad HTTP encodings) */
} rasd_warc_counts;

/* Adds to *c what r's WARC archives held so far (c is not zeroed first). */
void rasd_reader_warc_counts(const rasd_reader *r, rasd_warc_counts *c);

/* Frees a reader; NULL is a no-op. */
void rasd_reader_close(rasd_reader *r);

/* ------------------------------------------------------------- language
 * rasd_detect_lang (src/text/lang.c): the script of the text first (mostly Arabic letters
 * without Persian/Urdu ones: "ar", at once), else libexttextcat's n-gram classifier on
 * 200 letters or more, else the script alone ("fa", "ur" by their letters; "und"). Articles
 * whose language is known and not "ar" are stored and indexed without the Arabic stages
 * (rasd_article_prepare). e may be NULL (the script alone); with an engine, its classifier
 * is loaded at first need and its calls serialised (thread-safe; ~1 ms for a text that is
 * not Arabic, nothing more for one that is).
 */

/* The language of text[0, len) as a code ("ar", "en", "fa", …, "und": unknown) written to
 * out (cap >= 4; 8 is enough); returns out, or NULL when cap is too small. */
const char *rasd_detect_lang(const rasd_engine *e, const char *text, size_t len, char *out,
                             size_t cap);

/* 1 when the Arabic stages read an article of this language: "ar", "und" (unknown), "" or
 * NULL (not detected); 0 for any other. */
int rasd_lang_is_arabic(const char *lang);

/* ------------------------------------------------------------------ WARC
 * The pages of a WARC archive (docs/WARC.md), for a front end that wants them before
 * extraction (rasd extract; the reader gives their articles as records).
 */

typedef struct rasd_warc rasd_warc;

/* A response record with HTTP status 200 whose payload is a web page. Strings owned by the
 * rasd_warc, valid until its next rasd_warc_next or rasd_warc_close. */
typedef struct rasd_warc_page {
    const char *uri;           /* WARC-Target-URI (without WARC/1.0's <>) */
    const char *date;          /* WARC-Date (the capture's), or NULL */
    const char *content_type;  /* the HTTP Content-Type (hand it to rasd_html_extract), or NULL */
    const char *body;          /* the entity body, de-chunked and decoded; body_len bytes */
    size_t body_len;
    uint64_t offset;           /* the record's byte offset in the file (of its gzip member) */
} rasd_warc_page;

/* Opens the archive at path: gzip members, one gzip stream or plain WARC, told by its
 * bytes. A record's block or a page's body over max_record bytes is skipped with an error.
 * *out is owned by the caller (rasd_warc_close). RASD_EIO when it cannot be opened. */
rasd_status rasd_warc_open(rasd_warc **out, const char *path, size_t max_record);

/* The next page: RASD_OK with *p, RASD_END at the end of the file, or an error for one
 * record (rasd_warc_error: "byte N: reason"; RASD_EPARSE), after which the next call goes
 * on at the next gzip member or "WARC/" line. Other records are counted, not returned. */
rasd_status rasd_warc_next(rasd_warc *w, rasd_warc_page *p);

/* The last error's detail (owned by w); "" after a page. */
const char *rasd_warc_error(const rasd_warc *w);

/* What the archive held so far (pages, skipped records by kind, errors). */
void rasd_warc_counts_of(const rasd_warc *w, rasd_warc_counts *c);

/* Frees w; NULL is a no-op. */
void rasd_warc_close(rasd_warc *w);

/* ------------------------------------------------------------- web pages
 * Article extraction from HTML (src/html/, docs/HTML.md): the page is decoded to UTF-8
 * (a BOM, the Content-Type header, a <meta> charset, checked against the bytes: UTF-8,
 * windows-1256, ISO-8859-6, windows-1252 and what iconv knows), parsed as HTML5 (gumbo),
 * and its main text found by text density, link density, position in the tree and the
 * page's own metadata (<article>, itemprop=articleBody). Title, date and author come
 * from metadata (JSON-LD NewsArticle, OpenGraph, <meta>, <time>) first, then the page.
 */

typedef struct rasd_page {
    const char *title;       /* NUL-terminated UTF-8, or NULL when the page has none */
    const char *text;        /* the main text, paragraphs separated by '\n'; never NULL
                                ("" when nothing was found); text_len bytes, NUL-terminated */
    size_t text_len;
    const char *published;   /* "YYYY-MM-DD" or an ISO 8601 date-time as the page gives it;
                                NULL when none */
    const char *author, *url, *source;  /* NULL when not found; url: <link rel=canonical>,
                                           else og:url, as written; source: the site's
                                           name, else the URL's host */
    const char *lang;        /* "ar", "en", … (declared, else from the text's script); NULL */
    const char *charset;     /* what the page was decoded as: "UTF-8", "WINDOWS-1256", … */
    const char *charset_declared; /* what BOM, header or <meta> declared; NULL: nothing */
    int charset_lied;        /* 1: the declared charset does not fit the bytes, so the page
                                was decoded as `charset` instead */
} rasd_page;

/* An extractor: per-thread scratch for pages, like a rasd_doc. */
typedef struct rasd_html rasd_html;

/* Creates an extractor, owned by the caller (rasd_html_free). e may be NULL; with an engine
 * (which must outlive the extractor) Arabic and Hijri dates in a byline are resolved by
 * rasd_extract when the metadata gives no date. */
rasd_status rasd_html_new(rasd_html **out, const rasd_engine *e);

/* Frees an extractor; NULL is a no-op. */
void rasd_html_free(rasd_html *h);

/* Extracts the article of the page html[0, len) (bytes as served, any charset).
 * content_type (may be NULL) is the HTTP Content-Type header, whose charset= wins over a
 * <meta>. Fills *page with strings owned by h, valid until the next rasd_html_extract on
 * it or rasd_html_free. Never fails on malformed HTML or bad bytes (a page without an
 * article gives text ""); RASD_ETOOBIG over 1 GiB, RASD_ENOMEM. */
rasd_status rasd_html_extract(rasd_html *h, const char *html, size_t len,
                              const char *content_type, rasd_page *page);

/* rasd_html_extract on the file at path (gzip-compressed or not; "-": standard input),
 * refused with RASD_ETOOBIG past max_bytes (0: 256 MiB); RASD_EIO when it cannot be read. */
rasd_status rasd_html_extract_file(rasd_html *h, const char *path, size_t max_bytes,
                                   rasd_page *page);

/* The page as one line of JSON (no newline), the record rasd ingest reads:
 * {"id","url","title","text","published","author","lang","source"}, absent fields null.
 * *out is owned by h, valid until its next call. */
rasd_status rasd_html_json(rasd_html *h, const rasd_page *page, const char *id,
                           const char **out, size_t *out_len);

/* ------------------------------------------------------------------ feeds
 * Feeds and sitemaps (src/feeds/, docs/FEEDS.md): RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed
 * 1.0/1.1, sitemaps with or without Google News entries, and sitemap indexes. XML is read by
 * libxml2's SAX2 parser with no network access and no entity expansion (only the five
 * predefined entities: no XXE, no billion laughs). Item links are resolved against the
 * document's URL (when it is http or https), xml:base, then the feed's own links, and put
 * in canonical form (rasd_url_canonical). */

typedef enum rasd_feed_format {
    RASD_FEED_UNKNOWN = 0,
    RASD_FEED_RSS,            /* RSS 0.9x, 1.0 (RDF) or 2.0 */
    RASD_FEED_ATOM,           /* Atom 1.0 or 0.3 */
    RASD_FEED_JSON,           /* JSON Feed 1.0 or 1.1 */
    RASD_FEED_SITEMAP,        /* <urlset>: pages, with news:news entries or not */
    RASD_FEED_SITEMAP_INDEX   /* <sitemapindex>: the items are sitemaps (their url), to poll */
} rasd_feed_format;

/* Name of a format as JSON writes it: "rss", "atom", "json", "sitemap", "sitemapindex",
 * "unknown"; static string. */
const char *rasd_feed_format_name(rasd_feed_format f);

typedef struct rasd_feed_item {
    const char *url;        /* canonical absolute http(s) URL; never NULL */
    const char *title;      /* plain text (markup dropped); NULL when none */
    const char *published;  /* ISO 8601 at the precision given, local time with its offset
                               ("2015-11-16T08:00:00+03:00", "2015-11-16"); the publication
                               date, else the last update (sitemap lastmod); NULL when none
                               could be read */
    const char *author;     /* NULL when none */
    const char *summary;    /* plain text, at most 4 KiB (description, summary, else the
                               content); NULL when none */
    const char *guid;       /* the item's own id (RSS guid, Atom id, JSON id) as written;
                               NULL when none */
    const char *source;     /* the outlet as the item names it (news:name, RSS <source>) */
    long line;              /* line of the item in the document (0 for JSON Feed) */
} rasd_feed_item;

typedef struct rasd_feed_info {
    rasd_feed_format format;
    const char *title;      /* the feed's title, NULL when none */
    const char *link;       /* the site's (or the feed's own) link, canonical; NULL */
    size_t items;           /* items read (the same as rasd_feed_items' count) */
    size_t skipped;         /* entries without a usable http(s) link (counted, not kept) */
} rasd_feed_info;

/* A feed parser: per-thread scratch, like rasd_html; it holds the list of tracking
 * parameters that canonical URLs drop (data/tracking_params.txt of e's data folder). */
typedef struct rasd_feed_parser rasd_feed_parser;

/* Creates a parser, owned by the caller (rasd_feed_parser_free). e may be NULL (or have no
 * data folder): then no tracking parameter is dropped (the other rules of
 * rasd_url_canonical hold); an engine's data folder must hold tracking_params.txt
 * (RASD_EDATA otherwise). The first call initialises libxml2: make it before threads
 * parse. */
rasd_status rasd_feed_parser_new(rasd_feed_parser **out, const rasd_engine *e);

/* Frees a parser; NULL is a no-op. */
void rasd_feed_parser_free(rasd_feed_parser *p);

/* Parses the feed data[0,len) (bytes as served: XML in any encoding it declares, or JSON
 * Feed when the first non-blank byte is '{'; gzip-compressed, as a sitemap.xml.gz is, they
 * are inflated first, RASD_EPARSE when corrupt). url (may be NULL) is where the document came
 * from: an http(s) URL is the base of relative links; any other string (a file name) only
 * names the document in errors. Fills *info (may be NULL); the items are then read with
 * rasd_feed_items. Returns RASD_OK; RASD_EPARSE for a malformed document or one that is
 * no feed, with rasd_feed_error saying "url:line: reason" (the items read before the error,
 * and after it where libxml2 recovers, are kept); RASD_ETOOBIG over 64 MiB (inflated
 * too); RASD_ENOMEM.
 * Memory: owned by p, valid until the next parse or free. */
rasd_status rasd_feed_parse(rasd_feed_parser *p, const char *data, size_t len, const char *url,
                            rasd_feed_info *info);

/* rasd_feed_parse on a file (gzip-compressed or not; "-": standard input); base (may be
 * NULL) as url above, else the path names it in errors. RASD_EIO when it cannot be read. */
rasd_status rasd_feed_parse_file(rasd_feed_parser *p, const char *path, const char *base,
                                 rasd_feed_info *info);

/* The items of the last parse, in document order (array owned by p). */
const rasd_feed_item *rasd_feed_items(const rasd_feed_parser *p, size_t *count);

/* The last parse's error, "url:line: reason" (owned by p); "" when none. */
const char *rasd_feed_error(const rasd_feed_parser *p);

/* An item as one line of JSON (no newline): {"url","title","published","author",
 * "summary","guid","source"}, absent fields null. *out is owned by p, valid until its next
 * call. */
rasd_status rasd_feed_item_json(rasd_feed_parser *p, const rasd_feed_item *it,
                                const char **out, size_t *out_len);

/* The canonical form of url (NUL-terminated), resolved against base (may be NULL) when it
 * is relative (docs/FEEDS.md, "Canonical URLs"): scheme and host lower-cased, the default
 * port, the fragment and the tracking parameters (p's list; p may be NULL: none) dropped,
 * dot segments removed, percent escapes normalised and non-ASCII bytes escaped, an empty
 * path made "/". *out is a new string the caller frees with rasd_free. RASD_EPARSE when the
 * result is not an absolute http(s) URL. */
rasd_status rasd_url_canonical(const rasd_feed_parser *p, const char *url, const char *base,
                               char **out);

/* The id of an article fetched from fetched_url, whose page says it is page_url (the
 * rasd_page.url of rasd_html_extract: <link rel=canonical>, else og:url; may be NULL): the
 * canonical form of page_url resolved against fetched_url, unless it is missing, not http(s),
 * or the bare home page of a longer fetched path (a site that gives every page its home as
 * canonical), then that of fetched_url. *out as rasd_url_canonical's. */
rasd_status rasd_article_url(const rasd_feed_parser *p, const char *fetched_url,
                             const char *page_url, char **out);

/* The content hash of an article's text for duplicate detection across URLs: XXH3-128 of
 * the text with runs of white space made one space and the ends trimmed, as 32 lower-case
 * hex digits and a NUL into out. */
void rasd_content_hash(const char *text, size_t len, char out[33]);

/* ------------------------------------------------------------------ store
 * The embedded store: one SQLite file (WAL mode, versioned schema) holding the articles and
 * rasd's own ranking index (src/store/, src/search/). A store handle is one database
 * connection: use it from one thread at a time; open one handle per thread.
 */

typedef struct rasd_store rasd_store;

enum {
    RASD_STORE_READONLY = 1u << 0, /* open an existing store read-only (search, show, stats) */
    RASD_STORE_FTS5     = 1u << 1, /* also keep an SQLite FTS5 index over title and text with
                                      the rasd tokenizer (for comparison: search engine FTS5) */
    RASD_STORE_NO_ENTITIES = 1u << 2, /* the store recognises no named entities and
                                      extracts no dates or quotes itself (in
                                      rasd_store_put and for deferred articles; by default
                                      it does, entities when rasd_ner_available); an
                                      article prepared with them brings them */
    RASD_STORE_REANNOTATE = 1u << 3, /* accept an engine whose data version differs from the
                                      store's (the same stemmer and normalisation still
                                      required): for rasd_store_reannotate after a model or
                                      word-list change */
    RASD_STORE_NO_STORIES = 1u << 4, /* put articles in no story (stories cost nothing; for
                                      measuring them: rasd ingest --no-stories) */
    RASD_STORE_IMMUTABLE = 1u << 5  /* read-only (implies RASD_STORE_READONLY) through SQLite's
                                      immutable URI: no locks, no -shm file, the WAL not read,
                                      so only what the last checkpoint wrote is seen. For a
                                      store on a read-only mount that no process writes. A
                                      RASD_STORE_READONLY open falls back to it by itself when
                                      the -shm file cannot be made (a read-only folder) */
};

/* Opens (creating and migrating as needed, unless read-only) the store at path. The engine
 * must outlive the store. *out is owned by the caller, who frees it with rasd_store_close
 * whatever the result (NULL only when memory ran out); on failure it only holds the reason,
 * for rasd_store_error. RASD_EIO: cannot open or write; RASD_EDATA: not a rasd store or a
 * newer schema; RASD_EINVAL: built with another analysis (stemmer, rules, data). */
rasd_status rasd_store_open(rasd_store **out, const rasd_engine *e, const char *path,
                            unsigned flags);

/* Commits the open batch, if any, and frees the store; NULL is a no-op. */
void rasd_store_close(rasd_store *s);

/* The last error's detail (owned by the store, valid until the next call); "" when none. */
const char *rasd_store_error(const rasd_store *s);

typedef enum rasd_put {
    RASD_PUT_ADDED = 0,    /* a new article */
    RASD_PUT_UNCHANGED,    /* the same id with the same content: nothing written */
    RASD_PUT_UPDATED       /* the same id with other content: replaced */
} rasd_put;

/* Adds or updates one article (id and text required; the record is copied). Articles are
 * written in batches: a batch commits as one transaction every `batch` articles (see
 * rasd_store_set_batch) and on rasd_store_commit/close, so a killed process leaves the store
 * as of its last commit. *what (may be NULL) says what happened. */
rasd_status rasd_store_put(rasd_store *s, const rasd_record *rec, rasd_put *what);

/* An article prepared for the store on any thread: a copy of its record and the analysis
 * of its title and text. It lets a front end analyse the next articles on another thread
 * while the store writes the previous ones (rasd ingest does). */
typedef struct rasd_article rasd_article;

/* Creates an empty article, owned by the caller (rasd_article_free). */
rasd_status rasd_article_new(rasd_article **out);

/* Copies rec (id and text required) into a and analyses its title and text with e, and
 * when e has a recognition model (rasd_ner_available) finds the named entities of the text
 * (the store keeps them: docs/NER.md, "Storage"), then its dates, quotes and events
 * (rasd_extract against rec's publication date; docs/EVENTS.md, "Storage"). Fails like
 * rasd_analyze (RASD_ETOOBIG for a text over the engine's limit). Uses no store: call it on
 * any thread, one article per thread at a time. */
rasd_status rasd_article_prepare(rasd_article *a, const rasd_engine *e, const rasd_record *rec);

enum {
    RASD_PREPARE_NO_ENTITIES = 1u << 0, /* skip entity recognition and extraction: the
                                           article is stored without entities, dates and
                                           quotes */
    RASD_PREPARE_DEFER = 1u << 1,       /* copy and hash only: for an article the store
                                           already holds unchanged (rasd_store_unchanged);
                                           should it have changed after all,
                                           rasd_store_put_article analyses it itself */
    RASD_PREPARE_NO_STORIES = 1u << 2   /* skip the story features: for a store opened with
                                           RASD_STORE_NO_STORIES (any other store computes
                                           them itself when it puts the article) */
};

/* rasd_article_prepare with RASD_PREPARE_* flags (0: the same as rasd_article_prepare). */
rasd_status rasd_article_prepare_flags(rasd_article *a, const rasd_engine *e,
                                       const rasd_record *rec, unsigned flags);

/* The record held by a (owned by a, valid until the next prepare or free). */
const rasd_record *rasd_article_record(const rasd_article *a);

/* The language detected in a's text when it was prepared (rasd_detect_lang; owned by a);
 * "" for an article prepared with RASD_PREPARE_DEFER. One that rasd_lang_is_arabic rejects
 * was prepared without the entities and events stages. */
const char *rasd_article_lang(const rasd_article *a);

/* Frees an article; NULL is a no-op. */
void rasd_article_free(rasd_article *a);

/* Whether the store holds an article with rec's id and the same content (then putting it
 * writes nothing): *unchanged 1 or 0. Lets the thread that prepares articles skip the
 * analysis of those (RASD_PREPARE_DEFER) through its own, read-only, store handle. */
rasd_status rasd_store_unchanged(rasd_store *s, const rasd_record *rec, int *unchanged);

/* rasd_store_put for a prepared article, prepared with the store's engine. */
rasd_status rasd_store_put_article(rasd_store *s, const rasd_article *a, rasd_put *what);

/* Commits the open batch now (a no-op when none is open). */
rasd_status rasd_store_commit(rasd_store *s);

/* Articles per batch (default 2,000; 0 restores the default). */
void rasd_store_set_batch(rasd_store *s, size_t articles);

/* Article versions (added or updated articles) this handle has committed since it was
 * opened; unchanged articles write nothing and are not counted. A batch commits whole or not
 * at all: a put or commit failing with RASD_EIO, RASD_EDATA or RASD_ENOMEM rolls the open
 * batch back, and a commit that fails after its batch was safely written (while merging
 * index segments) still counts it. So the growth of this number is what a run really
 * stored. */
int64_t rasd_store_committed(const rasd_store *s);

/* The store's file as SQLite names it (owned by the store; "" for none). */
const char *rasd_store_path(const rasd_store *s);

/* The engine the store was opened with. */
const rasd_engine *rasd_store_engine(const rasd_store *s);

typedef struct rasd_store_stats {
    int64_t articles, sources, tokens;   /* live articles, distinct sources, indexed tokens */
    int64_t terms, segments;             /* distinct index terms, index segments */
    int64_t text_bytes, index_bytes;     /* article text, posting lists */
    int64_t file_bytes;                  /* the database file (without its WAL) */
    int schema_version;
    char first_published[11], last_published[11]; /* "YYYY-MM-DD" or "" */
} rasd_store_stats;

rasd_status rasd_store_stats_get(rasd_store *s, rasd_store_stats *st);

/* Called for each publication day ("YYYY-MM-DD", the store's string, valid during the
 * call) with the number of stored articles of that day; return non-zero to stop. */
typedef int (*rasd_day_fn)(const char *day, int64_t articles, void *ctx);

/* The stored articles per publication day, oldest day first (undated articles are not
 * counted), of source only (NULL: every source): the denominators of attention over time. */
rasd_status rasd_store_days(rasd_store *s, const char *source, rasd_day_fn fn, void *ctx);

/* The article `id` as one JSON object (its fields, sentence count, token count, its
 * "copies": [{"id","kind","similarity","relation": "copy"|"source","spans": [{"here":
 * [s,e],"there": [s,e]}]}] (the passages shared, as byte ranges in this article and the
 * other), its "entities": [{"start","end","text","type","id","name"}] (mentions in the
 * text, as rasd_doc_json gives them), its "dates": [{"start","end","text","value"[,"timex"]}],
 * "quotes": [{"start","end","text","speaker": {"id","name","start","end"}|null,"cue",
 * "direct"}] and "events": [{"type","cameo","id","actors","place","date","dated",
 * "sentence"}] (as rasd_doc_json gives them after rasd_extract), its "story": {"id",
 * "title"} (null when in none) and what later stages know of it), in *json, a NUL-terminated string the caller frees with
 * rasd_free. RASD_END when there is no such article. */
rasd_status rasd_store_show(rasd_store *s, const char *id, char **json);

/* ------------------------------------------------------------ following changes
 * For a reader that follows another process's ingest (rasd serve's /api/stream). */

/* SQLite's PRAGMA data_version of this handle's connection into *version: it changes when
 * another connection (another handle, another process) commits. Only comparable with values
 * from the same handle. A store opened with RASD_STORE_IMMUTABLE never sees a change. */
rasd_status rasd_store_data_version(rasd_store *s, int64_t *version);

/* The sequence number of the newest stored article version into *seq (0: none). Every
 * added or updated article gets a larger one than all before it (its docid + 1). */
rasd_status rasd_store_last_seq(rasd_store *s, int64_t *seq);

typedef struct rasd_change {
    int64_t seq;                 /* the article version's sequence number */
    const char *id, *title, *published, *source;  /* NULL when unknown */
    int64_t story;               /* its story (0: in none) */
    size_t story_size;           /* the story's articles now */
    int story_new;               /* 1: every article of the story is after `after` */
} rasd_change;

/* Called for each article version; its strings are the store's, valid during the call.
 * Return non-zero to stop. */
typedef int (*rasd_change_fn)(const rasd_change *c, void *ctx);

/* The live article versions with a sequence number above `after`, oldest first, at most
 * limit (≥ 1) of them. An article updated since is listed once, as its newest version; a
 * deleted one not at all. */
rasd_status rasd_store_changes(rasd_store *s, int64_t after, size_t limit,
                               rasd_change_fn fn, void *ctx);

/* The text of article id into *text, a new NUL-terminated string the caller frees with
 * rasd_free, and its length into *len (may be NULL). RASD_END when there is no such
 * article. */
rasd_status rasd_store_text(rasd_store *s, const char *id, char **text, size_t *len);

/* Bounds the time of what follows on s: once ms milliseconds have passed after this call,
 * every SQLite statement of s stops (0: no bound, the default). A call cut short fails
 * (RASD_EIO, or whatever its caller makes of a failed statement) and
 * rasd_store_timed_out is 1 until the next rasd_store_set_deadline. For a read-only handle
 * (a server bounding one request): a writer's batch cut short is rolled back. */
void rasd_store_set_deadline(rasd_store *s, unsigned ms);

/* 1 when the deadline set by rasd_store_set_deadline has passed and stopped a statement. */
int rasd_store_timed_out(const rasd_store *s);

/* ---------------------------------------------------------- administration
 * Takedown, backup and re-annotation of a live store (src/store/admin.c, docs/ADMIN.md). */

/* Removes article id and everything derived from it: its record and text, its FTS5 row, its
 * entity mentions (the entities' counts go down; an entity no article mentions any more
 * goes), its dates, quotes and events, its duplicate pairs (an exact-copy group it led gets
 * its next copy as leader), and lists its docid as dead so that search never returns it and
 * the next index merge drops its postings. Commits at once, with the open batch if any: a
 * takedown is durable when this returns. RASD_END (rasd_store_error: "no article with id
 * …") when the store holds no such article; RASD_EINVAL for an empty id or a read-only
 * store. */
rasd_status rasd_store_delete(rasd_store *s, const char *id);

/* Copies the store into a new file at path with SQLite's online backup API, as one
 * consistent snapshot (the last commit; the open batch of s is committed first). In WAL
 * mode a reader blocks no writer, so another process may go on ingesting meanwhile. path
 * must not exist, or be an empty file: RASD_EINVAL otherwise, nothing written. On failure
 * the partial copy is removed. Works on a read-only handle. */
rasd_status rasd_store_backup(rasd_store *s, const char *path);

/* How far a re-annotation got. */
typedef struct rasd_reannotate_stats {
    int64_t total;          /* live articles in the store */
    int64_t done;           /* articles re-annotated so far, by earlier (interrupted) runs too */
    int64_t this_run;       /* of them by this call */
    int64_t skipped;        /* of them left as they were: over the engine's limits
                               (rasd_config.max_doc_bytes lower than at ingest); a
                               cleared stage (dedup) has nothing of them any more */
    int resumed;            /* 1: this call went on from an interrupted one */
    double prepare_seconds; /* analysis and document stages (this call) */
    double write_seconds;   /* the stages' remove and put hooks and the commits */
} rasd_reannotate_stats;

/* Called after each committed batch; return non-zero to stop (the call then returns
 * RASD_ECANCELED, and the next call resumes after that batch). */
typedef int (*rasd_reannotate_progress_fn)(const rasd_reannotate_stats *so_far, void *ctx);

typedef struct rasd_reannotate_opts {
    size_t batch;                         /* articles per transaction; 0: 500 */
    int threads;                          /* preparing threads; 0: one per processor, up
                                             to 8 (the writes stay on the calling one) */
    rasd_reannotate_progress_fn progress; /* NULL: none */
    void *ctx;
} rasd_reannotate_opts;

/* Recomputes what the stages keep for the stored articles, from their stored records (the
 * input files are not read again), with the store's engine (on opts->threads threads, as
 * rasd_article_prepare; written on the calling one): after a new recognition model
 * or word lists, open the store with RASD_STORE_REANNOTATE and call this. stage names one
 * stage ("entities", "events", "dedup", "stories"): that one and the document stages after it, which
 * may read its results (events' actors and quotes' speakers are entities); NULL: every stage with a per-document side (entities, events, not the
 * duplicates). Articles go in docid order, in batches of opts->batch articles, each one
 * transaction that also records where the next batch starts (table meta), so a killed
 * process resumes there on the next call with the same stage (another stage is RASD_EINVAL
 * until the interrupted one is finished). A stage with results across articles (dedup) is
 * cleared in the first batch and put again article by article, as an ingest into a new
 * store would. When a NULL-stage run completes, the store records the engine's data
 * version as its analysis. The ranking index is not rebuilt: a lexicon change that changes
 * stems needs a new store for search to match (docs/ADMIN.md). opts may be NULL; out (may be
 * NULL) gets the counts. RASD_EINVAL: unknown stage, read-only store, or an engine with a
 * chosen document stage, or one before it, in rasd_config.stages_off. */
rasd_status rasd_store_reannotate(rasd_store *s, const char *stage,
                                  const rasd_reannotate_opts *opts, rasd_reannotate_stats *out);

/* ------------------------------------------------------------- duplicates
 * Found during ingest (src/dedup/, docs/DEDUP.md). "exact": the same words after
 * normalisation (the whole texts match); "near": Jaccard similarity of 5-word shingles of
 * 0.8 or more; "reuse": the texts share passages (aligned runs of words) of 20 words or
 * more in all. a is the article published first (else stored first): the source. */

typedef struct rasd_dupe {
    const char *a, *b;         /* article ids; for "exact", a is the group's first stored article */
    const char *kind;          /* "exact", "near" or "reuse" */
    double similarity;         /* exact: 1; near: Jaccard similarity of word shingles; reuse:
                                  the share of the shorter text's words in shared passages */
    const rasd_span *spans_a;  /* the shared passages, nspans in each article (spans_a[i] in
                                  a is spans_b[i] in b), in a's order; one whole-text span
                                  each for exact copies */
    const rasd_span *spans_b;
    size_t nspans;
} rasd_dupe;

/* What duplicate detection found and what it cost. */
typedef struct rasd_dedup_stats {
    int64_t exact, near, reuse;  /* stored pairs of each kind */
    int64_t checked;             /* since the store was opened: new articles checked, */
    int64_t compared;            /* candidate pairs aligned and verified, */
    double seconds;              /* and the CPU time that took (the putting thread's) */
    int64_t memory;              /* bytes of the in-memory candidate indexes (fingerprints,
                                    LSH bands, passage keys); 0 until the first put */
} rasd_dedup_stats;

rasd_status rasd_store_dedup_stats(rasd_store *s, rasd_dedup_stats *st);

/* Called for each pair; return non-zero to stop. The pair's memory is the store's, valid
 * during the call. */
typedef int (*rasd_dupe_fn)(const rasd_dupe *d, void *ctx);

/* Lists the stored pairs of kind (NULL: all) with similarity >= min_similarity, by a's id. */
rasd_status rasd_store_dupes(rasd_store *s, const char *kind, double min_similarity,
                             rasd_dupe_fn fn, void *ctx);

/* -------------------------------------------------------- stored entities
 * What ingest recognised (docs/NER.md, "Storage"): entities with the number of their
 * mentions and of the articles that mention them (live articles only: a replaced article's
 * mentions go, and an entity no article mentions any more goes with them). Articles put
 * without recognition (RASD_PREPARE_NO_ENTITIES, RASD_STORE_NO_ENTITIES, no model) have none;
 * putting the same content again changes nothing, so they get entities only when their
 * content changes or in a new store. */

typedef struct rasd_stored_entity {
    const char *id;        /* the stable id (16 hex digits) */
    const char *type;      /* "PER", "LOC", "ORG" or "MISC" */
    const char *name;      /* canonical name */
    int64_t mentions;      /* mentions in the stored articles */
    int64_t articles;      /* articles that mention it */
} rasd_stored_entity;

/* Called for each entity; return non-zero to stop. The entity's memory is the store's,
 * valid during the call. */
typedef int (*rasd_stored_entity_fn)(const rasd_stored_entity *en, void *ctx);

/* Lists the entities of type (NULL: all types), most mentioned first (then by articles,
 * then by id), at most limit of them (0: all). */
rasd_status rasd_store_entities(rasd_store *s, const char *type, size_t limit,
                                rasd_stored_entity_fn fn, void *ctx);

/* Finds the entities that `name` names (NUL-terminated UTF-8): the entity whose id it is
 * (16 hex digits), else those whose canonical name or any stored mention has the same key
 * as name (normalised words, the first without its proclitics: بوتين, وبوتين and لبوتين
 * are one key), and the entity the resolver gives name when it reads it as one name (a
 * gazetteer alias). Calls fn for each, most mentioned first; none found is RASD_OK with no
 * call. Uses the store's scratch analysis: not thread-safe, like every store call. */
rasd_status rasd_store_entity_find(rasd_store *s, const char *name, rasd_stored_entity_fn fn,
                                   void *ctx);

typedef struct rasd_entity_variant {
    const char *text;      /* a surface form as written (وبوتين, الرئيس الروسي) */
    int64_t mentions;      /* how many mentions have it */
    int title;             /* 1: a title standing for the person ("via": "title"), 0: a name */
} rasd_entity_variant;

/* Called for each variant; return non-zero to stop. Memory as for rasd_stored_entity_fn. */
typedef int (*rasd_variant_fn)(const rasd_entity_variant *v, void *ctx);

/* Lists the distinct surface forms of the mentions of entity id, most frequent first. */
rasd_status rasd_store_entity_variants(rasd_store *s, const char *id, rasd_variant_fn fn,
                                       void *ctx);

typedef struct rasd_entity_article {
    const char *id, *title, *published;   /* title and published NULL when absent */
    int64_t mentions;                      /* mentions of the entity in the article */
} rasd_entity_article;

/* Called for each article; return non-zero to stop. Memory as for rasd_stored_entity_fn. */
typedef int (*rasd_entity_article_fn)(const rasd_entity_article *a, void *ctx);

/* Lists the articles that mention entity id, newest first (by publication day; undated
 * last; then by id), at most limit (0: all). */
rasd_status rasd_store_entity_articles(rasd_store *s, const char *id, size_t limit,
                                       rasd_entity_article_fn fn, void *ctx);

typedef struct rasd_cooccurrence {
    const char *id, *type, *name;   /* another entity */
    int64_t articles;               /* live articles that mention both */
    int64_t mentions;               /* its mentions in those articles */
} rasd_cooccurrence;

/* Called for each entity; return non-zero to stop. Memory as for rasd_stored_entity_fn. */
typedef int (*rasd_cooccurrence_fn)(const rasd_cooccurrence *c, void *ctx);

/* Lists the other entities of the articles that mention entity id: people (PER) first, then
 * LOC, ORG and MISC; within a type most shared articles first (then most mentions, then id);
 * at most per_type of each type (0: all). An id no article mentions lists nothing. */
rasd_status rasd_store_entity_cooccurring(rasd_store *s, const char *id, size_t per_type,
                                          rasd_cooccurrence_fn fn, void *ctx);

typedef struct rasd_entity_day {
    const char *day;       /* YYYY-MM-DD, a publication day */
    int64_t mentions;      /* mentions of the entity in that day's articles */
    int64_t articles;      /* that day's articles that mention it */
} rasd_entity_day;

/* Called for each day; return non-zero to stop. Memory as for rasd_stored_entity_fn. */
typedef int (*rasd_entity_day_fn)(const rasd_entity_day *d, void *ctx);

/* Lists the publication days of the articles that mention entity id, oldest first (days
 * with no such article, and undated articles, are left out). */
rasd_status rasd_store_entity_days(rasd_store *s, const char *id, rasd_entity_day_fn fn,
                                   void *ctx);

/* ------------------------------------------- stored dates, quotes and events
 * What ingest extracted with rasd_extract after recognition (docs/EVENTS.md, "Storage"):
 * an article's dates, quotes and events go with it when it is replaced. Articles put without
 * recognition (RASD_PREPARE_NO_ENTITIES, RASD_STORE_NO_ENTITIES) have none: speakers and
 * actors need the entities. */

typedef struct rasd_stored_quote {
    const char *article;         /* the article's id */
    const char *published;       /* its publication date as given, or NULL */
    uint32_t start, end;         /* the quoted words: [start, end) bytes of the article's text */
    const char *text;            /* those bytes, NUL-terminated */
    const char *cue;             /* the reporting word as written (قال، وأضاف، مشيرا…) */
    int direct;                  /* 1: in quote marks */
    const char *speaker_id;      /* the speaker's entity id, or NULL (an unnamed source) */
    const char *speaker_name;    /* canonical name or the source's description; NULL: no
                                    speaker (then speaker_start and speaker_end are 0) */
    uint32_t speaker_start, speaker_end; /* where the text names the speaker */
} rasd_stored_quote;

/* Called for each quote; return non-zero to stop. The quote's memory is the store's, valid
 * during the call. */
typedef int (*rasd_stored_quote_fn)(const rasd_stored_quote *q, void *ctx);

/* Lists the stored quotes, newest article first (by publication day; undated last; then by
 * article id and place in the text), at most limit (0: all). speaker (NULL: every quote)
 * selects the quotes of the entities it names, found as rasd_store_entity_find finds them
 * (a name, a spelling or an id), and, unless it names a person, those of unnamed sources
 * whose description contains it as written (مسؤول في البيت الأبيض is found by البيت
 * الأبيض; أحد مستشاري الرئيس الروسي بوتين is not a quote of بوتين). */
rasd_status rasd_store_quotes(rasd_store *s, const char *speaker, size_t limit,
                              rasd_stored_quote_fn fn, void *ctx);

/* One real event: the stored events of every article with the same event id (rasd_event.id:
 * CAMEO root, actors and date), as one record; with them, the reports that state no date
 * and were published the day after (the undated group of the next day with the same root
 * and actors: docs/EVENTS.md, "Storage"). */
typedef struct rasd_stored_event {
    const char *id;              /* the event id (16 hex digits) */
    const char *type, *cameo;    /* as rasd_event gives them, from the first article */
    const char *date;            /* ISO 8601, or NULL when unknown */
    size_t nactors;              /* at most RASD_EVENT_ACTORS */
    const char *actor_id[RASD_EVENT_ACTORS], *actor_name[RASD_EVENT_ACTORS];
    const char *place_id, *place_name;  /* the first place an article names; NULL: none */
    size_t narticles;
    const char *const *articles; /* the ids of the articles that report it, oldest first */
    int dated;                   /* 1: a report's sentence states the date; 0: every report
                                    took its article's date */
    const char *linked;          /* the id of the undated reports of the next day merged into
                                    this event, or NULL */
    const char *status;          /* "occurred" when a report says it happened, else "planned";
                                    NULL: stored before rasd kept it (schema version < 6) */
    const uint32_t *sentences;   /* 2 per article: [start, end) of the sentence of
                                    articles[i] that reports it (its provenance) */
} rasd_stored_event;

/* Called for each event; return non-zero to stop. The event's memory (strings and the
 * articles array) is the store's, valid during the call. */
typedef int (*rasd_stored_event_fn)(const rasd_stored_event *ev, void *ctx);

/* Which events rasd_store_events lists. A field left NULL (as in a zero-initialised struct)
 * does not filter; those set combine with AND: an event is listed when one of its reports
 * matches every filter but the dates, and its date (the record's) those. */
typedef struct rasd_event_filter {
    const char *actor;     /* an entity found as rasd_store_entity_find finds it (a name, a
                              spelling, an alias, an id): events with it among their actors */
    const char *type;      /* "meet" … "fight" (rasd_event.type), a CAMEO code ("040") or a
                              root ("04") */
    const char *from, *to; /* YYYY-MM-DD, YYYY-MM or YYYY: dated on or after the first day of
                              from, on or before the last day of to (events of unknown date
                              are left out) */
    const char *place;     /* an entity, found as actor: events placed there */
    const char *article;   /* an article id: the events it reports */
} rasd_event_filter;

/* Lists the stored events, one record per event id (with its linked undated reports),
 * newest date first (unknown dates last; then by id), at most limit (0: all). filter may be
 * NULL (every event); its strings are the caller's, read during the call only. An actor or
 * place that names no entity, or an article that is not stored, lists nothing (RASD_OK). A
 * type or date that cannot be read is RASD_EPARSE, rasd_store_error naming the field and
 * the value ("type 'x' …", "from 'x' …", "to 'x' …"). */
rasd_status rasd_store_events(rasd_store *s, const rasd_event_filter *filter, size_t limit,
                              rasd_stored_event_fn fn, void *ctx);

/* ---------------------------------------------------------------- stories
 * Found during ingest (src/stories/, src/store/stories.c): every article stored since the
 * store had stories is in exactly one story, the articles that report one real-world event;
 * exact and near copies are in their source's story. Stories of one developing matter
 * within 7 days share a thread (named by its first story's id). Story and thread ids are
 * stable integers (rasd reannotate --stage stories numbers them again). */

typedef struct rasd_story_entity {
    const char *id, *name, *type;
    int64_t mentions;          /* in the story's articles */
} rasd_story_entity;

/* A sentence of a story: [start, end) bytes of article's text, and its text. */
typedef struct rasd_story_span {
    const char *article;
    const char *date;          /* the timeline's resolved date (ISO 8601); NULL in a summary */
    uint32_t start, end;
    const char *text;          /* end - start bytes, NUL-terminated */
} rasd_story_span;

/* When an outlet first reported the story, and with which article. */
typedef struct rasd_story_outlet {
    const char *source, *first, *article;
} rasd_story_outlet;

typedef struct rasd_story {
    int64_t id, thread;
    const char *title;         /* the headline of the article nearest the story's centre (an
                                  original before a copy); NULL when none has a title */
    size_t size;               /* its articles */
    const char *const *articles;  /* their ids, by publication (undated last), then id */
    const char *const *sources;   /* the outlets, in the order they joined */
    size_t nsources;
    const char *first, *last;  /* publication times of its earliest and latest article; NULL
                                  when none is dated */
    const rasd_story_entity *entities;  /* most mentioned first, at most 10 */
    size_t nentities;
    const rasd_story_span *summary;     /* up to 5 sentences, best first, never from a copy */
    size_t nsummary;
    const rasd_story_span *timeline;    /* dated sentences, in date order */
    size_t ntimeline;
    const rasd_story_outlet *outlets;   /* one per source, in the order they joined */
} rasd_story;

/* Called for each story; return non-zero to stop. The story's memory is the store's, valid
 * during the call. */
typedef int (*rasd_story_fn)(const rasd_story *st, void *ctx);

/* Which stories rasd_store_stories lists (NULL fields and 0 do not filter). */
typedef struct rasd_story_filter {
    const char *from, *to;     /* YYYY-MM-DD, YYYY-MM or YYYY: stories with an article
                                  published in that period */
    const char *entity;        /* a name or an id, found as rasd_store_entity_find does */
    size_t min_size;           /* at least this many articles */
} rasd_story_filter;

/* Lists the stories, newest last article first (undated last, then by id), at most limit
 * (0: all). filter may be NULL. A from/to that cannot be read is RASD_EPARSE. */
rasd_status rasd_store_stories(rasd_store *s, const rasd_story_filter *filter, size_t limit,
                               rasd_story_fn fn, void *ctx);

/* Calls fn once with story id; RASD_END when there is no such story. */
rasd_status rasd_store_story(rasd_store *s, int64_t id, rasd_story_fn fn, void *ctx);

/* The story of article `article`: *story and, when title is not NULL, *title (the story's
 * title, a new string the caller frees with rasd_free; NULL when it has none). RASD_END when
 * the article is in no story (or not stored). */
rasd_status rasd_store_article_story(rasd_store *s, const char *article, int64_t *story,
                                     char **title);

/* The story as one JSON object on one line, without a newline (the contract of
 * docs/STORIES.md: "id", "thread", "title", "size", "articles", "sources", "first", "last",
 * "entities", "summary", "timeline", "outlets"): what `rasd story --json` prints and the
 * server's /api/stories answers. *json is the caller's, freed with rasd_free. */
rasd_status rasd_story_json(const rasd_story *st, char **json);

typedef struct rasd_thread {
    int64_t id;
    size_t stories, articles;
    const char *first, *last;  /* as rasd_story's, over the thread's stories */
    const int64_t *story_ids;  /* its stories, oldest first */
} rasd_thread;
typedef int (*rasd_thread_fn)(const rasd_thread *t, void *ctx);

/* What story clustering holds and what it cost. */
typedef struct rasd_story_stats {
    int64_t stories, threads;  /* in the store (threads: of one story or more) */
    int64_t clustered;         /* articles this handle put in a story since it opened */
    int64_t active;            /* stories in memory now: those of the window */
    int64_t memory;            /* bytes of that memory, about */
    double seconds;            /* thread CPU seconds this handle spent on it as the writer
                                  (the vectors are built by the preparing threads) */
    /* Its parts, thread CPU seconds, measured only when the environment variable
     * RASD_STORY_PHASES was set as the store opened (else 0; each part costs clock reads):
     * finding a copy's story in dedup's pairs, reading that story back when it is not in
     * memory, gathering the candidates, scoring them, adding the article to its story in
     * memory, writing its member row, the thread checks and merges, dropping stories that
     * left the window; and, outside seconds, writing the stories' rows at each batch's
     * commit (flush). */
    double copy_lookup, copy_load, candidates, scoring, memory_s, writes, threads_s, sweep,
        flush;
    int64_t pages[9];          /* pages each of those parts read from the file (SQLite's
                                  cache misses; the mmap'd first GB not counted), timed only */
    int64_t copies;            /* articles put that joined their copy's story */
    int64_t reloads, reloaded; /* stories read back for them (out of the window), and the
                                  member rows read back in all (the window's load too) */
    int64_t unread;            /* copies that joined a story out of memory without reading
                                  it back: one no article but its copies may join (copies
                                  stretched it past twice the model's life) */
} rasd_story_stats;

rasd_status rasd_store_story_stats(rasd_store *s, rasd_story_stats *st);

/* Lists the threads of more than one story, newest first, at most limit (0: all); or, when
 * id is not 0, thread id alone, however many stories it has: a thread that merged into
 * another redirects to it (rasd_thread.id is the id it goes by now); RASD_END when there is
 * no such thread. Memory as for rasd_story_fn. */
rasd_status rasd_store_threads(rasd_store *s, int64_t id, size_t limit, rasd_thread_fn fn,
                               void *ctx);

/* Frees memory that a rasd_ function documents as the caller's to free with rasd_free. */
void rasd_free(void *p);

/* ----------------------------------------------------------------- alerts
 * Saved queries matched against every article as it is ingested (src/store/alerts.c,
 * docs/ALERTS.md): the article is matched against the queries, never the queries against
 * the store. A query uses the search syntax with every plain word required: `a OR b` for
 * either, "a phrase", -word and -"a phrase" to exclude, pre* for a prefix. A match is
 * written to the alert log in the batch transaction of its article, so a killed ingest
 * neither loses nor repeats one; an alert fires at most once per article id (an updated
 * version that matches again does not fire again). */

typedef struct rasd_alert {
    int64_t id;
    const char *name, *query;
    const char *entity;        /* as given to rasd_store_alert_add, or NULL */
    const char *entity_ids;    /* the entity ids it resolved to, space-separated, or NULL */
    const char *source;        /* or NULL */
    const char *created;       /* ISO 8601 UTC */
    int64_t matches;           /* rows of the alert log */
} rasd_alert;

/* Called for each alert; return non-zero to stop. Memory is the store's, valid during the
 * call. */
typedef int (*rasd_alert_fn)(const rasd_alert *a, void *ctx);

/* Saves an alert (s writable). query is parsed now: RASD_EPARSE with the reason in
 * rasd_store_error. entity (may be NULL) is a name or an id, found as rasd_store_entity_find
 * finds it (every entity it names counts: an article must mention one of them);
 * RASD_END when it names none. source (may be NULL): only articles of that source. A name
 * that is taken, empty or all digits is RASD_EINVAL. *id (may be NULL) gets its id.
 * Ingests running in other processes pick it up at their next batch. */
rasd_status rasd_store_alert_add(rasd_store *s, const char *name, const char *query,
                                 const char *entity, const char *source, int64_t *id);

/* Removes the alert named name (or whose id it is, in decimal); its matches are no longer
 * listed. RASD_END when there is none. */
rasd_status rasd_store_alert_remove(rasd_store *s, const char *name);

/* Lists the alerts, oldest first. */
rasd_status rasd_store_alerts(rasd_store *s, rasd_alert_fn fn, void *ctx);

/* One row of the alert log: an article that matched an alert. */
typedef struct rasd_alert_match {
    int64_t seq;               /* the log's position: increasing, never reused */
    int64_t alert;             /* the alert's id */
    const char *name;          /* the alert's name */
    const char *article;       /* the article's id */
    const char *title, *source, *published, *url;  /* NULL when it has none */
    const char *matched;       /* when it matched (ISO 8601 UTC) */
} rasd_alert_match;

typedef int (*rasd_alert_match_fn)(const rasd_alert_match *m, void *ctx);

/* Lists the log after position since_seq (0: from the start) and, when since_time is not
 * NULL, matched at or after it (ISO 8601, compared as text: "2026-12-02" or
 * "2026-12-02T10:00:00Z"), oldest first, at most limit (0: all). Matches of articles taken
 * down since are not listed. Memory as for rasd_alert_fn. */
rasd_status rasd_store_alert_log(rasd_store *s, int64_t since_seq, const char *since_time,
                                 size_t limit, rasd_alert_match_fn fn, void *ctx);

/* The matches logged for the article versions whose rasd_change seq is in (after, upto],
 * oldest first (what /api/stream announces beside those versions: a match commits with
 * its article). Memory as for rasd_alert_fn. */
rasd_status rasd_store_alert_log_changes(rasd_store *s, int64_t after, int64_t upto,
                                         rasd_alert_match_fn fn, void *ctx);

/* The last position of the log (0 when empty): a cursor for rasd_store_alert_log. */
rasd_status rasd_store_alert_cursor(rasd_store *s, int64_t *seq);

/* What alert matching holds and what it cost. */
typedef struct rasd_alert_stats {
    int64_t alerts, logged;    /* saved alerts, rows of the log */
    int64_t checked;           /* since the store was opened: new articles matched, */
    int64_t matched;           /* the matches they logged, */
    double seconds;            /* and the writer's thread CPU time that took */
} rasd_alert_stats;

rasd_status rasd_store_alert_stats(rasd_store *s, rasd_alert_stats *st);

/* A match as one JSON object on one line, without a newline: {"seq","alert","alert_id",
 * "article","title","source","published","url","matched"} (what `rasd alerts --json`
 * prints and `--exec` commands read). *json is the caller's, freed with rasd_free. */
rasd_status rasd_alert_match_json(const rasd_alert_match *m, char **json);

/* ----------------------------------------------------------------- ingest
 * rasd_ingest adds the records of a list of inputs (paths as rasd_reader_open takes them) to
 * a store, the way `rasd ingest` and a server do: a reader thread reads the inputs into a
 * ring of records, preparer threads prepare them in any order (rasd_article_prepare_flags:
 * analysis, recognition and extraction, the costly part; each opens its own read-only handle
 * on the store and only hashes the articles it finds unchanged), and the calling thread puts
 * them in input order (rasd_store_put_article), committing a batch every rasd_store_set_batch
 * articles and the last one at the end. The callbacks run on the calling thread, in input
 * order.
 */

typedef struct rasd_ingest_stats {
    size_t written;         /* articles put to the store: added, updated or unchanged, whether
                               their batch committed or not */
    size_t added, updated;  /* new and replaced articles whose batch committed */
    size_t unchanged;       /* articles the store already held with the same content */
    size_t pending;         /* added or updated in the open batch, not committed yet (0 once
                               rasd_ingest returned) */
    size_t dropped;         /* added or updated, but their batch was rolled back */
    size_t rejected;        /* bad records, articles the store refused and inputs that could
                               not be read (each reported to on_error once) */
    uint64_t bytes_done, bytes_total; /* input read, of all inputs (files as stored: .gz
                                         compressed; 0 total for standard input) */
    double seconds;         /* since rasd_ingest started */
    rasd_warc_counts warc;  /* what the WARC inputs held (filled when rasd_ingest returns) */
    size_t not_arabic;      /* articles stored and indexed without the Arabic stages
                               (entities, events): their lang is not "ar" */
} rasd_ingest_stats;

/* Called after each record is put or rejected, with the counts so far (the caller's to read
 * during the call); return non-zero to cancel the ingest. */
typedef int (*rasd_ingest_progress_fn)(const rasd_ingest_stats *so_far, void *ctx);

/* Called for each problem, once, in input order: "path:line: reason" for a bad record (with
 * the article's id after the line when the record was read but could not be prepared or
 * stored), "path: cannot read" for an input that cannot be opened, and the reason alone for
 * a failure of the whole ingest (a commit, memory). The message is valid during the call. */
typedef void (*rasd_ingest_error_fn)(const char *message, void *ctx);

/* What rasd_ingest does; a zero-initialised struct (or NULL) asks for the defaults. */
typedef struct rasd_ingest_opts {
    unsigned threads;         /* preparer threads, at most 8; 0: one per processor */
    size_t batch;             /* articles per batch: rasd_store_set_batch(s, batch) first
                                 (the handle keeps it); 0: the store's setting */
    unsigned prepare_flags;   /* RASD_PREPARE_NO_ENTITIES with a store opened with
                                 RASD_STORE_NO_ENTITIES, RASD_PREPARE_NO_STORIES with one
                                 opened with RASD_STORE_NO_STORIES; other bits are ignored */
    rasd_ingest_progress_fn progress;  /* NULL: none */
    rasd_ingest_error_fn on_error;     /* NULL: problems are only counted */
    void *ctx;                /* passed to the callbacks */
    rasd_alert_match_fn on_alert;      /* NULL: none. Called for each alert match of this
                                          ingest once its batch has committed, in log order,
                                          on the calling thread (return value ignored); a
                                          kill between a commit and the call loses the call,
                                          not the match: rasd_store_alert_log has it */
} rasd_ingest_opts;

/* Ingests the npaths inputs into s (opened for writing), filling *stats (may be NULL) with
 * what happened. Returns RASD_OK when every input was read to its end, even with rejected
 * records (stats->rejected); RASD_ECANCELED when the progress callback asked to stop: the
 * articles put until then are committed (nothing half-written: each batch is one
 * transaction), the rest is not read, and running the same ingest again finishes the job;
 * or the status of the failure that stopped it (RASD_EIO: a write or commit failed, such as
 * a full disk; RASD_ENOMEM; RASD_EDATA), the open batch rolled back and the store as of its
 * last commit, which stats->added and ->updated count. Bad records (RASD_EPARSE,
 * RASD_ETOOBIG, …) only reject themselves. Uses s and the calling thread for its duration;
 * the threads it starts have ended when it returns. */
rasd_status rasd_ingest(rasd_store *s, const char *const *paths, size_t npaths,
                        const rasd_ingest_opts *opts, rasd_ingest_stats *stats);

/* ------------------------------------------------------------------ watch
 * rasd_watch polls the store's feeds (rasd_store_feed_add) and fetches the pages of their
 * new items with libcurl (src/fetch/, src/watch/, docs/WATCH.md): conditional GET, gzip,
 * redirects through the same limits, timeouts, a body limit, per-host rate and concurrency
 * limits, robots.txt per host, exponential back-off for failing feeds. Pages are extracted
 * (rasd_html), given their canonical URL as id (rasd_article_url), checked for copies of
 * stored text (rasd_store_content_seen), prepared on `jobs` threads and put to the store in
 * batches; an item's state (rasd_store_item_done) commits with its article, so a killed
 * watcher resumes with what it had not committed and fetches nothing it stored twice.
 * The language is told from the text's script: the share of Arabic letters among all
 * letters (at least 40%: "ar"); a page in another language is stored and searchable, but
 * not sent to the Arabic annotators (prepared with RASD_PREPARE_NO_ENTITIES). */

/* One feed polled, or one page that failed or was skipped. */
typedef struct rasd_watch_report {
    int page;                 /* 0: a feed poll; 1: a page */
    const char *url;          /* the feed's or the page's URL */
    const char *feed;         /* a page's feed URL; NULL when unknown */
    int status;               /* HTTP status; 0 when no answer came */
    const char *error;        /* NULL: the poll went well; else why not */
    int not_modified;         /* a feed that answered 304 */
    size_t items, added;      /* a feed: items read, of them new */
    int64_t time;             /* a feed: when the poll was recorded (Unix seconds) */
    int64_t next_poll;        /* a feed: when it is polled next (Unix seconds) */
    int64_t failures;         /* a feed: polls failed in a row */
} rasd_watch_report;

typedef struct rasd_watch_stats {
    size_t polls, not_modified, feed_failures;  /* feed polls, of them 304, failed */
    size_t items;             /* new items seen in the feeds */
    size_t pages;             /* pages fetched (answered 200) */
    size_t page_failures;     /* pages that failed (retried later when transient) */
    size_t skipped;           /* robots.txt, too large, not a page, no article text */
    size_t duplicates;        /* pages whose text a stored article has already */
    size_t added, updated, unchanged; /* articles put (committed or about to be) */
    size_t other_lang;        /* of them not in Arabic (no entities, dates or events) */
    size_t committed;         /* batches committed */
    size_t queued;            /* items waiting to be fetched now */
    size_t requests;          /* HTTP requests (robots.txt and redirect hops too) */
    uint64_t bytes;           /* body bytes received, decoded */
    double seconds;
} rasd_watch_stats;

/* Called once per feed polled and per page that failed or was skipped (on the calling
 * thread; the report is valid during the call). */
typedef void (*rasd_watch_report_fn)(const rasd_watch_report *r, void *ctx);
/* Called about ten times a second and after each commit; return non-zero to stop: the
 * watcher then starts nothing new, puts what it has fetched, commits and returns. A signal
 * handler that sets a flag this callback reads stops a watcher cleanly. */
typedef int (*rasd_watch_progress_fn)(const rasd_watch_stats *so_far, void *ctx);

/* What rasd_watch does; a zero-initialised struct (or NULL) asks for the defaults. */
typedef struct rasd_watch_opts {
    int once;                 /* 1: poll the feeds due now, fetch every new item, return */
    unsigned interval;        /* seconds between two polls of a feed that answers; 0: 900 */
    unsigned max_backoff;     /* the longest wait after failures (interval * 2^failures);
                                 0: 86,400 */
    unsigned jobs;            /* extracting and analysing threads, at most 16; 0: one per
                                 processor */
    unsigned prepare_flags;   /* RASD_PREPARE_NO_ENTITIES: no entities, dates or events for
                                 any article (with a store opened RASD_STORE_NO_ENTITIES) */
    size_t batch;             /* articles per transaction; 0: 200 (a batch also commits
                                 after a second) */
    long connect_timeout_ms;  /* 0: 10,000 */
    long timeout_ms;          /* a whole transfer; 0: 30,000 */
    size_t max_bytes;         /* a larger body is refused; 0: 10 MiB */
    int max_redirects;        /* 0: 5; -1: none followed */
    double host_rate;         /* requests per second to one host, at most; 0: 1 */
    unsigned host_conns;      /* transfers at once to one host; 0: 2 */
    unsigned conns;           /* transfers at once; 0: 64 */
    const char *user_agent;   /* NULL: "rasd/VERSION (news monitor)" */
    const char *const *resolve; /* "host:port:address" entries: those names go to that
                                 address, without DNS (curl's CURLOPT_RESOLVE) */
    size_t nresolve;
    unsigned retry_after;     /* seconds before a page that failed with a transient error
                                 is tried again (times 4 for each earlier try, 3 tries at
                                 most); 0: 300 */
    rasd_watch_report_fn report;     /* NULL: none */
    rasd_watch_progress_fn progress; /* NULL: none */
    void *ctx;
    rasd_alert_match_fn on_alert;    /* NULL: none. Called with ctx for each alert match of
                                        the articles this watcher stored, after their batch
                                        committed (as rasd_ingest_opts.on_alert); a kill
                                        between the commit and the call loses the call, not
                                        the match: rasd_store_alert_log has it */
} rasd_watch_opts;

/* Watches the feeds of s (opened for writing; its engine does the analysis), filling
 * *stats (may be NULL). With once, returns when the feeds due at the start were polled and
 * their new items fetched and stored; otherwise runs until progress asks to stop. Returns
 * RASD_OK, RASD_ECANCELED when progress stopped it (what was fetched is committed first),
 * RASD_EUNSUPPORTED when libcurl cannot start, or the store's failure (RASD_EIO, RASD_ENOMEM:
 * the open batch rolled back, rasd_store_error says why). A feed or page that fails is
 * reported and the others go on. */
rasd_status rasd_watch(rasd_store *s, const rasd_watch_opts *opts, rasd_watch_stats *stats);

/* ----------------------------------------------------------------- search
 * Query syntax (docs/SEARCH.md): words are OR-ed and ranked by BM25 (title above body);
 * "a phrase" must occur; +word must occur; -word or -"phrase" must not; a AND b requires
 * both; a OR b is the default made explicit; pre* matches terms that start with pre.
 * Documents and queries go through the same normalisation and stemmer.
 */

enum {
    RASD_QUERY_PLAIN      = 1u << 0, /* the query is plain words: no operators or phrases */
    RASD_QUERY_NO_SNIPPET = 1u << 1, /* leave rasd_hit.snippet NULL (faster) */
    RASD_QUERY_FTS5       = 1u << 2, /* answer with the FTS5 index (needs RASD_STORE_FTS5) */
    RASD_QUERY_COLLAPSE   = 1u << 3  /* show one article of each set of exact and near copies,
                                        with rasd_hit.copies counting the others */
};

typedef struct rasd_query_opts {
    size_t limit;          /* hits to return; 0 = 10 */
    const char *since;     /* "YYYY-MM-DD[...]": published on or after; NULL = no bound */
    const char *until;     /* published on or before (the whole day); NULL = no bound */
    const char *source;    /* only this source; NULL = any */
    unsigned flags;        /* RASD_QUERY_* */
} rasd_query_opts;

typedef struct rasd_hit {
    const char *id;
    double score;
    const char *title, *published, *source; /* NULL when the article has none */
    const char *snippet;   /* text around the matches, matched words in <b>…</b>, the rest
                              HTML-escaped; NULL with RASD_QUERY_NO_SNIPPET */
    size_t copies;         /* with RASD_QUERY_COLLAPSE: lower-ranked copies left out */
} rasd_hit;

typedef struct rasd_results rasd_results;

/* Runs a query. opts may be NULL for the defaults. On success *out holds the hits, best
 * first, owned by the caller (rasd_results_free). A malformed query is RASD_EPARSE with the
 * reason in rasd_store_error. */
rasd_status rasd_search(rasd_store *s, const char *query, const rasd_query_opts *opts,
                        rasd_results **out);

size_t rasd_results_count(const rasd_results *r);
/* Hit i (0 <= i < count); owned by r. */
const rasd_hit *rasd_results_hit(const rasd_results *r, size_t i);
void rasd_results_free(rasd_results *r);

/* ---------------------------------------------------------- feeds in the store
 * The feeds a watcher polls and the items it has seen (src/store/feeds.c, docs/FEEDS.md):
 * table feeds (with the poll state: validators, last answer, failures, next poll) and table
 * feed_items (one row per canonical URL: first seen, fetch state, content hash), so a
 * watcher fetches no URL twice and resumes after a kill where it stopped. Times are Unix
 * seconds (a `now` of 0 means the clock's). The writes below join the store's open batch
 * (opening one when none is: rasd_store_put_article and rasd_store_commit as usual), so an
 * item's state commits with its article, and a killed process loses both or neither;
 * rasd_store_feed_add and rasd_store_feed_remove commit at once. */

typedef struct rasd_stored_feed {
    int64_t id;
    const char *url;           /* as added, in canonical form (no parameter dropped) */
    const char *source;        /* the outlet's name given at add (the articles' source); NULL */
    int64_t added;
    const char *etag, *last_modified;  /* validators of the last 200 answer; NULL: none */
    int64_t last_poll;         /* 0: never polled */
    int last_status;           /* HTTP status of the last poll, 0 when none came */
    const char *last_error;    /* NULL when the last poll went well */
    int64_t failures;          /* polls failed in a row */
    int64_t next_poll;         /* when it is due (0: at once) */
    int64_t items;             /* items seen from it */
} rasd_stored_feed;

/* Called for each feed; return non-zero to stop. The feed's memory is the store's, valid
 * during the call. */
typedef int (*rasd_stored_feed_fn)(const rasd_stored_feed *f, void *ctx);

/* Adds the feed at url (an absolute http(s) URL, stored in canonical form) with source
 * (may be NULL). *id (may be NULL) gets its id; *added (may be NULL) 1, or 0 when the store
 * had it already (its source is then set when source is not NULL). RASD_EPARSE when url is
 * no http(s) URL; RASD_EINVAL on a read-only store. Commits at once. */
rasd_status rasd_store_feed_add(rasd_store *s, const char *url, const char *source, int64_t *id,
                                int *added);

/* Removes the feed whose id (decimal) or URL is `feed`; the items seen from it stay seen.
 * RASD_END when there is none (rasd_store_error says so). Commits at once. */
rasd_status rasd_store_feed_remove(rasd_store *s, const char *feed);

/* Lists the feeds by id; with due_by not 0 only those whose next poll is at or before it
 * (oldest due first). */
rasd_status rasd_store_feeds(rasd_store *s, int64_t due_by, rasd_stored_feed_fn fn, void *ctx);

/* What one poll of a feed gave. */
typedef struct rasd_feed_poll {
    int64_t time;              /* when it ended; 0: now */
    int status;                /* HTTP status; 0 when no answer came (DNS, connect, timeout) */
    const char *error;         /* NULL: it went well (a 200 that parsed, or a 304); else why
                                  not (failures + 1, and the next poll backs off) */
    const char *etag, *last_modified;  /* of a 200 answer: they replace the stored ones
                                  (NULL clears); other statuses keep the stored ones */
    int64_t interval;          /* seconds to the next poll after success; 0: 900 */
    int64_t max_backoff;       /* the longest wait after failures; 0: 86,400. After k failures
                                  in a row the wait is interval * 2^k, at most this */
    int64_t next_poll;         /* not 0: the next poll at this time instead (Retry-After) */
} rasd_feed_poll;

/* Records a poll of feed id: last poll, status, error, validators, failures and the next
 * poll time (*next, may be NULL, gets it). RASD_END when there is no such feed. */
rasd_status rasd_store_feed_polled(rasd_store *s, int64_t id, const rasd_feed_poll *poll,
                                   int64_t *next);

typedef enum rasd_item_state {
    RASD_ITEM_NEW = 0,       /* seen in a feed, not fetched yet (a watcher's queue) */
    RASD_ITEM_FETCHED,       /* fetched and stored as article `article` */
    RASD_ITEM_FAILED,        /* the last fetch failed (tries counts them) */
    RASD_ITEM_DUPLICATE,     /* fetched, and its text is that of article `article` */
    RASD_ITEM_SKIPPED        /* not to fetch: robots.txt, not a page, too large, no text */
} rasd_item_state;

/* Name of a state: "new", "fetched", "failed", "duplicate", "skipped"; static string. */
const char *rasd_item_state_name(rasd_item_state st);

typedef struct rasd_stored_item {
    const char *url;           /* canonical */
    int64_t feed;              /* the feed it was first seen in; 0: none, or removed */
    int64_t first_seen;
    rasd_item_state state;
    int64_t tries;             /* fetches tried */
    int64_t fetched;           /* time of the last try; 0: none */
    const char *article;       /* the stored article's id (its canonical URL) or, for a
                                  duplicate, the article it repeats; NULL */
    const char *hash;          /* rasd_content_hash of the text; NULL */
    const char *error;         /* why the last try failed or was skipped; NULL */
    const char *title, *published, *author, *guid;  /* as the feed gave them; NULL */
} rasd_stored_item;

typedef int (*rasd_stored_item_fn)(const rasd_stored_item *it, void *ctx);

/* Records item it (its url canonical: a rasd_feed_items entry) as seen in feed (0: none) at
 * now, in state RASD_ITEM_NEW, unless its URL is seen already: *added (may be NULL) 1 for a
 * new URL, 0 otherwise (nothing changes then). */
rasd_status rasd_store_item_add(rasd_store *s, int64_t feed, const rasd_feed_item *it,
                                int64_t now, int *added);

/* Calls fn with the item of canonical URL url; RASD_END when it was never seen. */
rasd_status rasd_store_item(rasd_store *s, const char *url, rasd_stored_item_fn fn, void *ctx);

/* Lists the items in state (-1: every state), first seen first (then by URL), at most limit
 * (0: all): a restarted watcher lists RASD_ITEM_NEW to finish its queue. */
rasd_status rasd_store_items(rasd_store *s, int state, size_t limit, rasd_stored_item_fn fn,
                             void *ctx);

/* The outcome of fetching an item. */
typedef struct rasd_item_result {
    rasd_item_state state;     /* FETCHED, FAILED, DUPLICATE or SKIPPED */
    int64_t time;              /* 0: now */
    const char *article;       /* FETCHED: the id it was stored under (rasd_article_url);
                                  DUPLICATE: the article it repeats; else NULL */
    const char *hash;          /* rasd_content_hash of its text; NULL when none */
    const char *error;         /* FAILED, SKIPPED: why */
} rasd_item_result;

/* Records the outcome of fetching the item of URL url (seen or not: an unseen URL is added),
 * tries + 1. When the article's id differs from url (the page named another canonical URL),
 * that URL is recorded as seen and fetched too, so a feed that lists it is not fetched
 * again. */
rasd_status rasd_store_item_done(rasd_store *s, const char *url, const rasd_item_result *r);

/* Whether an item with content hash `hash` was fetched and stored: RASD_OK with *article
 * (may be NULL; else a new string the caller frees with rasd_free) its article's id, or
 * RASD_END when none was. */
rasd_status rasd_store_content_seen(rasd_store *s, const char *hash, char **article);

#if defined(__GNUC__) && __GNUC__ >= 4
#pragma GCC visibility pop
#endif

#ifdef __cplusplus
}
#endif

#endif /* RASD_H */
