/* test_events_meeting_doer.c — meet56 (docs/EVENTS.md "Issue 16: the meeting forms reach55 found
 * first (branch meet56, stop 48)"): a meeting's noun after عقد whose doer or other side is a
 * title pronoun (وعقد فخامته اجتماعا مع سموه) takes the person the sentence before names behind
 * the courtesy title of the pronoun's root (فخامة الرئيس عبدالفتاح السيسي، صاحب السمو الملكي
 * الأمير محمد بن سلمان); with no such name before, no meeting. A support verb after a clause
 * particle (وكان اللاعب قد عقد اجتماعا) takes the sentence's first person as its doer
 * (src/events/meeting_doer.c). By default only (encounter.c's walk). Sentences of SaudiNewsNet
 * articles outside the recall set (bench/recall/drawn.txt), from meet56's fresh draw (seed
 * 56481). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

int main(void)
{
    /* {text, published, first actor, second actor, by default, by the rules alone} */
    static const char *const cases[][6] = {
        /* snn-014770: فخامته and سموه, each the person named behind its title before */
        {"انطلاقا من العلاقات الوثيقة والراسخة التي تربط جمهورية مصر العربية والمملكة العربية السعودية بقيادة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وأخيه فخامة الرئيس عبدالفتاح السيسي، فقد قام صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود بزيارة إلى جمهورية مصر العربية تلبية لدعوة كريمة من فخامة السيد الرئيس عبدالفتاح السيسي يوم الخميس 14/10/1436هـ الموافق 30/7/2015م.\n وعقد فخامته اجتماعا مع سموه، حيث نقل سموه تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وصاحب السمو الملكي الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية إلى أخيهما فخامة الرئيس عبدالفتاح السيسي.",
         "2015-07-31", "السيسي", "محمد بن سلمان", "1", "0"},
        /* snn-021233: جلالته, not the King Salman named first (no جلالة before his name) */
        {"انطلاقاً من العلاقات التاريخية الوثيقة والراسخة التي تربط المملكة العربية السعودية والمملكة الأردنية الهاشمية، بقيادة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وأخيه جلالة الملك عبدالله الثاني، فقد قام صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع بزيارة إلى المملكة الأردنية الهاشمية، تلبية لدعوة كريمة من جلالة الملك عبدالله الثاني يوم الثلاثاء 19-10-1436هـ الموافق 4-8-2015م. \nوعقد جلالته اجتماعاً مع سموه، نقل فيه سموه تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود.",
         "2015-08-06", "عبدالله الثاني", "محمد بن سلمان", "1", "0"},
        /* snn-014770, the meeting's sentence alone: nobody named before it, no meeting */
        {"وعقد فخامته اجتماعا مع سموه، حيث نقل سموه تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وصاحب السمو الملكي الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية إلى أخيهما فخامة الرئيس عبدالفتاح السيسي.",
         "2015-07-31", "", NULL, "0", "0"},
        /* snn-014660: قد عقد, the player named first in the sentence the doer */
        {"حصل نادي الاتحاد على الموافقة النهائية للنجم الغاني بواتينغ بعد مفاوضات ماراثونية شهدت شد وجذب وانتهت بموافقة اللاعب بواتينغ على الانتقال للعميد وارتداء قميص الاتحاد لمدة ثلاث سنوات مقابل عشرة ملايين وخمسمائة ألف يورو، أي ما يعادل (42) مليون ريال وذلك بعدما نجح عضو شرف نادي الاتحاد والمشرف العام على الفريق الكروي الأول منصور البلوي في الحصول على توقيع اللاعب المبدئي على أن يكون هناك مؤتمر صحفي للتوقيع النهائي بعد الكشف الطبي وكان اللاعب قد عقد اجتماعا ثنائيا مع المدرب الروماني بولوني حرص من خلاله على الوقوف على أبرز النقاط المهمة قبل خوض تجربته الاحترافية مع العميد.",
         "2015-07-31", "بواتينغ", "بولوني", "1", "0"},
    };
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT), *none = mode_engine(RASD_TRIGGERS_NONE);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        check_counts(on, none, d, c[0], c[1], "meet", actors_hold, c[2], c[3],
                     (size_t)(c[4][0] - '0'), (size_t)(c[5][0] - '0'));
    }
    rasd_doc_free(d);
    rasd_engine_close(on);
    rasd_engine_close(none);
    return check_done("test_events_meeting_doer");
}
