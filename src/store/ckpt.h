/* ckpt.h — the WAL's checkpoints of a writing store on a thread of their own (ckpt.c).
 * Private to src/store/. */
#ifndef RASD_STORE_CKPT_H
#define RASD_STORE_CKPT_H

typedef struct store_ckpt store_ckpt;

/* The writer's own checkpoint, once the checkpointer runs: when a commit takes the WAL past
 * this many pages (256 MB of 64 KiB pages) instead of SQLite's 1,000. The checkpointer
 * copies every batch into the file soon after its commit, but the WAL restarts from its start
 * only after a checkpoint that finds every page copied when the next batch begins, which the
 * writer's own checkpoint gives (it copies the last batch itself); so the WAL grows to about
 * this size between two of them. */
#define CKPT_WRITER_PAGES 4096

/* Starts the checkpointer of the store file `path`; NULL when it cannot (no file, no thread,
 * no memory): the writer's connection then checkpoints alone, as SQLite does. */
store_ckpt *ckpt_start(const char *path);
/* A batch was committed: a checkpoint should follow (it does not wait for it). */
void ckpt_poke(store_ckpt *c);
/* Lets the checkpoint under way finish, ends the thread and frees c (NULL: nothing). */
void ckpt_stop(store_ckpt *c);

#endif
