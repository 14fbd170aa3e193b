/* test_quotes_counted.c — turn65 item 3 (docs/EVENTS.md "Issue 16: the report's next turn,
 * the cues left and «X يرى أن» (branch turn65, stop 55)"): a percentage opening the words
 * after a reporting verb is its speaker, a survey's counted group, with منهم or من and its
 * group (counted.c qt_counted; data/events.tsv aguard "percent_word"). Sentences of
 * SaudiNewsNet articles outside bench/recall/drawn.txt (the article each is from in the
 * comment); every want failed at the start build (02297013: no speaker). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-004074: بالمائة and the group after من */
    {"وقال 57 بالمائة من الآباء إن أطفالهم يفضلون الكمبيوتر اللوحي على التلفزيون.",
     "أطفالهم يفضلون", "57 بالمائة من الآباء", 0},
    /* snn-012647: منهم */
    {"قال 70% منهم إنهم يرون أن اليونان يجب أن تكون آمنة بقية عام 2015، رغم أن نصفهم تقريبا قالوا إنهم يعتقدون أن حزمة الإنقاذ البالغة قيمتها 86 مليار يورو (93 مليار دولار) التي يستهدفها رئيس الوزراء أليكسيس تسيبراس سوف يتبين أنها ضئيلة جدا.",
     "يرون أن", "70% منهم", 0},
    /* snn-019677: a bare share after في حين, and one with من أصحاب العمل before it */
    {"علاوة على ذلك، قال 44٪ من أصحاب العمل أن شركاتهم ستقوم حتماً بالتوظيف، في حين قال 34% ان شركاتهم من المحتمل أن تقوم بالتوظيف خلال العام القادم.",
     "شركاتهم ستقوم", "44٪ من أصحاب العمل", 0},
    {"علاوة على ذلك، قال 44٪ من أصحاب العمل أن شركاتهم ستقوم حتماً بالتوظيف، في حين قال 34% ان شركاتهم من المحتمل أن تقوم بالتوظيف خلال العام القادم.",
     "شركاتهم من", "34%", 0},
    /* snn-000162: في المائة */
    {"ورأى اثنان في المائة فقط الاتفاق على أنه إيجابي في حين قال 27 في المائة بأنهم يعتقدون أنه إيجابي إلى حد ما.",
     "يعتقدون أنه", "27 في المائة", 0},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_counted");
}
