/* test_quotes_wrong54.c — wrong54 (docs/EVENTS.md "Issue 16: judge48's wrong rows (branch
 * wrong54, stop 46)"): a participle of addressing after a cue names the one spoken to, never
 * the speaker (وأضاف موجها خطابه لزعيم الحوثيين: the subject window ends there and the last
 * speaker goes on); a connective of contrast before أن (بيد أن الحكم …) opens the writer's
 * clause, no cue's content; a reporting verb right before أن takes it (فيما يتوقع أن: "it is
 * expected", not the earlier verb's content) (wrong54.c). Paragraphs of SaudiNewsNet articles outside
 * bench/recall/drawn.txt (the article each is from in the comment); each check fails without
 * its change. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-030432: وأضاف موجها خطابه لزعيم الحوثيين (was none: the addressee's words read as
       an unknown subject) */
    {" شن ضاحي الخلفان نائب رئيس شرطة دبي هجوما جديدا على زعيم جماعة الحوثيين عبد الملك الحوثي، عارضا عليه مهنة “مراقب طباخين”.\nوبرر خلفان في تغريدات على حسابه في موقع التواصل الاجتماعي “فيس بوك” هجومه على الحوثيين وزعيمهم إلى “غبائهم” ومعاداتهم دول الخليج من أجل إرضاء إيران.\nوقال خلفان “دعوة للحوثي…مطلوب مراقب طباخين للعمل في إحدى الدول الخليجية”.\nوأضاف موجها خطابه لزعيم الحوثيين “إذا تجد نفسك" "\xc2\xa0" " لديك الكفاءة يمكنك تقديم طلبك على وسائل" "\xc2\xa0" " التواصل الاجتماعي”.",
     "إذا تجد نفسك", "الخلفان", 1},
};

static const not_want nots[] = {
    /* snn-022698: بيد أن الحكم اكتفى بإنذاره is the writer's, not the players' appeal */
    {"وطالب لاعبو تيجريز بطرد مهاجم ريفر بليت لوكاس الاريو بسبب ارتكابه إحدى المخالفات، بيد أن الحكم اكتفى بإنذاره.", "الحكم اكتفى"},
    /* snn-012785: فيما يتوقع أن توزع الكتب is "it is expected", not the pledge of وتعهد */
    {"وتعهد مدير المستودعات منصور الربيش بإيصال الكتب خلال 15 يوماً من وصولها إلى المستودعات، فيما يتوقع أن توزع الكتب الموجودة حالياً في المستودعات نهاية الشهر الحالي بعد الانتهاء من توزيع كتب المرحلة الابتدائية.", "توزع الكتب"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_wrong54");
}
