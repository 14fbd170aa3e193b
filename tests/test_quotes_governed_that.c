/* test_quotes_governed_that.c — qprec57 (docs/EVENTS.md "Issue 16: false quote rows over every
 * read part (branch qprec57, stop 49)"): a that-word right after a conjunction that governs it
 * (بعد أن، قبل أن، رغم أنه، علما بأن، إذ إن: data/quotes.tsv "aguard governed_that",
 * "governed_bi"; src/events/governed_that.c) opens the writer's clause, not the content of a
 * reporting word before it; the walk goes on to a nominal complement, a colon or a mark. Whole
 * sentences of SaudiNewsNet articles outside bench/recall/drawn.txt (of /tmp/m49.jsonl; the
 * article each is from in the comment). Without the two lists five negatives fail (a quote
 * starts with the word) and the first and last wants (the quote started after بعد أن, وقبل أن);
 * the other wants pass without the rule too: they hold its reach (a that-word of two words,
 * بأن after فيما بعد, أن after من قبل: "adverb_time"). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-001561: the nominal complement before بعد أن is what was announced */
    {"أعلنت المديرية العامة للشؤون الصحية بمنطقة القصيم حالة الطوارئ بجميع مستشفيات المنطقة، بعد أن وقع حادث انقلاب لحافلة على طريق الرياض – القصيم السريع نتج عنه ٥٠ إصابة، حيث وجه مدير عام الشؤون الصحية بالمنطقة بالإنابة الدكتور سلطان الشايع إدارة الطوارئ والأزمات بالمديرية بإعلان حالة الطوارئ بجميع المستشفيات، لاستقبال المصابين وتوزيعهم على المستشفيات.",
     "حالة الطوارئ", "المديرية العامة للشؤون الصحية", 1},
    /* snn-000236: من قبل إلى أن — a that-word of two words stays the cue's */
    {"وبالفعل، أشارت «واشنطن بوست» من قبل إلى أن هؤلاء السجناء عندما أفرج عنهم عام 2009 وعادوا إلى بغداد، تحدثوا عن أمرين: تحولهم للراديكالية، والانتقام.",
     "هؤلاء السجناء", "واشنطن بوست", 1},
    /* snn-000249: فيما بعد بأنها — بأن is the cue's (only علما governs it) */
    {"وقد اعترفت رئاستها فيما بعد بأنها لم تكن تريد أن تدق نواقيس الخطر في حينه، وتستبق الأحداث بالإعلان عن اختفاء ساشا، خشية أن يكون في ذلك ما يثير خاطفيها، ويدفعهم إلى اتخاذ ما لا تحمد عقباه.",
     "لم تكن", "", 0},
    /* snn-003503: من قبل أن — "earlier", the أن is the cue's */
    {"وكان نتانياهو قد اعتبر من قبل أن الاتفاق يهدد أمن إسرائيل.",
     "الاتفاق", "نتانياهو", 1},
    /* snn-001698: قبل أن after the complement: the complement is the quote */
    {"ويعيش الفيفا فترة تخبط منذ أعلن الرئيس سيب بلاتر استقالته في الثاني من يونيو الماضي بعد 4 أيام فقط من انتخابه لفترة خامسة وقبل أن يتم الإعلان عن إجراء الانتخابات لاختيار بديل بين ديسمبر وفبراير.",
     "استقالته", "سيب بلاتر", 1},
};

static const not_want nots[] = {
    /* snn-001612: بعد أن (was: a quote of حكومة اليمن) */
    {"وكانت حكومة اليمن أعلنت تحرير عدن من الانقلابيين بعد أن تمكنت عملية السهم الذهبي من تأمين معظم المدينة ودحر ميليشيات الحوثي والمخلوع صالح .",
     "تمكنت"},
    /* snn-000682: رغم انه */
    {"وأعيد انتخاب بلاتر لولاية خامسة على رأس الفيفا في مايو الماضي لكنه أعلن بعدها بأيام استقالته رغم انه شخصيا لم يتهم بأي تجاوزات أو مخالفات.",
     "شخصيا"},
    /* snn-000953: علماً بأن (governed_bi) */
    {"وأكدت هذه الاختبارات سلامة شبكة الاتصالات السعودية من أي انقطاع أو تعطل في شبكتها أو أنظمتها علماً بأن الموقع مخدوم بدوائر احتياطية.",
     "الموقع"},
    /* snn-000185: قبل أن */
    {"وطالب اللاعبين بمضاعفة جهودهم في المرحلة القادمة للظهور بالصورة المطلوبة، قبل أن يتناول الجميع طعام العشاء والراحة استعدادًا لبدء البرنامج الإعدادي الذي انطلق أمس (الاثنين) على فترتين؛ صباحية ومسائية.",
     "يتناول"},
    /* snn-001453: إذ إن */
    {"وقال الشهري من الصعب ضمان عدم انقطاع الكهرباء بشكل نهائي، لكن الهيئة تسعى إلى تطبيق معايير عالمية، إذ إن من المنتظر أن يكون معيار الانقطاع 50 دقيقة كما هو معمول به على المستوى العالمي المطبق.",
     "من المنتظر"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_governed_that");
}
