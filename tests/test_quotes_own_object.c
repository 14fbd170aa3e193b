/* test_quotes_own_object.c — quotes34 (docs/EVENTS.md "Issue 16: statements reported by a verb and
 * a noun object (branch quotes34, stop 40)"): a reporting verb of data/quotes.tsv "own" whose
 * object is a noun of its subject's own, with a pronoun agreeing with the verb (أعلن بلاتيني
 * ترشحه، نفى فريد … تناوله، أعلنا … سيطرتهما), reports it; not جدد (جدد … عقده: an act), not
 * a word with ل after a relative clause (الذي كلفه … لضمه), not a formula of prayer (حفظه
 * الله), not a pronoun that does not agree (أعلن المتطرفون قيامها). Sentences of SaudiNewsNet
 * articles outside the recall set (the article each is from in the comment). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-027585 */
    {"وأعلن بلاتيني ترشحه رسميا لرئاسة الاتحاد الدولي على إثر الفضيحة التي هزت كيان المؤسسة الكروية أواخر مايو الماضي.",
     "ترشحه رسميا", "بلاتيني", 1},
    /* snn-017160: past a comma after the subject's apposition */
    {"من جهته، نفى فريد (22 عاما) المحترف في نادي شاختار دونتسك الأوكراني، تناوله مادة منشطة في كوبا أميركا.",
     "تناوله مادة", "فريد", 1},
    /* snn-008381: a feminine verb, ها */
    {"أبدت إدارة نادي الأهلي استغرابها من التناقض الذي كانت عليه إدارة نادي الشباب خلال مفاوضات الطرفين لانتقال \"حسن معاذ\" لصفوف نادي الأهلي.",
     "استغرابها من", "نادي الأهلي", 1},
    /* snn-027762: a dual verb, هما, past a date and a parenthesis */
    {"وكانت المقاومة الشعبية والجيش الوطني قد أعلنا، أمس (الأحد)، سيطرتهما التامة على اللواء 15 المرابط في مدينة زنجبار عاصمة محافظة أبين شرق عدن.",
     "سيطرتهما التامة", "المقاومة الشعبية والجيش الوطني", 0},
    /* snn-016448: a sentence of test_quotes.c's no_quotes (quotes27: تباطؤ opens no quote),
       re-judged: the firm's own concern is what أبدت reports */
    {"وأبدت «الفرنسي كابيتال» تخوفها من تباطؤ الطلب في الأسواق الآسيوية، بالإضافة إلى عوامل فنية أخرى تعتمد على إمكانات شركات البتروكيماويات وتتعلق بزيادة تكلفة المواد الأولية أو حدوث خلل فني في التشغيل والمصانع العاملة.",
     "تخوفها من", "كابيتال", 1},
    /* snn-028477 */
    {"أعلن مارسيلو بييلسا استقالته من تدريب فريق مرسيليا بعد دقائق من الهزيمة أمام كان في الجولة الأولى من الدوري الفرنسي لكرة القدم.",
     "استقالته من", "مارسيلو بييلسا", 1},
};

/* Negatives: no quote starts with the word. */
static const not_want nots[] = {
    /* snn-001183: جدد renews an act */
    {"على الجانب الآخر جدد ماجد الهزاني عقده الاحترافي ولمدة عام واحد.", "عقده"},
    /* snn-026165: جدد an adjective; لضمه past a relative clause */
    {"وقد عزز فريق المدرب الإيرلندي الشمالي برندن رودجرز صفوفه بثمانية لاعبين جدد حتى الآن، وعلى رأسهم المهاجم البلجيكي كريستيان بينتيكي، الذي كلفه 50ر46 مليون يورو لضمه من استون فيلا.",
     "لضمه"},
    /* snn-029870: a formula of prayer */
    {"وأكد سموه - حفظه الله - اعتزاز المملكة بأبنائها الذين استشهدوا في سبيل حماية الوطن والذود عنه.",
     "حفظه"},
    /* snn-016448 (above): the act noun after another word opens none (quotes27) */
    {"وأبدت «الفرنسي كابيتال» تخوفها من تباطؤ الطلب في الأسواق الآسيوية، بالإضافة إلى عوامل فنية أخرى تعتمد على إمكانات شركات البتروكيماويات وتتعلق بزيادة تكلفة المواد الأولية أو حدوث خلل فني في التشغيل والمصانع العاملة.",
     "تباطؤ"},
    /* snn-000982: the pronoun does not agree with the verb */
    {"ومدينة الرقة هي العاصمة الفعلية للتنظيم التي أعلن المتطرفون قيامها في مناطق من سوريا والعراق.",
     "قيامها"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_own_object");
}
