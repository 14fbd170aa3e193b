/* test_events_outlet_frame.c — src70 (docs/EVENTS.md "Stop 59: the reporting outlet as an
 * event's actor (branch src70)"): outlet_frame.c ev_outlet_reporting through ev_can_act. An
 * outlet in its sentence's reporting frame (ووفقا لصحيفة “آس”، لـ«عكاظ»، سؤال لوكالة فرانس
 * برس) is no actor of the event the sentence reports; an outlet that is a party keeps its
 * part (استجابة لطلب وكالة الأنباء الألمانية: the agency asked). Sentences of SaudiNewsNet
 * articles outside bench/recall/drawn.txt: snn-015900 (the form of judge61's 26), snn-014728,
 * snn-027453 (src70's count, seed 7077) and snn-017986. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* {text, published, type, trigger, a word no actor of that event may hold} */
static const char *const reported[][5] = {
    /* snn-015900 (judge61 26's form) */
    {"ووفقا لصحيفة “آس” الاسبانية، تم الاتفاق بين سرقسطة والريال على انتقال فاييخو مدافع المنتخب الأسباني للشباب تحت 19 عاما، على أن يلعب الموسم المقبل في سرقسطة ثم ينتقل بعدها إلى سانتياجو برنابيو.",
     "2015-08-01 15:13:38", "agree", "تم الاتفاق", "آس"},
    /* snn-014728 */
    {"بالمقابل، أفصحت مصادر طبية لـ«عكاظ»، عن سقوط خمسة قتلى وقرابة مائة جريح في صفوف المدنيين إثر قصف الحوثي لتجمع سكني في أطراف مدينة عدن الشمالية.",
     "2015-07-31 03:56:11", "fight", "قصف", "عكاظ"},
    /* snn-027453 */
    {"وردًا على سؤال لوكالة فرانس برس اتهم رئيس المجلس الوطني الكردستاني زبير ايدار «الدولة التركية ورجب طيب اردوغان» بـ«خرق» الهدنة وعملية السلام القائمة منذ العام 2013.",
     "2015-08-09 17:54:12", "accuse", "اتهم", "فرانس"},
};

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_ALL);
    rasd_doc *d;
    const char *dpa = "وقال المتحدث باسم الوزارة وفي استجابة لطلب وكالة الأنباء الألمانية "
                      "للحصول على نسخة من التحذير، إن التحذير ليس للنشر.";
    const rasd_event *ev;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t k = 0; k < sizeof reported / sizeof *reported; k++) {
        analyse(e, d, reported[k][0], reported[k][1]);
        ev = event_at(d, reported[k][0], reported[k][2], reported[k][3]);
        CHECKF(ev != NULL, "%s: no %s at «%s»", reported[k][0], reported[k][2], reported[k][3]);
        for (size_t a = 0; ev && a < ev->nactors; a++)
            CHECKF(!strstr(ev->actor_name[a], reported[k][4]), "%s: the outlet «%s» acts",
                   reported[k][0], ev->actor_name[a]);
    }
    analyse(e, d, dpa, "2015-08-03 21:38:01");   /* snn-017986: the agency's own request */
    ev = event_at(d, dpa, "appeal", "*");
    CHECKF(ev && ev->nactors > 0 && strstr(ev->actor_name[0], "الألمانية"),
           "the agency's request lost its actor");
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_outlet_frame");
}
