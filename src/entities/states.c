/* states.c — a state word and a country's name are the country: the LOC mention دولة قطر,
 * جمهورية مصر, لدولة الكويت, مملكة البحرين resolves to the entity of the country's name
 * (قطر، مصر …), so a country has one place id however the article writes it (docs/STORIES.md
 * "state word and a country's name"). data/states.tsv (tools/states.py) gives the state words
 * (STATE, one word each) and the countries (COUNTRY: the canonical data/gazetteer.tsv gives a
 * country's name); a name that is no country's stays its own (إمارة الرياض is not built: no
 * state word; دولة القانون: no place; جمهورية أرض الصومال: أرض الصومال is no gazetteer name). */
#include "entities/res.h"

#include <string.h>

enum { SW_STATE = 1, SW_COUNTRY };

/* Whether w starts with a one-letter proclitic: و ب ل ف ك (two bytes each). */
static int particle_letter(const char *w)
{
    static const char particles[] = "\xd9\x88\xd8\xa8\xd9\x84\xd9\x81\xd9\x83";
    for (size_t p = 0; p < sizeof particles - 1; p += 2)
        if (memcmp(w, particles + p, 2) == 0)
            return 1;
    return 0;
}

/* One line of data/states.tsv into m: the words' normalised tokens joined by one space → the
 * kind. A state word must be one token. */
static rasd_status state_add(strmap *m, size_t kind, const rasd_token *t, size_t nt)
{
    rasd_status rc = RASD_OK;
    if (nt == 0 || (kind == SW_STATE && nt != 1))
        return RASD_EDATA;
    rbuf key = {0};
    for (size_t i = 0; i < nt; i++) {
        if (i)
            rbuf_addc(&key, ' ', &rc);
        rbuf_add(&key, t[i].norm, t[i].norm_len, &rc);
    }
    uint64_t *v = rc ? NULL : strmap_upsert(m, key.p, key.n, &rc);
    if (v)
        *v = kind;
    rbuf_free(&key);
    return rc;
}

rasd_status states_load(strmap *m, const rasd_engine *e, const char *path)
{
    static const char *const kinds[] = {"", "STATE", "COUNTRY"};
    return ent_kind_lines(m, e, path, kinds, sizeof kinds / sizeof *kinds, state_add);
}

int ent_state_word(const rasd_engine *e, const rasd_doc *doc, size_t i)
{
    const strmap *m = &ENT_ENGINE(e)->states;
    const rasd_token *t = &doc->toks[i];
    uint8_t which;
    if (!m->n || t->kind != RASD_TOK_ARABIC)
        return 0;
    /* the article kept: a construct's head has none (دولة قطر; المملكة قطر is two names) */
    size_t off = ent_proclitic(e, t->norm, t->norm_len, 1, &which);
    if (strmap_get(m, t->norm + off, t->norm_len - off) == SW_STATE)
        return 1;
    /* a particle the lexicon keeps on the word (بدولة, لجمهورية): the word after it */
    return off == 0 && t->norm_len > 4 && particle_letter(t->norm) &&
           strmap_get(m, t->norm + 2, t->norm_len - 2) == SW_STATE;
}

int ent_country(const rasd_engine *e, const gazetteer *g, const gaz_entry *ge)
{
    const strmap *m = &ENT_ENGINE(e)->states;
    return m->n && ge->type == ETYPE_LOC && ge->ckey_len &&
           strmap_get(m, g->str.p + ge->ckey_off, ge->ckey_len) == SW_COUNTRY;
}
