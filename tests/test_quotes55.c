/* test_quotes55.c — quotes55 (docs/EVENTS.md "Issue 16: unseen23's quotes and speakers over every
 * part (branch quotes55, stop 47)"): a verb right before فيها/فيه (a speech, letter or article
 * its sentence names) that no list took there reports the words after فيها, the speech's giver
 * speaking (شكر، يطالب، تطالب، يتعهد …: data/quotes.tsv "aguard inwhich55"; not أشاد nor هنأ: praise
 * and congratulation report nothing, the guideline). The same verbs
 * elsewhere are no statement (وشكر الأمير سعود بن نايف كل مسؤولي …). Sentences of SaudiNewsNet
 * articles outside bench/recall/drawn.txt (the article each is from in the comment); the wants
 * fail at ec59a9f (no quote), the negatives pass there too: they hold the guard. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-007109: شكر فيها with its object, the speech after adjuncts (في بداية الحفل) */
    {"وألقى السفير عمرو رمضان كلمة في بداية الحفل شكر فيها الحضور على تلبيتهم الدعوة، خاصة في ظل عاصفة رعدية شهدتها مدينة جنيف، مشيرًا إلى أن ثورة 23 يوليو أسفرت عن تحويل جذري في المجتمع المصري.",
     "الحضور على تلبيتهم", "عمرو رمضان", 1},
    /* snn-017471: an article (مقالا) and the present يطالب فيه with ب */
    {"وبتاريخ 13/10/2014م كتب الزميل عبد الله الزهراني رئيس تحرير «مكة» الإلكترونية مقالا يطالب فيه بعمل شعار للجائزة من دون أن يعلم بتعليمات معالي الوزير مسبقا.",
     "بعمل شعار", "عبد الله الزهراني", 1},
    /* snn-002914: a body's letter, the present feminine تطالب فيه */
    {"وقد جرى إرسال تلك الطلبات للوزارة استجابة لخطاب تلقته الصحيفة أمس من وزارة الخدمة المدنية، تطالب فيه بإرسال رسائل مطالبات ومقترحات القُرَّاء الراغبين في إيصالها إلى وزير الخدمة المدنية الجديد.",
     "بإرسال رسائل", "وزارة الخدمة المدنية", 1},
};

static const not_want nots[] = {
    /* snn-023363, snn-021058: praise (أشاد فيها) reports nothing, the guideline's choice */
    {"وألقى القنصل العام المغربي بجدة لطفي ساسي كلمة أشاد فيها بمتانة العلاقات التي تجمع بين المملكتين والتي تشهد نموا وتطورا في كافة المجالات.",
     "بمتانة العلاقات"},
    {"وفي سياق متصل، تلقى الفنان عمر الجاسر خطاب تهنئة وتقدير من رئيس الاتحاد العام للفنانين العرب مسعد فودة، أشاد فيه بالأنشطة الثقافية والفنية المتميزة التي تقدمها جمعية الثقافة والفنون بجدة.",
     "بالأنشطة الثقافية"},
    /* snn-000715, snn-001080: شكر with no speech: thanks given, no statement */
    {"وشكر الأمير سعود بن نايف كل مسؤولي المؤسسات الحكومية والخاصة المشاركة في الحفل والداعمة لفعالياته.",
     "كل مسؤولي"},
    {"وشكر الأبناء كافة المسؤولين وفي مقدمتهم المدير العام على جهودهم.", "كافة المسؤولين"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes55");
}
