/* test_quotes_frames.c — frame67 (docs/EVENTS.md "Stop 57: known cues whose frame is not
 * read (branch frame67)"): known cues whose frame was not read. نبه with من/إلى (data/quotes.tsv
 * comp 19) and نوه with عن (comp 14) open their nominal complement; a cue right after a
 * relative pronoun (الذي أعلن نيته) opens the complement a subject's end would, with the
 * relative's owner as speaker (relative_comp.c); an appeal with ل after a named subject set off
 * by commas passes the comma that closes it (appeal_li.c). Sentences of SaudiNewsNet articles
 * outside bench/recall/drawn.txt (the article in the comment); each fails at 4a5d0e31 (no
 * quote, or one starting later with no speaker). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-002048: نبه من (warned against) */
    {"ونبه فضيلة الشيخ العريفي من الانقياد وراء الأفكار الهدامة التي من أهدافها زعزعة أمن بلادنا الغالية أرض الحرمين الشريفين.",
     "من الانقياد وراء", "العريفي", 1},
    /* snn-000682: the relative's own noun */
    {"وتعقد اللجنة التنفيذية للفيفا اليوم الاثنين اجتماعا لبحث خطط الإصلاح وتحديد موعد لانتخاب رئيس جديد خلفا لسيب بلاتر الذي أعلن تخليه عن المنصب وسط فضيحة فساد تعصف بالفيفا.",
     "تخليه عن المنصب", "سيب بلاتر", 1},
    /* snn-026548: the same after a statement of another speaker */
    {"من جهة أخرى، أعلن رئيس اتحاد أميركا الجنوبية لكرة القدم دعم الفرنسي ميشال بلاتيني لرئاسة الفيفا خلفا لبلاتر الذي أعلن نيته الاستقالة من منصبه.",
     "نيته الاستقالة", "بلاتر", 1},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, NULL, 0, "test_quotes_frames");
}
