/* probe.c: loads a store's lsh and passages keys as src/store/dedup.c's load_keys does, into
 * a copy of src/dedup/map.c with counters, and prints probe statistics. Read-only (immutable). */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef struct { uint64_t *slot; size_t cap, n; uint64_t *full; size_t fcap, fn; } map;
static int FULLSET;
typedef struct { uint64_t adds, steps, full, grows, gsteps; } stats;
static size_t home(uint32_t key, size_t cap)
{ return (size_t)(((uint64_t)key * 0x9E3779B97F4A7C15u) >> 32) & (cap - 1); }
static void put_slot(uint64_t *slot, size_t cap, uint64_t v, stats *s)
{ size_t i = home((uint32_t)(v >> 32), cap); while (slot[i]) { i = (i + 1) & (cap - 1); s->gsteps++; } slot[i] = v; }
static void grow(map *m, stats *s)
{ size_t cap = m->cap ? m->cap * 2 : 1024; uint64_t *slot = calloc(cap, 8); s->grows++;
  for (size_t i = 0; i < m->cap; i++) if (m->slot[i]) put_slot(slot, cap, m->slot[i], s);
  free(m->slot); m->slot = slot; m->cap = cap; }
static size_t fhome(uint32_t key, size_t cap) { return (size_t)(((uint64_t)key * 0x9E3779B97F4A7C15u) >> 32) & (cap - 1); }
static int isfull(map *m, uint32_t key, stats *s)
{ if (!m->fcap) return 0; for (size_t i = fhome(key, m->fcap); m->full[i]; i = (i + 1) & (m->fcap - 1)) { s->steps++; if ((uint32_t)m->full[i] == key) return 1; } return 0; }
static void fput(uint64_t *f, size_t cap, uint64_t v) { size_t i = fhome((uint32_t)v, cap); while (f[i]) i = (i + 1) & (cap - 1); f[i] = v; }
static void setfull(map *m, uint32_t key)
{ if ((m->fn + 1) * 2 > m->fcap) { size_t c = m->fcap ? m->fcap * 2 : 256; uint64_t *f = calloc(c, 8);
    for (size_t i = 0; i < m->fcap; i++) if (m->full[i]) fput(f, c, m->full[i]); free(m->full); m->full = f; m->fcap = c; }
  fput(m->full, m->fcap, (uint64_t)key | 1ull << 32); m->fn++; }
static void add(map *m, uint32_t key, uint32_t doc, size_t limit, stats *s)
{ size_t i, have = 0; s->adds++;
  if (FULLSET && isfull(m, key, s)) { s->full++; return; }
  if ((m->n + 1) * 4 > m->cap * 3) grow(m, s);
  for (i = home(key, m->cap); m->slot[i]; i = (i + 1) & (m->cap - 1)) {
      s->steps++;
      if ((uint32_t)(m->slot[i] >> 32) == key && ++have >= limit) { s->full++; return; } }
  m->slot[i] = (uint64_t)key << 32 | ((uint64_t)doc + 1); m->n++;
  if (FULLSET && have + 1 >= limit) setfull(m, key); }
static int cmp(const void *a, const void *b)
{ uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b; return (x > y) - (x < y); }
static void run(sqlite3 *db, const char *q, size_t width, size_t limit, const char *name)
{ sqlite3_stmt *st; map m = {0}; stats s = {0}; uint64_t rows = 0;
  size_t kcap = 1 << 20, nk = 0; uint32_t *keys = malloc(kcap * 4);
  sqlite3_prepare_v2(db, q, -1, &st, NULL);
  while (sqlite3_step(st) == SQLITE_ROW) {
      const unsigned char *b = sqlite3_column_blob(st, 1);
      size_t n = (size_t)sqlite3_column_bytes(st, 1) / width;
      uint32_t doc = (uint32_t)sqlite3_column_int64(st, 0); rows++;
      for (size_t i = 0; i < n; i++) { uint64_t k8; uint32_t k4;
          if (width == 8) memcpy(&k8, b + 8 * i, 8), k4 = (uint32_t)k8; else memcpy(&k4, b + 4 * i, 4);
          add(&m, k4, doc, limit, &s);
          if (nk == kcap) keys = realloc(keys, (kcap *= 2) * 4);
          keys[nk++] = k4; } }
  sqlite3_finalize(st);
  /* distinct keys and how many occurrences belong to keys over the limit */
  qsort(keys, nk, 4, cmp);
  uint64_t distinct = 0, over = 0, occ_over = 0, maxrun = 0, occ_sq = 0;
  for (size_t i = 0; i < nk;) { size_t j = i; while (j < nk && keys[j] == keys[i]) j++;
      distinct++; uint64_t c = j - i; if (c > limit) { over++; occ_over += c; }
      if (c > maxrun) maxrun = c; uint64_t e = c < limit ? c : limit; occ_sq += e * (e - 1) / 2; i = j; }
  /* the longest cluster of occupied slots */
  uint64_t cl = 0, best = 0, sumsq = 0;
  for (size_t i = 0; i < m.cap; i++) { if (m.slot[i]) cl++; else { sumsq += cl * (cl + 1) / 2; if (cl > best) best = cl; cl = 0; } }
  printf("%s: rows %lu adds %lu entries %zu cap %zu (load %.2f) distinct keys %lu; keys over limit %lu "
         "(%lu adds, %.1f%%), most docs of one key %lu\n  probe steps %lu (%.1f an add), adds at limit %lu, "
         "grows %lu (%lu steps); same-key pairs within limit %lu; longest cluster %lu, mean probe into a "
         "random slot %.1f\n", name, rows, s.adds, m.n, m.cap, (double)m.n / m.cap, distinct, over, occ_over,
         100.0 * occ_over / s.adds, maxrun, s.steps, (double)s.steps / s.adds, s.full, s.grows, s.gsteps,
         occ_sq, best, (double)sumsq / m.cap);
  free(keys); free(m.slot); }
int main(int argc, char **argv)
{ sqlite3 *db; char uri[512]; FULLSET = argc > 2; snprintf(uri, sizeof uri, "file:%s?immutable=1", argv[1]);
  if (sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL)) return 1;
  run(db, "SELECT docid, bands FROM lsh ORDER BY docid", 8, 256, "bands");
  run(db, "SELECT docid, keys FROM passages ORDER BY docid", 4, 32, "passages");
  sqlite3_close(db); return 0; }
