/* test_events_criticize_participle.c — crit54 (docs/EVENTS.md "Issue 16: criticism, accusations and
 * threats the rules miss (branch crit54, stop 46)"): a participle of condemnation that quotes.c
 * takes as a cue (مستنكرا، منددة: data/events.tsv criticize 9) is a criticism by the statement's
 * speaker, right after a comma; a participle of describing (واصفا: criticize 23, aguard
 * describe_participle) with criticize52's word of condemnation after its ب-word is a criticism by
 * the speaker of the statement before it in its sentence (criticize_participle.c). Negatives: the
 * participle as another subject's predicate (جاءت مستنكرة), describers nobody names (مغردون …
 * واصفين). Sentences of SaudiNewsNet articles outside the recall set (bench/recall/drawn.txt). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

/* {text, published, the event's word, its first actor} */
typedef const char *const crit_case[4];

static void test_found(const rasd_engine *e, rasd_doc *d)
{
    static crit_case cases[] = {
        /* snn-024956: مستنكرا after the statement of a person named */
        {"أكد رئيس مجلس الأمة الكويتي مرزوق علي الغانم وقوف الكويت مع المملكة العربية السعودية في مواجهة الإرهاب، مستنكرا الهجوم الإرهابي الذي استهدف مسجدا في منطقة عسير راح ضحيته عدداً من رجال الأمن.",
         "2015-08-07 06:49:14", "مستنكرا", "مرزوق علي الغانم"},
        /* snn-028026: منددة after a body's statement in quote marks */
        {"وقالت وزارة الداخلية في بيانها ان «الحادثة وقعت (حين) فجر انتحاري حزامه الناسف في اقليم خان آباد»، منددة بشدة بهذا «العمل الشنيع».",
         "2015-08-10 18:57:57", "منددة", "وزارة الداخلية"},
        /* snn-013026: واصفا … بانه «جريمة حرب» after a reported statement */
        {"اعلن الرئيس الفلسطيني محمود عباس الجمعة انه ينوي التوجه الى المحكمة الجنائية الدولية ردا على مقتل طفل فلسطيني في حريق اضرمه مستوطنون بمنزل في الضفة الغربية المحتلة، واصفا ما حصل بانه “جريمة حرب” جديدة.",
         "2015-07-31 15:03:29", "واصفا", "محمود عباس"},
        /* snn-026130: واصفا … بالجريمة البشعة at the end of a long statement */
        {"وقال عضو هيئة التدريس بكلية الشريعة والدراسات الاسلامية الدكتور عمر السعيد : إن الحاقدين والمغرضين يتربصون للوطن وأهله ويكيدون لهذه البلاد الطيبة المباركة معقل اﻹسلام ومأرز اﻹيمان، لكن ثقتنا في الله كبيرة أن يجعل كيدهم في وبال ومكرهم في سفال، واصفا الحادث بالجريمة البشعة.",
         "2015-08-08 07:01:31", "واصفا", "عمر السعيد"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        const rasd_event *ev;
        analyse(e, d, cases[k][0], cases[k][1]);
        ev = event_at(d, cases[k][0], "criticize", cases[k][2]);
        CHECKF(ev != NULL, "%s: no criticize at «%s»", cases[k][0], cases[k][2]);
        if (!ev)
            continue;
        CHECKF(ev->nactors == 1 && strstr(ev->actor_name[0], cases[k][3]) != NULL,
               "%s: %zu actors, first «%s», want «%s»", cases[k][0], ev->nactors,
               ev->nactors ? ev->actor_name[0] : "", cases[k][3]);
    }
}

/* Negatives: no criticism at the participle. */
static void test_none(const rasd_engine *e, rasd_doc *d)
{
    static const char *const cases[][3] = {
        /* snn-028168 (with the sentence before it, which names him): مستنكرة, the
           predicate of society's reaction, not the speaker's criticism (no comma before) */
        {"من جهته أكد مدير خدمات الركاب والمبيعات بالإقليم الشمالي بالخطوط السعودية راشد بن أحمد الزهراني, صمود ووقوف المجتمع صفاً واحداً مع قيادته أمام كل التحديات والمحاولات التي تهدف إلى زعزعة أمن هذا البلد وبث الفرقة بين أبنائه المخلصين, مشدداً على أن هذه الجريمة الغادرة لن تزيد الوطن وأهله إلا إصراراً وتماسكاً وتعاوناً لمواجهة الإرهاب واجتثاثه من جذوره. "
         "وعدّ الزهراني الحادث الأليم مصاباً للوطن كافة، مؤكداً أن ردة فعل المجتمع جاءت مستنكرة لهذا العمل الغادر، ومجددة التأكيد على الوقوف صفاً واحداً ضد أي عمل تخريبي يقصد به زعزعة أمن البلاد واستقرارها.",
         "2015-08-10 19:02:57", "مستنكرة"},
        /* snn-024132: the describers unnamed */
        {"تفاعل مغردون مع حادثة تفجير مسجد بعسير واصفين العمل بالجبان وبث الأكثرية هاشتاجات ينددون فيها بالعمل الإجرامي",
         "2015-08-07 06:50:34", "واصفين"},
    };
    check_no_event_at(e, d, "criticize", cases, sizeof cases / sizeof *cases);
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_found(e, d);
    test_none(e, d);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_criticize_participle");
}
