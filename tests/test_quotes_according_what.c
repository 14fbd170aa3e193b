/* test_quotes_according_what.c — err60 (docs/EVENTS.md "Issue 16: unseen28's missed rows,
 * classed and fixed where they recur (branch err60, stop 52)"): a clause told by its source
 * after it, with the words of data/quotes.tsv "source" 7 ending in the ما of a listed ما-cue
 * (…، وفقا لما أعلنته X; طبقا لما ذكره X): the clause before is X's quote, as with حسبما نقلت
 * X. Before, the ما-cue with nothing after its subject reported nothing. Sentences of
 * SaudiNewsNet articles outside the recall set (the article each is from in the comment). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-022646: وفقاً لما أعلنته after a comma, a body as the source */
    {"ارتفعت حصيلة ضحايا الفيضانات الموسمية التي تشهدها باكستان منذ الأسابيع الثلاثة الماضية إلى 151 حالة وفاة، وفقاً لما أعلنته الهيئة الوطنية لإدارة الكوارث في باكستان.",
     "ارتفعت حصيلة", "الهيئة الوطنية لإدارة الكوارث", 1},
    /* snn-010787: طبقا لما ذكره with no comma, a person and his title */
    {"ووقع الهجوم في منطقة واردوج أمس الاول الخميس وقتل عضوان من قوات الامن طبقا لما ذكره جول محمد بيدار نائب حاكم إقليم باداخشان شمال شرق البلاد.",
     "ووقع الهجوم", "جول محمد", 1},
    /* snn-027814: the source a short form (الناتو) */
    {"وقتل جندي دولي وثمانية مقاتلين أفغان في أحد هذه الهجمات، التي استهدفت قاعدة للقوات الأجنبية في كابل مساء أول من أمس، وفقا لما ذكره الناتو.",
     "وقتل جندي", "حلف شمال الأطلسي", 1},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_according_what");
}
