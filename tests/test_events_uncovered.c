/* test_events_uncovered.c — cover55 (docs/EVENTS.md "Issue 16: the rules no test reached (branch
 * cover55, stop 47)"): event rules whose sites no test ran (`make coverage`), each case a
 * sentence of a SaudiNewsNet article outside bench/recall/drawn.txt (the article in the
 * comment) that reaches the site, checked for what the site decides. Each case fails with its
 * site disabled (tried at 47fe77c). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* {text, published, type ("": any), the trigger's first word ("": any), "1" an event of the
 * type there, "0" none,
 * the engine: "d" default, "a" every form of the layer (--event-triggers)} */
static const char *const cases[][6] = {
    /* trigger_guards.c met_alone, its first return 0: a one-party meeting verb whose plural
     * subject makes it a meeting (اجتمع وزراء) is not alone; the layer keeps it (snn-017721) */
    {"وعندما اجتمع وزراء خارجية الاتحاد الأوروبي اقترحوا توزيع قرابة مائة ألف مهاجر - التقطوا من القوارب القادمة من ليبيا ومعظمهم موجودون في إيطاليا - على بلدان شمال أوروبا الغنية.",
     "2015-08-03", "meet", "اجتمع", "1", "a"},
    /* the same return for كل من after the verb (snn-009379) */
    {"في منزلها اجتمع كل من عبدالوهاب وأحمد شفيق كامل لقراءة الأغنية من جديد والاستقرار على الكلمات بدلاً من تغيير بعضها عند البروفات.",
     "2015-07-25", "meet", "اجتمع", "1", "a"},
    /* trigger_guards.c cause_noun, its return 1: دعا with a demonstrative after it (دعا ذلك
     * القذافي لوصف: "that led Gaddafi to") is a cause, no appeal (snn-000223) */
    {"دعا ذلك القذافي، في التسعينات، لوصف متطرفي المدينة الذين كانوا قد عادوا حديثا من أفغانستان بـ«المقمّلين» بسبب مظهرهم البوهيمي، و«الزنادقة» نظرا لميولهم المتشددة.",
     "2015-07-21", "appeal", "دعا", "0", "d"},
    /* visits.c titled_host, the return NULL in its walk: punctuation between the reception's
     * noun and the name (وكان في استقباله: "حامد البلوي") ends the search for its host; no
     * reception (snn-006327) */
    {"من جهته، وصل المدرب الروماني \"بولوني\" لمقر معسكر نادي الاتحاد بإيطاليا؛ وذلك لبدء مشواره مع الفريق الأول لكرة القدم، وكان في استقباله: \"حامد البلوي\" المدير التنفيذي لكرة القدم، وإداريّا الفريق: \"صالح الصقري، ومناف أبو شقير\"، ولاعبو الفريق.",
     "2015-07-23", "host", "", "0", "d"},
    /* statement.c invites, its return 1 of an invitation's word after the verb: داعيًا
     * الجميع للحضور invites to a celebration, no appeal (snn-001153) */
    {"وأوضح مدير الجمعية أحمد السروي أن الجمعية تقيم هذا الاحتفال ضمن أنشطتها التي تواكب الاحتفالات بعيد الفطر المبارك، داعيًا الجميع للحضور والاستفادة مما سُيقدم في هذه المناسبة من فعاليات وبرامج.",
     "2015-07-21", "appeal", "", "0", "d"},
    /* visit_nouns.c add_visit, its return of a visit told before or the last one (زيارته الأخيرة
     * لإسرائيل: his last visit, the occasion of what he said): no visit (snn-005105) */
    {"وأعرب مالكولم هونلاين، وهو من أبرز الشخصيات في الكونغرس، عن معارضته الشخصية للاتفاق خلال زيارته الأخيرة لإسرائيل مع رئيس مؤتمر الرؤساء الجديد للمنظمات اليهودية.",
     "2015-07-23", "visit", "", "0", "d"},
};

/* The event of type (every type: "") whose trigger starts with word ("": anywhere) in d's last
 * analysis of text, or NULL. */
static const rasd_event *any_event(const rasd_doc *d, const char *text, const char *type,
                                   const char *word)
{
    size_t n;
    const rasd_event *ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++)
        if ((!type[0] || strcmp(ev[i].type, type) == 0) && ev[i].trigger_end > ev[i].trigger_start &&
            strncmp(text + ev[i].trigger_start, word, strlen(word)) == 0)
            return &ev[i];
    return NULL;
}

int main(void)
{
    case_frame f;
    frame_open(&f, 0, 1);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        const rasd_engine *e = c[5][0] == 'a' ? f.all : f.on;
        analyse(e, f.d, c[0], c[1]);
        CHECKF((any_event(f.d, c[0], c[2], c[3]) != NULL) == (c[4][0] == '1'),
               "case %zu: %s at «%s» %s", i, c[2], c[3], c[4][0] == '1' ? "missing" : "found");
    }
    frame_close(&f);
    return check_done("test_events_uncovered");
}
