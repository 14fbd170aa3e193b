/* test_events_habits.c — wrong49 (docs/EVENTS.md "Issue 16: the judged samples' wrong event
 * rows, pooled"): an event told in a habitual frame (كثيرا ما، في أكثر من مناسبة، بين فترة
 * وأخرى، مرارا), after «أي» (لأي محاولة اعتداء) or as a past habit (كنا نطالب) is no event
 * (habits.c); a كان before a past verb, a series of strikes and a daily campaign keep
 * theirs. Sentences of SaudiNewsNet articles outside the recall set
 * (bench/recall/drawn.txt). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

static void test_framed(const rasd_engine *e, rasd_doc *d)
{
    static word_case cases[] = {
        /* snn-002141 (judge37's event 32): we used to ask */
        {"وقال ابو مالك امس: «كنا نطالب بأسرى من سجن رومية (أكبر سجون لبنان).. لم نعد نريد ذلك».",
         "2015-07-21 02:46:03", "appeal", "نطالب"},
        /* snn-003182 (judge36's event 42) */
        {"لذلك طلبت إيران في أكثر من مناسبة إعادة نظام حصص الإنتاج إلى منظمة «أوبك» لتسهيل عودة صادراتها إلى الأسواق بعد رفع العقوبات عنها.",
         "2015-07-22 10:11:44", "appeal", "طلبت"},
        /* snn-006163 (judge35's event 31, judge40's 44) */
        {"وذكر بأن كوادر وقوات حرس الحدود قادرة على التصدي لأي محاولة اعتداء من قبل الحوثيين وجاهزة للرد عليهم في أي لحظة.",
         "2015-07-23 17:36:10", "assault", "اعتداء"},
        /* snn-015980 (judge36's event 49) */
        {"وتشن مقاومة تهامة بين فترة وأخرى هجمات مسلحة على تجمعات وآليات تابعة للحوثيين، أدت إلى مقتل وإصابة العشرات منهم.",
         "2015-08-01 07:57:39", "fight", "هجمات"},
        /* snn-010075 */
        {"ودائما ما تشن الولايات المتحدة غارات بطائرات بلا طيار على اهداف لحركة الشباب.",
         "2015-07-26 17:05:05", "fight", "غارات"},
        /* snn-024418 */
        {"واسقط المتمردون في مناسبات عدة مروحيات لحلف شمال الأطلسي، منها طائرة شينوك الأميركية العام 2011 والتي قتل فيها 30 أميركيا، ولكن هذه الحوادث نادرة الحصول.",
         "2015-08-07 06:47:19", "fight", "واسقط"},
    };
    check_event_words(e, d, cases, sizeof cases / sizeof *cases, 0);
}

static void test_kept(const rasd_engine *e, rasd_doc *d)
{
    static word_case cases[] = {
        /* negative, snn-017730: كان before a past verb (had condemned) */
        {"الا ان الجبير كان ندد الاسبوع الماضي بـ\"التصريحات العدائية\" التي صدرت عن مسؤولين ايرانيين بعد ان كانت ايران اتهمت البحرين بزيادة التوتر عبر توجيه اتهامات اعتبرت ان لا اساس لها من الصحة ضد طهران.",
         "2015-08-03 20:42:32", "criticize", "ندد"},
        /* negative, snn-011574: a series of strikes, one night */
        {"وكان سلاح الجو التركي شن ليل الجمعة - السبت سلسلة غارات على القواعد الخلفية لحزب العمال الكردستاني في شمال العراق.",
         "2015-07-27 17:15:28", "fight", "غارات"},
        /* negative, snn-016428: a daily campaign of these days (يوميا is no habit word) */
        {"من جهته، ينفذ الطيران التركي يوميا غارات مكثفة على مواقع للمتمردين في جبال شمال العراق، حيث يتمركزون منذ سنوات وقتل ما لا يقل عن 260 مقاتلا كرديا وأصيب حوالى 400 في هذه الغارات بحسب أنقرة.",
         "2015-08-02 22:57:37", "fight", "غارات"},
    };
    check_event_words(e, d, cases, sizeof cases / sizeof *cases, 1);
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_framed(e, d);
    /* layer49: criticize's past verbs are off by default: the kept forms with every kind */
    rasd_engine *all = mode_engine(RASD_TRIGGERS_ALL);
    test_kept(all, d);
    rasd_engine_close(all);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_habits");
}
