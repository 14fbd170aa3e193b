/* test_quotes_greeted.c — fix53 (docs/EVENTS.md "Issue 16: judge53's wrong rows, each fixed
 * only if fresh text agrees (branch fix53, stop 51)"): the person whose greetings are conveyed
 * (data/quotes.tsv "aguard greeting" after one of "aguard convey": نقل المتحدث الرسمي تهنئة وزير
 * الخارجية سامح شكري) is not the one who speaks on after it (bless.c qt_greeted); a woman named
 * تهاني is no greeting. Sentences of SaudiNewsNet articles outside bench/recall/drawn.txt (the
 * article in the comment); the first want fails at 6737e2c (Sameh Shoukry given as speaker). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-020731: the spokesman, unnamed, speaks on: no speaker */
    {"ونقل المتحدث الرسمي تهنئة وزير الخارجية سامح شكري إلى أهالي الصيادين والشعب المصري بأكمله بهذه المناسبة السعيدة، مُشيرًا إلى اكتمال فرحة مصر بعودة أبنائها لتزامنها مع احتفالات افتتاح قناة السويس الجديدة.",
     "إلى اكتمال", "", 0},
    /* snn-009196: تهاني the researcher's first name, no verb of conveying before it */
    {"أرجعت تهاني عبدالهادي –باحثة اجتماعية- سبب التأثير السلبي على سلوك الشباب، بالمتغيرات التكنولوجية التي حدثت خلال السنوات الأخيرة وربطت مجتمعنا بالعالم الخارجي بالإضافة إلى تمازج الثقافات بين مناطق المملكة وفئات المجتمع وكذلك الجاليات والوفود الأجنبية، موضحةً أنّ هذه المتغيرات لا بد من مواكبتها وتغيير نمط التوجيه التربوي بدءاً من الأسرة وانتهاءً بالمدارس والجامعات والمساجد.",
     "هذه المتغيرات", "عبدالهادي", 1},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_greeted");
}
