/* test_quotes_sole_speaker.c — attr66 rule 2 (docs/EVENTS.md "Stop 58: a title's holder past an
 * abbreviation, and the one speaker's description (branch attr66)"): a description that opens
 * with a person's title or trade (اللاعب المنتقل إلى صفوف فريق العاصمة، المهاجم العملاق) is
 * the article's one speaker so far when it follows that speaker's last quote with no other
 * person named between (sole_speaker.c). Articles of the fresh draw 66605, outside
 * bench/recall/drawn.txt and bench/judged; both quotes had the description at the start
 * build (3c43ed85) and with rule 1 alone. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-022533: its first two paragraphs */
    {"أكد النجم الأرجنتيني أنخيل دي ماريا بعد اجتيازه بنجاح للفحص الطبي في مستشفى "
     "سبيتار في العاصمة القطرية الدوحة أنه سيبذل قصارى جهده لمساعدة فريقه الجديد "
     "باريس سان جيرمان على تحقيق المزيد من الألقاب. وقال اللاعب المنتقل إلى صفوف "
     "فريق العاصمة الفرنسية قادما من مانشستر يونايتد: \"ما أعرفه عن سان جيرمان أنه "
     "فريق فاز بكل الألقاب الممكنة في فرنسا وهذا شيء مهم جدا للنادي، خاصة أنه يريد "
     "تجاوز الدور ربع النهائي في دوري أبطال أوروبا. سأحاول أن أقدم أفضل ما لدي من "
     "إمكانات وخدمة الفريق لتخطي هذا الدور ومحاولة الوصول إلى أبعد نقطة ممكنة\". وختم "
     "قائلا \"سأحاول أن أقدم أفضل ما عندي وأعمل بجد كما فعلت في الأندية السابقة التي "
     "لعبت لها، وأتمنى أن نفوز بالكثير من الألقاب\".",
     "ما أعرفه عن سان جيرمان", "أنخيل دي ماريا", 1},
    /* snn-007172: its first three paragraphs */
    {"كشف السويدي زلاتان إبراهيموفيتش، المهاجم العملاق بفريق باريس سان جيرمان "
     "الفرنسي، أن مستقبله الكروي قد يكون في الولايات المتحدة الأميركية. وقال "
     "إبراهيموفيتش: «قد يعجبني اللعب في الدوري الأميركي، أي فريق؟ لا يمكنني قول ذلك. "
     "أعتقد أنها ستكون تجربة غير عادية، وأرى أن الكرة تتطور كثيرا في الولايات "
     "المتحدة». وتابع المهاجم العملاق في تصريحات لـ«ياهو سبورت» أنه كان موجودا في "
     "أميركا قبل عشر سنوات، ولم تكن كرة القدم بهذا المستوى، حيث تشهد تطورا الآن "
     "وأتمنى أن تصل لمستويات الكرة الأوروبية.",
     "كان موجودا في أميركا", "زلاتان إبراهيموفيتش", 1},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_sole_speaker");
}
