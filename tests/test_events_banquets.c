/* test_events_banquets.c — meet54 (docs/EVENTS.md "Issue 16: banquets and celebrations of a
 * guest (branch meet54, stop 46)"), src/events/banquets.c: a reception told by a banquet given
 * for a guest (أقام X مأدبة عشاء تكريما لـY) or by a host celebrating a guest (احتفى X بـY: a
 * person, or a delegation's noun with its genitive; the host a person past his titles or a
 * mission: سفارة خادم الحرمين الشريفين); and visit53's visitor, no longer the subject of a
 * reception's verb (استقبل X … وفدا … في إطار زيارته: the guest's visit). Negatives: a
 * celebration of a thing (احتفى مغردون … بفوز), the reception's pronoun. Sentences of
 * SaudiNewsNet articles outside bench/recall/drawn.txt (the article each is from in the
 * comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* {text, published, type, the trigger's first word, first actor's name holds this (NULL: no
 * event of the type at that word), second actor's name holds this ("" none needed; "-" no
 * second actor), place holds this ("" none needed), "p" planned or "o" occurred} */
static const char *const cases[][8] = {
    /* snn-012319: a banquet, the host past his titles and a place, the guest with لـ (named
     * in the sentence before) */
    {"استقبل أمير دولة قطر الشيخ تميم بن حمد في قصره مساء أول من أمس، وزير الخارجية عادل الجبير. وأقام وزير الخارجية بدولة قطر الدكتور خالد العطية مأدبة عشاء تكريما للجبير والوفد المرافق له.",
     "2015-07-27", "host", "وأقام", "العطية", "الجبير", "", "o"},
    /* snn-018760: a celebration, the host a name after a title no mention holds, a date set
     * off by commas, the guest a delegation */
    {"احتفى سفير السعودية لدى الدنمارك محمد العقيل، مساء أمس، ببعثة المنتخب السعودي للسهام المشاركة في بطولة العالم التي تحتضن منافساتها كوبنهاجن الدنماركية.",
     "2015-08-03", "host", "احتفى", "العقيل", "بعثة المنتخب", "", "o"},
    /* snn-016731: a mission as host, its genitive a title (not the king) */
    {"في شأن متصل احتفت سفارة خادم الحرمين الشريفين مساء أمس ببعثة فريق النصر الكروي وتم تبادل الهدايا التذكارية خلال حفل العشاء الذي أقيم بهذه المناسبة.",
     "2015-08-01", "host", "احتفت", "سفارة", "بعثة فريق النصر", "", "o"},
    /* snn-017108: the mission's place on a word with بـ before the guest */
    {"على صعيد مختلف، احتفت سفارة المملكة بالنمسا مساء أمس ببعثة الفريق الذي يقيم معسكره التحضيري هناك.",
     "2015-08-01", "host", "احتفت", "سفارة المملكة", "بعثة الفريق", "", "o"},
    /* snn-001554: a celebration of a thing, no guest */
    {"واحتفى مغردون بموقع التواصل الاجتماعي “تويتر” بفوز معاذ عبر هاشتاج “#معاذ_الخلف”.",
     "2015-07-20", "host", "واحتفى", NULL, "", "", ""},
    /* snn-014510: the reception's host is not the visitor of «في إطار زيارته» */
    {"استقبل أمين عام غرفة الشرقية عبدالرحمن بن عبدالله الوابل، مساء الأربعاء الماضي، وفدا إعلاميا رفيع المستوى قدم من جمهورية الجزائر الشقيقة، في إطار زيارته للمملكة.",
     "2015-07-31", "visit", "زيارته", NULL, "", "", ""},
};

int main(void)
{
    check_told_cases(cases, sizeof cases / sizeof *cases);
    return check_done("test_events_banquets");
}
