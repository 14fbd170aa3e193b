/* test_events_thing_relative.c — events55 (docs/EVENTS.md "Issue 16: unseen23's missed events over
 * every part (branch events55, stop 47)"): by default the trigger layer reports no threat or
 * accusation at a verb right after a singular relative pronoun that follows no name (the
 * verb's subject is the noun before it, a thing or someone described), when the row would
 * take its actor elsewhere in the sentence (src/events/thing_relative.c). A name before the
 * pronoun, right before it or before a dash, keeps the row; so does the passive (اتهم بقتل), whose
 * actors doers.c clears. Sentences of SaudiNewsNet articles outside the recall set
 * (bench/recall/drawn.txt), from the fresh draws of bench/events55 (seeds 5571, 5572). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

static void test_thing_relative(const rasd_engine *e, rasd_doc *d)
{
    static word_case cases[] = {
        /* snn-004876: the accounts threatened, not the ministry that revealed them */
        {"كشفت وزارة الداخلية معرفات «تويتر» التي توعد أصحابها أمهاتهم وآباءهم بالموت إن هم قاموا بالتبليغ أو المساهمة في تسليم بعض أعضاء التنظيم للجهات الأمنية تعود إلى بعض أعضاء التنظيم الذين وقعوا في قبضة العدالة مؤخرا!",
         "2015-07-22 10:38:03", "threaten", "توعد"},
        /* snn-016536 (two sentences): the British papers accused France, not Cameron */
        {"ووعد كاميرون \"بتعزيز السياج وبمزيد من الموارد ومزيد من الفرق المزودة بالكلاب\" لمساعدة الشرطة الفرنسية في عملياتها لضبط اللاجئين.\nلكن الحكومة الفرنسية لم تتمكن من التغاضي عن الهجوم العنيف الذي شنته الصحف البريطانية التي اتهمت فرنسا بالجبن وعدم الكفاءة الخميس، قبل ان تدعو حكومتها الى \"ارسال الجيش\" الى كاليه.",
         "2015-08-02 23:33:39", "accuse", "اتهمت"},
    };
    check_event_words(e, d, cases, sizeof cases / sizeof *cases, 0);
}

static void test_named_before(const rasd_engine *e, rasd_doc *d)
{
    static word_case cases[] = {
        /* snn-005048: the president named before a dash and the pronoun threatened */
        {"ومنذ تولي الرئيس النيجيري محمد بخاري - الذي توعد بسحق التمرد - الحكم في 29 مايو (ايار)، قتل اكثر من 750 شخصا بحسب تعداد لوكالة الصحافة الفرنسية.",
         "2015-07-23 19:29:04", "threaten", "توعد"},
    };
    check_event_words(e, d, cases, sizeof cases / sizeof *cases, 1);
}

int main(void)
{
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_thing_relative(on, d);
    test_named_before(on, d);
    rasd_doc_free(d);
    rasd_engine_close(on);
    return check_done("test_events_thing_relative");
}
