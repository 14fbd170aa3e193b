/* test_appeal_callers.c — callers56 (docs/EVENTS.md "Issue 16: appeal callers no rule takes
 * (branch callers56, stop 48)"): a plural participle of appeal (مطالبين) that quotes.c made a
 * quote of with no speaker is the appeal of the group named before it in its sentence
 * (src/events/appeal_callers.c, hook in statement.c). Passages of SaudiNewsNet articles
 * outside the recall set (the article each is from in the comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, the trigger, the first actor ("": no appeal there), the second
     * actor ("": none needed)} */
    static const char *const cases[][5] = {
        /* snn-015126: the demonstrators' clause, then their participle after a comma */
        {"ورفع المتظاهرون شعارات وهتافات نددت بالفشل الحكومي، لا سيما على صعيد ملف الطاقة "
         "والكهرباء، مطالبين بإقالة وزير الكهرباء قاسم الفهداوي.",
         "2015-08-01", "مطالبين", "المتظاهرون", ""},
    };
    check_appeal_cases(cases, sizeof cases / sizeof *cases);
    return check_done("test_appeal_callers");
}
