/* test_events_verdict_habit.c — prec67 (docs/EVENTS.md "Stop 57: the trigger layer's wrong
 * forms (branch prec67)"): report_guards.c rg_unreported, both event paths. A court's
 * conviction (أدانت المحكمة، أدانت محكمة: data/events.tsv "aguard court_verdict") is a verdict,
 * no criticism; a verb after «لطالما / طالما» ("aguard ever") is a habit, no one event. A
 * judge's title before his name (وأدان القاضي الشيخ …) still condemns. Sentences of
 * SaudiNewsNet articles outside bench/recall/drawn.txt: judge58's 3 and judge59's 52
 * (snn-005831), prec67's fresh rows (seed 6768: snn-019102, snn-003152, snn-013203),
 * judge59's 18 (snn-019801) and snn-026130 for the judge. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

/* {text, published, the criticize trigger that must give no row} */
static const char *const verdicts[][3] = {
    /* snn-005831 (judge58 3, judge59 52) */
    {"وقالت شركة الطيران إنها ستدرس الحكم. وأدانت المحكمة الشركة بارتكاب \"خطأ تنظيمي\" تسبب في \"عدم راحة بدنية\" للمرأة وبسبب هذا الخطأ لم تتمكن المرأة من دخول الحمام رغم حاجتها الملحة إلى ذلك خلال الرحلة التي قامت بها في تشرين أول/أكتوبر الماضي من مدينة كوبلنتس إلى ترير.",
     "2015-07-23 19:17:24", "وأدانت"},
    /* snn-019102 */
    {"أدانت محكمة في لندن توم هايز، المضارب السابق في الحي المالي في لندن، بتهمة التلاعب بأسعار الفائدة بين البنوك المعروفة باسم «ليبور»، وأصدرت حكمًا بـ14 سنة في حقه.",
     "2015-08-04 18:06:40", "أدانت"},
    /* snn-003152 */
    {"بعد مضي 11 عاما، أدانت محكمة كورية جنوبية اثنين من التنفيذيين في \"إيفرلاند\" بخيانة الأمانة في التعامل، حيث تبين للمحكمة أنه تم تنفيذ التعامل بأقل من القيمة العادلة بكثير.",
     "2015-07-22 10:11:15", "أدانت"},
    /* snn-013203 */
    {"وأدانت المحكمة سيدة تدعى فاطمة وثلاثة من أبنائها، وقالت المحكمة إن السيدة ساهمت في نشر الفكر المتشدد، وتمويل سفر الشباب إلى سوريا، وقضت المحكمة بحبسها 8 سنوات، وحكمت بالمدة نفسها على ابنها سفيان.",
     "2015-07-31 04:32:01", "وأدانت"},
};

/* {text, published, the accuse trigger that must give no row} */
static const char *const habits[][3] = {
    /* snn-019801 (judge59 18) */
    {"وقالت وزارة الخارجية الأمريكية إن إيران لا تزال الدولة الأولى الراعية للإرهاب في العالم. ولطالما اتهمت دول العالم الحرس الثوري الإيراني بنشر أيديولوجية الثورة الإيرانية في المناطق المجاورة من خلال تدريب وتمويل المنظمات الإرهابية.",
     "2015-08-04 17:57:49", "اتهمت"},
};

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    const char *judge = "وأدان القاضي الشيخ عبدالباقي المبارك الجريمة البشعة في حق الوطن وأبناء الوطن المرابطين لحمايته، مؤكدا وقوفه إلى جانب القيادة الرشيدة.";
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    check_no_event_at(e, d, "criticize", verdicts, sizeof verdicts / sizeof *verdicts);
    check_no_event_at(e, d, "accuse", habits, sizeof habits / sizeof *habits);
    analyse(e, d, judge, "2015-08-08 07:01:31");   /* snn-026130: a judge condemns */
    CHECKF(event_at(d, judge, "criticize", "وأدان") != NULL, "the judge's condemnation lost");
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_verdict_habit");
}
