/* test_events_appeal_in_quote.c — appeal53 (docs/EVENTS.md "Issue 16: an appeal in the first person
 * inside a quote (branch appeal53, stop 45)"): a verb of appeal in the first person that opens
 * a clause of a quote (أطالب، ندعو at its start; ونطالب with its و in the middle) is the
 * quote's speaker's appeal, by default, the one named after it the one asked; a prayer
 * (وندعو الله، وندعو لهم) is none, and a bare verb after another word (وعليه نطالب, often a column's words) is left.
 * Passages of SaudiNewsNet articles outside the recall set (the article each is from in the
 * comment), from a paragraph's start. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, the verb (the event's trigger), the first actor ("": no appeal
     * there), the second actor ("": none asked)} */
    static const char *const cases[][5] = {
        /* snn-020311: the quote's first word, a description as speaker */
        {"وأوضحت المواطنة \"ب.و\" لـ\"سبق\": \"أناشد النظر في وضعي، وإبقاء بناتي معي، وعدم "
         "عودتهن لوالدهن المتزوج من امرأة أخرى\"؛ مشيرة إلى أنه بعد طلاقها أخذ طليقها بناتها "
         "منها وتزوج من امرأة أخرى، وهن يتعرضن للأذى بشكل يومي.",
         "2015-08-04", "أناشد", "المواطنة", ""},
        /* snn-029539: the quote's first word, the one asked named after it */
        {"وقال المتحدث باسم الرئاسة الكورية الجنوبية «ندعو كوريا الشمالية رسميا إلى تقديم "
         "اعتذاراتها عن هذا الاستفزاز ومعاقبة المسؤولين» عنه.",
         "2015-08-11", "ندعو", "المتحدث باسم الرئاسة الكورية الجنوبية", "كوريا الشمالية"},
        /* snn-023736: in the middle of the quote, with its و */
        {"وأضاف جاسم: «تتلخص مطالبنا بثماني نقاط، وعلى رأسها الإسراع والجدية في معالجة ملف "
         "الكهرباء، ونطالب رئيس الوزراء بأن يتولى هذا الملف بشكل مباشر».",
         "2015-08-07", "ونطالب", "جاسم", ""},
        /* snn-012623: a prayer (وندعو الله عز وجل أن يحفظ القيادة): none */
        {"من جانبه جدد محمد بن حسين الشيخ عبدالرحمن الجودر في كلمة له نيابة عن عائلة الجودر "
         "الولاء والوفاء للقيادة البحرينية الرشيدة، وقال: «إننا نرفع لكم الولاء ونجدد لكم "
         "الوفاء وللوطن الغالي الذي نعيش فيه، وذلك لما قدمه لنا هذا الوطن من خدمات لا يمكن "
         "حصرها، ونحن في خدمة الوطن وجنود له في أي وقت». وأضاف: «إننا نستنكر كل التدخلات "
         "التي تسيئ للبحرين، وسنظل ندافع عن وطننا في مختلف المحافل، وندعو الله عز وجل أن "
         "يحفظ القيادة ويحفظ مملكة البحرين وشعبها الأصيل».",
         "2015-07-27", "وندعو", "", ""},
        /* snn-028101: a bare verb after another word (وعليه نطالب بريطانيا, in a column's
         * quote of King Faisal that quotes.c gives to Bevin): left */
        {"وليت العرب والمسلمين أجمعين، وقبلهم إخوتنا الفلسطينيين، أدركوا تلك الحقيقة "
         "الراسخة التي خلدها الفيصل فيما يتعلق بقضية فلسطين، عندما قال لـ(بيفن) وزير "
         "خارجية بريطانيا: (حل قضية فلسطين، لن يكون في هيئة الأمم، وإذا انتقلت إلى "
         "منابرها، يصبح حلها مستحيلاً، وعليه نطالب بريطانيا أن تتعاون مع الجامعة العربية "
         "للخروج بحل عادل يضمن للمنطقة أمنها واستقرارها).",
         "2015-08-10", "نطالب", "", ""},
    };
    check_appeal_cases(cases, sizeof cases / sizeof *cases);
    return check_done("test_events_appeal_in_quote");
}
