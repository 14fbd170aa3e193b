/* test_events_meeting_comma.c — meet57 (docs/EVENTS.md "Issue 16: meetings missed over every
 * read part (branch meet57, stop 49)"): a meeting's verb whose party follows a comma, after
 * the verb's subject (اجتمع X، مع Y؛ التقى X، بـY) or around a time (بحث X، مساء أمس، مع Y)
 * gives the meeting encounter.c's join lost at the comma (src/events/meeting_comma.c); a word
 * with ب after the comma that is no party (بهدف) gives none. By default only (encounter.c's
 * walk). Sentences of SaudiNewsNet articles
 * outside the recall set (bench/recall/drawn.txt), from meet57's fresh draw (seed 57491). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

int main(void)
{
    /* {text, published, type, first actor, second actor, by default, by the rules alone} */
    static const char *const cases[][7] = {
        /* snn-012622: a comma after the subject, مع after it */
        {"اجتمع الرئيس اليمني عبدربه منصور هادي، مع المبعوث الأممي، إسماعيل ولد الشيخ أحمد، لتنسيق الجهد الإغاثي خلال الهدنة التي تبدأ منتصف ليل الأحد- الاثنين، وذكر هادي أن الدعوة للهدنة كانت بسبب حاجة اليمنيين للمساعدات، فيما رحبت الجامعة العربية بالهدنة الإنسانية ودعت الحوثيين وحلفاءهم للالتزام ببنودها.",
         "2015-07-27", "meet", "هادي", "المبعوث", "1""1", "0"},
        /* snn-019490: a comma after the subject, the party with ب */
        {"التقى مدير تعليم ينبع محمد العقيبي، بمدير الهيئة العامة للسياحة والتراث الوطني بمحافظة ينبع سامر الجهني، وتم في الاجتماع  بحث سبل التعاون بين تعليم ينبع وفرع هيئة السياحة المبني على اتفاقيات الشراكة بين وزارة التعليم والهيئة العامة للسياحة والتراث الوطني.",
         "2015-08-04", "meet", "العقيبي", "مدير", "1""1", "0"},
        /* snn-007945: a time between commas, then مع */
        {"بحث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، مساء أمس، مع وزير الخارجية المصري سامح شكري، العلاقات الأخوية بين البلدين الشقيقين، والأوضاع في المنطقة.",
         "2015-07-24", "meet", "سلمان", "شكري", "1""1", "0"},
        /* snn-020667: a time between commas, then مع and a peer with his name */
        {"إلى ذلك، اجتمع وزير الخارجية الأميركي جون كيري، أمس الأربعاء، مع نظيره الروسي سيرغي لافروف على هامش اجتماع رابطة دول جنوب شرقي آسيا (آسيان) التي تضم عشر دول.",
         "2015-08-06", "meet", "كيري", "لافروف", "1""1", "0"},
        /* snn-011079: after the comma a purpose (بهدف), no party: no meeting of the comma */
        {"وأكدت الأسر المتضررة، أنها التقت أمس الجمعة بممثل القنصلية في مشهد سعد الشهري، بهدف التواصل مع الجهات الإيرانية المختصة لمتابعة ملف القضية.",
         "2015-07-26", "meet", "", NULL, "0", "0"},
    };
    check_two_modes(cases, sizeof cases / sizeof *cases, actors_hold);
    return check_done("test_events_meeting_comma");
}
