/* test_events_exec_notice.c — exec58 (docs/EVENTS.md "Issue 16: the crime told in an execution
 * notice (branch exec58, stop 50)"): in an article holding a phrase of the execution (حكم
 * القتل، القتل قصاصا; data/events.tsv "aguard" execution) and one of the verdict (صك شرعي; "aguard" verdict), an event of crime told before the last such phrase is history
 * and dropped (exec_notice.c rg_notice_history). The same crime told without the verdict stays:
 * the notice is read from both lists. Interior Ministry notices of SaudiNewsNet outside the
 * recall set (bench/recall/drawn.txt). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

/* snn-019833: the killing told, then the verdict and the execution. */
#define KILLING                                                                                \
    "نفذت وزارة الداخلية أمس حكم القصاص في قاتل بالمنطقة الشرقية. وأصدرت بيانا ذكرت فيه أن "   \
    "مقرب بن سعد بن علي الثنيان \"سعودي الجنسية\" أقدم على قتل طلال بن أحمد بن محمد الحمود "  \
    "\"سعودي الجنسية\"، وذلك بإطلاق النار عليه من مسدس لخلاف سابق بينهما."
#define KILLING_VERDICT                                                                        \
    " وأضاف البيان أنه تم القبض على الجاني المذكور، وأسفر التحقيق معه عن توجيه الاتهام إليه "  \
    "بارتكاب جريمته، وبإحالته إلى المحكمة العامة صدر بحقه صك شرعي يقضي بثبوت ما نسب إليه "   \
    "شرعا، والحكم عليه بالقتل قصاصا.\n وتم تنفيذ حكم القتل قصاصا في الجاني أمس بمحافظة "     \
    "الأحساء في المنطقة الشرقية."

/* snn-013848: the accusation after the investigation, then the verdict and the execution. */
#define ACCUSED                                                                                \
    "بفضل من الله تم القبض على المدعو : قاسم محمد الهلال - سوري الجنسية - إثر قيامه بتهريب "   \
    "كمية كبيرة من حبوب الإمفيتامين المحظورة، وأسفر التحقيق معه عن اتهامه بما نسب إليه"
#define ACCUSED_VERDICT                                                                        \
    "، وبإحالته إلى المحكمة العامة صدر بحقه صك شرعي يتضمن ثبوت إدانته بما نسب إليه، والحكم "  \
    "بقتله تعزيراً، وصدق الحكم من محكمة الاستئناف، ومن المحكمة العليا، وصدر أمر ملكي يقضي "   \
    "بإنفاذ ما تقرر شرعاً بحقه. \nوقد تم تنفيذ حكم القتل في الجاني : قاسم محمد الهلال - سوري " \
    "الجنسية - اليوم الخميس الموافق 14 / 10 / 1436هـ في منطقة الرياض، بمحافظة حريملاء."

/* {text, published, type, trigger, 1 if the event is found} */
static const char *const cases[][5] = {
    {KILLING KILLING_VERDICT, "2015-08-04 18:00:29", "assault", "قتل", "0"},
    {KILLING, "2015-08-04 18:00:29", "assault", "قتل", "1"},
    {ACCUSED ACCUSED_VERDICT, "2015-07-31 03:50:47", "accuse", "اتهامه", "0"},
    {ACCUSED ".", "2015-07-31 03:50:47", "accuse", "اتهامه", "1"},
};

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        int want = cases[k][4][0] == '1';
        analyse(e, d, cases[k][0], cases[k][1]);
        CHECKF((event_at(d, cases[k][0], cases[k][2], cases[k][3]) != NULL) == want,
               "case %zu: %s at «%s» %s", k, cases[k][2], cases[k][3],
               want ? "missing" : "found");
    }
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_exec_notice");
}
