/* test_quotes_column_title.c — quotes55 (docs/EVENTS.md "Issue 16: unseen23's quotes and speakers
 * over every part (branch quotes55, stop 47)"): a column's title whose verb stands right before the
 * one it addresses and a colon («"سبق" تقول للمسؤول: …») is no statement: the column's own words
 * follow (data/quotes.tsv "aguard column_addressee"). A statement in the column keeps its speaker.
 * Sentences of SaudiNewsNet articles outside bench/recall/drawn.txt (the article each is from in
 * the comment); the two negatives fail at ec59a9f (a quote with no speaker), the want passes there
 * too: it holds the rule's reach (a statement after the title keeps its speaker). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-004935: the column's title, its first sentence, then a body's statement told in the
       column: the statement keeps its speaker */
    {"سبق تقول للمسؤول: مع الانخفاض \"المخيف\" لأسعار النفط، وانحدارها بهذا الشكل \"المرعب\" لما دون الـ 70 دولاراً للبرميل بعد أن كانت فوق الـ 120 دولاراً، وبدء انعكاساتها السلبية -كما نلمسه حالياً- على \"سوق المال\" السعودي أولاً، وغيره من القطاعات المرتبطة به ثانياً.. تزايدت المخاوف في المجتمع من انهيار كبير قادم لأسعار \"سلعتنا\" الوحيدة، وعمود اقتصادنا الفقري، وأهم مصادر دخلنا، واستقرارنا، وإنفاقنا العام، وازدهارنا الاقتصادي؛ في ظلّ الصمت \"غير المبرر\" من وزير البترول والثروة المعدنية المهندس علي النعيمي الذي لم يخرج ويصرح حتى الآن إعلامياً، ويشرح الأسباب الحقيقية لانخفاض أسعار النفط، ويبدد المخاوف الاقتصادية، و\"الهواجس\" في المجتمع السعودي من مستقبل غير سار وسنوات عجاف قادمة!   فإن كان صندوق النقد الدولي قد أكد قبل أيام قليلة أن السعودية بهذه الأسعار الحالية ستتأثر كثيراً، وأنها تحتاج أسعار النفط عند 98 إلى 106 دولارات للبرميل في العام المقبل.",
     "السعودية بهذه", "صندوق النقد الدولي", 1},
};

static const not_want nots[] = {
    /* snn-002872: the title in quote marks, then إن */
    {"\"سبق\" تقول للمسؤول: إن ما يحدث في سوق الاستقدام السعودي، حالياً، هو بلا شك يدخل في دائرة الأزمات \"المفتعلة\" التي يجيد \"حبكها\" بعض \"التجار الجشعين\"، في ظل ضعف دور وزارة العمل.",
     "إن ما يحدث"},
    /* snn-002874: the bare title, then the column's first sentence */
    {"سبق تقول للمسؤول: لا تزال قنوات فضائية إخبارية، ومنوعة التوجه، ومواقع تواصل اجتماعي في \"توتير\" و\"فيسبوك\" وغيرها، تواصل على مدار الساعة بث برامجها التحريضية، وأخبارها الطائفية.",
     "لا تزال"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_column_title");
}
