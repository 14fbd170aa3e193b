/* test_quotes_comma_apposed.c — title59 (docs/EVENTS.md "title59: a title's holder set off by
 * commas (branch title59, stop 51)"): a description after its verb, then a comma, one person's
 * name and a comma again, is that person, whatever adverbial stands between the second comma
 * and the statement (apposed_name.c, comma_apposed). Sentences of SaudiNewsNet articles
 * outside the recall set (the article each is from in the comment); the first had the
 * description «المسؤول الأمني» as its speaker before the rule. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-013235: المسؤول الأمني، أحمد علي، لوكالة الصحافة الفرنسية، إن */
    {"وقال المسؤول الأمني، أحمد علي، لوكالة الصحافة الفرنسية، إن «الأضرار هائلة، وتأكد حتى الآن مقتل 13 شخصًا جميعهم من المدنيين الأبرياء»، بعد انفجار سيارة مفخخة أمام فندق الجزيرة، أول من أمس، في مقديشو.",
     "الأضرار", "أحمد علي", 1},
    /* snn-007077: a second person (كارتر) before the statement: the rule takes nobody, the
       name closing the title chain (another rule) stays the speaker */
    {"وقال المتحدث باسم وزارة الدفاع الأميركية (البنتاغون)، الكولونيل ستيف وارنر، خلال مؤتمر صحافي عقده، أمس، قبيل وصول وزير الدفاع كارتر إلى العراق، إن «القوات العراقية، مدعومة بالطائرات الأميركية، بدأت خلال الأيام الأخيرة بتنفيذ وصياغة الهجمات لاستعادة مدينة الرمادي محشدة آلافًا عدة من القوات استعدادًا للهجوم على المدينة».",
     "القوات", "ستيف وارنر", 1},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_comma_apposed");
}
