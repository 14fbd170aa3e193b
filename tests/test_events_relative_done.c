/* test_events_relative_done.c — hist69 (docs/EVENTS.md "Stop 59: recollections with no marker
 * (branch hist69)"): an event whose word follows a relative pronoun and «تم/جرى» (الشركة التي تم
 * الاتفاق معها، مدينة عدن التي تم تحريرها، الذي تم اتهامه) names a thing or a person by a deed done
 * before the report: with no date of its own it gets none, not the article's day
 * (told_before.c past_word, data/events.tsv "pastmark" 13 and 14). Sentences of SaudiNewsNet
 * articles outside the recall set (bench/recall/drawn.txt) and the judged files (fresh draw
 * seed 6973). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

static void test_relative_done(const rasd_engine *e, rasd_doc *d)
{
    /* {text, published, type, date ("": null), dated, planned} */
    static const char *const cases[][6] = {
        /* snn-011127: Abu Nidal, accused in an old interview */
        {"ولكن ماذا حدث لـ «أبو نضال» الذي تم اتهامه خلال لقاء قناة العربية بأنه العقل المدبر لقتل جمال عبدالناصر.",
         "2015-07-26 16:52:25", "accuse", "", "0", "0"},
        /* snn-006147: Aden, liberated in mid-July (مؤخرا), in a 23 Jul report */
        {"كشف وزير يمني عن اتفاق حكومته مع المملكة العربية السعودية ودولة الإمارات العربية المتحدة لحل مشكلة الكهرباء في مدينة عدن التي تم تحريرها مؤخرا من يد ميليشيات الحوثي وقوات علي عبدالله صالح.",
         "2015-07-23 17:35:53", "fight", "", "0", "0"},
        /* snn-028614: the company agreed with before its plan */
        {"من جهة ثانية اتفقت ادارة الهلال مع احد الشركات للبدء في انشاء أربعة ملاعب للفئات السنية في الأرض الواقعة جنوب النادي بناء على رغبة رئيس الهلال الأمير نواف بن سعد، وعضو مجلس الادارة المشرف على الفئات السنية عبداللطيف الحسيني لتوفير بنية تحتية جيدة وزيادة عدد الملاعب لهذا القطاع المهم، ويتولى عضو مجلس الادارة المهندس بدر المعيوف متابعة انشاء هذه الملاعب بحكم انه المكلف بكل ما يتعلق بملف تطوير المنشآت، وعلمت \"دنيا الرياضة\" أن الشركة التي تم الاتفاق معها وضعت خطة زمنية مابين أربعة الى خمسة أشهر لانشاء هذه الملاعب.",
         "2015-08-10 19:36:31", "agree", "", "0", "0"},
    };
    check_event_dates(e, d, cases, sizeof cases / sizeof *cases);
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_relative_done(e, d);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_relative_done");
}
