/* test_events_assault_feared.c — frames43 (docs/EVENTS.md "Issue 16: the trigger layer's wrong rows
 * in judge38"): the trigger layer's noun of assault names no event when the attack is still
 * to come or only feared, warned of or prepared for (الهجوم المرتقب، استعدادا للهجوم، لم يحدد
 * تاريخ بدء الهجوم), or when it is an attack on computers (الهجمات الإلكترونية، هجمات قراصنة
 * الكمبيوتر), or many counted over past years (نشطت خلال الأعوام الماضية في تنظيم اعتداءات)
 * (assault_feared.c); an attack done stays an assault. Sentences of SaudiNewsNet
 * articles outside the recall set (the rows frames43's check over the corpus removed). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, type, first actor ("": any), by default, by the rules alone} */
    static const char *const cases[][6] = {
        /* snn-008003 (judge38's wrong row): an offensive whose start is not yet fixed */
        {"ولم يحدد المتحدث تاريخ بدء الهجوم المباشر على المدينة، متوقعا أن يتم ذلك خلال أسابيع بمشاركة آلاف المقاتلين العراقيين.",
         "2015-07-24", "assault", "", "0", "0"},
        /* snn-007077: forces massed in preparation for the attack */
        {"وقال المتحدث إن «القوات العراقية، مدعومة بالطائرات الأميركية، بدأت خلال الأيام الأخيرة بتنفيذ وصياغة الهجمات لاستعادة مدينة الرمادي محشدة آلافًا عدة من القوات استعدادًا للهجوم على المدينة».",
         "2015-07-24", "assault", "", "0", "0"},
        /* snn-016626 (judge38's wrong row): computer pirates' attacks, a yearly cost */
        {"وقدرت لويدز، شركة التأمين البريطانية، تكلفة هجمات قراصنة الكمبيوتر على جميع الشركات بـ 400 مليار دولار في السنة.",
         "2015-08-02", "assault", "", "0", "0"},
        /* snn-015222: cyber attacks */
        {"بدلا من ذلك، قد يضطر محامو الأمن لرسم خط بين \"الدفاع الفعال\"، المقبول من الناحية القانونية، وعمليات \"القرصنة المعاكسة\"، غير المقبولة قانونا، باستخدام قضية قلما وجد لها أهمية واضحة في عالم الهجمات الإلكترونية على نطاق واسع.",
         "2015-08-01", "assault", "", "0", "0"},
        /* snn-012967: possible attacks warned of (the attack after أعقاب is frames41's fight) */
        {"حذرت وزارة الخارجية الألمانية اليوم الأربعاء من هجمات محتملة تستهدف شبكة قطارات الأنفاق ومحطات الحافلات في مدينة اسطنبول التركية في أعقاب هجوم تركيا على المقاتلين الأكراد في شمال العراق.",
         "2015-07-31", "assault", "", "0", "0"},
        /* snn-025683: attacks organised over past years, a background */
        {"يشار إلى أن هناك تنظيمات يهودية أخرى نشطت خلال الأعوام الماضية في تنظيم اعتداءات على الفلسطينيين وممتلكاتهم مثل \"شبيبة التلال\" و\" تدفيع الثمين\"، لكن الجهات الرسمية الإسرائيلية اعتمدت سياسة غض الطرف عن هذه الجرائم.",
         "2015-08-08", "assault", "", "0", "0"},
        /* negatives. snn-029450: a police station attacked stays an assault */
        {"وقالت الشرطة إنه في الجانب الآخر من إسطنبول استخدمت مركبة محملة بالمتفجرات في هجوم على مركز للشرطة، مما أسفر عن إصابة ثلاثة من رجال الشرطة وسبعة مدنيين.",
         "2015-08-11", "assault", "", "0", "0"},
        /* snn-017028: a police headquarters attacked */
        {"وقتل شرطيان صباح الجمعة في هجوم استهدف مقرا للشرطة في مدينة بوزانتي في منطقة اضنة في جنوب البلاد.",
         "2015-07-31", "assault", "", "0", "0"},
    };
    check_two_modes1(cases, sizeof cases / sizeof *cases, first_actor_is);
    return check_done("test_events_assault_feared");
}
