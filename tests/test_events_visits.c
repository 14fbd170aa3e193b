/* test_events_visits.c — events32 (docs/EVENTS.md "Issue 16: visits, receptions and signings
 * the rules miss"): a journey whose place stands past its subject's titles, a visit's noun
 * with its visitor and a place with لـ, a reception in a visit's sentence (src/events/
 * visits.c), signings by وقع with the other party or what was signed (signings.c), by
 * default and by the rules alone; and the forms they leave: وقع as "happened", a club's
 * arrival, an arrival after قبل أن with nobody named. Sentences of SaudiNewsNet articles
 * outside the recall set (the article each is from in the comment), from the corpus rows
 * the forms add on the development samples (3632, 3633). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

int main(void)
{
    /* {text, published, type, first actor, second actor, by default, by the rules alone} */
    static const char *const cases[][7] = {
        /* snn-014663: a journey to come, its place past the titles and a date: planned */
        {"يتوجه صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع اليوم إلى جمهورية مصر في زيارة عمل يلتقي خلالها فخامة الرئيس المصري عبدالفتاح السيسي.",
         "2015-07-31", "visit", "محمد بن سلمان", NULL, "1", "0"},
        /* snn-023253: a visit's noun, its visitor behind titles, the place with لـ */
        {"أكدت نائبة رئيس الائتلاف الوطني السوري نغم الغادري أن زيارة وزير خارجية النظام وليد المعلم لطهران لأخذ التعليمات باعتبار أن إيران هي الآمر الناهي وهي النظام الحاكم في سوريا.",
         "2015-08-06", "visit", "وليد المعلم", NULL, "1", "0"},
        /* snn-004655: the receptions of a visit's sentence, beside the visit */
        {"زار الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية، يوم الثلاثاء عددا من مجالس الأسر بالجبيل، شملت أسرة الخنيني، والبوعينين، والخاطر، والمجدل، وقد استهل سموه الزيارة بزيارة أسرة البوعينين، حيث كان في استقباله خميس مطر البوعينين واخوانه، بعد ذلك قام بزيارة أسرة الخنيني، وكان الشيخ احمد الخنيني واخوانه في مقدمة مستقبليه، بعد ذلك قام بزيارة لأسرة الخاطر، وكان منصور بن احمد الخاطر في مقدمة مستقبليه، واختتم سموه زيارته بزيارة أسرة المجدل حيث كان في استقباله مجدل المجدل.",
         "2015-07-22", "host", "مجدل المجدل", "سعود بن نايف", "1", "0"},
        /* snn-027979: a club signs a player, the party after مع past the deed's adjective */
        {"من جهة أخرى، وقعت إدارة الطائي عقدا احترافيا مع اللاعب البرازيلي رودريجز موريرا لمدة موسمين دعما لهجوم الفريق بصفقة بلغت 300 ألف ريال.",
         "2015-08-10", "sign", "الطائي", "رودريجز موريرا", "1", "0"},
        /* snn-013560: two states coordinated, what they signed after a date and a place */
        {"ووقَّعت الولايات المتحدة وتركيا في شباط - فبراير في أنقرة اتفاقاً لتدريب وتجهيز معارضين سوريين معتدلين في تركيا.",
         "2015-07-31", "sign", "الولايات المتحدة", "تركيا", "1", "0"},
        /* snn-019441: the party in quote marks after مع */
        {"وقع رئيس اتحاد الطائرة فهد الحريشي عقدا مع المدرب الصربي «رادو سلاف» ومساعده فلادان للإشراف على تدريب المنتخب السعودي الأول لمدة عام.",
         "2015-08-04", "sign", "فهد الحريشي", "رادو سلاف", "1", "0"},
        /* snn-023429: وقع as "happened": no signing */
        {"ووقع الحادث عندما كان الوافدان يعملان على استبدال عجلة شاحنتهم بعد تعطلها بجانب الطريق، فاصطدمت بهم المركبة الصغيرة وارتطمت بشاحنتهم من الخلف أيضًا.",
         "2015-08-06", "sign", "", NULL, "0", "0"},
        /* snn-015691: وقع هجوم: an attack happened, no signing */
        {"وقال باباكورا كولو العنصر في ميليشيا الدفاع الذاتي التي تقاتل بوكو حرام الى جانب الجيش النيجيري \"وقع هجوم انتحاري في سوق غامبورو (في مايدوغوري) صباحا نفذته انتحارية، ووقع الهجوم في الصباح الباكر وفي الوقت الذي يصل فيه التجار الى السوق\".",
         "2015-08-01", "sign", "", NULL, "0", "0"},
        /* snn-008600: a club's arrival (كان … قد وصل): no person, no visit */
        {"وكان فريق هجر قد وصل إلى تركيا وتحديدا في مدينة أزميت حيث سيقابل فرق الكويت الكويتي والاتفاق والقادسية السعوديين هناك.",
         "2015-07-25", "visit", "", NULL, "0", "0"},
        /* snn-006318: قبل أن يصل, nobody named: no visit */
        {"نجح فريق طبي بمستشفى الملك فهد بجدة اليوم؛ في إنقاذ طفل في الرابعة من عمره من مضاعفات جسم غريب في المريء قبل أن يصل إلى حالة حرجة.",
         "2015-07-23", "visit", "", NULL, "0", "0"},
    };
    check_two_modes(cases, sizeof cases / sizeof *cases, first_second_hold);
    return check_done("test_events_visits");
}
