/* test_events_appeal_described_before.c — app71 (docs/EVENTS.md "Stop 60: appeals whose caller
 * is a pronoun, the writer or a description (branch app71)", rule 2): an appeal verb whose
 * caller is given by its description before it, after a word that puts the subject first
 * (أن، إن، كان: أن السلطات اليمنية طلبت، أن الإدارة دعت الشركات), is the description's
 * appeal (groups.c ev_group_before, which events.c's verb path reached only when
 * ev_subject_before had not ruled the subject unnamed). Sentences of SaudiNewsNet articles
 * outside the recall set (bench/recall/drawn.txt), from app71's fresh draw (seed 60073); the
 * start build (d5f8d301) finds neither appeal. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

int main(void)
{
    /* {text, published, type, first actor, count by default, by the rules alone} */
    static const char *const cases[][6] = {
        /* snn-029280: أن after a title and its holder, a department, دعت the firms */
        {"وبينت مديرة الإدارة العامة لبرامج التدريب "
         "المشترك بإدارة التدريب التقني للبنات فائزة "
         "الغامدي أن الإدارة دعت الشركات الراغبة بتقديم "
         "طلباتها الوظيفية لهذا المسار سرعة المبادرة "
         "لتعبئة الاستمارة المتوفرة على موقع الإدارة "
         "العامة لبرامج التدريب المشترك.",
         "2015-08-10", "appeal", "الإدارة", "1", "1"},
        /* snn-028358: أن after علمت «المدينة», the authorities, طلبت من a country */
        {"علمت «المدينة» أن السلطات اليمينة طلبت من "
         "الأردن استقبال أعداد إضافية من المواطنين "
         "والعسكريين اليمنيين الذين جرحوا في معارك عدن "
         "فيما وعدت السلطات الصحية الأردنية بالعمل على "
         "دراسة الطلب اليمني.",
         "2015-08-10", "appeal", "السلطات اليمينة", "1", "1"},
    };
    check_two_modes1(cases, sizeof cases / sizeof *cases, actors_hold);
    return check_done("test_events_appeal_described_before");
}
