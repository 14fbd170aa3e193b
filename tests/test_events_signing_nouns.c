/* test_events_signing_nouns.c — deal53 (docs/EVENTS.md "Issue 16: signings and agreements told by a
 * noun, a participle or a relative clause"): a signing's noun with adjectives before بين
 * (توقيع الاتفاق النووي بين), the participle after a deed (الاتفاق الموقع بين), a relative
 * clause's verb carrying the deed (الاتفاقيات التي وقعتها), an agreement in a relative clause
 * with إليه (الاتفاق الذي توصلت إليه، الذي تم التوصل إليه بين) read with their parties
 * (signing_nouns.c); not a bare past year's signing (a list of past days).
 * Sentences of SaudiNewsNet articles outside the recall set (bench/recall/drawn.txt). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

/* {text, published, the event's word, its first actor} */
typedef const char *const deal_case[4];

static void test_signed(const rasd_engine *e, rasd_doc *d)
{
    static deal_case cases[] = {
        /* snn-008183: the participle after the deed and two adjectives */
        {"مظاهرة مناوئة الى ذلك، تجمع متظاهرون في شارع تايمز سكوير بنيويورك للتنديد بالاتفاق النووي الايراني الموقع بين ايران والقوى العظمى داعين الكونغرس الامريكي الى رفض الاتفاق.",
         "2015-07-24 07:12:41", "الموقع", "إيران"},
        /* snn-002438: the noun, an adjective before بين */
        {"رغم كل الضجة التي أثارتها إسرائيل بشأن توقيع الاتفاق النووي بين إيران والدول الست الكبرى والادعاء بأنه يشكل خطرا عليها فقد كشفت كواليس السياسة أن خبراء إسرائيليين شاركوا في صياغة الاتفاق وكانوا على اطلاع به أولا بأول.",
         "2015-07-21 02:27:32", "توقيع", "إيران"},
        /* snn-018444: the relative clause's verb, its subject after it */
        {"تحولت الاتفاقيات الثنائية التي وقعتها وزارة العمل مع الدول المصدرة للعمالة إلى أشبه ما تكون بـ\"شيكات بلا رصيد\"، وضعتها الوزارة في جيب المواطن ثم طلبت منه صرفها!",
         "2015-08-03 20:01:44", "وقعتها", "وزارة العمل"},
    };
    check_first_actors(e, d, "sign", cases, sizeof cases / sizeof *cases);
}

static void test_agreed(const rasd_engine *e, rasd_doc *d)
{
    static deal_case cases[] = {
        /* snn-008537: the subject after إليه, the other party after مع */
        {"في الوقت الذي سيفتح فيه الاتفاق الذي توصلت إليه إيران مع الدول الغربية بشأن برنامجها النووي أخيرا الطريق لتحريك علاقاتها الاقتصادية، في مقدمتها ضخ النفط إلى الأسواق العالمية.",
         "2015-07-25 02:00:07", "توصلت", "إيران"},
        /* snn-015132: the other party coordinated by و */
        {"وقد يزيد الاتفاق الذي توصلت إليه إيران والقوى العالمية هذا الشهر بخصوص أنشطة طهران النووية من المعروض في السوق عام 2016.",
         "2015-08-01 08:19:05", "توصلت", "إيران"},
        /* snn-003955: passive, a date before بين */
        {"قالت وزارة الخارجية الأميركية إنها أحالت إلى الكونغرس أمس الأحد الاتفاق النووي الذي تم التوصل إليه الأسبوع الماضي بين إيران والقوى العالمية الست بما في ذلك الملاحق والمواد ذات الصلة.",
         "2015-07-22 09:55:06", "التوصل", "إيران"},
    };
    check_first_actors(e, d, "agree", cases, sizeof cases / sizeof *cases);
}

/* Negative: a signing in a list of past days (a bare year: history, not news). */
static void test_none(const rasd_engine *e, rasd_doc *d)
{
    static const char *const cases[][3] = {
        /* snn-000651 */
        {"2002 - توقيع اتفاق سلام مبدئي بين الحكومة السودانية والمتمردين في الجيش الشعبي لتحرير السودان.",
         "2015-07-21 02:47:17", "*"},
    };
    check_no_event_at(e, d, "sign", cases, sizeof cases / sizeof *cases);
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_signed(e, d);
    test_agreed(e, d);
    test_none(e, d);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_signing_nouns");
}
