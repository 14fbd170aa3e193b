/* stories.h — the algorithms of story clustering (the store side is src/store/stories.c):
 * an article's features, sparse vectors, the scorer with its new-story decision, and an
 * inverted index from feature keys to the stories active in the time window. No SQL here.
 *
 * After Miranda et al. 2018 ("Multilingual Clustering of Streaming News", EMNLP): an
 * article is TF-IDF sub-vectors of stems over its title and its body, and a vector of the
 * entity ids it mentions; a story is the sum of its articles' vectors (its centroid) and
 * the times of its newest, oldest and mean article. The article is compared with each
 * candidate story by the cosines of the sub-vectors and Gaussian time features
 * (exp(-dt^2 / 2 sigma^2), sigma = 3 days) against the story's newest, oldest and mean time;
 * it joins the best story when the learned scorer's probability reaches the model's
 * threshold, else it starts a new one. The scorer (logistic regression) and the threshold
 * are learned from the labelled dev set's tuned days by tools/stories_train.py and read from
 * data/stories.model (docs/STORIES.md). */
#ifndef RASD_STORIES_H
#define RASD_STORIES_H

#include "core/internal.h"

#define STORY_WINDOW_DAYS 7.0   /* stories active this long after their newest article */
#define STORY_SIGMA_DAYS 3.0    /* the Gaussian time features' width */
#define STORY_TITLE_TERMS 16    /* terms kept per article sub-vector, heaviest first */
#define STORY_BODY_TERMS 64
#define STORY_ENT_TERMS 24
#define STORY_KEYS 14           /* index keys an article gives its story: 8 body terms, */
#define STORY_TITLE_KEYS 2      /* 4 entities (more when the body has fewer), 2 title terms */
#define STORY_KEY_LIMIT 400     /* stories per key: more and the key proposes none */
#define STORY_CANDIDATES 24     /* stories scored per article, most shared keys first */
#define STORY_MEMBERS 16        /* members a story keeps for the member check (newest docids) */

/* One weighted key of a sparse vector. */
typedef struct sv_ent {
    uint32_t key;
    float w;
} sv_ent;

/* A sparse vector, sorted by key, each key once. */
typedef struct svec {
    sv_ent *e;
    size_t n, cap;
} svec;

void svec_free(svec *v);
/* v += f * x (both sorted); sticky rc. Entries that fall to about 0 are dropped. */
void svec_addf(svec *v, const svec *x, float f, rasd_status *rc);
double svec_norm(const svec *v);
double svec_dot(const svec *a, const svec *b);
/* cos(a, b), 0 when either is empty. */
double svec_cos(const svec *a, const svec *b);

/* What an article brings to clustering. t: publication time in days since 1970 (with the
 * time of day), or NAN when it has none usable. */
typedef struct story_feat {
    svec title, body, ent;
    double t;
    int ahead;                  /* 1: it announces a coming event (the model's ahead); set
                                 * by the store side, not stored in the vectors' blob */
    uint32_t keys[STORY_KEYS];  /* its heaviest body terms and entities, for the index */
    size_t nkeys;
} story_feat;

void story_feat_free(story_feat *f);
/* Builds f's body and entity vectors and its keys from the analysis of an article's text
 * (with its entities, when recognition ran), and its title vector from the title's
 * analysis (NULL: none). The IDF of a word comes from the engine's lexicon (corpus counts,
 * story_idf): static data, so features never depend on ingest order. */
rasd_status story_feat_text(const rasd_engine *e, const rasd_doc *text, story_feat *f);
rasd_status story_feat_title(const rasd_engine *e, const rasd_doc *title, story_feat *f);
/* Picks f's index keys from its vectors. */
void story_feat_keys(story_feat *f);
/* The weight of normalised word w: its IDF estimated from the lexicon's count. */
double story_idf(const rasd_engine *e, const char *w, size_t n);
/* The time of a publication date ("2015-11-16T08:00:00", "2015-11-16 08:00"), NAN if none. */
double story_time(const char *published);

/* Serialises the three sub-vectors (blob: counts as three uint16, then key/weight pairs). */
void story_vec_encode(const story_feat *f, rbuf *out, rasd_status *rc);
/* Reads a blob of story_vec_encode into f: its vectors, then its keys (story_feat_keys).
 * RASD_EDATA when damaged. */
rasd_status story_vec_decode(const void *blob, size_t n, story_feat *f);
/* The same without the keys (f->nkeys is 0): for readers that use the vectors only. */
rasd_status story_vec_read(const void *blob, size_t n, story_feat *f);

/* The entity vector holds four classes of keys, told by their low two bits: an entity's
 * id (0), a place's (1: an entity of type LOC), an event's (2: CAMEO root, actors, date),
 * and the article's signature (3): the persons named in its first STORY_SIG_LEAD bytes, its
 * lead's actors, normalised apart (their own cosine; the model's sig and sig_key). The
 * signature is in no other cosine and no index key. Stores made before it have none (the
 * model's sig and sig_key see no signature there): `rasd reannotate --stage stories`. */
#define STORY_K_ENT 0u
#define STORY_K_PLACE 1u
#define STORY_K_EVENT 2u
#define STORY_K_SIG 3u
#define STORY_KCLASS(k) ((k) & 3u)
#define STORY_SIG_LEAD 600      /* bytes of the text whose persons are the signature */
#define STORY_SIG_TERMS 8       /* signature keys kept, heaviest first */

/* Squared norms of a vector sum's parts, and title . body; kept per story. */
typedef struct story_norm {
    double title, body, tb, ent, place, all;   /* all: the whole entity vector but the sig */
    double sig;                                /* the signature */
} story_norm;

/* The norms of sum's parts into out. */
void story_norms(const story_feat *sum, story_norm *out);

/* A story as the scorer sees it. */
typedef struct story_view {
    const svec *title, *body, *ent;
    const story_norm *n;          /* the norms of those three */
    double oldest, newest, mean;  /* NAN when none of its articles is dated */
    uint32_t size;
} story_view;

/* The features of an (article, story) pair (after Miranda et al. 2018), in the order of
 * data/stories.model; tools/stories_train.py computes the same. */
enum {
    SF_COS_TITLE, SF_COS_BODY, SF_COS_BOTH,   /* TF-IDF stems: title, body, title and body */
    SF_COS_ENT, SF_COS_PLACE,                 /* entity ids, places */
    SF_EVENT_SHARED,                          /* 1: an event id in both */
    SF_PLACE_CONFLICT,                        /* 1: both name places, none shared */
    SF_G_NEWEST, SF_G_OLDEST, SF_G_MEAN,      /* Gaussians of the time gaps, sigma 3 days */
    SF_AGE,                                   /* days from the story's first article / 7 */
    SF_LOG_SIZE,                              /* ln(1 + size) / 5 */
    SF_SHORT, SF_SHORT_X_ENT,                 /* a short text (< 24 body terms); times cos_ent */
    SF_UNDATED,                               /* 1: no time on one side (then g = 1, age 0) */
    SF_COS_ENTALL,                            /* the whole entity vector (with places, events) */
    SF_RELATED,                               /* story_related: the hand-set score */
    SF_COUNT
};

/* The scorer: logistic regression on the features, and the new-story decision (join the best
 * story when its probability reaches threshold). life: a dated story takes articles at most
 * this many days from its first (0: no bound beyond the window); with day, only on the
 * calendar day of its first article. */
typedef struct story_model {
    double w[SF_COUNT], bias, threshold, life;
    double member;                /* the member check: 0 none (below) */
    double day;                   /* 1: the calendar-day bound (a dated story takes articles
                                   * of its first article's day, UTC, only); 0: none */
    double day_near;              /* across the day bound only this near one of its newest
                                   * members (story_pair_both: a reprint); 0: never */
    double place_key;             /* n > 0: the place key over the article's n heaviest places
                                   * (story_place_shared); 0: none */
    double place_near;            /* across the place key when this near one of the story's
                                   * newest members (story_pair_both: a restatement whose
                                   * places the recogniser read otherwise); 0: never */
    double ahead;                 /* n > 0: an article whose text dates a day after its own
                                   * in its first n bytes announces a coming event; it joins
                                   * only a story such an article started, and such a story
                                   * takes only such articles (an announcement before an
                                   * event is not the event: docs/STORIES.md); 0: none */
    double prefer;                /* among the candidates that pass, the one with the highest
                                   * story_related + prefer * ln(1 + size) / 5 joins (a day's
                                   * event over a fragment of it); 0: the most probable */
    double sig;                   /* the signature's cosine with the story's, times this (and
                                   * the time factor), is added to story_related; 0: none */
    double sig_key;               /* n > 0: the signature key over the article's n heaviest
                                   * lead persons (story_sig_shared); 0: none */
    double single;                /* c > 0: single link; a candidate's score is the cosine of
                                   * the nearest of its newest members (story_pair_both), not
                                   * the scorer's probability, and c is the join threshold
                                   * (the member check is then moot); 0: the scorer */
    double member_ent;            /* e > 0: the member check counts a member only when it and
                                   * the article also share named entities, the cosine of
                                   * their entity ids (story_pair_ent) reaching e, or when
                                   * either names none; 0: words alone */
    double day_member;            /* c > 0: across the day bound too when this near one of
                                   * the story's newest members of the article's own
                                   * calendar day (a story another day's report reached by
                                   * reprinting its member), and such a story stays a
                                   * candidate past its life; 0: never (stories18) */
    /* An undated pair (the article or the story has no date: no time evidence, so no life,
     * day bound or time features part them; stories21): */
    double undated_thr;           /* t > 0: the join threshold of such a pair; 0: threshold */
    double undated_near;          /* c > 0: it joins only when this near one of the story's
                                   * newest members (story_pair_both), as the day bound asks
                                   * of another day's story; 0: no such check */
    double undated_place;         /* n > 0: the place key over the article's n heaviest
                                   * places for it (place_near still lets a restatement
                                   * through); 0: place_key's */
    double undated_sig;           /* n > 0: the signature key over n lead persons for it
                                   * (story_sig_shared); 0: none */
    unsigned have;                /* which weights the file gave */
} story_model;

/* The member check (single link inside the centroid's decision): an article may join a story
 * only when it is also close to one of the story's newest STORY_MEMBERS articles, the cosine
 * of their titles and bodies together (story_pair_both) reaching `member`. A story's sum
 * drifts towards its topic as it grows (a day's Eid receptions, its market reports); a member
 * does not. */
double story_pair_both(const story_feat *a, const story_norm *na, const story_feat *b,
                       const story_norm *nb);
/* The cosine of two articles' entity ids (entity-vector class STORY_K_ENT: no places, events
 * or lead persons), -1 when either names none. With the model's member_ent the member check
 * needs it too: a day's Eid receptions by different bodies, each "X holds an Eid reception
 * for its staff", are near in words and name different bodies (stories16). */
double story_pair_ent(const story_feat *a, const story_norm *na, const story_feat *b,
                      const story_norm *nb);

/* The place key: 1 when one of the n heaviest places of f (ties: the smaller key; n at most
 * STORY_PLACE_KEYS) is among the places of story_ent (a story's entity sum), or when either
 * names no place. Reports of one programme, one kind of event, are near in words and actors
 * and part on where (teacher interviews in Tabuk and in Qurayyat, midday-ban inspections in
 * Rafha and in al-Jouf): an article none of whose own places is the story's is another
 * happening. Two places, not one: an article's heaviest place is often its matter's, not
 * where it happened (a meeting in Antalya on Syria: seed 002). */
#define STORY_PLACE_KEYS 4
int story_place_shared(const story_feat *f, const svec *story_ent, int n);
/* The signature key: the same over the signature's keys (class STORY_K_SIG, the persons of
 * the articles' leads), both ways: 1 when one of the n heaviest persons of f's lead is among
 * the story's lead persons, or one of the story's n heaviest among f's, or when either lead
 * names none. Two reports of one event name its actor at their start; two condolence calls,
 * two interviews, two meetings of one kind name two. */
int story_sig_shared(const story_feat *f, const svec *story_ent, int n);

/* Reads a model ("name<TAB>value" lines: bias, threshold, life and every feature, and
 * optionally member, day, day_near, place_key, place_near, prefer, ahead, sig, sig_key,
 * single, member_ent, day_member, undated_thr, undated_near, undated_place and undated_sig,
 * 0 when absent;
 * # comments).
 * RASD_EIO / RASD_EDATA with the reason in err ("path:line: ..."). */
rasd_status story_model_load(const char *path, story_model *m, char *err, size_t errlen);
const char *story_feature_name(int i);
void story_features(const story_feat *f, const story_view *s, double x[SF_COUNT]);
/* The probability that f belongs to s, in [0, 1]; *related (when not NULL) gets
 * story_related(f, s), a feature of the score, so a caller needing both computes it once. */
double story_score(const story_model *m, const story_feat *f, const story_view *s,
                   double *related);
/* How related f is to s, for threads (one matter over days): weighted cosines of body, title
 * and entities, times 0.5 + 0.5 g of the time gap; in [0, 1]. */
double story_related(const story_feat *f, const story_view *s);
/* story_features and story_score with f's norms given (story_norms(f, fn)): a caller scoring
 * one article against many stories computes them once. */
void story_features_n(const story_feat *f, const story_norm *fn, const story_view *s,
                      double x[SF_COUNT]);
double story_score_n(const story_model *m, const story_feat *f, const story_norm *fn,
                     const story_view *s, double *related);
/* A new story links into the thread of the story most related to its article at STORY_THREAD
 * or more (a related development within the window); an article that joins a story and is
 * STORY_THREAD_MERGE related to a story of another thread merges the two threads. */
#define STORY_THREAD 0.26
#define STORY_THREAD_MERGE 0.28

/* Key → the stories (by slot) that hold it: an open-addressing hash table of short lists. */
typedef struct story_posting {
    uint32_t key, n, cap;
    uint32_t *slots;
} story_posting;
typedef struct story_index {
    story_posting *t;
    size_t cap, used;
} story_index;

void story_index_free(story_index *x);
void story_index_clear(story_index *x);
/* Adds slot under key (once); a key with STORY_KEY_LIMIT slots takes no more. */
rasd_status story_index_add(story_index *x, uint32_t key, uint32_t slot);
void story_index_remove(story_index *x, uint32_t key, uint32_t slot);
/* The slots under key (NULL, *n 0 when none). */
const uint32_t *story_index_get(const story_index *x, uint32_t key, size_t *n);

/* Sentence selection for a summary (centroid with redundancy removal). A sentence's
 * vector is TF-IDF of its stems, scored by its cosine to the story's body centroid. */
rasd_status story_sentence_vec(const rasd_engine *e, const rasd_doc *d, rasd_span sent,
                               svec *out);

#endif
