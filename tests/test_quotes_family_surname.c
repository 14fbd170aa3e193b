/* test_quotes_family_surname.c — attr65 (docs/EVENTS.md "Stop 57: a family surname joins its
 * person (branch attr65)"): a person named in full (بندر آل فهيد، نبيل بن كدسة، عادل آل عمر)
 * and later by a family or patronym word and one name (آل فهيد، ابن كدسة، آل عمر) is one
 * entity (src/entities/resolve.c family_longer, names.c name_family_unit), so the later
 * quote's speaker is the full name; so is a family name written with ال (الحسن) for one
 * named with آل (rule 2). Sentences of SaudiNewsNet articles outside
 * bench/recall/drawn.txt (the article each is from in the comment; each a judged row of
 * judge52, judge56 or judge58); all four failed at the start build (4a5d0e31), the last
 * (rule 2: «الحسن» for a name with آل حسن) also with rule 1 alone (a0096aa0). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-009289 (judge56): آل فهيد */
    {"وأوضح رئيس المنظمة العربية للسياحة د. بندر آل فهيد بأن هذا الملتقى يعتبر من أهم الملتقيات التي تشهدها المنطقة العربية. وأشار آل فهيد إلى أن هذا الملتقى يشارك به أكثر من 200 شخصية عربية تمثل معظم القطاعات الأمنية والسياحية.",
     "هذا الملتقى يشارك", "بندر آل فهيد", 1},
    /* snn-025102 (judge58): ابن كدسة after نبيل بن كدسة */
    {"من جانبه، أوضح نبيل بن كدسة، وهو خبير في الصناعة المالية أن صعوبات كثير تواجه السيولة الاستثمارية في الوقت الراهن. وأبان ابن كدسة في حديثه لـ«الشرق الأوسط» أن النمو الحالي في بيانات الاستثمار عبر صناديق أسواق النقد يأتي متجانسًا مع البحث عن فرص السيولة العالية.",
     "النمو الحالي", "نبيل بن كدسة", 1},
    /* snn-019638 (judge56): آل عمر in the same sentence */
    {"إلى ذلك قال عادل آل عمر أمين مجلس شباب منطقة عسير ان الملتقى يستقبل زواره يوميا من الساعة الخامسة عصرا حتى الساعة الحادية عشرة مساء طيلة أيام الملتقى، كما ستقام على هامش الملتقى عدد من البرامج التدريبية والورش العلمية وعدد من عروض المسرح ودعا آل عمر جميع زوار المنطقة الى زيارة معرض فعاليات الملتقى والاستفادة منها.",
     "الى زيارة", "عادل آل عمر", 1},
    /* snn-008937 (judge52): «المهندس الحسن» for عبد العزيز آل حسن (rule 2) */
    {"وأوضح المهندس عبد العزيز آل حسن مدير عام فرع هيئة السياحة والتراث الوطني بمنطقة الرياض، أن متحف المصمك الوطني يعد من أبرز المواقع التراثية السياحية في مدينة الرياض. وأردف المهندس الحسن أن عدد الزوار خلال أيام عيد الفطر المبارك بلغ أكثر من 5000 زائر من مواطنين وعائلات ومقيمين.",
     "عدد الزوار", "عبد العزيز آل حسن", 1},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_family_surname");
}
