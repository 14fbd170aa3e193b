/* test_events_judicial_accuser.c — acc73 (docs/EVENTS.md "Stop 60: accusations read in the
 * wrong voice or mood (branch acc73)"): an accusation whose accuser is a prosecutor or a court
 * (data/events.tsv aguard judicial: النيابة، المحكمة، وزارة العدل …) is a charge, judicial,
 * no accuse (src/events/judicial.c). Sentences of SaudiNewsNet articles outside the recall set
 * (the article each is from in the comment), rows removed by bench/acc73's fresh check of
 * rule 2 (seed 7373, slices 2000:4890 of the accusation pool). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, type, first actor, second actor, by default, by the rules alone} */
    static const char *const cases[][7] = {
        /* snn-005128: the Bolivian prosecution's charge against Chavez */
        {"واتهمت النيابة العامة في بوليفيا تشافيز بارتكابه أعمال فساد، بينما يخص إدارة "
         "مصادر دخل الاتحاد البوليفي لكرة القدم.",
         "2015-07-23", "accuse", "", NULL, "0", "0"},
        /* snn-011579: the ICC's charge against Kenyatta */
        {"وكانت المحكمة الجنائية الدولية اتهمت الرئيس الكيني أوهورو كيناتو بارتكاب جرائم "
         "ضد الإنسانية، بسبب دوره المفترض في أعمال العنف تلك.",
         "2015-07-27", "accuse", "", NULL, "0", "0"},
        /* snn-000645: the US Department of Justice's indictment of marketing officials */
        {"ووجهت وزارة العدل الأمريكية اتهامات إلى 14 مسؤولا في شركات تسويق إضافة لمسؤولين كرويين.",
         "2015-07-21", "accuse", "", NULL, "0", "0"},
        /* snn-014333: the prosecution's charge, told after an appeal court's ruling */
        {"أيدت محكمة استئناف أبوظبي، الحكم الصادر بإدانة شاب خليجي الجنسية، تتهمه النيابة "
         "العامة بقيادة مركبة بعكس اتجاه السير وبدون لوحة أرقام، وبتعريض سلامة الآخرين "
         "للخطر، والحكم عليه بالسجن لمدة عامين مع مصادرة المركبة.",
         "2015-07-31", "accuse", "", NULL, "0", "0"},
    };
    check_two_modes(cases, sizeof cases / sizeof *cases, first_second_hold);
    return check_done("test_events_judicial_accuser");
}
