/* test_quotes_contrast.c — turn64 (docs/EVENTS.md "Issue 16: a quote's content stops at the
 * report's next turn (branch turn64, stop 54)"): reported content ends before a word of
 * contrast (في حين، فيما، بينما: data/events.tsv aguard "contrast_turn", "contrast_after_in")
 * when a plain reporting verb with its own subject follows it (a name, a source, a title, a
 * counted group), which then has its own quote and speaker (quotes.c clause_end,
 * clause_particle.c qt_contrast_clause); the same speaker going on (في حين قال إن) and a
 * passive نُقل go on. Sentences of SaudiNewsNet articles outside bench/recall/drawn.txt (the
 * article each is from in the comment); the first five failed at the start build
 * (47b62249). */
#include "speaker_want.h"

#define GREEK "مع بدء اصطفاف اليونانيين خارج البنوك أمس الإثنين، حيث فتحت البنوك أبوابها بعد فترة إغلاق دامت ثلاثة أسابيع لتفادي انهيار النظام المصرفي في البلاد، أعلن صندوق النقد الدولي أن اليونان ردت إلى الصندوق متأخرات مستحقة عليها قيمتها نحو ملياري يورو، في حين قال مسؤولون يونانيون إن وزارة المالية دفعت 4.2 مليارات يورو من أصل الدين والفوائد المستحقة عليه للبنك المركزي الأوروبي."
#define SURVEY "أبرز التحديات وعند سؤالهم عن أبرز التحديات التي يواجهها جيلهم، كشف %43 أن الادخار هو الأمر الأكثر صعوبة، في حين قال %32 إن اكتشاف خياراتهم في الحياة يشكل تحدياً كبيراً بالنسبة إليهم."
#define POLICE "وقال مسؤول في الشرطة بأنه تم انتشال 18 جثة فيما أعلنت مصادر طبية سابقاً مصرع 21 شخصاً."
#define KERRY "كما أفاد كيري بأن مصر وأميركا اتفقتا على بحث فرص توسيع العلاقات الأمنية، في حين أوضح شكري أن مصر والولايات المتحدة اتفقتا خلال الحوار الاستراتيجي على مضاعفة الجهود المشتركة في مواجهة الإرهاب والتنظيمات المتطرفة، مشيرًا إلى أهمية انعقاد الحوار الاستراتيجي الذي يعكس حرص القاهرة وواشنطن على تعزيز العلاقات التي تربطهما."
#define UN "وتقول الولايات المتحدة إن هذا ليس الهدف الرئيسي بينما حذرت الامم المتحدة من تسميتها «المنطقة الآمنة» الا اذا أمكن ضمان سلامة المدنيين."

static const want wants[] = {
    /* snn-001459: Greek officials against the IMF */
    {GREEK, "وزارة المالية دفعت", "مسؤولون يونانيون", 0},
    /* snn-022932: the UN against the United States, no comma */
    {UN, "من تسميتها", "الأمم المتحدة", 1},
};

static const span_want spans[] = {
    {GREEK, "اليونان ردت", "في حين", 1},
    /* snn-004170: a survey's counted answers */
    {SURVEY, "الادخار هو", "في حين", 1},
    /* snn-007716: فيما with no comma */
    {POLICE, "تم انتشال", "فيما", 1},
    /* snn-017782: Kerry's statement, then Shoukry's */
    {KERRY, "مصر وأميركا", "في حين", 1},
    {UN, "هذا ليس", "بينما", 1},
    /* snn-012305: the same speaker goes on (no subject after قال) */
    {"أكد نائب رئيس مجلس إدارة \"سابك\" الرئيس التنفيذي المكلف يوسف البنيان أن وجود الشركة في مناطق عالمية كأوروبا والصين وأميركا أعطاها فرصة للاستفادة من التغيرات الإيجابية لهذه الأسواق، خاصة انخفاض كلفة اللقيم هناك، مشيرا إلى أن الشركة تولي الأهمية الكبرى للسوق الصيني، في حين قال إن الشركة لن تعيد النظر في استراتيجيتها، مشيرا إلى أنه عند إعداد الاستراتيجية أخذت الشركة في اعتبارها كل التوقعات لأسعار النفط والنمو الاقتصادي العالمي.",
     "الشركة تولي", "في حين", 0},
    /* snn-030305: a passive نُقل, no statement */
    {"وكان 21 شخصا قد لقوا حتفهم في مناطق متعددة من مصر فيما نقل 66 آخرون إلى المستشفيات بسبب موجة الحر المصحوبة بارتفاع كبير في نسبة الرطوبة، وذلك وفقا لما أعلنته وزارة الصحة المصرية أمس.",
     "وكان 21 شخصا", "فيما", 0},
};

int main(void)
{
    return check_quote_sets(wants, sizeof wants / sizeof *wants, NULL, 0, spans,
                            sizeof spans / sizeof *spans, "test_quotes_contrast");
}
