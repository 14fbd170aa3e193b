/* test_events_harm_by_hand.c — events43 (docs/EVENTS.md "Issue 16: unseen16's event misses, and
 * harm done by a hand"): a verb of harm undergone (قتلوا، أعدموا، لقي مصرعه، قتل) with its
 * doer after على يد / على أيدي is an assault, the doer its first actor,
 * src/events/harm_by_hand.c. Negatives: a verb of no harm (تدربوا على أيدي), the idiom الأخذ على
 * يد الظلمة. Sentences of SaudiNewsNet articles outside
 * the recall set (the article each is from in the comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

/* {text, published, trigger word, first actor's name holds this (NULL: no assault with that
 * word), second actor's name holds this ("" none needed)} */
static const char *const cases[][5] = {
    /* snn-027061: a plural passive, a date between, a description after على يد; its victim
     * the name before the verb */
    {"وقالت مصادر محلية ل\"الرياض\" ان ستة حوثيين بينهم القيادي ابو عقيل السالمي قتلوا امس السبت على يد عناصر المقاومة الشعبية في مديرية حزم العدين بإب.",
     "2015-08-09", "قتلوا", "المقاومة", "السالمي"},
    /* snn-023556: لقي مصرعه, a force after على يد */
    {"لقي السعودي سعود بن سعدي الخثعمي، المقاتل في صفوف تنظيم “داعش”، مصرعه على يد قوات النظام السوري خلال الاشتباكات بين الطرفين في مدينة القريتين بريف حمص الجنوبي الشرقي.",
     "2015-08-07", "مصرعه", "النظام السوري", ""},
    /* snn-026042: an execution, an organisation's name */
    {"قال وزير الدفاع العراقي خالد العبيدي إن أكثر من ألفي عراقي بمحافظة نينوى شمال العراق أعدموا على يد تنظيم الدولة الإسلامية داعش.",
     "2015-08-08", "أعدموا", "الدولة الإسلامية", ""},
    /* snn-026404: unvowelled قتل after الذي, a person's name as the doer */
    {"أجرى باسل آصف شوكت، ابن بشرى حافظ الأسد، وأخت رئيس النظام السوري، زيارة عاجلة إلى أهل الضابط الذي قتل على يد سليمان هلال الأسد.",
     "2015-08-09", "قتل", "سليمان هلال الأسد", ""},
    /* snn-013089: trained at the hands of: no harm */
    {"كشف موقوفون في خلية شاركت في الهجمات الإرهابية الأخيرة في البحرين، أنهم تدربوا على أيدي الحرس الثوري الإيراني، على نشاطات هدفها الإخلال بالأمن في منطقة الخليج.",
     "2015-07-31", "تدربوا", NULL, ""},
    /* snn-020699: الأخذ على يد الظلمة (to restrain the unjust): no harm */
    {"وأفاد بأن «التفسير الوحيد لهذه الحملات المسعورة والإساءات المتكررة من المالكي وغيره من أصحاب الأقلام المأجورة هو معارضتهم للسياسة الحكيمة التي تنتهجها حكومة خادم الحرمين الشريفين الملك سلمان بن عبد العزيز تجاه قضايا الأمة المصيرية، وحمل لواء العدل، والوقوف مع المظلوم والأخذ على يد الظلمة أينما كانوا وحيثما وُجدوا».",
     "2015-08-06", "والأخذ", NULL, ""},
};

int main(void)
{
    return check_harm_cases(cases, sizeof cases / sizeof *cases, 0, "test_events_harm_by_hand");
}
