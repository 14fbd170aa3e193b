/* test_events_long_subject.c — err65 (docs/EVENTS.md "Stop 57: unseen33's errors, opened
 * (branch err65)"): a host's subject named past the subject reach of titles (long_subject.c):
 * «استقبل المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان … الدكتور عبدالله بن
 * عبدالعزيز الربيعة، أمس، وزيرة الإعلام اليمنية …». Sentences of SaudiNewsNet articles
 * outside bench/recall/drawn.txt; at the stop's start the first two gave no host event. The
 * third keeps none: the name is the guest of a host said before («كما استقبل … الدكتور هاشم
 * يماني، وجرى خلال الاستقبال»: no word the verb can take after it). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    static const char *const hosts[][4] = {
        {"استقبل المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال "
         "الإنسانية الدكتور عبدالله بن عبدالعزيز الربيعة، أمس، وزيرة الإعلام اليمنية الدكتورة "
         "نادية السقاف، وذلك بمقر المركز بالرياض.",                         /* snn-018713 */
         "2015-08-03 20:31:21", "استقبل", "عبدالله بن عبدالعزيز الربيعة"},
        {"استقبل معالي وزير العدل رئيس المجلس الأعلى للقضاء الشيخ الدكتور وليد بن محمد "
         "الصمعاني بمكتبه بديوان الوزارة اليوم معالي وزير الإسكان الأستاذ ماجد بن عبدالله "
         "الحقيل .",                                                        /* snn-022581 */
         "2015-08-06 01:10:36", "استقبل", "وليد بن محمد الصمعاني"},
    };
    static const char *const guests[][3] = {
        {"كما استقبل رئيس مدينة الملك عبدالله للطاقة الذرية والمتجددة الدكتور هاشم يماني، وجرى "
         "خلال الاستقبال بحث التعاون العلمي في مجال الطاقة بين البلدين الصديقين.", /* snn-006846 */
         "2015-07-24 16:07:46", "استقبل"},
    };
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    check_first_actors(e, d, "host", hosts, sizeof hosts / sizeof *hosts);
    check_no_event_at(e, d, "host", guests, sizeof guests / sizeof *guests);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_long_subject");
}
