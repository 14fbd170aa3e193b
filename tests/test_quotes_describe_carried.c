/* test_quotes_describe_carried.c — err64 (docs/EVENTS.md "Issue 16: unseen32's missed rows,
 * classed and fixed where they recur (branch err64, stop 56)"): a bare verb of describing
 * (ووصف، ووصفت) first in its clause, with its object and a description with ب after it, goes
 * on with the last speaker (describe.c qt_describe_carried): the object and its description
 * are the statement. Not when the word after the verb is its own subject (a nominative plural:
 * ووصف المتشددون انسحابهم). Before, none of these gave a quote (the verb needs a subject of
 * its own: the bare form is also the passive). Sentences of SaudiNewsNet articles outside the
 * recall set (the article each is from in the comment). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-023693: the embassy that pointed to the project goes on, after a full stop */
    {"وأشارت سفارة أستراليا في القاهرة إلى المشروع معربة عن تهانيها لمصر. ووصفت المشروع الجديد بالإنجاز الكبير، وأنه مشروع وطني مهم تم الانتهاء منه في زمن قياسي بتمويل من الشعب المصري ولصالح العالم.",
     "المشروع الجديد بالإنجاز الكبير", "سفارة أستراليا في القاهرة", 0},
    /* snn-029449: after a comma, the subject of the clause before */
    {"وكان الاتحاد الأفريقي قد قطع بأن المحكمة الجنائية الدولية تستهدف القادة الأفارقة، ووصف إجراءاتها ضد الرؤساء بأنها تعد انتهاكًا لسياسات الدول.",
     "إجراءاتها ضد الرؤساء بأنها", "الاتحاد الأفريقي", 1},
};

static const not_want nots[] = {
    /* snn-009710: the militants are the verb's own subject, not the president going on */
    {"وكان الرئيس الصومالي حسن شيخ محمود قد أعلن عن انتزاع السيطرة على باردير من حركة الشباب الإسلامية. ووصف المتشددون انسحابهم من مدينة باردير التي تقع على بعد نحو 300 كيلو متر شرقي مقديشو بأنه تكتيكي.",
     "المتشددون"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_describe_carried");
}
