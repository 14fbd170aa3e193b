/* test_quotes_modal_passive.c — fix55 (docs/EVENTS.md "Issue 16: judge54's wrong forms (branch
 * fix55, stop 52)", item 4): verbs of saying that report no speech (quote_generic.c):
 *   - a verb written as a passive past, a damma on its first letter (وأُعلِنت حالة الإعسار،
 *     كُتب عليها): what was declared or written, no speaker;
 *   - a verb of saying after أن after a word of obligation, ability or attempt (data/events.tsv
 *     "aguard modal_say": فينبغي أن تقول، حاول أن يقول، فحاولت أن أوضح): nothing said;
 *   - a that-word of such a word in a clause of its own (وحاولت مدرساتي أن يثنينني) is no
 *     earlier cue's reported clause.
 * Sentences of SaudiNewsNet articles outside bench/recall/drawn.txt (the article in each
 * comment); the negatives fail at cad64897 (each gave a quote starting there), the want passes
 * there too: a that-word after the cue keeps its content (أنه يجب أن: the speaker's).
 * (Checked with cad64897's rasd analyze on the same texts, bench/fix55.) */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-012437: the cue's own أنه first, a modal inside the content (from يجب, as before) */
    {"وأضاف الفوزان أنه يجب أن يعاقب الشباب المتحرشون والفتيات أيضا لأنهن متحرشات ولا بد أن يعاقبن كذلك حتى نقطع دابر الفتنة .",
     "يجب أن يعاقب", "الفوزان", 1},
};

static const not_want nots[] = {
    /* snn-002189 (judge54's quote row 30): the passive «وأُعلِنت» */
    {"لذا، إذا خرجت اليونان من اليورو وأُعلِنت حالة الإعسار، ستكون النتيجة الفورية هي المزيد من التقشف، وليس الأقل.",
     "ستكون"},
    /* snn-021435: «كُتب عليها» a sign's words */
    {"تفاعل عدد من مستخدمي موقع التواصل الاجتماعي «تويتر» الفكرة الجميلة التي وضعتها إدارة مستشفى الزلفي على لوحة مواعيد زيارة المرضى كُتب عليها: «الأم لا تُمنع من الزيارة نهائياً».",
     "الأم لا"},
    /* snn-009125 (judge54's quote row 17): «فينبغي أن تقول» */
    {"هكذا أصبح لزاماً عليك لكي تحب مصر في ضفة قناة الوطن الأولى أن تقول كذا وكذا..أما اذا كنت تحبها في الضفة الأخرى فينبغي أن تقول كذا وكذا وكأن حب الوطن وجهة نظر!",
     "تقول كذا"},
    /* snn-005650: «فحاولت أن أوضح … أنه» the writer's attempt */
    {"اعتقدت أنها ستعطيني شيئا ما عوضا عن الأساور فحاولت أن أوضح بالإشارات أنه ليس من الضروري ولكنها أرغمتني على أخذه.",
     "ليس من"},
    /* snn-009505: «حاول أن يقول شيئا» */
    {"كم إرهابيا حاول أن يقول شيئا ويخبر عما ينوي فعله وأصمته والده؛ لأنه يريد أن يشاهد المباراة أو آخر أخبار الأسهم.",
     "يشاهد"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_modal_passive");
}
