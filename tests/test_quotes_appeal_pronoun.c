/* test_quotes_appeal_pronoun.c — fix56 (docs/EVENTS.md "Issue 16: quote forms stop 52 left
 * (branch fix56, stop 53)"): a verb of appeal with its object pronoun, the one appealed to
 * (دعاه، دعاهم، دعاها إلى …; طالبهم بـ…), is a cue with no subject after it: the last speaker
 * goes on. Not its other words and forms (cue_sense.c): دعاة "preachers" and طالبة "a student"
 * (ة, folded to ه in norms), «مما دعاه لـ» "which led him to", and the pronoun form with
 * nothing asked after it. Before, none of these sentences had a quote from the pronoun form.
 * Sentences of SaudiNewsNet articles outside the recall set (the article in the comment). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-030461: دعاهم فيه إلى after the one who made the appeal */
    {"ووجه أمين عام حزب الرشاد السلفي، الدكتور عبدالوهاب الحميقاني، وأحد وجهاء محافظة البيضاء، نداء عاجلاً إلى قبائل المحافظة، دعاهم فيه إلى ضبط النفس والحرص على عدم التجاوز خلال عملية تحرير المدينة.",
     "إلى ضبط النفس", "عبدالوهاب الحميقاني", 1},
    /* snn-004231: وطالبهم بضرورة after the one who met them */
    {"واجتمع المدرب السويسري كريستيان غروس باللاعبين فور الوصول إلى مقر السكن وطالبهم بضرورة بذل أقصى الجهد خلال المعسكر والعمل على تحقيق الاستفادة القصوى من مراحل الإعداد كافة قبل انطلاقة الموسم.",
     "بضرورة بذل", "كريستيان غروس", 1},
};

static const not_want nots[] = {
    /* snn-022548: مما دعاه لـ, "which led him to" */
    {"وعند حضوره فوجئ بأن العيادة توزع أرقاما متجاهلة المواعيد، مما دعاه لمناقشة مدير العيادات فرفض الإصغاء.",
     "لمناقشة"},
    /* a noun, not the verb: دعاة "preachers" before إلى (the form of snn-017232's دعاهم) */
    {"وقال الشيخ إن دعاة الفتنة كثر. ودعاة الإصلاح إلى تغيير المناهج كثر في البلاد.", "إلى تغيير"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_appeal_pronoun");
}
