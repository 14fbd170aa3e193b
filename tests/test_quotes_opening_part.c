/* test_quotes_opening_part.c — fix62 (docs/EVENTS.md "Issue 16: judge56's other speaker forms
 * (branch fix62, stop 55)", item 1): a participle cue that found no speaker goes on with the
 * subject of its sentence's opening verb, no cue — a noun of people without the article
 * ("aguard" people_head) with its genitive, by its words (تمكنت فرق الدفاع المدني …، محذرة;
 * طالب عدد من الحرفيين …، مؤكدين). Sentences of SaudiNewsNet articles outside the recall set
 * (the article in the comment); each had no speaker at 02297013. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-019569 (judge56's quote 3): a feminine verb, a team's construct with a name */
    {"تمكنت فرق الدفاع المدني في العيدابي بمنطقة جازان من انتشال مركبة علقت في مجرى سيل وادي ضمد، أثناء محاولة سائقها عبور الوادي، محذرة في الوقت ذاته من مخاطر التقلبات الجوية وهطول الأمطار وجريان السيول.",
     "من مخاطر", "فرق الدفاع المدني", 0},
    /* snn-026068: a number of, with من, a plural participle */
    {"طالب عدد من الحرفيين والمهتمين بالصناعات الوطنية في محافظة الاحساء بوجود جمعية ترعى الحرفيين وتسوق منتجاتهم، مؤكدين أن الوطن يزخر بالعديد من الحرفيين المتميزين الذين باستطاعتهم وصول المنتجات الوطنية إلى العالمية في حال وجود من يتبنى إنتاجهم ويدعمهم.",
     "الوطن يزخر", "عدد من الحرفيين", 0},
    /* snn-001079: after و, another name in the sentence before */
    {"وتم خلالها توزيع الزهور والهدايا التي وجدت قبولاً واستحساناً منهم. وأشاد عدد من المرضى بمبادرة بلدية الخبر بزيارة المرضى ومعايدتهم, مؤكدين أنها خلقت نوعاً من التواصل الحميم بين الجهات الحكومية والمواطنين.",
     "خلقت نوعاً", "عدد من المرضى", 0},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_opening_part");
}
