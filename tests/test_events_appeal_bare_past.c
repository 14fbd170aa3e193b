/* test_events_appeal_bare_past.c — appeal54 (docs/EVENTS.md "Issue 16: the bare past طالب after a
 * particle (branch appeal54, stop 46)"): the bare past طالب, no word of its own (a student),
 * is the verb of an appeal after كما and فيما (data/events.tsv appeal54's block), its subject
 * a person named after it or a subject before the particle; a body right after it is
 * the one asked, the caller the speaker before (كما طالب مجلس الأمن الدولي بـ): no appeal of
 * the body. Passages of SaudiNewsNet articles outside the recall set (the article each is from
 * in the comment), from a paragraph's start. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, the trigger (the particle and طالب), the first actor ("": no appeal there),
     * the second actor ("": none needed)} */
    static const char *const cases[][5] = {
        /* snn-003477: فيما طالب, a person named after it */
        {"في البداية أكد عبدالإله المقاطي أن المتنزهات والمراكز الترفيهية التي تم توفيرها من "
         "أجل الاحتفال بأيام العيد إلى جانب البرامج والأنشطة لا ترتقي إلى طموح الشاب الذي "
         "يبحث عن راحته والاستمتاع بالعيد، فيما طالب يحيى السالم الجهات المختصة بإقامة "
         "مهرجانات سياحية خلال أيام العيد ومسابقات تتميز بالجاذبية تساهم في استقطاب الشباب.",
         "2015-07-22", "فيما طالب", "يحيى السالم", ""},
        /* snn-020736: a title, then the person's name */
        {"فيما طالب الأمين العام لجامعة الدول العربية الدكتور نبيل العربي، بضرورة توفير حماية "
         "دولية حقيقية للشعب الفلسطيني، مؤكدا أن القضية الفلسطينية ستظل القضية المركزية للأمة "
         "العربية ومفتاح الأمن والسلم في المنطقة.",
         "2015-08-06", "فيما طالب", "نبيل العربي", ""},
        /* snn-003000: a body right after كما طالب is the one asked (the caller is إدريس): no
         * appeal of مجلس الأمن */
        {"واعتبر إدريس أن ما تتعرض لها منطقة الزبداني خصوصًا وغيرها من مناطق سوريا، غزو "
         "خارجي إيراني، ينفذ بشكل واضح ومفضوح من قبل قوى إرهابية تقودها إيران وعملاؤها ضد "
         "الشعب السوري بالتعاون مع نظام الإجرام في دمشق، كما طالب مجلس الأمن الدولي بتحمل "
         "كامل مسؤولياته القانونية في وضع حد لجرائم النظام الإيراني والميليشيات التي تدعمها.",
         "2015-07-22", "كما طالب", "", ""},
    };
    check_appeal_cases(cases, sizeof cases / sizeof *cases);
    return check_done("test_events_appeal_bare_past");
}
