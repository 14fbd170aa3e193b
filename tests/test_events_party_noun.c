/* test_events_party_noun.c — fix57 (docs/EVENTS.md "Issue 16: event forms stop 52 left
 * (branch fix57, stop 53)", item 1): a dual noun of two parties as the subject of a verb of
 * acting together (data/events.tsv "aguard" party_persons, party_states, party_sides: الرئيسان،
 * البلدان، الجانبان، الطرفان) stands for the two parties the article named before it
 * (events/party_noun.c): the last event with two actors or the last two names joined by و,
 * within the verb's sentence and the two before it. Corpus passages outside
 * bench/recall/drawn.txt; at the stop's start (578da24c) none of the three agreements was an
 * event (the noun named nobody). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

/* snn-007317: the pair of two names joined by و (a nisba between), a sentence before. */
static const char turkey[] =
    "في غضون ذلك أفادت تقارير إخبارية تركية أمس الخميس بأنه من المتوقع أن تقوم تركيا خلال أيام بفتح قاعدة إنجرليك الجوية جنوبي البلاد أمام طائرات التحالف الدولي ضد تنظيم داعش، وذلك بعد اتصال هاتفي جرى بين الرئيسين التركي رجب طيب أردوغان والأمريكي باراك أوباما. وكان الجانبان قد اتفقا من حيث المبدأ في السابع والثامن من تموز - يوليو على استخدام القاعدة الموجودة في إقليم أضنة.";
/* snn-029510: the meeting's two actors, in the same sentence. */
static const char club[] =
    "اقتربت إدارة نادي الاتحاد من حسم موضوع تجديد عقد اللاعب عبد الفتاح عسيري، وذلك بعد أن عقد منصور البلوي اجتماعًا مع توفيق عسيري والد اللاعب؛ حيث اتفق الطرفان على كل بنود العقد على أن يتم الإعلان عن موعد التوقيع خلال الأيام المقبلة.";
/* snn-026634: two governments' countries, a sentence before. */
static const char malta[] =
    "يأتي ذلك لتعزيز علاقات الصداقة والتعاون التي عقدت بين حكومة المملكة وحكومة مالطا من خلال اللجنة السعودية - المالطية المشتركة، وقام الوفد المالطي بزيارات ميدانية لعدد من الجهات الحكومية تضمنت، وزارة الصحة، جامعة الملك سعود، وزارة التجارة والصناعة، مجلس الغرف السعودية، هيئة السياحة والآثار. \nواتفق الجانبان، على تعزيز العلاقات الثنائية في التعليم ومواصلة بحث سبل تعزيز التعاون في البحث العلمي.";
/* snn-002192: a third person (Tsipras) named after the pair: never an actor. */
static const char greece[] =
    "وأجرى كل من ميركل وهولاند مكالمة هاتفية في وقت متأخر من يوم الأحد، بعد أن أظهرت التوقعات أن اليونانيين وقفوا بصورة مدوية إلى جانب رئيس الوزراء أليكسيس تسيبراس وأجابوا الدائنين بالرفض. اتفق الزعيمان على أن قرار الشعب اليوناني ينبغي \"أن يتم احترامه\".";

/* Whether the agreement at trigger in d has two actors whose names hold a and b. */
static int agreed(const rasd_doc *d, const char *text, const char *trigger, const char *a,
                  const char *b)
{
    const rasd_event *ev = event_at(d, text, "agree", trigger);
    if (!ev || ev->nactors != 2)
        return 0;
    return (strstr(ev->actor_name[0], a) && strstr(ev->actor_name[1], b)) ||
           (strstr(ev->actor_name[0], b) && strstr(ev->actor_name[1], a));
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    const rasd_event *ev;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    analyse(e, d, turkey, "2015-07-24 08:38:36");
    CHECKF(agreed(d, turkey, "اتفقا", "أردوغان", "أوباما"),
           "«وكان الجانبان قد اتفقا»: Erdogan and Obama, named a sentence before");
    analyse(e, d, club, "2015-08-11 13:55:24");
    CHECKF(agreed(d, club, "اتفق", "البلوي", "توفيق عسيري"),
           "«حيث اتفق الطرفان»: the meeting's two actors");
    analyse(e, d, malta, "2015-08-09 17:06:28");
    CHECKF(agreed(d, malta, "واتفق", "السعودية", "مالطا"),
           "«واتفق الجانبان»: the two governments' countries");
    analyse(e, d, greece, "2015-07-21 02:46:43");
    ev = event_at(d, greece, "agree", "اتفق");
    for (size_t a = 0; ev && a < ev->nactors; a++)
        CHECKF(strstr(ev->actor_name[a], "تسيبراس") == NULL,
               "«اتفق الزعيمان»: Tsipras, named after Merkel and Hollande, is no party");
    CHECK(1);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_party_noun");
}
