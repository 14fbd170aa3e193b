/* test_events_past_in_plan.c — mend52 (docs/EVENTS.md "Issue 16: a past attack in a planned frame
 * (branch mend52, stop 44)"): a noun of assault or fight followed by a relative and a verb of
 * taking place (حادث التفجير الذي وقع), or an indefinite one by the verb alone (غارة جوية
 * اميركية استهدفت), is told as past: occurred, not planned by the sermon «غداً» or the
 * September to come around it (past_in_plan.c). Sentences of SaudiNewsNet articles outside
 * bench/recall/drawn.txt (the article each is from in the comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* The event of type in d whose trigger starts with the bytes word, or NULL. */
static const rasd_event *trig_event(rasd_doc *d, const char *text, const char *type,
                                  const char *word)
{
    size_t n;
    const rasd_event *ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(ev[i].type, type) == 0 &&
            memcmp(text + ev[i].trigger_start, word, strlen(word)) == 0)
            return &ev[i];
    return NULL;
}

/* Whether d has an occurred event of type at word dated by the sentence on day (ISO). */
static int occurred_on(rasd_doc *d, const char *text, const char *type, const char *word,
                       const char *day)
{
    const rasd_event *ev = trig_event(d, text, type, word);
    return ev && !ev->planned && (!day || (ev->dated && strcmp(ev->date, day) == 0));
}

int main(void)
{
    /* snn-022051: the sermon is tomorrow, the bombing took place today (the 6th) */
    static const char s1[] = "عمم فرع الشئون الإسلامية بمنطقة عسير تخصيص خطبة الجمعة غداً عن حادث التفجير الذي وقع ظهر اليوم في مسجد مقر قوات الطوارئ الخاصة بمنطقة عسير الذي راح ضحيته 10 من منسوبي قوات الطوارئ الخاصة، وثلاثة من العاملين في المسجد.";
    /* snn-023479: the same frame in another outlet's words */
    static const char s2[] = "وأوضح فرع الوزارة بعسير أنه تم التعميم الآن عاجلاً من فرع الوزارة بتخصيص خطبة الجمعة غداً عن حادث التفجير الذي وقع اليوم في مسجد أحد المراكز الأمنية بمنطقة عسير، وراح ضحيته عدد من الجنود تغمدهم الله بواسع رحمته.";
    /* snn-005630 (July 2015; with the sentence before it, which names al-Fadhli): the strike
       on him was the September before */
    static const char s3[] = "وقال جيف ديفيس احد المتحدثين باسم البنتاغون في بيان ان محسن الفضلي قتل في 8 يوليو خلال تنقله بسيارة بالقرب من سرمدا بشمال غرب سورية. وكانت غارة جوية اميركية استهدفت الفضلي في سبتمبر الا ان المسؤولين الاميركيين لم يؤكدوا وفاته انذاك.";
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    analyse(e, d, s1, "2015-08-06 18:53:34");
    CHECKF(occurred_on(d, s1, "assault", "حادث التفجير", "2015-08-06"), "%s",
           "the Asir bombing occurred on the 6th, not planned on the 7th");
    analyse(e, d, s2, "2015-08-06 18:32:31");
    CHECKF(occurred_on(d, s2, "assault", "حادث التفجير", "2015-08-06"), "%s",
           "the Asir bombing (second outlet) occurred on the 6th");
    analyse(e, d, s3, "2015-07-23 19:14:50");
    CHECKF(occurred_on(d, s3, "fight", "غارة", "2014-09"), "%s",
           "the strike on al-Fadhli occurred in September 2014");
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_past_in_plan");
}
