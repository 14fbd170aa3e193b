/* test_events_meeting_pronoun.c — meet71 (docs/EVENTS.md "Stop 60: a meeting noun whose doer is a
 * pronoun (branch meet71)"), src/events/meeting_pronoun.c: a meeting noun carrying its doer's
 * pronoun after a word of occasion (خلال اجتماعه بـ، عقب اجتماعه مع، في اجتماعه بـ), its first
 * party the speaker quotes.c resolved for the quote whose verb stands before the noun (named
 * past a comma), or, after «جاء ذلك», the speaker of the last quote of the sentence before.
 * Negatives: «جاء ذلك» with no quote before; a source's quote whose words start before the
 * noun (وقال مصدر: إن رئيس مجلس النواب طالب خلال اجتماعه: the noun is the president's, no
 * meeting of the source). Sentences of SaudiNewsNet articles outside bench/recall/drawn.txt
 * (the article each is from in the comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* {text, published, type, the trigger's first word, first actor's name holds this (NULL: no
 * event of the type at that word), second actor's name holds this ("" none needed; "-" no
 * second actor), place holds this ("" none needed), "p" planned or "o" occurred} */
static const char *const cases[][8] = {
    /* snn-006146: the speaker named before a comma */
    {"أكد وزير التعليم الدكتور عزام بن محمد الدخيّل، في اجتماعه بمديري التعليم صباح أمس في مقر الوزارة، على بدء الدراسة في موعدها المحدد، وضرورة تحقيق البداية الجادة للعام الدراسي المقبل.",
     "2015-07-23", "meet", "اجتماعه", "الدخي", "مديري التعليم", "", "o"},
    /* snn-029711: the speaker named in the sentence before, a surname past a comma */
    {"أشاد الدكتور صالح حسين العواجي وكيل وزارة المياه والكهرباء لشؤون الكهرباء رئيس مجلس إدارة الشركة السعودية للكهرباء، بما وصلت إليه كوريا الجنوبية من تقدم تكنولوجي في مجال الصناعات الكهربائية. وبين العواجي، عقب اجتماعه مع رئيس مجلس إدارة شركة هيونداي الكورية للصناعات الثقيلة، أن شركة الكهرباء ترتبط بعلاقات وطيدة وتستفيد من خدمات «هيونداي» منذ سنوات طويلة.",
     "2015-08-11", "meet", "اجتماعه", "العواجي", "هيونداي", "", "o"},
    /* snn-018434: «جاء ذلك»: the speaker of the sentence before */
    {"كشف الرئيس العام لرعاية الشباب، رئيس اللجنة الأولمبية السعودية الأمير عبدالله بن مساعد عن مبادرة قدمها للاتحاد السعودي لكرة القدم، بوضع عدة إجراءات على الأندية تهدف إلى الحد من ديونها.\nجاء ذلك بعد اجتماعه برئيس اتحاد القدم أحمد عيد وأعضاء الاتحاد أمس.",
     "2015-08-03", "meet", "اجتماعه", "عبدالله بن مساعد", "أحمد عيد", "", "o"},
    /* snn-018434, the sentence alone: «جاء ذلك» with no quote before it */
    {"جاء ذلك بعد اجتماعه برئيس اتحاد القدم أحمد عيد وأعضاء الاتحاد أمس.",
     "2015-08-03", "meet", "اجتماعه", NULL, "", "", ""},
    /* snn-030502: the source's words start before the noun: no meeting of the source */
    {"وقال مصدر برلماني: إن رئيس مجلس النواب طالب خلال اجتماعه مع الكتل السياسية بإقالة وزير الكهرباء قاسم الفهداوي ووزير الموارد المائية محمد الشمري، «وكل من يثبت تقصيره في إدارة الوزارة».",
     "2015-08-11", "meet", "اجتماعه", NULL, "", "", ""},
};

int main(void)
{
    check_told_cases(cases, sizeof cases / sizeof *cases);
    return check_done("test_events_meeting_pronoun");
}
