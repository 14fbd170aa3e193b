/* story_cand.h — the choice of an article's story among the active ones (story_cand.c).
 * Private to the story stage (stories.c). */
#ifndef RASD_STORE_STORY_CAND_H
#define RASD_STORE_STORY_CAND_H

#include "store/stories_int.h"

/* The join threshold: the model's single-link cosine when it has one, else its threshold
 * on the scorer's probability. */
double sc_join_threshold(const story_model *md);

/* The best eligible story for f among those sharing keys with it (by the model's
 * probability; with the model's prefer, among those that pass, by story_related plus prefer
 * ln(1 + size) / 5): *best (NULL: none) and its probability (the return value); in *rel
 * (NULL: none) the story most related to f (story_related) other than *best, with its
 * relatedness in *rel_score; and in *best_rel the relatedness of *best. At most
 * STORY_CANDIDATES stories are scored, most shared keys first, ties by story id. */
double sc_best_story(stories_state *d, const story_feat *f, story_mem **best, double *best_rel,
                     story_mem **rel, double *rel_score, rasd_status *rc);

#endif
