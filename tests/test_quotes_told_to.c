/* test_quotes_told_to.c — attr54 (docs/EVENTS.md "Issue 16: speakers lost on an addressee and its
 * adjuncts (branch attr54, stop 46)"): a reporting verb whose words after it are its addressee
 * (لـ«الشرق الأوسط»، لـ"الوطن"، للصحافيين) and then only adjuncts (أمس، في إحدى مقابلاته، في إفادة
 * عبر الهاتف) names nobody, as with the addressee alone: the subject before it or the last
 * speaker goes on. Not a subject after the addressee (لـ "الاقتصادية" مصدر خاص: a source).
 * Sentences of SaudiNewsNet articles outside bench/recall/drawn.txt (the article each is from in
 * the comment; the first four fail at 2d9c27c, the negative passes there too: it holds the
 * guard). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-015857: a bare verb of the feminine told to a newspaper, then أمس; was nobody. The
       participle after it goes on with her too */
    {"وذكرت مستشارة مبادرة \"بلدي\" الدكتورة هتون الفاسي أنه تم تنظيم عدد من الدورات التأهيلية للسيدات في عدد من من مناطق المملكة، من بينها الرياض، ومدينتا جدة والدمام لإنجاح العمليات الانتخابية للسيدات.\n وأكدت لـ\"الوطن\" أمس أن هناك إقبالا كبيرا من السيدات على خوض تجربة الترشح، مبينة أن مدن الرياض، وجدة، والمدينة المنورة ومكة المكرمة وتبوك وبيشة والباحة كانت أكثر المناطق في أعداد الدورات التدريبية لخوض الانتخابات.",
     "هناك إقبالا", "هتون الفاسي", 1},
    {"وذكرت مستشارة مبادرة \"بلدي\" الدكتورة هتون الفاسي أنه تم تنظيم عدد من الدورات التأهيلية للسيدات في عدد من من مناطق المملكة، من بينها الرياض، ومدينتا جدة والدمام لإنجاح العمليات الانتخابية للسيدات.\n وأكدت لـ\"الوطن\" أمس أن هناك إقبالا كبيرا من السيدات على خوض تجربة الترشح، مبينة أن مدن الرياض، وجدة، والمدينة المنورة ومكة المكرمة وتبوك وبيشة والباحة كانت أكثر المناطق في أعداد الدورات التدريبية لخوض الانتخابات.",
     "مدن الرياض", "هتون الفاسي", 1},
    /* snn-029593: لـ as a word with the article (للصحافيين), then a preposition's phrase; was
       nobody */
    {"وقال أنديرس نوردستروم؛ ممثل منظمة الصحة العالمية في سيراليون؛ الذي شارك في مؤتمر استمر خمسة أيام عن ضحايا إيبولا \"العالم لم يشهد مثل هذا العدد من الناجين من تفشٍ لإيبولا\". \nوقال للصحافيين في إفادة عبر الهاتف بحسب \"رويترز\" \"لدينا 13 ألف ناجٍ في ثلاث دول (غينيا وليبيريا وسيراليون). هذا شيء جديد لم يحدث من قبل من وجهتي النظر الطبية والاجتماعية\".",
     "لدينا 13", "أنديرس نوردستروم", 1},
    /* snn-020676: the subject and its title between commas before the verb, then the addressee, a
       date and a comma; was nobody */
    {"لكن الشيخ محمد عبد الرازق، رئيس القطاع الديني بوزارة الأوقاف المصرية، قال لـ«الشرق الأوسط» أمس، إن «مراقبة المساجد إلكترونيا جاء بهدف منع الباعة المتجولين من الوقوف أمام المساجد، ومنع أي تشويش على المصلين لتوفير جو الطمأنينة والهدوء لمساعدتهم على الخشوع في الصلاة».",
     "مراقبة المساجد", "محمد عبد الرازق", 1},
    /* snn-013293: the subject between commas, the addressee, then في إحدى مقابلاته; was nobody */
    {"رئيسها التنفيذي السابق، باتريك توماس، اعترف لـ«الشرق الأوسط» في إحدى مقابلاته بأنهم ما إن يشعروا بأن منتجا ما أصبح مستهلكا ويبيع بشكل كبير، حتى يتوقفوا عن بيعه، حتى لا يفقد تميزه ويصبح عاديا.",
     "ما إن يشعروا", "باتريك توماس", 1},
    /* negative: snn-000792, a source right after the addressee is the subject */
    {"وأكد لـ \"الاقتصادية\" مصدر خاص أن إدارة النادي الأهلي حولت مسار مفاوضاتها تجاه الخيارات الأخرى التي وضعتها في أجندتها بعد أن تعثرت في التعاقد مع شيري الذي كان خياراً أولاً.",
     "إدارة النادي", "مصدر خاص", 0},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_told_to");
}
