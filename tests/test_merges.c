/* test_merges.c — one person, one entity (issue 15; docs/NER.md, "One person, one entity"):
 * the mentions of tests/data/ner/merges.tsv, in real SaudiNewsNet articles, resolve to the
 * entity their row names (=), or not to the one it names (!): short forms, patronymic
 * chains, family names and a king's title join the right person, and the same words stay
 * apart where they name someone else. Shared tier (reads SaudiNewsNet; release pass only,
 * as reading the whole file is slow under the sanitizers). */
#include "check.h"
#include "rasd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SNN SHARED "/data/saudinewsnet/articles.jsonl.gz"
#define ROWS "tests/data/ner/merges.tsv"
#define MAX_ROWS 128

typedef struct row {
    char article[32], text[128], want[128];
    unsigned at;
    int seen;
} row;

static size_t read_rows(row *r)
{
    char line[1024];
    size_t n = 0;
    FILE *f = fopen(ROWS, "r");
    REQUIREF(f != NULL, "cannot read " ROWS);
    while (n < MAX_ROWS && fgets(line, sizeof line, f)) {
        char *field[5];
        size_t k = 0;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        line[strcspn(line, "\n")] = 0;
        for (char *p = line; k < 5 && p; k++) {
            field[k] = p;
            p = strchr(p, '\t');
            if (p)
                *p++ = 0;
        }
        CHECKF(k == 5 && (field[3][0] == '=' || field[3][0] == '!'), ROWS ": bad row %zu", n + 1);
        if (k < 5)
            continue;
        snprintf(r[n].article, sizeof r[n].article, "%s", field[0]);
        r[n].at = (unsigned)strtoul(field[1], NULL, 10);
        snprintf(r[n].text, sizeof r[n].text, "%s", field[2]);
        snprintf(r[n].want, sizeof r[n].want, "%s", field[3]);
        r[n++].seen = 0;
    }
    fclose(f);
    return n;
}

/* Checks the rows of article rec against its entities. */
static void check_article(const rasd_record *rec, const rasd_entity *en, size_t ne, row *r,
                          size_t n, size_t *merged, size_t *apart)
{
    for (size_t k = 0; k < n; k++) {
        const rasd_entity *m = NULL;
        if (strcmp(r[k].article, rec->id) != 0)
            continue;
        r[k].seen = 1;
        for (size_t i = 0; i < ne && !m; i++)
            if (en[i].start == r[k].at && !en[i].via)
                m = &en[i];
        CHECKF(m && m->end - m->start == strlen(r[k].text) &&
               memcmp(rec->text + m->start, r[k].text, strlen(r[k].text)) == 0,
               "%s@%u: want the mention %s, got %.*s", r[k].article, r[k].at, r[k].text,
               m ? (int)(m->end - m->start) : 6, m ? rec->text + m->start : "(none)");
        if (!m)
            continue;
        if (r[k].want[0] == '=') {
            CHECKF(strcmp(m->name, r[k].want + 1) == 0, "%s@%u %s: entity %s, want %s",
                   r[k].article, r[k].at, r[k].text, m->name, r[k].want + 1);
            *merged += strcmp(m->name, r[k].want + 1) == 0;
        } else {
            CHECKF(strcmp(m->name, r[k].want + 1) != 0, "%s@%u %s: joined %s, which it is not",
                   r[k].article, r[k].at, r[k].text, m->name);
            *apart += strcmp(m->name, r[k].want + 1) != 0;
        }
    }
}

int main(void)
{
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    rasd_reader *rd;
    rasd_record rec;
    static row r[MAX_ROWS];
    size_t n, left, merged = 0, apart = 0, want_apart = 0;
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    REQUIREF(rasd_ner_available(e), "no data/ner.model");
    n = read_rows(r);
    CHECKF(n >= 20, "%zu rows in " ROWS, n);
    for (size_t k = 0; k < n; k++)
        want_apart += r[k].want[0] == '!';
    if (SHARED_TIER("SaudiNewsNet merges", CHECK_SLOW)) {
        REQUIREF(rasd_reader_open(&rd, SNN, NULL) == RASD_OK, "cannot read " SNN);
        left = n;
        while (left > 0 && rasd_reader_next(rd, &rec) == RASD_OK) {
            size_t k, ne;
            for (k = 0; k < n && strcmp(r[k].article, rec.id) != 0; k++)
                ;
            if (k == n)
                continue;
            CHECK(rasd_analyze(e, d, rec.text, rec.text_len) == RASD_OK &&
                  rasd_recognize(e, d) == RASD_OK);
            const rasd_entity *en = rasd_doc_entities(d, &ne);
            check_article(&rec, en, ne, r, n, &merged, &apart);
            left = 0;
            for (k = 0; k < n; k++)
                left += !r[k].seen;
        }
        rasd_reader_close(rd);
        for (size_t k = 0; k < n; k++)
            CHECKF(r[k].seen, "%s not found in " SNN, r[k].article);
        printf("  SaudiNewsNet: %zu of %zu mentions joined their person, %zu of %zu kept apart\n",
               merged, n - want_apart, apart, want_apart);
    }
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_merges");
}
