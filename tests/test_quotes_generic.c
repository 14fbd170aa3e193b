/* test_quotes_generic.c — u24q56 (docs/EVENTS.md "Issue 16: unseen24's quote errors over every part
 * (branch u24q56, stop 48)"): the guideline's generic and hypothetical speakers report nothing:
 * a present verb of saying after a particle of "may" with its proclitic or of "perhaps" (وقد
 * يقول قائل، ربما يقول القارئ: data/quotes.tsv "aguard maybe_say") and a saying noun as the verb's
 * subject (المثل الشعبي يقول، والحكمة تقول، المثل … الذي يقول: "aguard saying_noun";
 * src/events/quote_generic.c). Sentences of SaudiNewsNet articles outside bench/recall/drawn.txt
 * (the article each is from in the comment); the five negatives fail at 7ef945b (a quote with
 * قائل, القارئ or no speaker), the want passes there too: it holds the rule's reach (وقد and
 * فقد before a past verb still report). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-000235: فقد and وقد before a past verb: statements, as before */
    {"فقد أكد مدير مركز بغداد لحقوق الإنسان، مهند العيساوي، أن قوات من الحشد الشعبي قامت بعد دخولها لمناطق سيد غريب والنباع جنوب صلاح الدين بحرق عدد من المواطنين أحياء، وقد أكد شهود عيان بهذه المناطق أن الحشد الشعبي عمد لإخفاء الجريمة، عبر تجميع الجثث في منازل وبعد ذلك قام بتفجيرها.",
     "قوات من الحشد", "مهند العيساوي", 1},
    {"فقد أكد مدير مركز بغداد لحقوق الإنسان، مهند العيساوي، أن قوات من الحشد الشعبي قامت بعد دخولها لمناطق سيد غريب والنباع جنوب صلاح الدين بحرق عدد من المواطنين أحياء، وقد أكد شهود عيان بهذه المناطق أن الحشد الشعبي عمد لإخفاء الجريمة، عبر تجميع الجثث في منازل وبعد ذلك قام بتفجيرها.",
     "الحشد الشعبي عمد", "شهود عيان بهذه المناطق", 0},
};

static const not_want nots[] = {
    /* snn-001490 (of /tmp/m49.jsonl): a bare قد (maybe_say since qprec57; may_say() of quotes.c
       before) */
    {"قد يرى البعض أن التدخل منطقي وقد يرى البعض أنه ليس كذلك ولكن هذا ليس موضوعنا.",
     "التدخل"},
    /* snn-015886: وقد يقول قائل إن (was: قائل) */
    {"وقد يقول قائل إن مثل هذه المقاربة غير مناسبة لسبب فوارق التجربة، ولكنني أقول بإصرار إنها لسبب فوارق العقل.",
     "مثل هذه"},
    /* snn-004567: ربما يقول القارئ في نفسه إن (was: القارئ) */
    {"ربما يقول القارئ في نفسه إن ما ذكرته مستحيل، فكيف يغير غلام صغير مجرى التاريخ أو عقيدة مجتمعه أو يكون مرجعا للعمل؟!!",
     "ما ذكرته"},
    /* snn-022811: a proverb with an adjective, then a colon */
    {"مع أن المثل الشعبي يقول: \"يا خبر بفلوس بكرة يصير ببلاش\".", "يا خبر"},
    /* snn-016178: والحكمة تقول «…» */
    {"عموما مضى عام وجاء آخر وانتهى الأمر، ولم تتنه حالات التحرش ولن تنتهي، والحكمة تقول «من أمن العقاب أساء الأدب»، وكأننا دائما لا تهـزنا ولا تحركنا المشكلات الصغيرة ثم تصبح عادية إلى أن تقع الكبيرة.",
     "من أمن"},
    /* snn-000549: the proverb three words before its relative's verb */
    {"كما سنصدق أن إيران ستمشي في اتجاهين متعاكسين، وهو ما يستحضر في أذهاننا المثل الشعبي المصري الذي يقول إن «المركب اللي فيها ريسين تغرق» وهي بديهة سياسية عن وحدة القرار السياسي داخل الدولة.",
     "«المركب"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_generic");
}
