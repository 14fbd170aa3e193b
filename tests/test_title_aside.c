/* test_title_aside.c — attr56 (docs/EVENTS.md "Issue 16: a title's holder set off by commas,
 * a circumstance before the statement (branch attr56, stop 48)"): a title after its verb, the
 * holder's name set off by commas, then where or to whom it was said, then the statement: the
 * holder speaks, not the title (src/events/title_aside.c). Sentences of SaudiNewsNet articles
 * outside bench/recall/drawn.txt (the article each is from in the comment); every want fails
 * at 0ac7a8c (the title alone spoke, with no entity). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-013235: لوكالة الصحافة الفرنسية after the name (was: المسؤول الأمني) */
    {"وقال المسؤول الأمني، أحمد علي، لوكالة الصحافة الفرنسية، إن «الأضرار هائلة، وتأكد حتى الآن مقتل 13 شخصًا جميعهم من المدنيين الأبرياء»، بعد انفجار سيارة مفخخة أمام فندق الجزيرة.",
     "الأضرار", "أحمد علي", 1},
    /* snn-020674: an aside before the name too (was: النائب عن الحزب الديمقراطي) */
    {"قال النائب عن الحزب الديمقراطي، في برلمان الإقليم، بشار مشير، لـ«الشرق الأوسط»، إن «الحزب الديمقراطي الكردستاني، بلا شك، سيوافق على ما اقترحته هذه الأحزاب».",
     "الحزب", "بشار مشير", 1},
    /* snn-023685: a long title, لـ«الشرق الأوسط» after the name */
    {"بدوره، قال مسؤول إعلام الفرع الرابع عشر للحزب الديمقراطي الكردستاني في الموصل، سعيد مموزيني، لـ«الشرق الأوسط»، إن «تنظيم داعش أعدم أمس تسعة من سائقي سيارات الأجرة وسط الموصل بتهمة التجسس لصالح القوات الأمنية العراقية».",
     "تنظيم", "سعيد مموزيني", 1},
    /* snn-023870: the day and the occasion after the name, then a colon */
    {"وقالت رئيسة مؤتمر وزراء التعليم الألمان على المستوى الاتحادي والولايات، برونهيلد كورت، اليوم الجمعة قبل زيارتها للصين: \"معسكرات تعليم اللغة والمسابقات اللغوية وبرامج المنح الدراسية لتدريب المعلمين الألمان والتعاون في التعليم المهني أمور مهمة\".",
     "معسكرات", "برونهيلد كورت", 1},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_title_aside");
}
