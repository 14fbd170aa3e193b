/* test_events.c — who met whom, when and where, on the seeds given their publication dates:
 * the four meetings the issue names (Putin–Cameron in Antalya on 16 November 2015,
 * Obama–Putin at the G20 on the 15th, Putin–Hollande in Moscow on the 26th, Lavrov–Johnson in
 * Moscow), one event for one meeting however often an article mentions it, the same id for
 * the same meeting in two outlets, and no event where the text says it did not happen. */
#include "check.h"
#include "rasd.h"

#include <stdlib.h>
#include <string.h>

#define SEEDS "../shared/corpus/seeds/"

typedef struct seed {
    const char *file, *published;
} seed;

static const seed seeds[5] = {
    {"000_93c6ccf29017a1c8", "2015-11-16"}, {"001_337ddc5b2ec75abf", "2015-11-16"},
    {"002_a013ac47fc823ed8", "2015-11-16"}, {"003_f448dd176493aaea", "2017-12-22"},
    {"004_d592b9f202c30752", "2015-11-26"},
};

static int has_actor(const rasd_event *ev, const char *name)
{
    for (size_t a = 0; a < ev->nactors; a++)
        if (strcmp(ev->actor_name[a], name) == 0)
            return 1;
    return 0;
}

/* The meeting of the two named people among the events, or NULL; checks there is one. */
static const rasd_event *meeting(const rasd_event *ev, size_t n, const char *a, const char *b)
{
    const rasd_event *hit = NULL;
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(ev[i].type, "meet") == 0 && has_actor(&ev[i], a) && has_actor(&ev[i], b)) {
            hit = hit ? hit : &ev[i];
            count++;
        }
    CHECKF(count <= 1, "%s–%s: %zu events for one meeting", a, b, count);
    return hit;
}

static void analyse(const rasd_engine *e, rasd_doc *d, const char *text, size_t len,
                    const char *published)
{
    CHECK(rasd_analyze(e, d, text, len) == RASD_OK && rasd_recognize(e, d) == RASD_OK &&
          rasd_extract(e, d, published) == RASD_OK);
}

static void test_seed_meetings(const rasd_engine *e, rasd_doc *d)
{
    static const struct {
        int seed;
        const char *a, *b, *place, *date;
        int dated;
    } want[] = {
        {0, "فلاديمير بوتين", "ديفيد كاميرون", "أنطاليا", "2015-11-16", 1},
        {2, "باراك أوباما", "فلاديمير بوتين", "مجموعة العشرين", "2015-11-15", 1},
        {4, "فلاديمير بوتين", "فرانسوا هولاند", "الكرملين", "2015-11-26", 1},
        {3, "سيرغي لافروف", "بوريس جونسون", "موسكو", "2017-12-22", 1},
    };
    char ids[2][17] = {"", ""};
    for (size_t w = 0; w < sizeof want / sizeof *want; w++) {
        char path[128], *text;
        size_t len, n;
        const rasd_event *ev, *m;
        snprintf(path, sizeof path, SEEDS "%s.txt", seeds[want[w].seed].file);
        if (!(text = check_slurp(path, &len))) {
            CHECK(!"seed missing");
            continue;
        }
        analyse(e, d, text, len, seeds[want[w].seed].published);
        ev = rasd_doc_events(d, &n);
        m = meeting(ev, n, want[w].a, want[w].b);
        CHECKF(m != NULL, "no meeting %s–%s in %s", want[w].a, want[w].b, seeds[want[w].seed].file);
        if (m) {
            CHECKF(strcmp(m->cameo, "040") == 0 && m->nactors == 2, "%s: cameo %s, %zu actors",
                   want[w].a, m->cameo, m->nactors);
            CHECKF(m->place_name && strcmp(m->place_name, want[w].place) == 0, "%s–%s: place %s",
                   want[w].a, want[w].b, m->place_name ? m->place_name : "(none)");
            CHECKF(strcmp(m->date, want[w].date) == 0 && m->dated == want[w].dated,
                   "%s–%s: date %s (%s)", want[w].a, want[w].b, m->date,
                   m->dated ? "stated" : "the article's");
            CHECK(m->start <= m->trigger_start && m->trigger_end <= m->end && m->end <= len);
            if (w == 0)
                memcpy(ids[0], m->id, sizeof ids[0]);
        }
        free(text);
    }
    /* 001 reprints 000's report of the Putin–Cameron meeting: the same event id. */
    {
        char *text;
        size_t len, n;
        const rasd_event *m, *ev;
        if ((text = check_slurp(SEEDS "001_337ddc5b2ec75abf.txt", &len)) != NULL) {
            analyse(e, d, text, len, seeds[1].published);
            ev = rasd_doc_events(d, &n);
            m = meeting(ev, n, "فلاديمير بوتين", "ديفيد كاميرون");
            CHECKF(m && strcmp(m->id, ids[0]) == 0, "001 Putin–Cameron id %s, 000's %s",
                   m ? m->id : "(none)", ids[0]);
            free(text);
        }
    }
}

/* What did not happen, or not then, is no event. */
static void test_not_events(const rasd_engine *e, rasd_doc *d)
{
    static const char *const texts[] = {
        "وقال المتحدث إن الرئيس الروسي فلاديمير بوتين لم يلتق نظيره الأمريكي باراك أوباما في أنطاليا.",
        "وقال كاميرون للصحفيين أمس الأحد قبل اجتماع مع فلاديمير بوتين على هامش القمة إن الخلافات كبيرة.",
        "وأكد فلاديمير بوتين أن بحث الملف مع الرئيس الفرنسي فرانسوا هولاند مستمر.",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        size_t n;
        analyse(e, d, texts[i], strlen(texts[i]), "2015-11-16");
        rasd_doc_events(d, &n);
        CHECKF(n == 0, "an event in: %s", texts[i]);
    }
}

int main(void)
{
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    if (rasd_engine_open(&e, NULL) != RASD_OK || rasd_doc_new(&d) != RASD_OK ||
        !rasd_ner_available(e)) {
        fprintf(stderr, "cannot set up (data/ner.model?)\n");
        return 1;
    }
    test_seed_meetings(e, d);
    test_not_events(e, d);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events");
}
