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
 * it joins the best story when the score reaches STORY_JOIN, else it starts a new one.
 * Their scorer and new-cluster decision are learned; ours are set by hand until a labelled
 * dev set trains them (bench/stories_eval.py), and documented where they are set. */
#ifndef RASD_STORIES_H
#define RASD_STORIES_H

#include "core/internal.h"

#define STORY_WINDOW_DAYS 7.0   /* stories active this long after their newest article */
#define STORY_SIGMA_DAYS 3.0    /* the Gaussian time features' width */
#define STORY_TITLE_TERMS 16    /* terms kept per article sub-vector, heaviest first */
#define STORY_BODY_TERMS 64
#define STORY_ENT_TERMS 24
#define STORY_KEYS 12           /* index keys an article gives its story */
#define STORY_KEY_LIMIT 400     /* stories per key: more and the key proposes none */
#define STORY_CANDIDATES 24     /* stories scored per article, most shared keys first */

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
/* Reads a blob of story_vec_encode into f (its vectors only). RASD_EDATA when damaged. */
rasd_status story_vec_decode(const void *blob, size_t n, story_feat *f);

/* A story as the scorer sees it. */
typedef struct story_view {
    const svec *title, *body, *ent;
    double oldest, newest, mean;  /* NAN when none of its articles is dated */
} story_view;

/* The score of article f against story s: the weighted cosines, times the time features
 * when both are dated (content alone otherwise). In [0, 1]. */
double story_score(const story_feat *f, const story_view *s);
/* Joins a story at this score or more; a new story at less, linked into the best one's
 * thread at STORY_THREAD or more (a related development within the window). An article
 * that joins a story and scores STORY_THREAD_MERGE with a story of another thread merges
 * the two threads. */
#define STORY_JOIN 0.30
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
