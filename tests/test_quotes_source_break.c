/* test_quotes_source_break.c — quotes53 (docs/EVENTS.md "Issue 16: reported statements missed over
 * every read part (branch quotes53, stop 45)"): estimates, forecasts and information speak as
 * unnamed sources (data/quotes.tsv "source" 0: تقديرات، توقعات، معلومات), and رجح (deemed
 * likely) reports with a speaker found (cue + 32). Sentences of SaudiNewsNet articles outside
 * bench/recall/drawn.txt (the article each is from in the comment); the four statements had
 * no quote, or none with this speaker, without the rows, and the two negatives are رجح of a
 * subject that is no speaker (tipped the balance). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-004714: estimates that indicate */
    {"وتشير التقديرات إلى أن نحو 700 بريطاني سافروا إلى سوريا والعراق للانضمام لتنظيم الدولة وعاد بعضهم.",
     "نحو 700 بريطاني", "التقديرات", 0},
    /* snn-023563: estimates with the organisation that made them */
    {"وتشير تقديرات المنظمة الدولية للهجرة إلى أن أكثر من ألفي مهاجر ولاجئ لاقوا حتفهم حتى الآن هذا العام أثناء محاولتهم الوصول إلى أوروبا باستخدام القوارب مقابل 3279 حالة وفاة خلال العام الماضي بالكامل.",
     "أكثر من ألفي مهاجر", "تقديرات المنظمة الدولية للهجرة", 0},
    /* snn-017081: information that indicates */
    {"وتشير المعلومات إلى أن المواطن الستيني تم اقتياده للحجز قبل عام ونصف العام، لمقاربة شاحنته شاحنة أخرى كان يقودها سوري، وتم ضبط الأخير وهو يحاول تهريب شخص يحمل الجنسية اليمنية إلى العراق.",
     "المواطن الستيني", "المعلومات", 0},
    /* snn-010025: رجحت with unnamed sources */
    {"أخمدت فرق الإطفاء قبل قليل حريقًا اندلع في كوبري على طريق الملك عبدالله في محافظة الخرج، ورجحت مصادر أن يكون ناتجًا عن التماس كهربائي في تمديدات الإنارة.",
     "يكون ناتجًا", "مصادر", 0},
};

static const not_want nots[] = {
    /* snn-004318: the experience tipped his position (no speaker, a noun after the subject) */
    {"حسم الاتحاديون بعد طول انتظار ملف الجهاز التدريبي لفريقهم الكروي بعد أن تم الإعلان عن التعاقد مع المدرب الروماني بولوني زولا الذي كان ضمن خيارات عدة مطروحة أمام الاتحاديين خلال الفترة الماضية لتدريب الفريق الكروي الأول، خلفا للروماني الآخر فيكتور بيتوركا، ورجحت الخبرة التي يملكها بولوني في منطقة الخليج موقفه في الاختيار الاتحادي، حيث سبق له أن عمل في نادي الخور القطري، إضافة إلى سجله الحافل بالإنجازات أوروبيا.",
     "موقفه"},
    /* snn-008115: the player's wish tipped the scale */
    {"حيث كان الشباب قريبا من التوقيع مع اللاعب إلا أن رغبة اللاعب رجحت كفة انتقاله لنادي الاتحاد بعد أن تساوى عرض الناديين.",
     "كفة"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_source_break");
}
