/* test_quotes_singular_source.c — wrong59 (docs/EVENTS.md "Issue 16: judge52's remaining wrong
 * and partly rows, each fixed only if fresh text agrees (branch wrong59, stop 51)"): a plural
 * cue (مشيرين، مطالبين، وقالوا) does not go on with an unnamed source whose head word is singular
 * (data/quotes.tsv "aguard singular_source": مصدر، المسؤول، المتحدث; continued.c
 * qt_continued): the plural is another subject's (ويرى متعاملون …، مشيرين: the dealers', judge52's
 * quote 32). The quote then has no speaker. Passages of SaudiNewsNet articles outside
 * bench/recall/drawn.txt (the article each is from in the comment); each fails at 6737e2c, where
 * the source is the speaker. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-021630 (a copy of judge52's snn-021766): the dealers point out, not the customs source */
    {"وقال مصدر مطلع في مصلحة الجمارك: إن التقرير الصادر مؤخرا في مجال المضبوطات للربع الثاني من عام 2015 قد بين أن إجمالي ما تم ضبطه من المواد المقلدة والمغشوشة بلغ 34 مليون وحدة، بينما بلغت الكمية المرفوضة لعدم مطابقتها للمواصفات والمقاييس «52» مليون وحدة. فيما كانت مخالفة تدني القيمة الأعلى حيث بلغ ما تم ضبطه حوالي «18» مليون وحدة بنسبة 53% من إجمالي ما تم ضبطه من السلع المغشوشة والمقلدة.\n"
     " وبلغ عدد مخالفة المواصفات والمقاييس حوالي «11» مليون وحدة تشكل ما نسبته 31% من إجمالي ما تم ضبطه من السلع المغشوشة والمقلدة.\n"
     " ويرى متعاملون في سوق الإلكترونيات والأجهزة المنزلية أن المملكة من أكبر الأسواق في المنطقة، وتشكل أحد أكبر القطاعات الاقتصادية، الذي يحظى باهتمام متزايد من المستثمرين، مشيرين إلى أن الشركات العاملة في مجال الإلكترونيات سجلت خلال الأعوام الأخيرة نموًا كبيرًا.",
     "الشركات العاملة في مجال الإلكترونيات", "", 0},
    /* snn-026069: a popular reaction asks, not the media authority's source */
    {"وأشار مصدر مطلع داخل هيئة شؤون الإعلام لـ\"اليوم\" إلى أن القرار جاء عقب رفض الصحيفة إطلاق مسمى شهداء على القتلى الذين راحوا ضحية تفجير عسير، ما أدى إلى تفاعل شعبي كبير مطالبين إياهم بعدم طأفنة القتلى، إذ وصفت سابقاً ضحايا تفجير القديح بالشهداء.",
     "بعدم طأفنة القتلى", "", 0},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_singular_source");
}
