/* test_events_joint_subjects.c — events39 (docs/EVENTS.md "Issue 16: meetings and agreements with
 * coordinated subjects"): a support verb of a meeting or a verb of reaching whose subject is
 * two or more parties joined by و before the noun (وأجرى بوتين وأوباما محادثات، عقد X وY
 * اجتماعا، توصلت X وY إلى اتفاق), one party more after مع; not a condition (إذا توصلت), not
 * the words of one body's name (عقد مجلس الشؤون السياسية والأمنية اجتماعاً). Sentences of
 * SaudiNewsNet articles outside the recall set (the article each is from in the comment) and
 * of the seeds. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* Whether the event has an actor whose name holds a and one whose name holds b ("": any,
 * NULL: not read), and no more than two actors unless b is NULL. */
static int parties(const rasd_event *ev, const char *a, const char *b)
{
    int ha = !*a, hb = !b || !*b;
    for (size_t k = 0; k < ev->nactors; k++) {
        ha |= *a && strstr(ev->actor_name[k], a) != NULL;
        hb |= b && *b && strstr(ev->actor_name[k], b) != NULL;
    }
    return ha && hb;
}

int main(void)
{
    /* {text, published, type, an actor, another, by default, by the rules alone} */
    static const char *const cases[][7] = {
        /* seed 001: two names, an adjective after the noun */
        {"وأجرى بوتين وأوباما محادثات غير رسمية لمدة 20 دقيقة، حيث استغل الزعيمان فترة استراحة بين اجتماع قادة دول “بريكس” وجلسة أعمال قمة العشرين، لإجراء مباحثات منفصلة.",
         "2015-11-16", "meet", "بوتين", "أوباما", "1", "0"},
        /* snn-017841 */
        {"واجرى اردوغان وبوتين لقاء مطولا في حزيران/يونيو على هامش حفل افتتاح الالعاب الاوروبية في باكو في اذربيجان.",
         "2015-08-01", "meet", "أردوغان", "بوتين", "1", "0"},
        /* snn-020831: a name and a title */
        {"وعقد الملك عبدالله الثاني وولي ولي العهد اجتماعا، نقل فيه ولي ولي العهد تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز والأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية إلى الملك عبدالله الثاني.",
         "2015-08-04", "meet", "عبدالله الثاني", "ولي ولي العهد", "1", "0"},
        /* snn-021805: names behind titles */
        {"توصل الرئيس الفرنسي فرنسوا هولاند ونظيره الروسي فلاديمير بوتين إلى اتفاق في قضية عدم تسليم سفينتي ميسترال، بحسب ما أعلنت الرئاسة الفرنسية في بيان مساء الأربعاء.",
         "2015-08-06", "agree", "هولاند", "بوتين", "1", "0"},
        /* snn-008537: a name and a group */
        {"وتوصلت إيران والدول الست إلى اتفاق بشأن برنامجها النووي يتضمن رفع العقوبات الاقتصادية المفروضة على إيران.",
         "2015-07-27", "agree", "إيران", "الدول الست", "1", "0"},
        /* snn-020971: على after the deal is its matter, no party */
        {"وتوصل الاتحاد الأوروبي وفيتنام إلى اتفاق على إبرام اتفاقية تجارة حرة ستزيل تقريبا كل التعريفات الجمركية على البضائع المتبادلة بين الطرفين.",
         "2015-08-05", "agree", "الاتحاد الأوروبي", "فيتنام", "1", "0"},
        /* snn-026598: a condition */
        {"إذا توصلت روسيا وإيران والولايات المتحدة والسعودية إلى اتفاق .",
         "2015-08-09", "agree", "", NULL, "0", "0"},
        /* snn-003108: و inside one body's name, no second party */
        {"عقد مجلس الشؤون السياسية والأمنية اجتماعاً في قصر السلام بجدة اليوم ، برئاسة الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية رئيس مجلس الشؤون السياسية والأمنية.",
         "2015-07-21", "meet", "الشؤون", NULL, "0", "0"},
    };
    check_two_modes(cases, sizeof cases / sizeof *cases, parties);
    return check_done("test_events_joint_subjects");
}
