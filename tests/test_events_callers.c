/* test_events_callers.c — events30 (docs/EVENTS.md "Issue 16: the caller of a statement's
 * event"): a statement's appeal is the verb's subject's, or none. A name after a verb with a
 * pronoun subject before it (لكنه دعا ايران، فإنها دعت حزب العمال) or after a preposition's
 * word (طالبوا برحيل سامي) is no caller; after a relative the caller is its antecedent (بيوت
 * الأزياء التي دعت: none), unless the relative's pronoun follows the verb (والذي دعا فيه: the
 * speaker's); a negation two words before (لا يمكن مطالبة) is none. Sentences of SaudiNewsNet
 * articles outside the recall set (the article in the comment; the negatives are judge29's
 * wrong rows of events29, which gave each an appeal). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, type, first actor, by default, by the rules alone, with every form
       on (RASD_TRIGGERS_ALL: the statement layer's kinds all on, appeals too, beside the
       layer's other forms)} (counts)
       events31: appeals from quotes are off by default (tdefault "said": criticize alone);
       with every form on the layer's own verb forms give the negatives an appeal (not the
       statement layer's), and the speaker's call in his speech comes back (snn-019128). */
    static const char *const cases[][7] = {
        /* snn-022930: the pronoun of لكنه is the caller, إيران the one called on */
        {"وقال أوباما إن إيران ستحصل على أموالها المجمدة. لكنه دعا ايران الى أن \"تخصص القسم الاكبر من هذا المال لتحسين وضع شعبها وعدم تجاهل آماله\".",
         "2015-08-06", "appeal", "", "0", "0", "1"},
        /* snn-016441: the same with فإنها */
        {"وفيما أدانت رئاسة كردستان القصف، فإنها دعت حزب العمال الكردستاني, التركي المحظور, إلى «إبعاد ساحة المعركة عن إقليم كردستان كي لا يكون مواطنو الإقليم ضحايا هذه الحرب».",
         "2015-08-02", "appeal", "", "0", "0", "1"},
        /* snn-013293: a relative whose antecedent (بيوت الأزياء) is not the name quoted */
        {"حتى العام الماضي كان مايكل كورس يثير حسد العديد من بيوت الأزياء التي دعت إلى الاقتداء به وبأسلوبه، ليس بالضرورة في التصميم بل حتما في طريقة التسويق التي تعتمد على صورة أنيقة ومتاحة.",
         "2015-07-31", "appeal", "", "0", "0", "1"},
        /* snn-011203: a negation two words before a verbal noun */
        {"ثم تحدث المهندس أحمد خريدة عن الدور الفعلي والمؤثر للمراكز الاعلامية بالأندية، موضحا في نفس الوقت بأنه لا يمكن مطالبة المراكز الاعلامية بشكلها التطوعي الحالي بأكثر مما تقدمه.",
         "2015-07-27", "appeal", "", "0", "0", "0"},
        /* snn-019128: the relative's pronoun after the verb: the speaker called in his speech */
        {"ويأتي حديث النائب الأول امتدادًا لخطاب الرئيس عمر البشير في 27 من يناير (كانون الثاني) 2014، والذي عرف بـ«خطاب الوثبة» والذي دعا فيه للحوار الوطني القائم على أربعة مرتكزات: «السلام، والمجتمع السياسي الحر، والخروج بالمجتمع السوداني من ضعف الفقر إلى أفق القوة الاستطاعة، وإنعاش الهوية السودانية».",
         "2015-08-04", "appeal", "", "0", "0", "1"},
    };
    check_three_modes(cases, sizeof cases / sizeof *cases);
    return check_done("test_events_callers");
}
