/* test_dates_far46.c — reldays46 (docs/EVENTS.md "Issue 16: a day past the reach …"): a day
 * after the event's word in its own clause, farther than event_when.c's reach (long titles
 * and places before أمس or a weekday), is the event's date (weeks.c ev_far_day); not after
 * بعد، إثر، عقب, nor a قبل|بعد + days span (another matter's). Sentences of SaudiNewsNet
 * articles outside the recall set (bench/recall/drawn.txt). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

static void test_event_dates(const rasd_engine *e, rasd_doc *d)
{
    /* {text, published, type, date ("": null), dated, planned} */
    static const char *const cases[][6] = {
        /* snn-028510 */
        {"استقبل صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض في مكتب سموه بقصر الحكم أمس مدير عام فرع الرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر بمنطقة الرياض الشيخ عبدالله بن صالح الفواز، ورئيس هيئة الأمر بالمعروف والنهي عن المنكر بمدينة الرياض الشيخ عبدالله بن أحمد السلمان الذين قدما للسلام على سموه بعد تعيينهما في منصبيهما الجديدين.",
         "2015-08-10 19:32:43", "host", "2015-08-09", "1", "0"},
        /* snn-030059 */
        {"استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في قصر السلام بجدة مساء امس معالي وزير الدولة لشؤون الدفاع بدولة قطر اللواء ركن حمد بن علي العطية والوفد المرافق له.",
         "2015-08-11 14:15:39", "host", "2015-08-10", "1", "0"},
        /* snn-013534 */
        {"انطلاقاً من العلاقات الوثيقة والراسخة التي تربط جمهورية مصر العربية والمملكة العربية السعودية بقيادة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وأخيه فخامة الرئيس عبدالفتاح السيسي، فقد قام صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود بزيارة إلى جمهورية مصر العربية تلبية لدعوة كريمة من فخامة السيد الرئيس عبدالفتاح السيسي يوم الخميس 14-10- 1436هـ الموافق 30-7-2015م.",
         "2015-07-31 03:44:54", "visit", "2015-07-30", "1", "0"},
        /* snn-017410 */
        {"دعت وزيرة الخارجية الأمريكية السابقة المرشحة لانتخابات الحزب الديموقراطي للرئاسة الأمريكية هيلاري كلينتون الجمعة مجددًا الى انهاء الحصار الامريكي المفروض على كوبا.",
         "2015-08-02 23:40:57", "appeal", "2015-07-31", "1", "0"},
        /* snn-025573 */
        {"استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير في ضيافة الإمارة بحي السد بأبها يوم أمس معالي مدير الأمن العام الفريق عثمان بن ناصر المحرج والوفد المرافق من مديري الإدارات الأمنية بالأمن العام.",
         "2015-08-08 06:40:53", "host", "2015-08-07", "1", "0"},
        /* snn-012498: negatives. after بعد: the police entry's Sunday, not the appeal's */
        {"طالبت الخارجية الفلسطينية بتحرك عربي وإسلامي عاجل لإنقاذ القدس بعد دخول شرطة الاحتلال الاسرائيلي صباح الاحد الى المسجد الاقصى في القدس الشرقية المحتلة لطرد فلسطينيين تحصنوا فيه في خطوة نادرة للغاية لإنهاء اشتباكات اندلعت بعد قدوم يهود متشددين الى المسجد.",
         "2015-07-27 16:58:50", "appeal", "2015-07-27", "0", "0"},
        /* snn-013166: قبل يومين من: two days before another matter */
        {"إلى ذلك، قالت مصادر فرنسية إن لقاء وزير الخارجية اليمني رياض ياسين مع نظيره الفرنسي لوران فابيوس يكتسب أهمية خاصة لأنه يأتي قبل يومين فقط من زيارة فابيوس إلى طهران.",
         "2015-07-31 04:31:04", "meet", "2015-07-31", "0", "0"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        size_t n, hit = 0;
        analyse(e, d, cases[k][0], cases[k][1]);
        const rasd_event *ev = rasd_doc_events(d, &n);
        for (size_t i = 0; i < n; i++)
            if (strcmp(ev[i].type, cases[k][2]) == 0 && strcmp(ev[i].date, cases[k][3]) == 0 &&
                ev[i].dated == (cases[k][4][0] == '1') && ev[i].planned == (cases[k][5][0] == '1'))
                hit = 1;
        CHECKF(hit, "%s: no %s dated [%s] dated=%s planned=%s", cases[k][0], cases[k][2],
               cases[k][3], cases[k][4], cases[k][5]);
        for (size_t i = 0; !hit && i < n; i++)
            fprintf(stderr, "   got %s [%s] dated=%d planned=%d\n", ev[i].type, ev[i].date,
                    ev[i].dated, ev[i].planned);
    }
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_event_dates(e, d);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_dates_far46");
}
