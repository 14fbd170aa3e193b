/* test_events_object_after_head.c — lay67 (docs/EVENTS.md "Stop 57: run-on descriptions and
 * leftover event forms (branch lay67)"): a body's description after its verb ends before the
 * verb's object. A second definite body noun is no adjective of the first («وأدانت المحكمة
 * الشركة بارتكاب»: sources.c object_after_head, groups.c object_at), nor a definite plural in
 * -ين («كما دعت الوزارة المتقدمين»). Corpus text outside bench/recall/drawn.txt: snn-005831
 * (its court's later speaker was the run-on «المحكمة الشركة بارتكاب», res65's same body) and
 * snn-006033 (the participle «مؤكدة» went on with «الوزارة المتقدمين»); the start build of stop
 * 57 fails four of the five checks. */
#include "engine.h"

#include <string.h>

static const char court[] = "أعلنت المحكمة الابتدائية في مدينة ترير غربي ألمانيا تغريم شركة السكك الحديدية (دويتشه بان ريجيو) بمبلغ 200 يورو كتعويض لمسافرة عن الضرر الذي لحق بها بسبب تعطل الحمام الوحيد على متن القطار الذي كانت تستقله الراكبة. وأدانت المحكمة الشركة بارتكاب \"خطأ تنظيمي\" تسبب في \"عدم راحة بدنية\" للمرأة وبسبب هذا الخطأ لم تتمكن المرأة من دخول الحمام رغم حاجتها الملحة إلى ذلك خلال الرحلة التي قامت بها في تشرين أول/أكتوبر الماضي من مدينة كوبلنتس إلى ترير. واستغرقت الرحلة قرابة الساعتين ولفتت المحكمة إلى أنه لم يتم التنبيه على الراكبة قبل صعودها القطار أن الحمام معطل، وأضافت أن المرأة دخلت الحمام عندما وصلت إلى ترير لكن ليس في الموعد المناسب.";

static const char asked[] = "أكدت وزارة الخدمة المدنية أن آخر موعد للتسجيل في اختبار القدرة المعرفية العامة (تقييم - 1) الذي سيتم عقده خلال الفترة من 19 إلى 21/10/1436هـ، سيكون يوم الأحد القادم الموافق 10/10/1436هـ، وذلك للراغبين في التقديم على الوظائف المشمولة بسلم الموظفين العام للمرتبتين السادسة والسابعة والتي سوف تعلن عنها الوزارة في الشهر القادم. كما دعت الوزارة المتقدمين لسرعة حجز موعد ومكان الاختبار على موقع المركز الوطني للقياس، علماً بأنه لن يسمح بدخول الاختبار لغير المسجلين موضحة الوزارة أن اختبار القدرة المعرفية العامة (تقييم-1) يعد حضوره من متطلبات التعيين، مؤكدة أنه لا توجد درجة اجتياز للاختبار بحيث يتم المفاضلة بين المتقدمين وفقا للدرجة التي حصل عليها المتقدم.";

/* The speaker of the quote of text that covers byte at, or "(none)". */
static const char *speaker_at(rasd_doc *d, size_t at)
{
    size_t n;
    const rasd_quote *q = rasd_doc_quotes(d, &n);
    for (size_t i = 0; i < n; i++)
        if (q[i].start <= at && q[i].end > at)
            return q[i].speaker_name ? q[i].speaker_name : "";
    return "(none)";
}

/* The first actor of the event of type whose word starts at byte at, or "(none)". */
static const char *actor_at(rasd_doc *d, const char *type, size_t at)
{
    size_t n;
    const rasd_event *ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(ev[i].type, type) == 0 && ev[i].trigger_start == at)
            return ev[i].nactors ? ev[i].actor_name[0] : "";
    return "(none)";
}

int main(void)
{
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    const char *s;
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    REQUIREF(rasd_ner_available(e), "no data/ner.model");

    analyse(e, d, court, NULL);
    s = speaker_at(d, (size_t)(strstr(court, "لم يتم التنبيه") - court));
    CHECKF(strcmp(s, "المحكمة") == 0, "court's speaker %s", s);
    s = speaker_at(d, (size_t)(strstr(court, "المرأة دخلت") - court));
    CHECKF(strstr(s, "الشركة") == NULL && strstr(s, "المحكمة") != NULL, "court's next %s", s);
    s = actor_at(d, "criticize", (size_t)(strstr(court, "وأدانت") - court));
    CHECKF(strstr(s, "الشركة") == NULL, "conviction's actor %s", s);

    analyse(e, d, asked, NULL);
    s = speaker_at(d, (size_t)(strstr(asked, "لا توجد درجة") - asked));
    CHECKF(strcmp(s, "وزارة الخدمة المدنية") == 0, "participle's speaker %s", s);
    s = speaker_at(d, (size_t)(strstr(asked, "سرعة حجز") - asked));
    CHECKF(strstr(s, "المتقدمين") == NULL, "appeal's speaker %s", s);

    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_object_after_head");
}
