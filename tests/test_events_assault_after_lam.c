/* test_events_assault_after_lam.c — assault54 (docs/EVENTS.md "Issue 16: assaults and fights the
 * rules miss, over every read part (branch assault54, stop 46)"): by default a condemned bombing's
 * noun after لـ (للاعتداء الآثم، للتفجير الإجرامي، للعمل الإرهابي: data/events.tsv assault 13,
 * written out after ل) reports one assault at the place its sentence names; opening fire told
 * by فتح (assault 8 with النار, as أطلق) and a raid told by أغار (fight 16, a force's deed) report
 * theirs. None for فتح with no fire after its subject (an investigation opened) nor for أغار
 * of jealousy. Sentences of SaudiNewsNet articles outside the recall set (bench/recall/
 * drawn.txt), from the fresh draws of bench/assault54 (seeds 5462, 5463, 5464) and the corpus
 * counts of bench/assault54/corpus.py. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

static void test_after_lam(const rasd_engine *e, rasd_doc *d)
{
    static word_case cases[] = {
        /* snn-026066: استنكاره للاعتداء الآثم الذي وقع في مسجد قوات الطوارئ بمنطقة عسير */
        {"تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - حفظه الله - اتصالا هاتفيا أمس من جلالة الملك عبدالله الثاني ابن الحسين ملك المملكة الأردنية الهاشمية عبر فيه عن إدانته واستنكاره للاعتداء الآثم الذي وقع في مسجد قوات الطوارئ بمنطقة عسير.",
         "2015-08-08 06:59:09", "assault", "للاعتداء الآثم"},
        /* snn-025217: كان للتفجير الإجرامي الذي طال مسجد قوات الطوارئ في منطقة عسير أمس الأول */
        {"ومن هنا كان للتفجير الإجرامي الذي طال مسجد قوات الطوارئ في منطقة عسير أمس الأول وتسبب في استشهاد وإصابة عديد منهم وهم ركع سجود في أثناء أدائهم الصلاة، وقع مؤلم على أنفس كل المسلمين.",
         "2015-08-08 06:14:42", "assault", "للتفجير الإجرامي"},
        /* snn-023893: شجبها واستنكارها للعمل الإرهابي الذي استهدف مسجد قوات الطوارئ بعسير */
        {"أعربت الحكومة الليبية المؤقتة عن شجبها واستنكارها للعمل الإرهابي الذي استهدف مسجد قوات الطوارئ بعسير وأسفر عن سقوط عدد من الشهداء والجرحى في صفوف المصلين.",
         "2015-08-07 23:16:18", "assault", "للعمل الإرهابي"},
    };
    check_event_words(e, d, cases, sizeof cases / sizeof *cases, 1);
}

static void test_fire_and_raid(const rasd_engine *e, rasd_doc *d)
{
    static word_case cases[] = {
        /* snn-010663: فتحت الشرطة الفرنسية النار … على رجل */
        {"فتحت الشرطة الفرنسية النار باكرا صباح الأحد في وسط باريس على رجل اقتحم بسيارته طوقا أمنيا أقيم قرب خط وصول دورة فرنسا للدراجات النارية، على ما أفاد مصدر في الشرطة.",
         "2015-07-26 17:22:02", "assault", "فتحت"},
        /* snn-012135: إن مسلحين فتحوا النار في حفل زفاف (the subject before, after إن) */
        {"قال قائد الشرطة في إقليم بغلان بشمال أفغانستان اليوم الاثنين إن مسلحين فتحوا النار في حفل زفاف مما أسفر عن مقتل 21 من الضيوف وإصابة ثمانية.",
         "2015-07-27 17:34:27", "assault", "فتحوا"},
        /* snn-003897: كما أغار طيران التحالف على مخازن أسلحة … في منطقة صبر بمحافظة لحج */
        {"كما أغار طيران التحالف على مخازن أسلحة تابعة للواء الخامس الموالي للحوثيين، في منطقة صبر بمحافظة لحج، مما أدى إلى تدميرها.",
         "2015-07-22 09:54:22", "fight", "أغار"},
    };
    check_event_words(e, d, cases, sizeof cases / sizeof *cases, 1);
}

static void test_none(const rasd_engine *e, rasd_doc *d)
{
    static word_case cases[] = {
        /* snn-005102: negative: the police opened an investigation, no fire after فتحت */
        {"وقد فتحت الشرطة تحقيقا بشأن الحادث، وبدأت بتفحص تسجيلات كاميرات المحال التجارية المجاورة للمكان، للوقوف على ملابساته.",
         "2015-07-23 19:30:34", "assault", "*"},
        /* snn-000547: negative: أغار of jealousy, no force after it */
        {"أشتهي أن تكون البلاد العربية مستقلة استقلالاً تامًا. لكني أغار عليها من الجهل كما أغار عليها من دسائس السياسة الأجنبية.",
         "2015-07-21 13:09:15", "fight", "*"},
    };
    check_event_words(e, d, cases, sizeof cases / sizeof *cases, 0);
}

int main(void)
{
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_after_lam(on, d);
    test_fire_and_raid(on, d);
    test_none(on, d);
    rasd_doc_free(d);
    rasd_engine_close(on);
    return check_done("test_events_assault_after_lam");
}
