/* test_quotes_described_object.c — quotes35 (docs/EVENTS.md "Issue 16: a described object and
 * unseen17's misses (branch quotes35, stop 41)"): وصف with a named subject reports its object and
 * the description with ب (describe.c: وصف … محمد الخريجي إنجاز لوس أنجلوس بالكبير); a verb of
 * appeal reports its request told with ل on a definite noun after the one appealed to
 * (appeal_li.c: ودعا محافظ القاهرة … كافة المصريين للمشاركة). Negatives: وصف with no subject
 * of its own (the law's definition: كما وصف التحرش بأنه), a ل word of the subject's title
 * (الصالح المدير العام للتعليم بالإنابة الجميع على; وكيل عمادة الدراسات الجامعية للقبول
 * والتسجيل، …). Sentences of SaudiNewsNet articles outside the recall set (the article each is
 * from in the comment). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-027978 */
    {"من جانبه، وصف أمين عام اللجنة محمد الخريجي إنجاز لوس أنجلوس بالكبير، وقال: \"نسعد أننا مثل غيرنا من أبناء هذا الوسط بالدعم السخي.\"",
     "إنجاز لوس", "محمد الخريجي", 1},
    /* snn-010597: the description in quote marks (the clause before shortened) */
    {"وصادق البرلمان بأغلبية ساحقة على القانون، في حين وصف رئيس المجلس محمد الناصر إقرار القانون باللحظة «التاريخية».",
     "إقرار القانون", "محمد الناصر", 1},
    /* snn-021316: appeal_li */
    {"ودعا محافظ القاهرة الدكتور جلال مصطفى سعيد كافة المصريين للمشاركة والاحتفال بقناة السويس هذا العبور الجديد الذي ستتحاكى عنه الأجيال القادمة.",
     "للمشاركة والاحتفال", "جلال مصطفى سعيد", 1},
    /* snn-027796: the addressee with a list (the full name, given earlier in the article) */
    {"ودعا صلاح الدين عبد الكريم دول الجوار والدول الشقيقة والصديقة مثل مصر وروسيا للإسراع من أجل دعم الجيش.",
     "للإسراع من", "صلاح الدين عبد الكريم", 1},
};

/* Negatives: no quote starts with the word. */
static const not_want nots[] = {
    /* snn-010914: وصف with no subject of its own (the law defines) */
    {"وجعل القانون رب العمل مسؤولا بشكل مباشر أو غير مباشر في الاعتداء أو التحرش الذي يحصل في منشأته. كما وصف التحرش بأنه قد يكون عمليا أو لفظيا أو غير لفظي، وعالج كل واحدة منها.",
     "التحرش بأنه"},
    {"وجعل القانون رب العمل مسؤولا بشكل مباشر أو غير مباشر في الاعتداء أو التحرش الذي يحصل في منشأته. كما وصف التحرش بأنه قد يكون عمليا أو لفظيا أو غير لفظي، وعالج كل واحدة منها.",
     "بأنه قد"},
    /* snn-007467: the ل word of the subject's title, a title word between (the full name) */
    {"وحث سعود الصالح المدير العام للتعليم بالإنابة الجميع على العمل والتكاتف في سبيل إنجاح العام الدراسي الجديد.",
     "للتعليم"},
    /* snn-024815: the ل word of a title whose name follows a comma */
    {"ودعت وكيل عمادة الدراسات الجامعية للقبول والتسجيل، الدكتورة لبنى العسوم، الطالبات المقبولات الى الحرص على حضور برنامج اسبوع التهيئة.",
     "للقبول"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_described_object");
}
