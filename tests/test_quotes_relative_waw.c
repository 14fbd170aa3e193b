/* test_quotes_relative_waw.c — attr63 (docs/EVENTS.md "Issue 16: unseen31's wrong speakers
 * (branch attr63, stop 55)"; bench/attr63/rule_1.md): a relative pronoun with the connective
 * و before a cue (والذي أوضح، والتي أشارت) names its speaker as the bare relative does: the
 * person named right before it; a relative after a noun that is no name (على الفئران والتي
 * أشارت) still names nobody. Sentences of SaudiNewsNet articles outside the recall set (the
 * article in the comment); each positive had no speaker at 02297013. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-029860: a comma between the name and والذي */
    {"هذا ما بينه الناطق الإعلامي لشرطة منطقة القصيم الرائد بدر السحيباني، والذي أوضح بأن هذا القرار يأتي بناءً على ما رفعه مدير شرطة منطقة القصيم اللواء بدر الطالب، ضمن خطوات التطوير الإداري التي تشهدها المؤسسات الأمنية.",
     "هذا القرار", "بدر السحيباني", 1},
    /* snn-000366: the antecedent is a study on mice, no name before والتي */
    {"وكان الفريق البحثي من المستشفى قد قام بهذه الدراسة إثر دراسة سابقة تم إجراؤها على الفئران والتي أشارت إلى أن التخدير لصغار الفئران يمكن أن يؤدي إلى موت الخلية العصبية وضعف القدرات الإدراكية.",
     "التخدير لصغار", "", 0},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_relative_waw");
}
