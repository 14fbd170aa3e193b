/* test_quotes_that_clause.c — wrong54 (docs/EVENTS.md "Issue 16: judge48's wrong rows (branch
 * wrong54, stop 46)"): a connective of contrast before أن (بيد أن الحكم …) opens the writer's
 * clause, no cue's content; a reporting verb right before أن takes it (فيما يتوقع أن: "it is
 * expected", not the earlier verb's content) (that_clause.c). Paragraphs of SaudiNewsNet articles outside
 * bench/recall/drawn.txt (the article each is from in the comment); each check fails without
 * its change. */
#include "speaker_want.h"

static const not_want nots[] = {
    /* snn-022698: بيد أن الحكم اكتفى بإنذاره is the writer's, not the players' appeal */
    {"وطالب لاعبو تيجريز بطرد مهاجم ريفر بليت لوكاس الاريو بسبب ارتكابه إحدى المخالفات، بيد أن الحكم اكتفى بإنذاره.", "الحكم اكتفى"},
    /* snn-012785: فيما يتوقع أن توزع الكتب is "it is expected", not the pledge of وتعهد */
    {"وتعهد مدير المستودعات منصور الربيش بإيصال الكتب خلال 15 يوماً من وصولها إلى المستودعات، فيما يتوقع أن توزع الكتب الموجودة حالياً في المستودعات نهاية الشهر الحالي بعد الانتهاء من توزيع كتب المرحلة الابتدائية.", "توزع الكتب"},
};

int main(void)
{
    return check_wants_nots(NULL, 0, nots, sizeof nots / sizeof *nots, "test_quotes_that_clause");
}
