/* test_events_assault_forecast.c — frames46 (docs/EVENTS.md "Issue 16: judge40's wrong event rows
 * (branch assault46, stop 39)"): the trigger layer's noun of assault names no event when a
 * word of fear or forecast, أن and a verb in the present stand before it in its clause, the
 * subject and circumstances between (ويتخوف مختصون أن يقوم تنظيم داعش … بتنفيذ هجمات)
 * (assault_forecast.c); an attack guessed at with رجح, or done, stays an assault. Sentences of
 * SaudiNewsNet articles outside the recall set (the rows frames46's check over the corpus
 * removed, and rows it kept). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, type, first actor ("": any), by default, by the rules alone} */
    static const char *const cases[][6] = {
        /* snn-011782 (as judge40's wrong row, snn-012499): attacks feared */
        {"ويتخوف مختصون أن يقوم تنظيم داعش بعد تحول موقفه من هجومي إلى دفاعي وخاصة في مدينتي الرمادي والفلوجة بتنفيذ هجمات كبيرة على مناطق أخرى ما زالت تحت سيطرة الجيش العراقي.",
         "2015-07-27", "assault", "", "0", "0"},
        /* snn-005577: an attack forecast, a quotation mark after أن */
        {"وتوقع أن «يشن تنظيم «داعش» هجومًا على مدينة إيلات الساحلية سواء عن طريق البر أو الجو، وتم نصب منظومة «القبة الفولاذية» تحسبًا لأي هجوم كهذا».",
         "2015-07-23", "assault", "", "0", "0"},
        /* negatives. snn-000224: who did an attack that happened is guessed (رجح) */
        {"ويرجح حتى اللحظة أن «ذئابًا منفردة» نفّذت العملية الإرهابية التي هزّت شاطئ منتجع القنطاوي في مدينة سوسة بتونس يوم الجمعة 26 يونيو (حزيران) الفائت وراح ضحيّتها 38 قتيلاً.",
         "2015-07-21", "assault", "", "1", "1"},
        /* snn-017028: a police headquarters attacked */
        {"وقتل شرطيان صباح الجمعة في هجوم استهدف مقرا للشرطة في مدينة بوزانتي في منطقة اضنة في جنوب البلاد.",
         "2015-07-31", "assault", "", "0", "0"},
    };
    check_two_modes1(cases, sizeof cases / sizeof *cases, first_actor_is);
    return check_done("test_events_assault_forecast");
}
