/* test_events_prep_condition.c — mend51 (docs/EVENTS.md "Issue 16: three wrong-row mends (branch
 * mend51, stop 43)"): a preposition with its pronoun starts no actor (طلب مني إبراموفيتش;
 * prep_pronoun.c); a condition right after an event's noun makes it no event (لصد الهجوم
 * الحوثي على المديرية في حال ما قررت المليشيا; condition_after.c); a statement an outlet carried is
 * not the outlet's (بيان نشرته وكالة أنباء البحرين; doc_issuer.c). Sentences of SaudiNewsNet
 * articles outside bench/recall/drawn.txt (the article each is from in the comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"
#include "speaker_want.h"

#include <string.h>

/* Whether the analysis in d has an event of type whose trigger starts with the bytes word,
 * and (when actor is set) whose first actor's name starts with actor. */
static int has_event(rasd_doc *d, const char *text, const char *type, const char *word,
                     const char *actor)
{
    size_t n;
    const rasd_event *ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(ev[i].type, type) != 0 ||
            memcmp(text + ev[i].trigger_start, word, strlen(word)) != 0)
            continue;
        if (!actor)
            return 1;
        for (size_t a = 0; a < ev[i].nactors; a++)
            if (ev[i].actor_name[a] && strncmp(ev[i].actor_name[a], actor, strlen(actor)) == 0)
                return 1;
    }
    return 0;
}

static void test_events(const rasd_engine *e, rasd_doc *d)
{
    /* snn-020906: «مني» ("from me") is no part of Abramovich's name as an actor (judge44's and
       judge45's wrong row, the same sentence in other articles) */
    static const char s1[] = "عندما تركت ريال مدريد من أجل العودة إلى تشيلسي طلب مني إبراموفيتش القتال من أجل الألقاب";
    /* snn-028698 (two paragraphs: the fight needs the first's names): a possible attack (في حال ما قررت المليشيا) after the noun: no fight
       (judge45's wrong row) */
    static const char s2[] = " وأشار المركز الإعلامي للمقاومة إلى أن الثوار نفذوا عمليات نوعية، استهدفت قيادات التمرد وتمكنوا من قتل المسؤول الأمني بالمحافظة، المدعو \"أبوعقيل السالمي\"، والقيادي الحوثي \"أبومجاهد\"، كما أسروا القيادي المتمرد \"أبومحسن العياني\" مع 15 آخرين.\n وتسببت عمليات المقاومة في إحداث ارتباك شديد وسط المتمردين، لا سيما بعد تصعيد الثوار لهجتهم، وإصدارهم بيانا شديد اللهجة، توعدوا فيه قوى البغي الحوثي بالتدمير، وأشار البيان إلى استعداد الثوار التام لصد الهجوم الحوثي على المديرية في حال ما قررت المليشيا تصعيد المواجهة، وأكدت أنباء موثوقة توافد المئات من أبناء المديرية للدفاع عن أرضهم.";
    analyse(e, d, s1, "2015-08-06 01:14:43");
    CHECKF(!has_event(d, s1, "appeal", "طلب", "مني"), "%s", "an actor starting with مني");
    analyse(e, d, s2, "2015-08-10 19:42:02");
    CHECKF(!has_event(d, s2, "fight", "الهجوم", NULL), "%s", "a fight under في حال");
}

/* snn-010326: «وقال البيان» after «بيان نشرته وكالة أنباء البحرين»: the agency carried the
   statement, it did not issue it (judge45's wrong row; the bare mention as before attr51) */
static const want wants[] = {
    {"وذكر بيان نشرته وكالة أنباء البحرين إن التصريحات تعكس الموقف العدائي لإيران تجاه مملكة البحرين وتمثل تدخلا في الشؤون الداخلية للمملكة. وفي تفصيل عملية الاعتقال التي جرت في 15 يوليو تموز قالت الداخلية البحرينية إن خفر السواحل اعترض قاربا متجها إلى البحرين بعد لقاء مع قارب آخر خارج المياه الإقليمية البحرينية مباشرة. مضيفة الى مصادرة السلطات البحرينية 44 كيلوجراما من مادة سي4 المتفجرة وثماني بنادق من طراز كلاشنيكوف و32 خزنة وذخيرة وصواعق. وحدد البيان الشخصين المحتجزين بأنهما مهدي صباح عبد المحسن محمد وعباس عبد الحسين عبد الله محمد وكلاهما مواطنيين وفي الثلاثين من العمر. وقال البيان «وقد اعترف المتهمان أنه بتنسيق من أشخاص إيرانيين قاما باستلام أربع حقائب في عرض البحر.»",
     "وقد اعترف المتهمان", "بيان نشرته وكالة أنباء البحرين", 0},
};

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_events(e, d);
    for (size_t i = 0; i < sizeof wants / sizeof *wants; i++)
        check_want(e, d, &wants[i]);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_prep_condition");
}
