/* test_quotes_work_title.c — err62 (docs/EVENTS.md "Issue 16: unseen30's missed rows, classed
 * and fixed where they recur (branch err62, stop 54)"): quote marks after a word that calls
 * what follows a title (يحمل عنوان «…») or after a work's bare noun with a preposition before it
 * (في برنامج "…") hold the work's title, no content of the cue before it: the cue's complement
 * (عن بدء التسجيل …) is its content. Marks after a work that names the speaker (مخرج الفيلم "…")
 * or after the paper's own headline (في عنوانها الرئيسي "…") still hold a quote. Before, the
 * title was taken as the content. Sentences of SaudiNewsNet articles outside the recall set
 * (the article each is from in the comment). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-029310: the announcement, not the programme's name */
    {"أعلنت إدارة رياض الأطفال بتعليم جدة عن بدء التسجيل في برنامج \"تثقيف الأم والطفل\" , الذي ينطلق في شهر ذي الحجة المقبل , وذلك عبر الموقع الإلكتروني http://cutt.us/ET56 , حيث ينفذ للعام الحالي في أربع مقرات وهي الروضة الأولي ، والعاشرة ،والحادية عشرة ، والمقر الرابع في مبني إدارة رياض الأطفال الواقع بشارع صاري .",
     "عن بدء التسجيل", "إدارة رياض الأطفال بتعليم جدة", 0},
    /* snn-013131: the exhibition's title inside the announcement */
    {"ومن جانب آخر، وفي إطار احتفالات قناة السويس الجديدة في مصر، أعلنت الوزارة عن افتتاح معرض للآثار يحمل عنوان «الاكتشافات الأثرية بمنطقة المدخل الشرقي لقناة السويس» بالمتحف المصري بالتحرير، وذلك في السادس من أغسطس (آب) المقبل.",
     "عن افتتاح معرض", "الوزارة", 0},
    /* snn-000838: the film's director speaks: no preposition before the work */
    {"وقال مخرج الفيلم \"يمكنك أن تلمس أن إنتاج هذا الفيلم أضخم من سكايفول.",
     "يمكنك أن تلمس", "مخرج الفيلم", 0},
    /* snn-003245: a paper's headline it says (عنوانها, with its pronoun) */
    {"وقالت صحيفة \"بليك\" الأوسع انتشارا في صربيا في عنوانها الرئيسي \"صربيا هي جنة التلاعب\".",
     "صربيا هي جنة", "صحيفة \"بليك\"", 0},
};

static const not_want nots[] = {
    /* snn-029310, snn-013131: no quote opens at the title */
    {"أعلنت إدارة رياض الأطفال بتعليم جدة عن بدء التسجيل في برنامج \"تثقيف الأم والطفل\" , الذي ينطلق في شهر ذي الحجة المقبل , وذلك عبر الموقع الإلكتروني http://cutt.us/ET56 , حيث ينفذ للعام الحالي في أربع مقرات وهي الروضة الأولي ، والعاشرة ،والحادية عشرة ، والمقر الرابع في مبني إدارة رياض الأطفال الواقع بشارع صاري .",
     "تثقيف الأم"},
    {"ومن جانب آخر، وفي إطار احتفالات قناة السويس الجديدة في مصر، أعلنت الوزارة عن افتتاح معرض للآثار يحمل عنوان «الاكتشافات الأثرية بمنطقة المدخل الشرقي لقناة السويس» بالمتحف المصري بالتحرير، وذلك في السادس من أغسطس (آب) المقبل.",
     "«الاكتشافات"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_work_title");
}
