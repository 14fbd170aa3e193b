/* test_events_talks_between.c — ev67 (docs/EVENTS.md "Stop 57: appeal nouns, talks, meeting
 * nouns (branch ev67)"): talks (المفاوضات، المحادثات بين) between states and bodies are a
 * meeting of both (src/events/talks_between.c), where a meeting's sides were people only.
 * Sentences of SaudiNewsNet articles outside the recall set (bench/recall/drawn.txt), from
 * ev67's fresh draws (seeds 6771, 6775); the start build (4a5d0e31) finds none of the meetings. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

int main(void)
{
    /* {text, published, type, first actor, second actor, by default, by the rules alone} */
    static const char *const cases[][7] = {
        /* snn-000250: two states after المفاوضات بين, in a quote */
        {"ونقلت الصحف الأوروبية في بروكسل، عن المفوضية قولها إن «المفاوضات بين روسيا وأوكرانيا والتي انعقدت في جنيف برعاية أوروبية، حول ملف إمدادات الغاز، انتهت إلى التأكيد على أن المشاورات أظهرت أن جميع الأطراف متفقة على المبادئ اللازمة لضمان إمدادات الغاز بطريقة مستقرة وسلسة من روسيا إلى أوكرانيا ثم الوصول إلى الاتحاد الأوروبي».",
         "2015-07-21", "meet", "روسيا", "أوكرانيا", "1", "1"},
        /* snn-007175: the same after من */
        {"جاء ذلك خلال شهادته في جلسة استماع للجنة العلاقات الخارجية في مجلس الشيوخ الأمريكي حول الاتفاق الذي تمت صياغته خلال عامين من المفاوضات بين إيران والولايات المتحدة وخمس قوى عالمية أخرى.",
         "2015-07-24", "meet", "إيران", "الولايات المتحدة", "1", "1"},
        /* snn-013374: an adjective between the noun and بين (rule T3, encounter.c gather_at;
         * by default only) */
        {"انطلقت في موسكو أمس المباحثات الدورية بين روسيا ومنظمة أوبك بمشاركة الكسندر نوفاك وزير الطاقة الروسي وعبدالله البدري الأمين العام لمنظمة أوبك.",
         "2015-07-31", "meet", "روسيا", "أوبك", "1", "0"},
    };
    check_two_modes(cases, sizeof cases / sizeof *cases, actors_hold);
    return check_done("test_events_talks_between");
}
