/* test_quotes_turn.c — span62 (docs/EVENTS.md "Issue 16: a quote's content stops at another
 * speaker's cue (branch span62, stop 53)"): reported content ends before a word that gives
 * another subject its turn (من جهته، من جهتها، بدوره) and the reporting verb after it, which
 * then has its own quote and speaker (quotes.c clause_end, clause_particle.c
 * qt_turn_clause); after a relative (والتي بدورها أبدت) the clause goes on. Sentences of
 * SaudiNewsNet articles outside bench/recall/drawn.txt (the article each is from in the
 * comment); the first three failed at the start build (dfbae667), the last with the rule's
 * first version (no relative stop). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-010656: من جهته قال after the embassy's warning */
    {"وحذرت السفارة الأمريكية من أن هذه القمة بحد ذاتها قد تكون «هدفا محتملا للإرهابيين»، من جهته قال الرئيس الكيني أوهورو كينياتا: إن تنظيم هذه القمة يقدم وجهًا آخر لافريقيا مختلفًا عن الصورة التي ترسمها وسائل الاعلام، وأكد أن «هذا الخطاب عن اليأس الأفريقي خاطىء وفي الواقع لم يكن يومًا صحيحًا».",
     "إن تنظيم", "أوهورو كينياتا", 1},
};

static const span_want spans[] = {
    {"وحذرت السفارة الأمريكية من أن هذه القمة بحد ذاتها قد تكون «هدفا محتملا للإرهابيين»، من جهته قال الرئيس الكيني أوهورو كينياتا: إن تنظيم هذه القمة يقدم وجهًا آخر لافريقيا مختلفًا عن الصورة التي ترسمها وسائل الاعلام، وأكد أن «هذا الخطاب عن اليأس الأفريقي خاطىء وفي الواقع لم يكن يومًا صحيحًا».",
     "هذه القمة", "من جهته", 1},
    /* snn-024190: من جهتها أكدت after a participle's statement */
    {"وذكرت مصادر في المقاومة الشعبية: إن عشرات السيارات والعربات المسلحة شوهدت وهي تهرب بشكل جماعي من مناطق زنجبار ووادي دوفس ومواقع اللواء 15، مشيرة إلى أن انفجارات عنيفة سمعت في تلك المناطق جراء القصف المكثف لطيران التحالف، من جهتها أكدت مصادر إخبارية أن مناطق عدة في محافظة أبين شهدت هروبًا جماعيًا للمليشيات.",
     "انفجارات عنيفة", "من جهتها", 1},
    /* snn-012650: a relative before بدورها: the companies' remarks are still the sources' */
    {"وأوضحت المصادر أن الوزارة أعدت دراسة عبر فريق استشاري أكاديمي حول واقع شركات حجاج الداخل والخدمات المقدمة والأسعار، وعرضت نتائج الدراسة على الشركات والتي بدورها أبدت عددا من الملاحظات بعضها جوهري والآخر مبالغ فيه، خاصة ما يتعلق بالأسعار.",
     "الوزارة أعدت", "والتي بدورها", 0},
};

int main(void)
{
    return check_quote_sets(wants, sizeof wants / sizeof *wants, NULL, 0, spans,
                            sizeof spans / sizeof *spans, "test_quotes_turn");
}
