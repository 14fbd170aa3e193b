/* test_quotes_forecast_object.c — rec63 (docs/EVENTS.md "Issue 16: forecasts and pledges with
 * a verbal noun (branch rec63, stop 53)"): a forecast's verbal noun as the object of توقع,
 * past or present (data/quotes.tsv "aguard forecast_object", comp 128: COMP_FORECAST): a
 * forecast of a figure is a quote by the guideline. Not the noun توقع after a preposition or
 * تم (aguard forecast_as_noun). Before, none of the wants was a quote (انخفاضا، تراجعا، نموا:
 * no list had them; the present يتوقع took no nominal object). Sentences of SaudiNewsNet
 * articles outside the recall set. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-005261 */
    {"ووفقا لـ \"رويترز\"، فقد أظهرت بيانات معهد البترول الأمريكي زيادة قدرها 2.3 مليون برميل في مخزونات الخام في الولايات المتحدة الأسبوع الماضي، في حين توقع محللون انخفاضا بالقدر نفسه.",
     "انخفاضا بالقدر", "محللون", 0},
    /* snn-000030 */
    {"من جانبها، توقعت وزارة السياحة في تونس تراجعا بنسبة 70 بالمائة للسياحة خلال فترة الصيف؛ وهي تمثل ذروة النشاط السياحي في البلاد مقارنة بنفس الفترة من العام الماضي وخسائر تفوق 500 مليون دولار.",
     "تراجعا بنسبة", "وزارة السياحة", 1},
    /* snn-024965: the present, with a subject of its own */
    {"من جانبه، يتوقع الدكتور فخري الفقي، الخبير الاقتصادي، زيادة إيراد مصر من قناة السويس بعد افتتاح القناة من 5.3 مليار دولار سنويا إلى 13.5 مليار دولار، وفقا لدراسات الجدوى.",
     "زيادة إيراد", "فخري الفقي", 1},
};

static const not_want nots[] = {
    /* snn-020597: the noun after في */
    {"ومن المحتمل أن تكتسب القضية أهمية كبيرة خلال الحملات الرئاسية الانتخابية لعام 2016، في ظل انتقاد المرشحين الجمهوريين لإدارة أوباما لإخفاقها في توقع صعود «داعش» من بين ركام حرب العراق.",
     "صعود"},
    /* snn-009852: the noun after تم */
    {"هبطت أسعار الذهب مع نهاية تداولات الأسبوع أمس إلى المستويات التي تم توقع وصول السعر إليها قبل يومين في «عكاظ» بعد ارتداد قصير المدى وصل السعر فيه إلى 1119.29 دولار للأونصة قبل أن يهبط ويرتفع مجددا إلى ما بين 1105.71-1109.69 دولار للأونصة.",
     "وصول"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_forecast_object");
}
