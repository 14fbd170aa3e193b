/* test_quotes_plural_subject.c — spk59 (docs/EVENTS.md "Issue 16: the plural cue's plural
 * subject (branch spk59, stop 51)"; src/events/plural_subject.c): a plural participle or a
 * bare plural verb with no subject of its own speaks for the definite plural noun right after
 * the verb opening its clause (ورفع المتظاهرون …، مطالبين؛ يشكو الناشطون … . وقالوا إن), not
 * for a name or body named before, nor nobody. A singular participle after such a clause is
 * not theirs (the number agrees). Passages of SaudiNewsNet articles outside
 * bench/recall/drawn.txt, from the fresh draws of bench/spk59 (the article each is from in the
 * comment); the four positives fail at 6737e2c5 (no speaker, or «الكثير من الأشخاص»). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-015126: the participle in the verb's own sentence */
    {"ورفع المتظاهرون شعارات وهتافات نددت بالفشل الحكومي، لا سيما على صعيد ملف الطاقة والكهرباء، مطالبين بإقالة وزير الكهرباء قاسم الفهداوي.",
     "بإقالة وزير", "المتظاهرون", 0},
    /* snn-005066: after a clause of its own (أن …) */
    {"وبحث معدلات الطلاق التي تحدث في الأعمار المختلفة.\nووجد الباحثون أن أفضل سن للزواج الناجح هي ما بين 25 و32 عاما، مؤكدين أن الأشخاص الذين يتزوجون تحت سن العشرين هم الأكثر عرضة لخطر الطلاق في السنوات الخمس الأولى من زواجهم.",
     "الأشخاص الذين", "الباحثون", 0},
    /* snn-004282: a bare plural verb opening the next sentence */
    {"يشكو الناشطون منذ زمن طويل من ان الحوض الذي تعيش فيه لوليتا وطوله 24 مترا وعرضه 18 مترا وعمقه ستة أمتار هو الأصغر من نوعه للحيتان في العالم. وقالوا إن لوليتا تعيش دون شريك منذ العام 1980 بعد نفوق هوجو شريكها في الحوض.",
     "لوليتا تعيش", "الناشطون", 0},
    /* snn-024416: a bare plural verb after a comma */
    {"واستذكر المسيحيون خلال الوقفة ما تعرضوا له من قتل وتعذيب ونهب وسلب لممتلكاتهم التي اعتبرها تنظيم داعش غنائم، وأعربوا عن أملهم في العودة إلى ديارهم ونشر الحب والسلام والتسامح مع كافة الطوائف والقوميات في عموم العراق.",
     "عن أملهم", "المسيحيون", 0},
    /* negative: snn-026299, a singular participle (مشيرا) is not the plural's: the cue's
       speaker goes on */
    {"وقال الحوثيون في المرحلة الراهنة يبيعون أسلحتهم الكلاشنكوف بمبالغ زهيدة بغية الفرار (بمبلغ 50 ألف ريال يمني للسلاح الذي سعره 300 الف ريال)، مشيرا إلى أن الحوثيين يعمدون إلى قصف الأحياء حينما يفشلون في تحقيق أهدافهم بالميدان.",
     "الحوثيين يعمدون", "جماعة الحوثي", 1},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_plural_subject");
}
