/* test_events_old_victim.c — old59 (docs/EVENTS.md "A killing of a victim killed long ago is
 * history (branch old59, stop 51)"): a word of kind assassinate or kill followed within four
 * words, in its clause, by a name of data/events.tsv "aguard old_victim" (الحريري، رابين،
 * أحمد شاه مسعود، عمر بن الخطاب) tells a killing of years ago: no event (report_guards.c old_victim).
 * Sentences of SaudiNewsNet articles outside the recall set (bench/recall/drawn.txt) and the
 * judged files; each case's event was in the start build's output of the same text (f7074e56,
 * bench/old59). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

static void test_old_victims(const rasd_engine *e, rasd_doc *d)
{
    /* {text, published, trigger}: no assassinate event at the trigger */
    static const char *const cases[][3] = {
        /* snn-011543: a film about Rabin's killing (1995) */
        {"الفيلم يتطرّق إلى حادثة اغتيال إسحاق رابين لكنه يلتزم بعدم البحث عميقًا في أسبابها.",
         "2015-07-27 17:13:02", "اغتيال"},
        /* snn-015100: Ahmad Shah Massoud's killing (2001), a title before the name */
        {"وهو ما نتج عنه وقتها اغتيال الزعيم أحمد شاه مسعود.", "2015-08-01 08:18:08",
         "اغتيال"},
        /* snn-019419: منذ and Omar ibn al-Khattab in brackets (644) */
        {"والحق أن العنصر الفارسي يضمر الحقد ضد العرب: شيعة، وسنة، وحوثية. منذ اغتيال الخليفة الراشد [عمر بن الخطاب] والتاريخ الفارسي حافل بالمواجهات ضد العروبة، مستخدماً العاطفة الطائفية.",
         "2015-08-04 18:35:51", "اغتيال"},
        /* snn-003896: a title and an epithet between the word and the name (2005) */
        {"أو التحرك الذي أجبره على الانسحاب من لبنان بعد اغتيال الرئيس الشهيد رفيق الحريري، أو التحرك الذي أجبره على تسليم عبدالله أوجلان.",
         "2015-07-22 09:54:22", "اغتيال"},
        /* snn-013541: the verb, the name a phrase of three words (644) */
        {"ومع ذلك فإن يد الغدر والخيانة، والقلوب الخاوية من الإيمان، امتدّت إليه، بإرادة منهم لإطفاء وهج الإيمان، فاغتالت عمر بن الخطاب رضي الله عنه، وهو في الصلاة مع جماعة المسلمين.",
         "2015-07-31 03:45:00", "فاغتالت"},
    };
    check_no_event_at(e, d, "assassinate", cases, sizeof cases / sizeof *cases);
}

/* A victim of these weeks, no name of the list: the event stays (snn-017244, هشام بركات,
 * killed 29 June 2015). */
static void test_recent_victim(const rasd_engine *e, rasd_doc *d)
{
    static const char text[] =
        "قال وزير الخارجية الأميركي جون كيري إن مصر دفعت ثمنا باهظا لمكافحة التطرف، وأدان اغتيال النائب العام المستشار هشام بركات.";
    analyse(e, d, text, "2015-08-02 23:31:47");
    CHECKF(event_at(d, text, "assassinate", "اغتيال") != NULL, "%s: no assassinate", text);
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_old_victims(e, d);
    test_recent_victim(e, d);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_old_victim");
}
