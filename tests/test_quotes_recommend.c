/* test_quotes_recommend.c — cue67 (docs/EVENTS.md "Stop 57: cue words in no list (branch
 * cue67)"): أوصى and تعهد with ب on a verbal noun no list names (data/quotes.tsv comp 512,
 * COMP_BIANY; src/events/comp_only.c): the recommendation or pledge is the quote, its subject
 * the speaker, a body's noun too (أوصت الدراسة، أوصت اللجنة); not تعهد as a noun after بعد
 * ("aguard comp_negation"). Sentences of SaudiNewsNet articles outside bench/recall/drawn.txt
 * (the article each is from in the comment); each want fails without the change (no quote),
 * the negative without its guard (row 17 of bench/cue67/fresh_67101.tsv). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-013035 */
    {"وأوصت الدراسة بتطوير خطة وطنية لتقويم الوضع الحالي لمناهج الطب البديل والتكميلي في الكليات الصحية بالمملكة، ودمج هذه المناهج في كليات الطب.", "بتطوير خطة", "الدراسة", 0},
    /* snn-007438 */
    {"كما أوصت اللجنة بطبع عقد للاعبين باللغة الإنجليزية بجانب النسخة الاساسية باللغة العربية مع استبعاد بنود اللائحة المخالفة للوائح الاتحاد الدولي لكرة القدم «فيفا».", "بطبع عقد", "اللجنة", 0},
    /* snn-017733 */
    {"تعهد رئيس اقليم كردستان العراق مسعود بارزاني، اليوم (الاثنين)، بالانتقام من تنظيم \"داعش\" المتطرف الذي اعتدى بوحشية على ابناء الطائفة الايزيدية في صيف 2014.", "بالانتقام من", "مسعود بارزاني", 1},
    /* snn-027745 */
    {"وتعهدت الحكومة التركية ببدء الغارات ضد تنظيم داعش في سوريا إلى جانب التحالف الدولي بقيادة الولايات المتحدة.", "ببدء الغارات", "الحكومة التركية", 0},
};

static const not_want nots[] = {
    /* snn-011755: بعد تعهد إيران is the noun, "after Iran's pledge" (a timeline) */
    {"عام 2015م: توقع الاتفاقية في فيينا بعد تعهد إيران بالتوقف بنسبة 98 في المئة عن التخصيب، مع الاستمرار في النشاط الضروري في استخدام الطاقة النووية للأغراض السلمية.", "بالتوقف"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_recommend");
}
