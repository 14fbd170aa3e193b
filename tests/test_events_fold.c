/* test_events_fold.c — seedev (docs/EVENTS.md "Issue 16: the seeds' events (branch seedev,
 * stop 34)"): an article's meeting, visit and reception of the same people are three events
 * of the Guideline, so ev_add_event folds a later report into an earlier one only when their
 * CAMEO codes are equal for 04x (meet 040, visit 042, host 043), not their roots alone; the
 * same meeting told twice stays one. Sentences of SaudiNewsNet articles outside the recall
 * set (the article each is from in the comment), from the corpus rows the change adds; the
 * seed 004 (استقبال then مؤتمر صحفي مشترك) is checked by bench/seeds/events.py. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* The number of events of type in text that name a among their actors. */
static size_t count(const rasd_engine *e, rasd_doc *d, const char *text, const char *published,
                    const char *type, const char *a)
{
    size_t n, hits = 0;
    const rasd_event *ev;
    analyse(e, d, text, published);
    ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++) {
        int named = 0;
        for (size_t k = 0; k < ev[i].nactors; k++)
            named |= strstr(ev[i].actor_name[k], a) != NULL;
        hits += strcmp(ev[i].type, type) == 0 && named;
    }
    return hits;
}

int main(void)
{
    /* {text, published, type, an actor's word, events wanted} */
    static const char *const cases[][5] = {
        /* snn-005084: a reception, then the visitor's meeting with the host (two events) */
        {"استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز في قصر السلام أمس آشتون كارتر وزير الدفاع الأميركي والوفد المرافق له.\n وصرح كارتر للصحافيين بعد لقائه بخادم الحرمين الشريفين بأنه من المتوقع أن يزور الملك سلمان الولايات المتحدة في الخريف.",
         "2015-07-23", "host", "كارتر", "1"},
        {"استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز في قصر السلام أمس آشتون كارتر وزير الدفاع الأميركي والوفد المرافق له.\n وصرح كارتر للصحافيين بعد لقائه بخادم الحرمين الشريفين بأنه من المتوقع أن يزور الملك سلمان الولايات المتحدة في الخريف.",
         "2015-07-23", "meet", "كارتر", "1"},
        /* snn-000481: a meeting, then the reception of the same two (two events) */
        {"وحرص الملك سلمان بن عبد العزيز لدى اجتماعه مع الرئيس الأميركي باراك أوباما على طرح كل القضايا العربية والإقليمية.\nويوم الثلاثاء 27 يناير، استقبل الملك سلمان بن عبد العزيز الرئيس الأميركي أوباما ووفدا ضم أكثر من 30 شخصية من مجلسي النواب والشيوخ.",
         "2015-07-21", "host", "أوباما", "1"},
        {"وحرص الملك سلمان بن عبد العزيز لدى اجتماعه مع الرئيس الأميركي باراك أوباما على طرح كل القضايا العربية والإقليمية.\nويوم الثلاثاء 27 يناير، استقبل الملك سلمان بن عبد العزيز الرئيس الأميركي أوباما ووفدا ضم أكثر من 30 شخصية من مجلسي النواب والشيوخ.",
         "2015-07-21", "meet", "أوباما", "1"},
        /* snn-005084: the same meeting told twice (لقائه … لقائه): still one */
        {" قال وزير الدفاع الأمريكي اشتون كارتر للصحفيين بعد لقائه بخادم الحرمين الملك سلمان بن عبد العزيز إن من المتوقع أن يزور الملك سلمان الولايات المتحدة في الخريف.\n وصرح كارتر للصحافيين بعد لقائه بخادم الحرمين الشريفين بأنه من المتوقع أن يزور الملك سلمان الولايات المتحدة في الخريف.",
         "2015-07-23", "meet", "كارتر", "1"},
    };
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        size_t got = count(on, d, c[0], c[1], c[2], c[3]);
        CHECKF(got == (size_t)(c[4][0] - '0'), "%s\n  %s of %s: got %zu, want %s", c[0], c[2],
               c[3], got, c[4]);
    }
    rasd_doc_free(d);
    rasd_engine_close(on);
    return check_done("test_events_fold");
}
