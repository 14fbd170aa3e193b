/* test_events_ground_subject.c — fight51 (docs/EVENTS.md "Issue 16: the fight events the rules
 * miss"): a force's description before a fight verb of value 16, after أن، بأن، إن or كانت … قد, is
 * its subject (ground_subject.c); not a subject that is no force, nor استهدف ("aguard"
 * target_anyone).
 * Sentences of SaudiNewsNet articles outside the recall set (bench/recall/drawn.txt). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

/* {text, published, the event's word, its first actor} */
typedef const char *const force_case[4];

static void test_force_first(const rasd_engine *e, rasd_doc *d)
{
    static force_case cases[] = {
        /* snn-028788: after إن */
        {"قال سكان ومسؤولون محليون إن المقاومة سيطرت على أربع مناطق في محافظة إب بوسط البلاد اليوم الاثنين الأمر الذي يقرب المقاومة أكثر من العاصمة صنعاء.",
         "2015-08-10 18:36:29", "سيطرت", "المقاومة"},
        /* snn-011624: a force of three words */
        {"وقال سكان إن قوات المقاومة الشعبية استولت على حي صبر في شمال عدن.",
         "2015-07-27 18:43:52", "استولت", "قوات المقاومة الشعبية"},
        /* snn-004320: after أن, an advance */
        {"وأشار المتحدث باسم المجلس العسكري في تعز العميد الركن سمير الحاج إلى أن المقاومة تقدمت في حي الجمهوري، وأضاف أن تقدمها بمنطقة صبر بلغ \"شجرة الجبل\" التي كان الحوثيون يقصفون منها كل المحافظة.",
         "2015-07-22 00:46:53", "تقدمت", "المقاومة"},
        /* snn-029889: a word of plan after the verb is another clause's */
        {"وقال مدير إعلام «أبين» ياسر باعزب: إن الجيش سيطر على مدينة شقرة الساحلية وعلى مثلث شقرة أحور العرقوب وخلال الساعات المقبلة ان شاء الله ستكون «أبين» خالية من أي وجود للمليشيات الحوثية وأنصار المخلوع.",
         "2015-08-11 13:24:45", "سيطر", "الجيش"},
    };
    check_first_actors(e, d, "fight", cases, sizeof cases / sizeof *cases);
}

/* Negative: a subject before the verb that is no force (investors, fire crews, an economy),
 * and استهدف (gunmen's attack on a bus, an assault): no fight. */
static void test_none(const rasd_engine *e, rasd_doc *d)
{
    static const char *const cases[][3] = {
        /* snn-000381 */
        {"ويقول ريوود إن المستثمرين الأجانب سيطروا على القطاع خلال السنوات الثلاث الماضية بنسبة 45 في المائة مقابل 25 في المائة للمؤسسات البريطانية.",
         "2015-07-21 10:46:56", "سيطروا"},
        /* snn-003728 */
        {"وأضاف أن الفرق سيطرت على النيران في زمن قياسي رغم الظروف الصعبة للموقع المتمثلة في الانحدارات وعدم وجود طرق للموقع وسرعة الرياح ووجود الأعشاب.",
         "2015-07-22 09:47:40", "سيطرت"},
        /* snn-013115 */
        {"وقد أعلن المكتب الاتحادي للتحليل الاقتصادي أمس أن الاقتصاد الأميركي استعاد الزخم خلال الربع الثاني، لينمو بنسبة 2.",
         "2015-07-31 04:29:23", "استعاد"},
        /* snn-027454: target_anyone */
        {"وكان مسلحون استهدفوا الجمعة حافلة ركاب ايرانية بين الحدود الايرانية ومدينة فان (شرق تركيا) ما أدى الى مقتل السائق، بحسب وكالة الانباء الايرانية الرسمية إيرنا.",
         "2015-08-09 17:54:13", "استهدفوا"},
    };
    check_no_event_at(e, d, "fight", cases, sizeof cases / sizeof *cases);
}

/* A later event of the same force is not folded into one of fight51's (ground_subject.c
 * ev_add_apart): the clash in Marib keeps its row and its place (snn-012496, two of its
 * sentences; the fronted «وفي مأرب» is given by fronted_place.c after the fold). */
static void test_kept_apart(const rasd_engine *e, rasd_doc *d)
{
    static const char text[] =
        "واعلنت مصادر عسكرية ان المقاومة الشعبية استعادت السيطرة على البساتين وجعولة بعد معارك عنيفة استخدمت فيها مدرعات حصلت عليها من التحالف العربي، واشارت الى وقوع عشرات القتلى بين صفوف المتمردين. "
        "وفي مأرب، قتل 8 حوثيين في مواجهات مع المقاومة الشعبية صباح الأحد في جبهة الجفينة جنوب شرق مدينة مأرب.";
    const rasd_event *first, *clash;
    analyse(e, d, text, "2015-07-27 16:58:48");
    first = event_at(d, text, "fight", "استعادت");
    clash = event_at(d, text, "fight", "مواجهات مع");
    CHECKF(first != NULL, "no fight at «استعادت»");
    CHECKF(clash != NULL, "the clash in Marib folded into the retaking");
    CHECKF(clash && clash->place_name && strcmp(clash->place_name, "مأرب") == 0,
           "the clash's place «%s», want «مأرب»", clash && clash->place_name ? clash->place_name : "");
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_force_first(e, d);
    test_none(e, d);
    test_kept_apart(e, d);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_ground_subject");
}
