/* test_quotes_place_topic.c — attr60 (docs/EVENTS.md "Issue 16: wrong and empty speakers of
 * the read parts, classed again, and the next class built (branch attr60, stop 52)";
 * bench/attr60/rule_1.md; src/events/continued.c place_opens): a feminine reporting verb with
 * no subject after it speaks for the place that opens its sentence, first or after one
 * feminine verb (وكانت ماليزيا أعلنت، سارعت موسكو … التي قالت، وظلت تركيا … وتقول); not for a
 * place in construct after a noun (أسطورة موسكو تقول) nor across a clause with a subject of
 * its own (أنقرة اتهمت …، لكن وثائق أمنية … أشارت). Passages of SaudiNewsNet articles outside
 * bench/recall/drawn.txt, from attr60's fresh draws (the article each is from in the
 * comment); the three positives have no speaker at 91139327. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-025773: وكانت + the place + the verb */
    {"وقالت وزارات الدفاع وما وراء البحار والنقل الفرنسية في بيان مشترك إنه إضافة إلى الطائرة، إن دوريات راجلة وبحرية ومروحيات ستشارك كذلك في عمليات البحث. \nوكانت ماليزيا أعلنت الخميس أن قطعة الطائرة التي عثر عليها في 29 يوليو على شاطئ جزيرة لاريونيون الفرنسية.",
     "قطعة الطائرة", "ماليزيا", 1},
    /* snn-000249: a feminine verb, the place, and the cue in a relative clause */
    {"ولا سيما أنه جاء في أعقاب قيام السلطات الأوكرانية في وقت سابق من العام الماضي بطرد 88 من الصحافيين الروس العاملين في أوكرانيا. سارعت موسكو بإعلان إدانتها لمثل هذه الأساليب التي قالت بأنها تتنافى مع المواثيق الدولية الصادرة عن الأمم المتحدة.",
     "تتنافى", "موسكو", 1},
    /* snn-008884: وظلت + the place, the cue with و after two clauses */
    {"وأعلن المكتب في بيان أن 251 شخصًا اعتقلوا حتى الآن خلال المداهمات. \n وظلت تركيا شريكًا متمنعًا في التحالف الذي تقوده الولايات المتحدة ضد داعش وتمسكت بضرورة الإطاحة بالرئيس السوري بشار الأسد وتقول إن القوات الكردية السورية تشكل أيضًا خطرًا أمنيًا كبيرًا.",
     "القوات الكردية", "تركيا", 1},
    /* negative, snn-013392: the place in construct after a noun (the legend speaks) */
    {"إلا أنهما لم يصبحا أكثر معرفة ببعضهما البعض في تلك السنوات.\nأسطورة موسكو تقول إن بوريس بيريزوفسكي كان هو حاكم القلة الذي جعل بوتين على رأس السلطة.",
     "بوريس", "", 0},
    /* negative, snn-013149: لكن opens a clause with its own subject (the papers) */
    {"ونفذ انتحاري من «داعش» عملية إجرامية كبيرة في مدينة «سروج»، أغلب ضحاياها كانوا من الأكراد. أنقرة اتهمت «داعش»، لكن وثائق أمنية تم تسريبها إلى الصحف التركية المعارضة أشارت إلى أن السلطات التركية كانت على علم بالتحضير للعملية.",
     "السلطات التركية", "", 0},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_place_topic");
}
