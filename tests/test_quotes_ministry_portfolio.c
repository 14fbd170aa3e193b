/* test_quotes_ministry_portfolio.c — fix56 (docs/EVENTS.md "Issue 16: quote forms stop 52 left
 * (branch fix56, stop 53)"): a ministry as speaker goes on past و over the nouns of its
 * portfolio (data/quotes.tsv "aguard ministry_portfolio"; ministry.c): the whole ministry
 * speaks. Not over الشؤون الصحية: «وزارة الصحة والشؤون الصحية بوزارة الحرس الوطني» are two
 * bodies. Before, each speaker below was the recogniser's first portfolio only (وزارة
 * الاقتصاد، وزارة الصحة). Sentences of SaudiNewsNet articles outside the recall set. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-010675 */
    {"وأوضحت وزارة الاقتصاد والتخطيط أن ربات البيوت يُشكلن حوالي نصف السكان السعوديين خارج قوة العمل بينما يمثل الطلاب الملتحقون بدراسة البرامج التدريبية ما يقارب 39%.",
     "ربات البيوت", "وزارة الاقتصاد والتخطيط", 0},
    /* snn-015274 (judge54's quote 7) */
    {"في الوقت نفسه، أشارت وزارة الصحة والعمل والضمان الاجتماعي إلى أن توافر فرص العمل الذي يقاس بنسبة عروض العمل مقابل طالبي العمل استقر عند 1.19 في حزيران (يونيو) دون تغيير عن الشهر السابق.",
     "توافر فرص", "وزارة الصحة والعمل والضمان الاجتماعي", 0},
    /* snn-024386: two bodies of one statement, the ministry alone stays */
    {"أوضحت وزارة الصحة والشؤون الصحية بوزارة الحرس الوطني في بيان مشترك، أنه تم تسجيل حالات إصابة بفيروس متلازمة الشرق الأوسط التنفسية «كورونا» وسط عائلة سعودية في منطقة الرياض.",
     "تم تسجيل", "وزارة الصحة", 1},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_ministry_portfolio");
}
