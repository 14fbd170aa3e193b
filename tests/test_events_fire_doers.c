/* test_events_fire_doers.c — vio68 (stop 58; docs/EVENTS.md "Stop 58: violence verbs vio67
 * classed and left (branch vio68)"; bench/vio68/rule_1.md): a doer described by a sound plural
 * that keeps its nun (مسلحون، مسلحون مجهولون) takes no genitive, so «أطلق/فتح مسلحون النار على»
 * gives the deed with the gunmen as doer (src/events/groups.c desc_end). Sentences of
 * SaudiNewsNet articles outside the recall set (the article in the comment). Before the rule
 * the first two gave nothing. (vio68's rule 2, a deed of force on an armed post as a fight,
 * was left out at the merge: its fresh check drew no row; bench/vio68/rule_2.md.) */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* The number of events of kind rasd gives for text published on day whose one actor is named
 * doer (NULL: any actors). */
static size_t events(rasd_engine *en, const char *text, const char *day, const char *kind,
                     const char *doer)
{
    rasd_doc *d;
    size_t n, k = 0;
    const rasd_event *ev;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    analyse(en, d, text, day);
    ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(ev[i].type, kind) != 0)
            continue;
        k++;
        if (doer)
            CHECKF(ev[i].nactors == 1 && strcmp(ev[i].actor_name[0], doer) == 0,
                   "the %s's doer is %s, want %s", kind,
                   ev[i].nactors ? ev[i].actor_name[0] : "-", doer);
    }
    rasd_doc_free(d);
    return k;
}

/* The article's first sentence, which names what the recogniser needs (snn-014874). */
#define TURKEY "قتل 3 من أفراد الشرطة التركية ومدني، أمس، في هجوم في جنوب شرق تركيا تم نسبه إلى " \
               "المتمردين الأكراد الذين استأنفوا منذ الأسبوع الماضي عملياتهم ضد السلطات. "

int main(void)
{
    rasd_engine *en = mode_engine(RASD_TRIGGERS_DEFAULT);
    /* snn-014874: أطلق مسلحون النار عليه, a policeman at a café: an assault by the gunmen */
    CHECK(events(en, TURKEY "وكان الشرطي جالسا أمام مقهى في مدينة تشينار في جنوب شرق البلاد ذات "
                            "الغالبية الكردية، حيث أطلق مسلحون النار عليه من سيارة.",
                 "2015-07-31", "assault", "مسلحون") == 1);
    /* snn-023734: بعدما أطلق مسلحون النار على عناصر من الشرطة: an assault by the gunmen */
    CHECK(events(en, "ووقعت الاشتباكات بعدما أطلق مسلحون النار على عناصر من الشرطة كانوا يحاولون "
                     "طمر الخنادق التي حفرها متمردون من حزب العمال الكردستاني لمنع دخول قوات "
                     "الأمن إلى الأحياء، حسبما ذكرت وكالة الأناضول التركية.",
                 "2015-08-07", "assault", "مسلحون") == 1);
    /* snn-007118: the police fire on civilians: stays an assault */
    CHECK(events(en, "ونقل «مكتب أخبار سوريا» عن الناشط الإعلامي أبو العبد الشمالي، أنّ الشرطة "
                     "التركية أطلقت النار على ثلاثة مدنيين كانوا يحاولون العبور إلى تركيا بالقرب "
                     "من مدينة أكدة السورية.",
                 "2015-07-24", "assault", NULL) == 1);
    rasd_engine_close(en);
    return check_done("test_events_fire_doers");
}
