/* test_events_harm_by_bullet.c — events44 (docs/EVENTS.md "Issue 16: unseen17's event misses, and
 * harm done by bullets"): a verb of harm undergone (قتل، لقي مصرعه) with its doer
 * after برصاص / بنيران is an assault, the doer its first actor, src/events/bullet44.c (by
 * harm_by_hand.c's reading). Negatives: the fire of no harm verb (بهدف بنيران صديقة، واكتوى
 * شعبنا بنيران الحروب، واجهوهم بنيران كثيفة). Sentences of SaudiNewsNet articles outside the
 * recall set (the article each is from in the comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

/* {text, published, trigger word, first actor's name holds this (NULL: no assault with that
 * word nor any other in the sentence), second actor's name holds this ("" none needed)} */
static const char *const cases[][5] = {
    /* snn-029501: unvowelled قتل after الذي, a titled person after برصاص, the victim before */
    {"واندلعت أعمال العنف في المدينة بعد مشاركة مئات المتظاهرين في مسيرة سلمية في ضاحية سانت لويس إحياء لذكرى براون الذي قتل برصاص الشرطي دارن وورن وهو في الـ18 من عمره في التاسع من أغسطس (آب) 2014.",
     "2015-08-11", "قتل", "دارن وورن", "براون"},
    /* snn-022755: لقي مصرعه, a description after برصاص */
    {"أمنياً، لقي أمين شرطة من قوة مركز شرطة أبو حماد، بمحافظة الشرقية مصرعه برصاص مسلحين استهدفوه أثناء توجهه لعمله، صباح أمس، وأطلقوا عليه وابلاً من الأعيرة النارية، ما أدى لاستشهاده في الحال.",
     "2015-08-06", "مصرعه", "مسلحين", ""},
    /* snn-011555 (its sentence up to the clause that ends at سوريا): unvowelled قتل, the
     * victim after it, a group's word after بنيران */
    {"في يومها الثالث، بدا أن الحملة العسكرية التي أطلقتها تركيا لاستهداف تنظيمَي داعش وحزب العمال الكردستاني، المعروف بـ«ب.ك.ك»، تتحول إلى حرب فعلية مع التنظيم الكردي ومناوشات من طرف واحد مع تنظيم داعش الذي لم ترد أية تقارير تفيد برده على النيران التركية بعد الاشتباك الوحيد الذي حصل مطلع الأسبوع عندما قتل جندي تركي بنيران مجموعات يعتقد بأنها من التنظيم عبر الحدود مع سوريا.",
     "2015-07-27", "قتل", "مجموعات", ""},
    /* snn-025882: an own goal (بنيران صديقة) after a win: no harm */
    {"وحسم مانشستر يونايتد الفوز بهدف بنيران صديقة أحرزه كايل ووكر مدافع توتنهام بطريق الخطأ في مرمى فريقه عندما حاول تشتيت الكرة من أمام واين روني المنفرد.",
     "2015-08-08", "الفوز", NULL, ""},
    /* snn-019741: burnt by the fire of wars, a figure: no harm verb */
    {"وقد أكدت مرارا وتكرارا منذ تركت السلطة أنني اكتويت بنارها، واكتوى شعبنا بنيران الحروب في الشمال والجنوب، وأنا لا أبحث عن منصب، ولم أستفد من السلطة في الماضي كغيري من الحكام.",
     "2015-08-04", "واكتوى", NULL, ""},
    /* snn-017084: met them with heavy fire: a fight, no harm undergone */
    {"وأضافت المصادر بالقول إن مواجهات عنيفة دارت بين الجانبين أمس عقب محاولة المتمردين التسلل إلى أطراف المدينة، إلا أن الثوار واجهوهم بنيران كثيفة، ما دعاهم للتراجع.",
     "2015-08-02", "واجهوهم", NULL, ""},
};

int main(void)
{
    return check_harm_cases(cases, sizeof cases / sizeof *cases, 1, "test_events_harm_by_bullet");
}
