/* evidence.c — pattern evidence for the recogniser (data/ner_evidence.tsv, written by
 * tools/ner_evidence.py from SaudiNewsNet): the words that news writes right after
 * administrative places (محافظة X), clubs (نادي X), universities and hospitals, companies
 * and media, and person titles (الأمير X). Each (word, class) has a strength, 1 or 2. The
 * tagger sees them as feature bits (NF_EVID) and learns their weights from the annotated
 * corpus; they are never answers.
 */
#include "entities/ent.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const evid_class[] = {"ADM", "CLUB", "EDU", "CO", "PER"};
#define NCLASS (sizeof evid_class / sizeof *evid_class)

/* One "word<TAB>class<TAB>strength" line into m (bits OR-ed). */
static rasd_status evid_line(strmap *m, char *line)
{
    char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL, *end;
    size_t c = 0;
    if (!t1 || t1 == line || !t2)
        return RASD_EDATA;
    while (c < NCLASS && ((size_t)(t2 - t1 - 1) != strlen(evid_class[c]) ||
                          memcmp(t1 + 1, evid_class[c], (size_t)(t2 - t1 - 1)) != 0))
        c++;
    unsigned long s = strtoul(t2 + 1, &end, 10);
    if (c == NCLASS || s < 1 || s > 2 || (*end && *end != '\n'))
        return RASD_EDATA;
    rasd_status rc = RASD_OK;
    uint64_t *v = strmap_upsert(m, line, (size_t)(t1 - line), &rc);
    if (v)
        *v |= 1u << (2 * c + (s - 1));
    return rc;
}

rasd_status evidence_load(strmap *m, const char *path)
{
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    rasd_status rc = RASD_OK;
    FILE *f = fopen(path, "r");
    if (!f)
        return RASD_OK;
    while (!rc && getline(&line, &cap, f) > 0) {
        lineno++;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if ((rc = evid_line(m, line)) == RASD_EDATA)
            fprintf(stderr, "%s:%zu: not a \"word<TAB>class<TAB>strength\" line\n", path,
                    lineno);
    }
    free(line);
    fclose(f);
    return rc;
}

uint16_t evidence_get(const strmap *m, const char *w, size_t n)
{
    return m->n ? (uint16_t)strmap_get(m, w, n) : 0;
}
