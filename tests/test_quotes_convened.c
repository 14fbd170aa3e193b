/* test_quotes_convened.c — fix55 (docs/EVENTS.md "Issue 16: judge54's wrong forms (branch fix55,
 * stop 52)", item 5): a verb of calling, then within four words إلى and the noun of a
 * celebration (data/events.tsv "aguard convene_verb", "convene_to", "occasion_noun": اليوبيل،
 * الحفل، مأدبة) convenes or invites, no statement (quote_generic.c convened). The corpus outside
 * bench/recall/drawn.txt has two such rows (snn-007109 and judge54's snn-013205); both
 * negatives fail on cad64897's rasd analyze (a quote from «إلى»), the want passes there too: a
 * call for a meeting stays a call. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-013147: «فدعا إلى اجتماع طارئ لدول حلف شمال الأطلسي»: a call, no speaker named */
    {"الثعلب التركي سعى لتحقيق أقصى المكاسب من مشاركته أخيرًا في الحملة داخل سوريا، فدعا إلى اجتماع طارئ لدول حلف شمال الأطلسي (ناتو) للحصول على دعمها ولو ببيان لغاراته على مواقع حزب العمال الكردستاني.",
     "إلى اجتماع طارئ", "", 0},
};

static const not_want nots[] = {
    /* snn-007109: 900 guests invited to the party */
    {"وكان مندوب مصر في الأمم المتحدة قد دعا إلى الحفل أكثر من 900 شخصية دبلوماسية دولية في جنيف، منهم المندوبون الدائمون لدى الأمم المتحدة، ومجلس حقوق الإنسان، ومؤتمر نزع السلاح، ومنظمة التجارة العالمية، إلى جانب المديرين التنفيذيين لعدد من المنظمات الدولية، وممثلي الجالية المصرية والكنيسة المصرية في جنيف، وعدد من الأكاديميين والإعلاميين، وأعضاء المجتمع المدني والمنظمات غير الحكومية.",
     "إلى الحفل"},
    /* snn-013205 (judge54's quote row 34): the jubilee of 2000 convened */
    {"وقد دعا البابا يوحنا بولس الثاني إلى اليوبيل الاخير في عام 2000، وقرر البابا فرنسيس في الربيع الماضي الدعوة إلى يوبيل «الرحمة» ابتداء من ديسمبر المقبل.",
     "إلى اليوبيل"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_convened");
}
