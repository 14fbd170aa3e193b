/* internal.h — types shared by the library's stages; never included by front ends. */
#ifndef RASD_INTERNAL_H
#define RASD_INTERNAL_H

#include "rasd.h"
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ---------------------------------------------------------------- buffers */

/* A growable byte buffer. Helpers take a sticky status: once *rc is set they do nothing,
 * so a builder checks once at the end (the habit of SQLite's fts5_buffer.c). */
typedef struct rbuf {
    char *p;
    size_t n, cap;
} rbuf;

void rbuf_free(rbuf *b);
void rbuf_reserve(rbuf *b, size_t extra, rasd_status *rc);
void rbuf_add(rbuf *b, const void *src, size_t n, rasd_status *rc);
void rbuf_addc(rbuf *b, char c, rasd_status *rc);
void rbuf_adds(rbuf *b, const char *s, rasd_status *rc);

/* Strings kept in a buffer that may still move are named by offset until it stops:
 * rbuf_keep appends s[0,n) and a NUL and returns its offset + 1 in the guise of a pointer
 * (NULL for s NULL); rbuf_at turns that into the real pointer once b is final. */
const char *rbuf_keep(rbuf *b, const char *s, size_t n, rasd_status *rc);
static inline const char *rbuf_at(const rbuf *b, const char *kept)
{
    return kept ? b->p + ((uintptr_t)kept - 1) : NULL;
}

/* Grows an array of elements of size `size` to hold at least `need`; sticky *rc. */
void *grow_array(void *arr, size_t *cap, size_t need, size_t size, rasd_status *rc);

/* Seconds on CLOCK_MONOTONIC: for intervals and deadlines, never for dates. */
double mono_seconds(void);

/* ----------------------------------------------------------------- strmap */

typedef struct strmap_entry {
    uint64_t hash, value;
    uint32_t off, len;       /* the key in keys */
} strmap_entry;

/* Byte string → uint64 (src/core/strmap.c). Zero-initialise to start; entries keep their
 * insertion order (ents[0..n)). Read-only use is thread-safe. */
typedef struct strmap {
    uint64_t *slots;         /* 0 = empty, else hash tag << 32 | (1 + index into ents) */
    size_t cap, n, ents_cap;
    strmap_entry *ents;
    rbuf keys;
} strmap;

uint64_t strmap_hash(const char *s, size_t n);
/* The value of key k (inserted as 0 if absent); NULL once *rc is set. */
uint64_t *strmap_upsert(strmap *m, const char *k, size_t n, rasd_status *rc);
/* The value of key k, 0 if absent. */
uint64_t strmap_get(const strmap *m, const char *k, size_t n);
/* The value of key k, to change in place; NULL if absent. */
uint64_t *strmap_find(strmap *m, const char *k, size_t n);
/* The key of entry i (0 <= i < n). */
const char *strmap_key(const strmap *m, size_t i, size_t *len);
/* Empties the map, keeping its memory for reuse. */
void strmap_clear(strmap *m);
void strmap_free(strmap *m);

/* ------------------------------------------------------------------ UTF-8 */

/* utf8_decode for any sequence (utf8.c). */
size_t utf8_decode_any(const unsigned char *s, size_t n, int32_t *cp);

/* How many of the n tokens from a are the words (normalised) of those from b, counted from
 * the first: n when the two runs are one name. */
static inline size_t tok_run_same(const rasd_token *a, const rasd_token *b, size_t n)
{
    size_t k = 0;
    while (k < n && a[k].norm_len == b[k].norm_len &&
           memcmp(a[k].norm, b[k].norm, a[k].norm_len) == 0)
        k++;
    return k;
}

/* Decodes one code point at s[0..n) (n >= 1). Returns the number of bytes consumed; *cp is
 * the code point, or -1 for an invalid sequence, in which case the return value is the
 * length of its maximal subpart (Unicode's substitution practice, at least 1). ASCII and
 * two-byte letters (Arabic's) are decoded here, inline; the rest by utf8_decode_any. */
static inline size_t utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (s[0] >= 0xC2 && s[0] <= 0xDF && n > 1 && (s[1] & 0xC0) == 0x80) {
        *cp = (int32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
        return 2;
    }
    return utf8_decode_any(s, n, cp);
}

/* Encodes cp (valid scalar value) into out (4 bytes room); returns its length. */
size_t utf8_encode(int32_t cp, char *out);

/* ------------------------------------------------------------ char table */

enum char_class {
    CL_OTHER = 0,  /* unassigned, private use, surrogates: a separator */
    CL_SPACE,      /* Zs and tab */
    CL_NEWLINE,    /* LF, VT, FF, CR, NEL, LS, PS: a hard sentence boundary */
    CL_CONTROL,    /* other Cc: a separator */
    CL_IGNORE,     /* Cf and default-ignorable: invisible, never splits a word */
    CL_LETTER,     /* L* */
    CL_MARK,       /* M*: attaches to the preceding letter */
    CL_DIGIT,      /* Nd */
    CL_PUNCT,      /* P* */
    CL_SYMBOL      /* S*, Nl, No */
};

enum char_script { SC_COMMON = 0, SC_ARABIC, SC_LATIN, SC_OTHER };

/* What rasd knows of one code point. `rule` is the one RASD_NORM_* bit that rewrites it
 * (0 if none) and map/maplen the replacement (maplen 0: the code point is dropped). */
typedef struct cinfo {
    uint8_t cls, script, maplen, digit; /* digit: value 0-9 for Nd */
    uint16_t rule;
    uint8_t chain;                      /* the replacement has rules of its own to apply */
    uint8_t pad;
    uint32_t mapoff;                    /* into chartab.pool */
} cinfo;

#define CHARTAB_MAPMAX 64               /* longest replacement (U+FDFA unfolds to 18 letters) */
#define CHARTAB_DIRECT 0x3000            /* code points below this have a table entry */
#define CHARTAB_HIGH_LO 0xFB00           /* and those in [HIGH_LO, 0x10000) */

typedef struct chartab {
    cinfo low[CHARTAB_DIRECT];
    cinfo high[0x10000 - CHARTAB_HIGH_LO];
    char *pool;                          /* replacement strings */
    size_t pool_len;
} chartab;

rasd_status chartab_build(chartab *t);
void chartab_free(chartab *t);

/* Looks up cp; for code points outside the table computes the entry into *tmp (and its
 * replacement into tmpmap, CHARTAB_MAPMAX bytes) and returns tmp. */
const cinfo *chartab_get(const chartab *t, int32_t cp, cinfo *tmp, char *tmpmap);
/* The replacement bytes of an entry returned by chartab_get with the same tmpmap. */
const char *chartab_map(const chartab *t, const cinfo *ci, const char *tmpmap);

/* Appends the normalisation of cp under flags to out (sticky rc). */
void norm_cp(const chartab *t, unsigned flags, int32_t cp, rbuf *out, rasd_status *rc);

/* -------------------------------------------------------------------- days */

/* Days since 1970-01-01 of a proleptic Gregorian date, and back (src/core/day.c). */
int64_t cal_days(int y, int m, int d);
void cal_civil(int64_t days, int *y, int *m, int *d);
int cal_month_len(int y, int m);
/* ISO weekday of a day: 1 Monday .. 7 Sunday. */
int cal_weekday(int64_t days);
/* Whether y-m-d is a day of the calendar (years 1 to 9999). */
int day_valid(int y, int m, int d);
/* The day of a date string from outside: "2015-11-16T08:00", "2015-11-16 02:53:15",
 * "2015/11/16" (a record's publication date, a query's --since); 0 when it is none. */
int day_parse(const char *s, int64_t *days);
/* The same day as the number yyyymmdd (how the store and the index keep it); 0 if none. */
uint32_t day_ymd(const char *s);
/* YYYY, YYYY-MM or YYYY-MM-DD as its first and last day (a filter); 0 when it is none. */
int day_range(const char *s, int64_t *first, int64_t *last);
/* A day as YYYY-MM-DD. */
void day_iso(int64_t days, char out[11]);

/* ------------------------------------------------------------------- engine */

struct sb_stemmer;

#define RASD_STAGE_SLOTS 8    /* STAGE_MAX of core/stage.h */

struct rasd_engine {
    rasd_config cfg;
    chartab tab;
    strmap lex;               /* data/lexicon.tsv: word → corpus count (empty if none) */
    char *data_dir;
    char data_version[64];
    char why[320];            /* while opening: which data file and line failed ("" if none
                               * said), for rasd_engine_open_why */
    void *stage[RASD_STAGE_SLOTS];  /* each stage's read-only data, by its row in the stage
                                     * table (core/stage.h) */
    /* Whether stage[i] is loaded: 0 not yet (a lazy engine, rasd_config.lazy_stages), else 1 +
     * its loader's status; set once, under stage_mu (recursive: a loader may read an earlier
     * stage's data, loading it). engine_state() loads on first use (core/engine.c). */
    _Atomic int stage_st[RASD_STAGE_SLOTS];
    unsigned char stage_loading[RASD_STAGE_SLOTS];  /* its loader runs (under stage_mu): a
                                                     * use of its own data meanwhile sees
                                                     * what it has built so far */
    pthread_mutex_t stage_mu;
    /* The one mutable part, behind its mutex: libexttextcat's classifier, loaded at the
     * first text that needs it (src/text/lang.c). */
    pthread_mutex_t lang_mu;
    void *textcat;
    int textcat_tried;
};

/* Frees what rasd_detect_lang loaded (src/text/lang.c). */
void lang_engine_free(rasd_engine *e);

/* ---------------------------------------------------------------- doc */

/* A token while the analysis runs: offsets into doc->str instead of pointers, which
 * become valid only once the string buffer stops growing. */
typedef struct tok_raw {
    uint32_t start, end;
    uint32_t norm_off, norm_len, stem_off, stem_len;
    uint8_t kind;
    uint8_t nl_before; /* a line break lies between the previous token and this one */
} tok_raw;

struct rasd_doc {
    const char *text;
    size_t len;
    tok_raw *raw;
    size_t nraw, raw_cap;
    rasd_token *toks;
    size_t toks_cap;
    rasd_span *sents;
    size_t nsents, sents_cap;
    rbuf str;              /* norms and stems */
    rbuf json;             /* rasd_doc_json output */
    size_t invalid, first_invalid;
    struct sb_stemmer *snowball;   /* created on first use */
    rbuf scratch;
    void *stage[RASD_STAGE_SLOTS]; /* each stage's results, by its row in the stage table */
};

rasd_status lexicon_load(rasd_engine *e);

/* Stages, in pipeline order (src/text/). */
rasd_status tokenize(const rasd_engine *e, rasd_doc *d);
rasd_status stem_tokens(const rasd_engine *e, rasd_doc *d);
/* stem_tokens for the tokens whose normalised form want(ctx, norm, len) accepts (NULL: all);
 * the others keep their normalised form as stem. */
rasd_status stem_tokens_if(const rasd_engine *e, rasd_doc *d,
                           int (*want)(void *ctx, const char *norm, size_t len), void *ctx);
rasd_status split_sentences(rasd_doc *d);
/* Whether normalised word norm (n bytes) is one letter or a Latin letter's name as Arabic
 * writes it (بي، سي، إتش …): a group of a name spelt with dots (text/sentence.c). */
int text_letter_group(const char *norm, size_t n);
/* The Latin letter whose Arabic name (normalised: إتش → اتش) is norm[0,n), else 0 (sentence.c). */
char text_letter_name(const char *norm, size_t n);
/* The first stage alone: tokens and their normalised forms (each stem is the normalised
 * form; no sentences). What duplicate detection compares, at half the cost of analysing. */
rasd_status doc_tokenize(const rasd_engine *e, rasd_doc *d, const char *text, size_t len);
/* rasd_analyze without the sentences: tokens with norms and stems (search's phrases and
 * snippets), stemming only the words want accepts (stem_tokens_if; NULL: all). The same
 * statuses as rasd_analyze. */
rasd_status doc_words(const rasd_engine *e, rasd_doc *d, const char *text, size_t len,
                      int (*want)(void *ctx, const char *norm, size_t len), void *ctx);
/* Attaches text to d without analysing it (no tokens, no sentences) and forgets every
 * stage's results: annotations read back from a store go there (store_stage.load). */
void doc_attach(rasd_doc *d, const char *text, size_t len);

/* Stems word[0,len) (normalised, Arabic) with the light stemmer, using lex (may be empty) to
 * decide on one-letter proclitics; returns the stem as a sub-range [*off, *off + *n) of
 * word. word must be readable for len + STEM_SLACK bytes. */
#define STEM_SLACK 8
void light_stem(const strmap *lex, const char *word, size_t len, size_t *off, size_t *n);

/* ------------------------------------------------------------- JSON out */

/* Appends s[0,n) as a JSON string literal (quotes, escapes; invalid UTF-8 → U+FFFD). */
void json_str(rbuf *b, const char *s, size_t n, rasd_status *rc);
/* Appends `,"key":` and v as a JSON string, or null when v is NULL (a member after the
 * first of an object being written). */
void json_field(rbuf *b, const char *key, const char *v, rasd_status *rc);
/* Appends an unsigned decimal number. */
void json_uint(rbuf *b, uint64_t v, rasd_status *rc);

/* The same two writers without a buffer: each writes at o, into room the caller reserved
 * (at least JSON_STR_ROOM(n), JSON_UINT_ROOM bytes), and returns the end of what it wrote. */
#define JSON_STR_ROOM(n) (6 * (size_t)(n) + 2)   /* a control byte becomes \u00XX */
#define JSON_UINT_ROOM 20                         /* digits of UINT64_MAX */
char *json_str_put(char *o, const char *s, size_t n);
char *json_uint_put(char *o, uint64_t v);
/* Appends "{" (first) or ",{" and "start": s, "end": e, "text": text[s, e) of an annotation;
 * the caller adds its other fields and the closing brace. */
void json_span_text(rbuf *b, int first, const char *text, uint32_t s, uint32_t e,
                    rasd_status *rc);

#endif
