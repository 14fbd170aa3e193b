/* test_events_appeal_renewed.c — ev67 (docs/EVENTS.md "Stop 57: appeal nouns, talks, meeting
 * nouns (branch ev67)"): an appeal said again, its noun with the caller's pronoun after the
 * verb's subject (جدد X دعوته، جددت إدارة النادي مطالبتها), is the subject's appeal
 * (src/events/appeal_renewed.c, data/events.tsv appeal 8 and 7). Sentences of SaudiNewsNet
 * articles outside the recall set (bench/recall/drawn.txt), from ev67's fresh draw (seed
 * 6772); the start build (4a5d0e31) finds neither appeal. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

int main(void)
{
    /* {text, published, type, first actor, count by default, by the rules alone} */
    static const char *const cases[][6] = {
        /* snn-020672: جدد, the subject's titles, دعوته, the one asked after ل */
        {"جدد الرئيس الأميركي باراك أوباما دعوته للشعب الأميركي، أمس، لتأييد الاتفاق النووي الإيراني، باعتباره «أفضل خيار للاستقرار في الشرق الأوسط»، وذلك في كلمة ألقاها عن السياسة الخارجية الأميركية، حذر فيها من أن إفشال الاتفاق سيكون خطأ تاريخيا.",
         "2015-08-06", "appeal", "أوباما", "1", "1"},
        /* snn-025927: جددت, a club's board, مطالبتها with ب */
        {"من جهتها، جددت إدارة الأهلي مطالبتها بتعديل مواعيد مباريات الفريق في الدور الأول، مشيرة إلى أنه لم تتم فيه مراعاة وضع مباريات الأهلي في أيام الإجــازة الأسبوعية كيـوم الجمعـة مثلا كحــال الفــــــرق الأخرى.",
         "2015-08-08", "appeal", "الأهلي", "1", "1"},
    };
    check_two_modes1(cases, sizeof cases / sizeof *cases, actors_hold);
    return check_done("test_events_appeal_renewed");
}
