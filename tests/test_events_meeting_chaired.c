/* test_events_meeting_chaired.c — meet57 (docs/EVENTS.md "Issue 16: meetings missed over every
 * read part (branch meet57, stop 49)"): a meeting's noun with its chair after برئاسة is a
 * meeting of the chair and the support verb's subject (عقد أعضاء المجلس البلدي اجتماعهم برئاسة
 * X; تعقد لجنة … اجتماعا … برئاسة X: planned) or those present right after the chair (وبحضور
 * أعضاء المجلس); a chair given by a title alone with nobody else beside it gives none
 * (src/events/meeting_chaired.c). By default only (encounter.c's walk). Sentences of
 * SaudiNewsNet articles outside the recall set (bench/recall/drawn.txt), from meet57's fresh
 * draw (seed 57492). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

int main(void)
{
    /* {text, published, type, first actor, second actor, by default, by the rules alone} */
    static const char *const cases[][7] = {
        /* snn-021954: the support verb's subject, a group of people, and the chair */
        {"عقد أعضاء المجلس البلدي بحائل اجتماعهم برئاسة رئيس المجلس البلدي الأستاذ فهد العامر.",
         "2015-08-06", "meet", "أعضاء", "فهد العامر", "1", "0"},
        /* snn-012707: a body's planned meeting (تعقد), a time and the chair behind titles */
        {"تعقد لجنة الاستعداد للعام الدراسي المقبل اجتماعا صباح اليوم الاثنين برئاسة المدير العام للتعليم بمنطقة الرياض محمد بن عبدالله المرشد في قاعة الاجتماعات الرئيسية بالادارة، بحضور نائب رئيس اللجنة مساعد المدير العام للشؤون المدرسية حمد الشنيبر وأعضاء اللجنة من مديري الادارات والمشرفين التربويين.",
         "2015-07-27", "meet", "لجنة", "المرشد", "1", "0"},
        /* snn-024763: no support verb; those present after the chair (وبحضور) */
        {"جاء ذلك خلال اجتماع مجلس الإدارة التاسع امس برئاسة رئيس الاتحاد محمد بن عبدالشكور إسلام وبحضور أعضاء المجلس في مقر الاتحاد بمجمع الأمير فيصل بن فهد الأولمبي بالرياض.",
         "2015-08-07", "meet", "أعضاء", "عبدالشكور", "1", "0"},
        /* snn-017483: the chair a title, nobody beside it (بحضور far after a place): none */
        {"وبين أن تحديد هذه المواعيد تم خلال اجتماع برئاسة أمين منطقة المدينة المنورة رئيس اللجنة المحلية للانتخابات البلدية بالمنطقة في صالة الاجتماعات بمقر الأمانة بحضور أعضاء اللجان المحلية وممثلي الجهات الحكومية المشاركة في الانتخابات الحكومية، حيث ناقش المجتمعون ما تم اتخاذه من قرارات سبق اعتمادها في اجتماعات سابقة، إضافة الى الاطلاع على الاستعدادات لبدء العملية الانتخابية في موعدها المحدد مطلع ذي القعدة المقبل.",
         "2015-08-02", "meet", "", NULL, "0", "0"},
    };
    check_two_modes(cases, sizeof cases / sizeof *cases, actors_hold);
    return check_done("test_events_meeting_chaired");
}
