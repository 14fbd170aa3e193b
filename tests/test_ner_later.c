/* test_ner_later.c — a name's first letter that the proclitic rule cuts (ب ف و) stays when
 * the article shows the name whole: as a later word of a tagged name (هاينز فيشر, then
 * وسيرأس فيشر), or as a rare name that recurs with the letter while its rest never stands
 * alone (بهاري) (src/entities/later.c ent_keep_whole; docs/NER.md "Names the recogniser
 * cuts"). A proclitic before a known name is still cut. Real SaudiNewsNet sentences outside
 * bench/recall/drawn.txt (ids beside each, from ner56's fresh draws); the names expected were
 * written from the text. Core tier: the repository's data. */
#include "rasd.h"
#include "check.h"
#include "entity_at.h"

#include <stdio.h>
#include <string.h>

static const char s_fischer[] =    /* snn-007117 */
    "ومن جهته، قال هاينز فيشر، رئيس النمسا، في بيان يوم أمس، إنه سيزور إيران بين السابع "
    "والتاسع من سبتمبر (أيلول) ملتزما بوعد أطلقه قبل أشهر من التوصل إلى اتفاق نووي تاريخي "
    "بين طهران والدول الست الكبرى في وقت سابق من هذا الشهر. وسيرأس فيشر وفدا نمساويا يضم "
    "وزيرين ورجال أعمال في زيارته.";
static const char s_froman[] =     /* snn-025239 */
    "وقال مايكل فرومان الممثل الأمريكي الخاص للشؤون التجارية \"إن الدول المشاركة في "
    "المفاوضات قررت استكمال المباحثات على صعيد ثنائي\". وأضاف فرومان \"إننا أحرزنا تقدما "
    "كبيرا خلال أكثر من أسبوع من الاجتماعات المثمرة\".";
static const char s_bahari[] =     /* snn-007908 */
    "يبدأ الفيلم بطريقة شاعرية تحكي عن ماء الزهر وما يمثله لبطل الفيلم مازيار بهاري (قام "
    "بدوره المكسيكي غاييل غارسيا بيرنال)، قبل حضوره لإيران، لكن ماء الزهر أصبح فيما بعد "
    "مرتبطاً بذاكرة مرعبة، فهو الكنية التي أطلقها بهاري على المحقق الذي قام بتعذيبه. يقيم "
    "بهاري عند ذهابه لطهران مع أمه. ونعرف أن أخته مريم قد توفيت منذ عدة أشهر في السجن، "
    "ولكنها حاضرة في ذاكرة بهاري ولذلك فنحن نراها في مشاهد كثيرة. ويعطي الفيلم بناء على "
    "وجود بهاري في إيران، خلفية واضحة للمشاهد عن المشهد السياسي. ويبدو واضحاً أن بهاري كان "
    "يحاول قدر الإمكان عدم تجاوز الخطوط الحمراء.";
static const char s_putin[] =      /* snn-007138 */
    "وأصبح بلاتر وبوتين هدفًا لانتقادات وسائل الإعلام الغربية في الأسابيع الماضية، مع فارق "
    "واحد بين الشخصين وهو سيطرة بوتين وإحكام قبضته على الحكم في روسيا.";

int main(void)
{
    rasd_engine *e;
    rasd_doc *d;
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    REQUIREF(rasd_ner_available(e), "no data/ner.model");
    /* a later word of the name shows its ف (was يشر, رومان) */
    NAMED_NTH(s_fischer, "فيشر", 2, "هاينز فيشر");
    NAMED_NTH(s_froman, "فرومان", 2, "مايكل فرومان");
    /* a rare name recurring with its ب, its rest never alone (was هاري) */
    NAMED_NTH(s_bahari, "بهاري", 2, "مازيار بهاري");
    NAMED_NTH(s_bahari, "بهاري", 4, "مازيار بهاري");
    /* the rest stands alone: و before بوتين is still cut */
    NAMED_NTH(s_putin, "وبوتين", 1, "فلاديمير بوتين");
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_ner_later");
}
