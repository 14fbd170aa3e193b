/* test_events_appeal_opening.c — appeal56 (docs/EVENTS.md "Issue 16: appeals that open a clause
 * (branch appeal56, stop 48)"): the bare past طالب, no word of its own (a student), is the
 * verb of an appeal when it opens a sentence or a clause (after a comma, a colon or a dash;
 * data/events.tsv appeal56's block, value 24, src/events/appeal_opening.c), its caller named right
 * after it; the noun "student" in an apposition after a comma or a dash is none. Passages of
 * SaudiNewsNet articles outside the recall set (the article each is from in the comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, the trigger, the first actor ("": no appeal there), the second
     * actor ("": none needed)} */
    static const char *const cases[][5] = {
        /* snn-010044: the sentence opens with طالب, a title and the caller's name after it */
        {"طالب الرئيس اليمني عبدربه منصور هادي المليشيات الحوثية وقوات صالح باحترام الهدنة "
         "الإنسانية التي جرى سريانها منتصف الليلة الماضية.",
         "2015-07-26", "طالب", "عبد ربه منصور هادي", ""},
        /* snn-019109: after a comma, the caller's name, his title in an apposition */
        {"وعلى الصعيد نفسه، طالب عمر المهنا، رئيس لجنة الحكام بالاتحاد السعودي، جميع الحكام "
         "بالانضباط والالتزام في حضور التدريبات بعد أن تأخر حكمان.",
         "2015-08-04", "طالب", "عمر المهنا", ""},
        /* snn-023491: after a dateline's colon */
        {"محمد المواسي- سبق- الرياض: طالب الخبير الأمني إبراهيم آل مرعي بحجب مواقع التواصل "
         "الاجتماعي عن دول سوريا والعراق وليبيا، كخطوة مؤقتة.",
         "2015-08-06", "طالب", "إبراهيم آل مرعي", ""},
        /* snn-014036: the noun "student" between dashes after a name: no appeal */
        {"فيما اعتبر سعد الشهري – طالب جامعي– أنّ إمكانات مدن الألعاب متواضعة جداً، ويفتقد "
         "بعضها لوسائل السلامة.",
         "2015-07-31", "طالب", "", ""},
        /* snn-003973: the noun in a list after a comma: no appeal */
        {"عاطل، طالب جامعي، موظف يبتغي دخلا إضافيا تجدهم بصفة دورية في \"جزيرة\" مواقف جسر "
         "الملك فهد يمتهنون \"الكدادة\" وتوصيل المسافرين من المملكة الى البحرين.",
         "2015-07-22", "طالب", "", ""},
    };
    check_appeal_cases(cases, sizeof cases / sizeof *cases);
    return check_done("test_events_appeal_opening");
}
