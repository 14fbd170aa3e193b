/* test_dates_vague_past.c — dates45 (docs/EVENTS.md "Issue 16: a vague past as an event's
 * date"): an event whose nearest time words are a vague past (قبل أيام، قبل أسابيع، في وقت
 * سابق، الأيام|الأشهر الماضية; data/events.tsv "vague") gets no date ("dated" false) rather
 * than the article's day; not when من, a date or a definite noun follows the phrase, when بعد
 * stands between the event's word and it, or when a day is nearer (weeks.c). Sentences of
 * SaudiNewsNet articles outside the recall set (bench/recall/drawn.txt). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

static void test_event_dates(const rasd_engine *e, rasd_doc *d)
{
    /* {text, published, type, date ("": null), dated, planned} */
    static const char *const cases[][6] = {
        /* snn-010116 */
        {"وقبل أيام فقط دعا الفريق الركن الشيخ راشد بن عبد الله آل خليفة وزير الداخلية البحريني إلى رد وطني مخلص تجاه التدخلات الإيرانية في الشأن الداخلي البحريني، كما دعا دول مجلس التعاون لدول الخليج العربية إلى تصحيح ركائز البيت الخليجي مما سماها الولاءات المزدوجة.",
         "2015-07-26 17:06:34", "appeal", "", "0", "0"},
        /* snn-014318 */
        {"وأضافت المصادر التي رفضت الكشف عن هويتها، أن وصول «حسيني» لمدينة النجف جاء بعد أن زار وفدإيراني رفيع المستوى للعراق قبل أيام برئاسة جواد ظريف، وزير الخارجية الإيراني، ولقائه على سيستاني، حيث تم تبليغه بقرار خامنئي بتعيين ممثلا له في العراق لغرض الإشراف على تطبيق ولاية الفقيه في التشيع في العراق وتنفيذ الأفكار والخطط التي يأمر بها خامنئي.",
         "2015-07-31 04:10:22", "visit", "", "0", "0"},
        /* snn-027354 */
        {"وشن تنظيم داعش الأيام الماضية هجمات على بيجي -التي تضم أحد أكبر مصافي النفط العراقي- ضمن سلسلة هجمات منذ تسعة أشهر شنها التنظيم على المدينة.",
         "2015-08-09 17:52:31", "assault", "", "0", "0"},
        /* snn-015786 */
        {"وفي خطوة رمزية، تمت عملية الإعدام في أحد الأماكن التي وقعت بها ضربة جوية استهدفت قيادات في القاعدة قبل أسابيع.",
         "2015-08-01 08:11:42", "fight", "", "0", "0"},
        /* snn-029449: past a comma, but within four words */
        {"ودعا الرئيس الأوغندي يوري موسيفيني في وقت سابق، ورغم توتر العلاقات بين بلاده والسودان الدول الأفريقية للانسحاب من ميثاق روما المكون للمحكمة الجنائية الدولية، باعتبارها تمثل استهدافًا غير عادل للأفارقة.",
         "2015-08-11 13:52:56", "appeal", "", "0", "0"},
        /* snn-021492 */
        {"وشن تحالف تقوده الولايات المتحدة عشرات الغارات الجوية في العراق وسورية خلال الأيام القليلة الماضية، بهدف إضعاف شوكة المقاتلين الذين يسيطرون على مساحات واسعة في البلدين.",
         "2015-08-06 01:06:21", "fight", "", "0", "0"},
        /* negatives. snn-017732: earlier today (في وقت سابق من اليوم): the article's day */
        {"وكان الشيخ تميم بن حمد آل ثاني استقبل جون كيري وزير خارجية الولايات المتحدة الأميركية، والوفد المرافق له في وقت سابق من اليوم، للمشاركة في اجتماع وزراء خارجية دول مجلس التعاون لدول الخليج العربية في الدوحة.",
         "2015-08-03 20:42:38", "host", "2015-08-03", "0", "0"},
        /* snn-024640: earlier yesterday: yesterday */
        {"وأعلن وزير الخارجية الأميركي جون كيري في وقت سابق أمس أنه توصل إلى اتفاق مع نظيره الروسي سيرجي لافروف يحمل الأمم المتحدة على تشكيل مجموعة خبراء مكلفة لتحديد المسؤولين خلف الهجمات بغاز الكلور في سورية.",
         "2015-08-07 06:37:00", "agree", "2015-08-06", "1", "0"},
        /* snn-008000: days before another matter (قبل أيام من): the meeting stays yesterday's */
        {"وفي هذا السياق وصل المبعوث الخاص للأمم المتحدة إلى سورية ستافان دي ميستورا أمس إلى دمشق حيث التقى وزير الخارجية وليد المعلم وأطلعه على نتيجة مشاوراته مع عدة أطراف حول إيجاد حل سياسي في سورية، قبل أيام من رفع تقرير بهذا المعنى إلى مجلس الأمن.",
         "2015-07-24 06:18:28", "meet", "2015-07-23", "1", "0"},
        /* snn-020214: the past days are the refugees' arrival's (after بعد), not the request's */
        {"من جهة أخرى، طلبت جيبوتي مساعدة المجتمع الدولي بعد وصول 216 لاجئا يمنيا إليها عبر البحر خلال الأيام الماضية.",
         "2015-08-04 18:26:03", "appeal", "2015-08-04", "0", "0"},
    };
    check_event_dates(e, d, cases, sizeof cases / sizeof *cases);
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    /* layer49: assault's deed nouns are off by default: these dates with every kind */
    rasd_engine *all = mode_engine(RASD_TRIGGERS_ALL);
    test_event_dates(all, d);
    rasd_engine_close(all);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_dates_vague_past");
}
