/* test_events_concluded.c — err62 (docs/EVENTS.md "Issue 16: unseen30's missed rows, classed
 * and fixed where they recur (branch err62, stop 54)"): أبرم, concluding an agreement or a
 * contract, is a signing verb as وقع is (signings.c: its subject after it, then what was
 * concluded), مذكرتي the dual of a memorandum, and a date may stand between the subject and what
 * is signed (مساء اليوم الاثنين عقداً). A passive أبرم names no subject: no signing. Before, none
 * of the three was a signing. Sentences of SaudiNewsNet articles outside the recall set. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

/* {text, published, the event's word, its first actor} */
typedef const char *const sign_case[4];

static void test_signed(const rasd_engine *e, rasd_doc *d)
{
    static sign_case cases[] = {
        /* snn-012879: أبرمت, a date, the dual مذكرتي */
        {"أبرمت مدينة الملك عبد العزيز للعلوم والتقنية اليوم مذكرتي تفاهم مع الشركة السعودية للكهرباء وشركة تقنية للطاقة، لإنشاء مركز مشترك للأبحاث والتطوير في قطاع التوزيع التابع للشركة, وإنشاء أول محطة طاقة شمسية مستقلة في المملكة بسعة 50 ميجاوات في مدينة الأفلاج.",
         "2015-07-31 04:17:47", "أبرمت", "مدينة الملك عبد العزيز للعلوم والتقنية"},
        /* snn-006296: أبرمت with a contract right after its subject */
        {"هادي العصيمي- سبق- مكة المكرمة: أبرمت أمانة العاصمة المقدسة عقداً جديداً لمشروع تحسين وتجميل مداخل مكة المكرمة؛ وذلك في إطار خطتها للارتقاء بالصورة الحضارية وتطوير المرافق العامة.",
         "2015-07-23 19:21:11", "أبرمت", "أمانة العاصمة المقدسة"},
        /* snn-019934: وقع, a date between the subject and the contract */
        {"وقع نائب رئيس مجلس إدارة نادي الهلال المهندس عبد الرحمن النمر مساء اليوم الاثنين عقداً احترافياً مع لاعب فريق أولمبي الهلال لكرة القدم “مجاهد المنيع” يمتد لمدة ثلاث سنوات.",
         "2015-08-04 18:14:05", "وقع", "عبد الرحمن النمر"},
    };
    check_first_actors(e, d, "sign", cases, sizeof cases / sizeof *cases);
}

/* Negative: the passive in a relative clause names no one who signed. */
static void test_none(const rasd_engine *e, rasd_doc *d)
{
    static const char *const cases[][3] = {
        /* snn-002554 */
        {"ووافق المجلس المؤلف من 15 دولة على قرار جرى التفاوض عليه في إطار الاتفاق الذي أبرم في فيينا الأسبوع الماضي بين إيران والقوى الست الدولية.",
         "2015-07-21 10:25:53", "*"},
    };
    check_no_event_at(e, d, "sign", cases, sizeof cases / sizeof *cases);
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_signed(e, d);
    test_none(e, d);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_concluded");
}
