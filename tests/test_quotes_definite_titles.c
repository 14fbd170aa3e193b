/* test_quotes_definite_titles.c — turn65 item 1 (docs/EVENTS.md "Issue 16: the report's next turn,
 * the cues left and «X يرى أن» (branch turn65, stop 55)"): a person after only definite titles
 * and descriptions, from the sentence's start or right after لكن (data/events.tsv aguard
 * "clause_open"), is in apposition to them and the subject of the verb after it, a present
 * cue of its own (يرى) too: speakers.c after_head no longer takes the name for the title's
 * complement (apposed_first). Sentences of SaudiNewsNet articles outside
 * bench/recall/drawn.txt (the article each is from in the comment); the three failed at the
 * start build (02297013): no quote for يرى, no speaker for أكد. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-015582: a description at the sentence's start */
    {"الإعلامي عبدالخالق الزهراني يرى أن هذه الحوادث فردية، ويجب أن تعالج بأسلوب تربوي، لأنها وقعت من بعض الشباب المراهقين.",
     "هذه الحوادث", "عبدالخالق الزهراني", 1},
    /* snn-000051: a description and a rank before the name */
    {"الخبير العسكري اللواء جمال مظلوم يرى أن «بعض وسائل الإعلام تناولت الأحداث التي جرت مطلع الشهر بصورة سيئة للغاية للأسف الشديد».",
     "بعض وسائل", "جمال مظلوم", 1},
    /* snn-028904: after لكن, a past cue */
    {"وسيغيب نيمار - الذي تألق في مباراة ودية أمام روما الأسبوع الماضي - عن مباراة كأس السوبر الأوروبية أمام اشبيلية بطل الدوري الأوروبي لكن المدرب لويس إنريكي أكد أن بيدرو يمكن الاعتماد عليه عندما يحصل على فرصة.",
     "بيدرو يمكن", "لويس إنريكي", 1},
};

int main(void)
{
    return check_quote_sets(wants, sizeof wants / sizeof *wants, NULL, 0, NULL, 0,
                            "test_quotes_definite_titles");
}
