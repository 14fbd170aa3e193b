/* test_events_visit_nouns.c — visit53 (docs/EVENTS.md "Issue 16: visits told by a noun and its
 * visitor (branch visit53, stop 45)"): a visit told by its noun, the visitor named after it
 * (past his titles) or, for the noun with a pronoun or an honorific (زيارته، زيارة سموه), the
 * sentence's first person, the place named after لـ or إلى; src/events/visit_nouns.c. Negatives: the
 * sentence's first person the host of a reception, an invitation (إلى زيارة), no place named.
 * Sentences of SaudiNewsNet articles outside bench/recall/drawn.txt (the article each is from
 * in the comment); those the fresh draws of bench/visit53 hold are left out of its counts. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* {text, published, type, the trigger's first word, first actor's name holds this (NULL: no
 * event of the type at that word), second actor's name holds this ("" none needed), place
 * holds this ("" none needed), "p" planned or "o" occurred} */
static const char *const cases[][8] = {
    /* snn-015520: the bare noun, the visitor's titles after his name, the place after إلى */
    {"رحبت جامعة الدول العربية بإعلان القاهرة الذي صدر في ختام زيارة صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع إلى جمهورية مصر العربية أمس.",
     "2015-08-01", "visit", "زيارة", "محمد بن سلمان", "", "مصر", "o"},
    /* snn-010010: the bare noun, يقوم بها between it and the visitor, the place with لـ */
    {"جاءت هذه التصريحات خلال إفادة صحفية لأحد مسؤولي البيت الأبيض في نيروبي خلال زيارة يقوم بها الرئيس الأمريكي باراك أوباما لكينيا.",
     "2015-07-26", "visit", "زيارة", "أوباما", "", "كينيا", "o"},
    /* snn-014785: the noun with an honorific, the visitor the sentence's subject */
    {"بعث صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع برقية شكر لفخامة الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية، وذلك بعد انتهاء زيارة سموه لمصر.",
     "2015-07-31", "visit", "زيارة", "محمد بن سلمان", "", "مصر", "o"},
    /* snn-015336: the noun with a pronoun and an adjective, the visitor the sentence's first
     * person (beside the call the sentence tells) */
    {"تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، اتصالا هاتفيا أمس من الرئيس فرانسوا هولاند رئيس فرنسا، جدد خلاله ترحيبه بخادم الحرمين الشريفين خلال زيارته الخاصة لفرنسا.",
     "2015-08-01", "visit", "زيارته", "سلمان", "", "فرنسا", "o"},
    /* snn-014784: the sentence's first person is the host of a reception (استقبال الرئيس
     * المصري لـ…): not the visitor */
    {"جاء ذلك خلال استقبال الرئيس المصري لصاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد والنائب الثاني لرئيس مجلس الوزراء ووزير الدفاع، أثناء زيارة سموه لمصر أمس، حيث عقد الطرفان جلسة مباحثات ثنائية تلاها اجتماع بحضور وفد البلدين.",
     "2015-07-31", "visit", "زيارة", NULL, "", "", ""},
    /* snn-014923: an invitation to visit (إلى زيارة) */
    {"وأكد الدكتور \"اليامي\" دعم مسار حقوق الإنسان باليمن وتلبية دعوة الحكومة اليمنية إلى زيارة عدن وتعز وكل المناطق اليمنية.",
     "2015-07-31", "visit", "زيارة", NULL, "", "", ""},
    /* snn-005361: no place after the honorific (زيارة سموه لنا) */
    {"كانت زيارة سموه لنا جميلة ومعبرة وقد غمرنا بتواضعه ومحبته وهذا ليس بمستغرب على أبناء هذا الوطن محبة وعطاء ووفاء.",
     "2015-07-23", "visit", "زيارة", NULL, "", "", ""},
};

int main(void)
{
    check_told_cases(cases, sizeof cases / sizeof *cases);
    return check_done("test_events_visit_nouns");
}
