/* test_quotes_contrast_cues.c — turn65 item 2 (docs/EVENTS.md "Issue 16: the report's next
 * turn, the cues left and «X يرى أن» (branch turn65, stop 55)"): after a comma and a word of
 * contrast (فيما، بينما), the cues turn64 left (بين، عبر، علق: not plain cues) end the reported
 * clause when their own subject follows them and then the word that makes them speech
 * (data/events.tsv aguard contrast_cue_that: أن; contrast_cue_about: عن; contrast_cue_on:
 * على; clause_particle.c turn_cue); «فيما بين» "between" runs on. Sentences of SaudiNewsNet
 * articles outside bench/recall/drawn.txt (the article each is from in the comment); the
 * three stops failed at the start build (02297013). */
#include "speaker_want.h"

static const span_want spans[] = {
    /* snn-022734: «فيما بين عسيري أن», Asiri's second statement */
    {"قال المتحدث باسم قوات التحالف المستشار في مكتب وزير الدفاع العميد ركن أحمد بن حسن عسيري في تصريح لقناة \" الإخبارية\" أن البنية التحتية للجيش اليمني محط اهتمام قيادة التحالف لإعادة تأهيلها ، فيما بين عسيري أن مطار عدن سيكون جاهز بعد تأهيلة خلال الأيام أو الساعات القادمة .",
     "البنية التحتية", "فيما", 1},
    /* snn-024218: «بينما عبر الشيخ … عن فرحته», another sheikh */
    {"وقد أعرب عدد من شيوخ الثبتة وعلى رأسهم عبدالعزيز بن جويبر عن الشكر للجنة التي كانت وراء هذا اللقاء ، بينما عبر الشيخ خالد بن مستور المنصوري عن فرحته بهذا اللقاء الذي يقام للمرة الثانية متمنيا ان يكون هناك لقاءات أخرى.",
     "عن الشكر للجنة", "بينما", 1},
    /* snn-020745: «بينما علّق آخر على المشروع», another activist */
    {"وعبر الكثير من النشطاء عن سعادتهم وتفاؤلهم الشديد بالحدث، وكتب أحدهم «هذا المشروع هو أمل الأجيال القادمة»، وأشار الآخر إلى أنه يعتبر هدية مصر للعالم كله، بينما علّق آخر على المشروع بقوله «المعجزة تتحقق.",
     "يعتبر هدية", "بينما", 1},
    /* snn-005367: «فيما بين منسوبي الأمانة» "between", then a comma and مشيراً إلى أن: goes on */
    {"وأضاف الثويني: أن الأمانة حريصة على تعزيز الروابط المجتمعية ومشاركة موظفيها والمواطنين عموماً الاحتفاء بالمناسبات الاجتماعية، ومن ذلك مناسبات الأعياد دعماً لروابط الأخوة والتواصل الاجتماعي فيما بين منسوبي الأمانة ومستفيديها، مشيراً إلى أن ذلك من شأنه الإسهام في تقوية أواصر الترابط والمودة بين الموظفين وتحفيزهم لمواصلة جهودهم خدمةً للوطن والمواطن.",
     "أن الأمانة حريصة", "فيما", 0},
};

int main(void)
{
    return check_quote_sets(NULL, 0, NULL, 0, spans, sizeof spans / sizeof *spans,
                            "test_quotes_contrast_cues");
}
