/* test_quotes_part_own_body.c — spk66 (docs/EVENTS.md "Issue 16: judge57's speaker forms left
 * (branch spk66, stop 56)"): a participle followed by its own subject, a definite body noun
 * before أن («… موضحة الوزارة أن …»), takes that subject, here the organisation it stands for
 * (sources.c qt_part_own_body), not the last speaker's description run on into its object
 * («الوزارة المتقدمين» of «كما دعت الوزارة المتقدمين»). The opening of snn-006033, a copy of
 * judge57's snn-004458 outside bench/recall/drawn.txt; the check fails without the change. */
#include "engine.h"

#include <string.h>

static const char text[] = "أكدت وزارة الخدمة المدنية أن آخر موعد للتسجيل في اختبار القدرة المعرفية العامة (تقييم - 1) الذي سيتم عقده خلال الفترة من 19 إلى 21/10/1436هـ، سيكون يوم الأحد القادم الموافق 10/10/1436هـ، وذلك للراغبين في التقديم على الوظائف المشمولة بسلم الموظفين العام للمرتبتين السادسة والسابعة والتي سوف تعلن عنها الوزارة في الشهر القادم. كما دعت الوزارة المتقدمين لسرعة حجز موعد ومكان الاختبار على موقع المركز الوطني للقياس، علماً بأنه لن يسمح بدخول الاختبار لغير المسجلين موضحة الوزارة أن اختبار القدرة المعرفية العامة (تقييم-1) يعد حضوره من متطلبات التعيين، مؤكدة أنه لا توجد درجة اجتياز للاختبار بحيث يتم المفاضلة بين المتقدمين وفقا للدرجة التي حصل عليها المتقدم.";

int main(void)
{
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    const rasd_quote *q, *hit = NULL;
    const char *at = strstr(text, "اختبار القدرة المعرفية العامة (تقييم-1)"),
               *own = strstr(text, "الوزارة أن اختبار");
    size_t n;
    REQUIRE(at && own);
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    REQUIREF(rasd_ner_available(e), "no data/ner.model");
    analyse(e, d, text, NULL);
    q = rasd_doc_quotes(d, &n);
    for (size_t i = 0; i < n && !hit; i++)
        if (q[i].start <= (size_t)(at - text) && q[i].end > (size_t)(at - text))
            hit = &q[i];
    REQUIRE(hit != NULL);
    CHECKF(hit->speaker_name && strcmp(hit->speaker_name, "وزارة الخدمة المدنية") == 0,
           "speaker %s", hit->speaker_name ? hit->speaker_name : "(none)");
    CHECK(hit->speaker_start == (size_t)(own - text));
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_quotes_part_own_body");
}
