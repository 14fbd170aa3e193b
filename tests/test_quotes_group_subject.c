/* test_quotes_group_subject.c — a new plural subject speaks, not the last speaker of a
 * paragraph before (docs/EVENTS.md "Issue 16: the judged forms stops 50–51 left (branch fix54,
 * stop 52)"; src/events/plural_subject.c). A quantifier of a group ("aguard" group_quantifier:
 * بعض، معظم) before a definite noun after the verb opening a sentence is a plural subject
 * whatever the noun's form, which a plural cue after it speaks for (وتخوف بعض الخبراء
 * الاقتصاديين، …، مؤكدين); a definite plural of things in ات alone after a feminine reporting
 * verb is that verb's subject (وذكرت المنشورات أن، وتشير التكهنات إلى أن), not a bare title
 * whose holder goes on, unless the verb is one of showing (وتوضح الحفريات أن: no quote). A
 * quantifier after a preposition is its genitive (وفي أغلب الدول … ويرون: no group of
 * theirs). Passages of SaudiNewsNet articles outside
 * bench/recall/drawn.txt (the article each is from in the comment); the wants fail at
 * 91139327 (another speaker or none), the negatives hold there too; with the rule's first
 * versions (no length test, no verbs of showing) each negative failed. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-012621 (judge53's quote 1): a broken plural after بعض, a participle after it */
    {"وتخوف بعض الخبراء الاقتصاديين، من تحرير أسعار الوقود فى مصر، أسوة بتجربة الإمارات، مؤكدين أن الوضع الاقتصادى فى مصر لا يسمح باتخاذ مثل هذه الخطوة، قبل عدة إجراءات تضمن التخفيف عن الفقراء.",
     "الوضع الاقتصادى", "بعض الخبراء الاقتصاديين", 0},
    /* snn-004316: a bare plural verb opening the next sentence */
    {"وعدد بعض الطلاب - فضلوا عدم ذكر أسمائهم- خلال حديثهم إلى \"الوطن\" جملة من المعوقات التي تعترض مسيرتهم في الكلية ومنها عدم وجود أقسام هندسية منذ افتتاح الكلية قبل عشر سنوات واقتصارها على قسمين فقط.\nوأضافوا \"الكلية ليس لها اعتماد أكاديمي من الهيئة الوطنية للاعتماد الأكاديمي، ولا توجد بها معامل كافية\".",
     "الكلية ليس", "بعض الطلاب", 0},
    /* snn-020695 (judge53's quote 37): the leaflets, after the sources of a paragraph before */
    {"وقالت هذه المصادر إن القصف استمر طوال الليل.\nوألقت طائرات التحالف منشورات تطالب من تبقى من سكان المدينة اليمنية بمغادرتها حفاظا على سلامتهم. وذكرت المنشورات أن الأراضي السعودية تتعرض لإطلاق نار من القرى المجاورة، وأنها سترد على مصدر النيران.",
     "الأراضي السعودية", "المنشورات", 0},
    /* snn-004461: speculation that "indicates" speaks (the Guideline's وتشير المعلومات إلى) */
    {"وتشير التكهنات إلى أن الفريق المضيف تلقى تعليمات لإتاحة الفرصة لمنافسه للفوز بالمباراة.",
     "الفريق المضيف", "التكهنات", 0},
};

static const not_want nots[] = {
    /* snn-001752: a quantifier after وفي is a preposition's genitive: no quote given أغلب
       الدول (the rule's first version added one; the advisers named in the dashes speak) */
    {"وفي أغلب الدول، يعد الاستثمار بنسبة %1 على الأبحاث والتنمية هدفاً عالياً ــ بحسب مجلس "
     "المستشارين العلميين للأمين العام للأمم المتحدة بان كي مون ــ ويرون أن %3.5 هدفاً أفضل، "
     "إذا أرادت الدول القضاء على الفقر.",
     "%3.5"},
    /* snn-009575: fossils that show (a verb of showing, "aguard" show_verb) speak no quote */
    {"وتوضح الحفريات أن القدمين الخلفيتين كانتا أكبر بقليل، وهو ما دفع العلماء للاعتقاد أنها كانت تستخدم للإمساك بالفريسة.",
     "القدمين"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_group_subject");
}
