/* test_events_encounter.c — events27 (docs/EVENTS.md "Issue 16: meetings whose party is a
 * noun phrase"): a meeting's noun or verb whose other party follows it after مع or ب and may
 * be no name (a group, a title, a peer: src/events/encounter.c), by default and by the rules
 * alone, with several meetings a sentence; and the forms it leaves: a name joined by مع is no
 * subject (أعلنا مع وزير خارجية فرنسا … أثناء لقاء سابق مع), a name before a clause's end is
 * none either, a meeting dated years before the article is history. Sentences of SaudiNewsNet
 * articles outside the recall set (the article each is from in the comment), from the corpus
 * rows the form adds (samples 2735 to 2738). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* Whether the event's first actor's name holds a ("": any) and its second's holds b, given
 * by its description (no entity id) when b starts with '~'. */
static int parties(const rasd_event *ev, const char *a, const char *b)
{
    int desc = b && b[0] == '~';
    if (*a && (ev->nactors < 1 || !strstr(ev->actor_name[0], a)))
        return 0;
    if (!b)
        return 1;
    if (desc)
        b++;
    return ev->nactors >= 2 && strstr(ev->actor_name[1], b) &&
           (!desc || ev->actor_id[1] == NULL);
}

int main(void)
{
    /* {text, published, first actor, second actor, by default, by the rules alone} */
    static const char *const cases[][6] = {
        /* snn-004834: a coach's meeting with his players, the party a group */
        {"واستهل المدرب التشيكي مارتن بوبليت المعسكر باجتماع مع اللاعبين رحب فيه بالجميع وبين لهم أهمية مرحلة الإعداد وكشف عن برنامجه، مؤكدا على حجم المسؤولية الملقاة عليهم بالتأهل لدوري جميل، مشيدا بخطوة إدارة النادي في دعم الفريق بعدد من اللاعبين المميزين.",
         "2015-07-22", "بوبليت", "~اللاعبين", "1", "0"},
        /* snn-005265: his meeting with a group after ب */
        {"وقال تسيبراس بعد اجتماعه بمديري المصارف \"إن الأولوية الآن هي لإعادة القطاع المصرفي إلى حالته الطبيعية، لكن في الوقت نفسه حماية المواطنين من صغار الدخل\".",
         "2015-07-23", "تسيبراس", "~مديري المصارف", "1", "0"},
        /* snn-026697: a meeting chaired with a group (the subject named before it) */
        {"رأس نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبد العزيز آل سعود وزير الداخلية - حفظه الله - في مكتب سموه بجدة مساء أمس اجتماعا مع قادة القطاعات الأمنية.",
         "2015-08-09", "محمد بن نايف", "~قادة القطاعات الأمنية", "1", "0"},
        /* snn-021093: two meetings in one sentence, the second verb's subject the first's */
        {"عقد وزير الخارجية الروسي سيرغي لافروف، في إطار زيارة عمل إلى قطر، الاثنين، لقاء مع رئيس الائتلاف السوري الأسبق معاذ الخطيب، كما اجتمع مع رئيس المكتب السياسي لحركة «حماس»، خالد مشعل، وأكد له على تمنيات بلاده بأن يكون هناك «وطن دائم لكل الفلسطينيين».",
         "2015-08-06", "لافروف", NULL, "2", "0"},
        /* snn-012070: Fabius is joined by مع: no subject of the earlier meeting */
        {"وحول الجهود التي وصلت إليها المساعي الفرنسية لكسر جمود السياسي الحالي في عملية السلام، قال عريقات إن \"الجهود الفرنسية كما أعلنا مع وزير خارجية فرنسا لوران فابيوس أثناء لقاء سابق مع الرئيس محمود عباس، أنها مستمرة وندعمها بشكل كامل\".",
         "2015-07-27", "فابيوس", NULL, "0", "0"},
        /* snn-029659: the minister named before a comma is no subject of the meeting asked
           for in the quote */
        {"ونفى الفهد وجود خلافات بينه وبين الشيخ سلمان الحمود وزير الشباب، وقال \"وضحت ذلك لشخصية كبيرة وعزيزة على قلبي بعد طلبها مني عقد اجتماع مع الوزير الذي لم أتردد في مقابلته وشرحت له كل الأمور.",
         "2015-08-11", "الحمود", NULL, "0", "0"},
        /* snn-011572: a summit of 1998 in an article of 2015: history */
        {"عام 1998، كاد نتنياهو أن يضمن الإفراج عن بولارد، خلال اجتماع قمة مع الرئيس بيل كلينتون يتعلق بالفلسطينيين في واي ميلز بماريلاند، لكن هذه المساعي أحبطت بسبب تهديد جورج تينيت، مدير وكالة الاستخبارات المركزية (سي آي إيه) وقتها بالاستقالة.",
         "2015-07-27", "", NULL, "0", "0"},
    };
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT), *none = mode_engine(RASD_TRIGGERS_NONE);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        check_counts(on, none, d, c[0], c[1], "meet", parties, c[2], c[3],
                     (size_t)(c[4][0] - '0'), (size_t)(c[5][0] - '0'));
    }
    rasd_doc_free(d);
    rasd_engine_close(on);
    rasd_engine_close(none);
    return check_done("test_events_encounter");
}
