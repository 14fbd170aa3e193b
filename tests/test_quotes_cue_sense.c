/* test_quotes_cue_sense.c — sense57 (docs/EVENTS.md "Issue 16: a cue word that is not speech
 * (branch sense57, stop 49)"): a reporting word with the word right after it that shows another
 * sense (an elative أوضح دليل، a gesture أشار بيده، points added أضاف 0.41 نقطة) is no statement
 * (data/quotes.tsv "aguard cue_sense", "aguard cue_unit"; cue_sense.c). The same words as
 * reporting verbs keep their quote and speaker. Sentences of SaudiNewsNet articles outside
 * bench/recall/drawn.txt (the article each is from in the comment); the three negatives fail at
 * 121e8b2 (a quote opens after the cue), the wants pass there too: they hold the rule's reach. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-000055: وأوضح الوزير أنه, the minister named before */
    {"قال وزير النقل اليمني في الحكومة اليمنية الموالية للشرعية بدر باسلمه إن فريقا فنيا متخصصا وصل من الإمارات لإعادة تشغيل مطار عدن الدولي خلال 24 ساعة، وأوضح الوزير أنه تم تجاوز مشكلة عدم صلاحية البرج الحالي بوصول برج متنقل لاستئناف الرحلات من وإلى عدن خلال الساعات القادمة.",
     "تم تجاوز", "بدر باسلمه", 1},
    /* snn-000140: وأضاف المتحدث أن, an unnamed spokesman */
    {"قال متحدث باسم الرئاسة في نيجيريا اليوم الاثنين إن الرئيس محمد بخاري أقال قادة الجيش والبحرية وسلاح الجو. وأضاف المتحدث أن أسماء القادة الجدد ستعلن في وقت لاحق اليوم.",
     "أسماء القادة", "متحدث باسم الرئاسة في نيجيريا", 0},
    /* snn-000460: وأشار السفير إلى أن */
    {"وأشار السفير إلى أن نهاية مارس (آذار) الحالي ستكون موعدا مناسبًا لذلك.",
     "نهاية مارس", "السفير", 0},
};

static const not_want nots[] = {
    /* snn-002175: an elative, "the clearest sign yet" */
    {"إن استقالة وزير المالية اليوناني يانيس فاروفاكيس -حتى بعد دعم الناخبين اليونانيين الشديد لرفض الحكومة قبول مطالب دائنيها للتقشف الاقتصادي- تعد أوضح دليل حتى الآن على أن رئيس الوزراء اليوناني أليكسيس تسيبراس جاد في التوصل إلى صفقة إنقاذ جديدة.",
     "رئيس الوزراء اليوناني"},
    /* snn-027924: a gesture of the hand */
    {"وفسر الوسط الرياضي الحركة التي بدرت من المدرب السويسري في مطار الملك عبدالعزيز في جدة بعد وصول بعثة الأهلي من النمسا، بأنها حركة غير أخلاقية عندما أشار بيده إلى المشجعين الذين كانوا يرددون \"الدوري ـ الدوري\" خلال مقطع الفيديو الذي انتشر.",
     "إلى المشجعين"},
    /* snn-012605: a share that gained points (أضاف 2 نقطة), then بعد أن */
    {"وجاء سهم «ميدجلف للتأمين» تاليا بنسبة 4.66% وسعر 44.9 ريال بعد أن أضاف 2 نقطة، ثم سهم «المتحدة للتأمين» بنسبة 2.56% وسعر 16.45 ريال بعد أن أضاف 0.41 نقطة، أما الأكثر انخفاضا فتصدّرها سهم «الاتصالات» بنسبة 2.77% بعد أن خسر 2.02 نقطة ليغلق عند 71 ريالا.",
     "أضاف 0.41"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_cue_sense");
}
