/* test_events_assault_condemned.c — assault51 (docs/EVENTS.md "Issue 16: the assault events the
 * rules miss (branch assault51, stop 43)"): by default, a deed noun with an adjective of
 * condemnation (التفجير الغاشم، الاعتداء الغاشم، الحادث الإجرامي) and an arson named by its noun
 * and its victim (إحراق الرضيع، بإحراق منزل) report one assault at the place their sentence names
 * (data/events.tsv assault 13); the plural (الاعتداءات الآثمة: a kind of deed), العمل (this act,
 * told before) and a bomber who blew himself up (فجر نفسه: tried, dropped) report none.
 * Sentences of SaudiNewsNet articles outside the recall set (bench/recall/drawn.txt), from the
 * fresh draws of bench/assault51 (seeds 5143, 5144). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

static void test_condemned(const rasd_engine *e, rasd_doc *d)
{
    static word_case cases[] = {
        /* snn-026858: الحادث الإجرامي الذي استهدف … بمنطقة عسير */
        {"دان معالي الأمين العام لمجلس الشورى الدكتور محمد بن عبد الله آل عمرو، الحادث الإجرامي الذي استهدف رجال الأمن وهم يؤدون صلاة الظهر يوم الخميس الماضي في مسجد قوات الطوارئ بمنطقة عسير، وأدى إلى استشهاد عدد من رجال الأمن والعاملين في الموقع.",
         "2015-08-09 17:43:08", "assault", "الحادث الإجرامي"},
        /* snn-022506: التفجير الغاشم الذي وقع ظهر اليوم … بأبها */
        {"قام الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير بجولة لموقع التفجير الغاشم الذي وقع ظهر اليوم بمسجد قيادة قوة الطوارئ بأبها.",
         "2015-08-06 19:21:15", "assault", "التفجير الغاشم"},
        /* snn-027215: التفجير الآثم الذي طال مسجد قوات الطوارئ بأبها */
        {"ودّعت محافظة ميسان \"100 كيلو متر جنوب الطائف\"، أمس، الشهيد ممدوح مسفر المسيلي الحارثي أحد شهداء التفجير الآثم الذي طال مسجد قوات الطوارئ بأبها الخميس الماضي وأصغرهم (19 عاما).",
         "2015-08-09 17:36:58", "assault", "التفجير الآثم"},
        /* snn-023856: الاعتداء الغاشم الذي وقع يوم أمس في مسجد قوات الطوارئ الخاصة */
        {"نقل مدير الأمن العام الفريق الركن عثمان بن ناصر المحرج اليوم, تحيات صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز نائب خادم الحرمين الشريفين إلى المصابين المنومين في مستشفى عسير المركزي, جراء الاعتداء الغاشم الذي وقع يوم أمس في مسجد قوات الطوارئ الخاصة في المنطقة.",
         "2015-08-07 16:16:00", "assault", "الاعتداء الغاشم"},
        /* snn-015469: an arson named by its noun and its object (بإحراق منزل) */
        {"من جهتها أعلنت الأجهزة الأمنية الفلسطينية مساء الجمعة عزمها على «ملاحقة» المستوطنين المسؤولين عن هجمات على فلسطينيين بعد مقتل طفل فلسطيني إثر قيام مستوطنين متطرفين بإحراق منزل في الضفة الغربية المحتلة.",
         "2015-08-01 07:55:46", "assault", "بإحراق منزل"},
        /* snn-016492: جريمة إحراق الرضيع … في قرية دوما */
        {"أعلنت السلطة الفلسطينية أنها بصدد الطلب من مجلس الأمن التحقيق في جريمة إحراق الرضيع علي دوابشة على يد مستوطنين في قرية دوما القريبة من نابلس في الضفة الغربية، الجمعة، وقالت إنها بدأت مشاورات مع الأردن لطرح مشروع قرار حول الجريمة على في المجلس.",
         "2015-08-02 23:05:32", "assault", "إحراق الرضيع"},
    };
    check_event_words(e, d, cases, sizeof cases / sizeof *cases, 1);
}

static void test_none(const rasd_engine *e, rasd_doc *d)
{
    static word_case cases[] = {
        /* snn-025249: negative: the plural, a kind of deed (no place either) */
        {"وقبل نهاية حديثه قال فضيلته إن هذه الاعتداءات الآثمة لن تزيدنا في هذه البلاد المباركة إلا تماسكا وتوحيدا مع ولاة أمرنا وعلمائنا.",
         "2015-08-08 06:15:47", "assault", "*"},
        /* snn-025249 (the end of its first sentence): negative: هذا العمل الغادر, the act told
         * before (العمل left out) */
        {"مؤكدين أن الهدف من هذا العمل الغادر زعزعة أمن البلاد والنيل من استقرارها.",
         "2015-08-08 06:15:47", "assault", "*"},
    };
    check_event_words(e, d, cases, sizeof cases / sizeof *cases, 0);
}

static void test_history(const rasd_engine *e, rasd_doc *d)
{
    static word_case cases[] = {
        /* snn-000625: negative: a bomber of ten years before, in a rhetorical question (فجر
         * نفسه was tried and dropped) */
        {"هل يحتاج \"الإرهابي\" الذي فجر نفسه في بريطانيا منذ 10 سنوات، وهو نفس \"الإرهابي\" الذي قتل العشرات على شواطئ تونس ليُقتل، أن يسافر آلاف الأميال و\"يَحرق\" لـ\"يُحرق\" في نار داعش؟",
         "2015-07-21 18:19:07", "assault", "فجر نفسه"},
    };
    check_event_words(e, d, cases, sizeof cases / sizeof *cases, 0);
}

int main(void)
{
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_condemned(on, d);
    test_none(on, d);
    test_history(on, d);
    rasd_doc_free(d);
    rasd_engine_close(on);
    return check_done("test_events_assault_condemned");
}
