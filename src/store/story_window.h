/* story_window.h — the window of active stories in the writer's memory (story_window.c):
 * slots, the index of their keys, activity and eligibility, reading back. Private to the
 * story stage (stories.c, story_cand.c). */
#ifndef RASD_STORE_STORY_WINDOW_H
#define RASD_STORE_STORY_WINDOW_H

#include "store/stories_int.h"

/* A new slot for story id, with its row's numbers (none yet); NULL with *rc set when the
 * memory cannot grow. */
story_mem *sw_new(stories_state *d, int64_t id, rasd_status *rc);
/* Drops the story in slot from memory and the index (its row is the caller's to write
 * first); *rc = RASD_ENOMEM when the slot cannot be kept for reuse. */
void sw_drop(stories_state *d, uint32_t slot, rasd_status *rc);
/* Adds an article's vectors and keys to story m (its sum and the index). */
rasd_status sw_add(stories_state *d, story_mem *m, const story_feat *f);
/* Forgets every story in memory (read again at the next put). */
void sw_forget(stories_state *d);

/* Whether story m is active (its newest article within the window of the newest seen). */
int sw_active(const stories_state *d, const story_mem *m);
/* Whether story m takes no article but its copies: with the model's life L (and no
 * day_member), its dated articles span more than 2L (story_window.c says why). */
int sw_spent(const stories_state *d, const story_mem *m);
/* Whether an article of time t may join story m: 0 no, 1 yes, 2 only near a member (the
 * model's day bound); story_window.c says when. */
int sw_eligible(const stories_state *d, const story_mem *m, double t);

/* The model's ahead for article docid of time t (its stored dates): 1 when it announces a
 * coming event; 0 when it does not, is undated (t NAN) or the model has no ahead. */
int sw_ahead(rasd_store *s, int64_t docid, double t, rasd_status *rc);
/* Story id, read back when it is not in memory; NULL (rc unset) when it is not stored. */
story_mem *sw_get(rasd_store *s, int64_t id, rasd_status *rc);
/* The model (once per handle), next_id, the newest time and every active story, read from
 * the tables into emptied memory: the first put or removal of a handle, or after a dropped
 * batch. */
rasd_status sw_load(rasd_store *s);

#endif
