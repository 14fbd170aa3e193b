/* test_events_title_parties.c — events37 (docs/EVENTS.md "Issue 16: event forms from unseen13's
 * misses"): a meeting's party behind a courtesy title (مع معالي وزير الدفاع الأمريكي اشتون
 * كارتر), a support verb's subject behind a long chain of titles (عقد صاحب السمو الملكي الأمير
 * … وزير الدفاع في مكتبه بجدة اليوم اجتماعاً: not a title the article gives another man) or
 * behind a title's preposition (not after another meeting's word), and
 * an agreement reached (توصل X إلى اتفاق مع Y); not a negated or conditional one, nor a
 * meeting whose parties are pronouns (وعقد جلالته اجتماعاً مع سموه). Sentences of SaudiNewsNet
 * articles outside the recall set (the article each is from in the comment), from the corpus
 * rows the forms add. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

int main(void)
{
    /* {text, published, type, first actor, second actor, by default, by the rules alone} */
    static const char *const cases[][7] = {
        /* snn-003605: the party behind معالي, the subject behind 23 words of titles; the
           article's later وزير الدفاع إريك روزينباخ is no subject */
        {"عقد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في مكتبه بجدة اليوم اجتماعاً ثنائياً مع معالي وزير الدفاع الأمريكي اشتون كارتر. فيما حضره من الجانب الأمريكي رئيس الأركان بمكتب وزير الدفاع إريك روزينباخ وكبير المساعدين العسكريين رونالد لويس.",
         "2015-07-22", "meet", "محمد بن سلمان", "كارتر", "1", "0"},
        /* snn-013083: a subject behind its titles and a date */
        {"عقد الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع، اليوم (الخميس)، اجتماعا مع الرئيس المصري عبدالفتاح السيسي، تم فيه بحث المستجدات في المنطقة وآخر التطورات على الصعيد الإقليمي.",
         "2015-07-31", "meet", "محمد بن سلمان", "السيسي", "1", "0"},
        /* snn-029284: the subject's name behind a title with a preposition (بمنطقة) */
        {"عقد مدير عام فرع وزارة العمل بمنطقة المدينة المنورة عواد بن عايد الحازمي, اليوم، اجتماعاً مع مدير عام الإدارة العامة للمرور بالمنطقة اللواء محمد بن عجلان الشنبري، بحضور مدير خدمات المراجعين بمكتب العمل بالمدينة المنورة.",
         "2015-08-10", "meet", "الحازمي", "مدير عام الإدارة العامة للمرور", "1", "0"},
        /* snn-002314: the first of two subjects, behind على; not the second */
        {"عقد رئيس نادي الاتحاد المشرف العام على الفريق الكروي الأول إبراهيم البلوي والمدير الفني للفريق الأول خالد القروني مساء يوم أمس الخميس اجتماعا خاصا بلاعبي الفريق قبل انطلاق حصتهم التدريبية.",
         "2015-07-21", "meet", "إبراهيم البلوي", "لاعبي الفريق", "1", "0"},
        /* snn-012197: the emir met before (بعد لقائه بأمير دولة الكويت) and the president
           whose letter was handed over are no subjects of the minister's meeting */
        {"وعقد الوزير الايراني بعد لقائه بأمير دولة الكويت الشيخ صباح والذي سلمه رسالة من الرئيس الايراني حسن روحاني حسب وكالة الانباء الايرانية الرسمية اجتماعا موسعا مع نظيره الكويتي لبحث آخر المستجدات الاقليمية.",
         "2015-07-27", "meet", "صباح", NULL, "0", "0"},
        {"وعقد الوزير الايراني بعد لقائه بأمير دولة الكويت الشيخ صباح والذي سلمه رسالة من الرئيس الايراني حسن روحاني حسب وكالة الانباء الايرانية الرسمية اجتماعا موسعا مع نظيره الكويتي لبحث آخر المستجدات الاقليمية.",
         "2015-07-27", "meet", "روحاني", NULL, "0", "0"},
        /* snn-021233: pronouns for both parties: none */
        {"وعقد جلالته اجتماعاً مع سموه، نقل فيه سموه تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود.",
         "2015-08-06", "meet", "", NULL, "0", "0"},
        /* snn-018425: an agreement reached, its subject and its party */
        {"من جانب آخر، توصل اللاعب ياسر الفهمي إلى اتفاق مع إدارة النادي لتجديد عقده.",
         "2015-08-03", "agree", "ياسر الفهمي", "إدارة النادي", "1", "1"},
        /* snn-025926: the same, an adjective after the noun */
        {"توصلت إدارة الاتحاد إلى اتفاق نهائي مع اللاعب أحمد عسيري لتجديده عقده مع النادي.",
         "2015-08-08", "agree", "إدارة الاتحاد", "أحمد عسيري", "1", "1"},
        /* snn-019654: negated */
        {"وأعلن مفاوضو الدول ال12 حول هذه الاتفاقية أنهم لم يتوصلوا إلى اتفاق نهائي خلال اجتماعهم الذي اختتم يوم الجمعة الماضي في هاواي.",
         "2015-08-04", "agree", "", NULL, "0", "0"},
        /* snn-005282: negated, a dual */
        {"حصل يوفنتوس الإيطالي على الضوء الأخضر من شالكه الألماني لمفاوضة لاعب الوسط الدولي جوليان دراكسلر، وذلك رغم أن الفريقين لم يتوصلا إلى اتفاق بشأن قيمة الصفقة.",
         "2015-07-23", "agree", "", NULL, "0", "0"},
        /* snn-026598: a condition */
        {"إذا توصلت روسيا وإيران والولايات المتحدة والسعودية إلى اتفاق .",
         "2015-08-09", "agree", "", NULL, "0", "0"},
    };
    check_two_modes(cases, sizeof cases / sizeof *cases, first_second_hold);
    return check_done("test_events_title_parties");
}
