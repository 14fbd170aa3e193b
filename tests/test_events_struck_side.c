/* test_events_struck_side.c — fix60 (docs/EVENTS.md "Issue 16: judge55's event forms"): an
 * air strike told by a deed's verb (شن، بدأ … غارات، ضربات، حملة جوية) names the side it
 * struck, after على or ضد, as its second actor: past a held site ("aguard" held_site: مواقع،
 * تجمعات، معسكرات) the side that holds it, a name or a force's description
 * (struck_side.c); areas and towns struck give no side. Sentences of SaudiNewsNet articles
 * outside the recall set (fix60's fresh draw, seed 6054, and a grep of the corpus). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

int main(void)
{
    /* {text, published, type, first actor holds, second actor holds ("": none), by default,
       by the rules alone} */
    static const char *const cases[][7] = {
        /* snn-028976: ضد معسكرات X */
        {"وشنت تركيا حملة جوية ضد معسكرات حزب العمال الكردستاني في شمال العراق يوم 24 يوليو، وقالت وكالة أنباء الأناضول: إن أكثر من 260 مقاتلًا كرديًا قتلوا.",
         "2015-08-10", "fight", "تركيا", "حزب العمال الكردستاني", "1", "1"},
        /* snn-011012: على مواقع لـX */
        {"شن طيران التحالف العربي غارات على مواقع للحوثيين وقوات الرئيس السابق علي عبدالله صالح في صنعاء، صباح الأحد، وسمع دوي انفجارات تهز العاصمة حسبما أفادت مصادرنا.",
         "2015-07-26", "fight", "طيران التحالف العربي", "الحوثي", "1", "1"},
        /* snn-000005: the doer a relative's antecedent, a count before the noun */
        {"وذكر مصدر عسكري آخر أن المقاتلين على الأرض استفادوا من دعم مقاتلات التحالف العربي الذي شن نحو 15 غارة على مواقع المتمردين الحوثيين في التواهي وكذلك في الضاحيتين الشمالية والشرقية لعدن.",
         "2015-07-21", "fight", "التحالف العربي", "المتمردين", "1", "1"},
        /* negative. snn-007118: areas of a town struck are no side */
        {"وقال ناشطون إن الطيران الحربي نفذ 9 غارات على مناطق في بلدة اليادودة، و12 على مناطق في أطراف حي طريق السد بمدينة درعا.",
         "2015-07-24", "fight", "الطيران الحربي", "", "1", "1"},
    };
    check_two_modes(cases, sizeof cases / sizeof *cases, first_second_hold);
    return check_done("test_events_struck_side");
}
