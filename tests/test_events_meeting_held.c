/* test_events_meeting_held.c — nouns47 (docs/EVENTS.md "Issue 16: meetings named by a noun and the
 * one who held them"): a meeting's noun followed by a verb of holding that carries its pronoun
 * (اجتماع عقده X مع Y، الاجتماع الذي يعقده X مع Y, planned in the present), its holder named
 * after the verb or, with none there, the last person named before the noun (أكد الوزير …
 * خلال اجتماع عقده مع …), src/events/meeting_held.c. Negatives: a passive (الاجتماع الذي عقد: no one
 * named), attendance (لحضور الاجتماع الذي عقده), meetings that recur (اجتماعات يعقدها …).
 * Sentences of SaudiNewsNet articles outside the recall set (the article each is from in the
 * comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* {text, published, trigger word, first actor's name holds this (NULL: no meeting with that
 * word), second actor's name holds this ("" none needed), "p" planned or "o" occurred} */
static const char *const cases[][6] = {
    /* snn-009339: held by the subject after the verb, the party after مع */
    {"أجرى الباطن أولى تدريباته بمعسكره الإعدادي بالقاهرة بعد اجتماع عقده المدرب الحبيب بن رمضان مع اللاعبين حثهم على الاستفادة من المعسكر، مؤكداً أهمية مرحلة الإعداد وبرنامجه والتركيز حتى تتم الاستفادة بالكامل.",
     "2015-07-25", "اجتماع", "الحبيب بن رمضان", "اللاعبين", "o"},
    /* snn-002661: the definite noun, الذي and the present: planned */
    {"عبدالله البرقاوي- سبق- الرياض: أكدت مصادر مطلعة لـ \"سبق\" أن الاجتماع الذي يعقده وزير التعليم الدكتور عزام الدخيل مع مديري إدارات التعليم بالمناطق والمحافظات مع بدء الدوام بعد غد الأربعاء، يأتي لمناقشة استعدادات إدارات التعليم والمدارس لانطلاقة الدراسة في موعدها المحدد.",
     "2015-07-21", "الاجتماع", "عزام الدخيل", "مديري", "p"},
    /* snn-010992: no subject after the verb: the one named before the noun holds it; the
     * party a title's words (وكلاء الوزارة) */
    {"أكد وزير التعليم الدكتور عزام بن محمد الدخيل، خلال اجتماع عقده مع وكلاء الوزارة ومديري العموم والمسؤولين في خدمة تواصل، بتخصيص أماكن للمستفيدين للتواصل معهم كل في اختصاصه.",
     "2015-07-26", "اجتماع", "الدخيل", "وكلاء الوزارة", "o"},
    /* snn-029445: مباحثات is one round of talks, planned by the present */
    {"وتأتي تصريحات الجبير عشية مباحثات يعقدها مع نظيره الروسي سيرغي لافروف في موسكو اليوم.",
     "2015-08-11", "مباحثات", "الجبير", "لافروف", "p"},
    /* snn-015845: attendance (لحضور) of a meeting: not the article's subject's */
    {"كما انتقد عدم دعوة حكومته لحضور الاجتماع الذي عقده أوباما بأديس أبابا وحضره رؤساء كينيا وأوغندا ورئيس الوزراء الإثيوبي ووزير الخارجية السوداني، الأسبوع الماضي.",
     "2015-08-01", "الاجتماع", NULL, "", ""},
    /* snn-008572: meetings that recur, told by a plural and the present */
    {"كانت معلومات قد تحدثت عن اجتماعات يعقدها ممثلون عن «حركة أحرار الشام» التي تسيطر على أحياء في الزبداني، الواقعة في ريف دمشق الغربي، مع أطراف دولية لإنجاز اتفاق يقضي بـ«خروج آمن» للمقاتلين المعارضين من الزبداني.",
     "2015-07-25", "اجتماعات", NULL, "", ""},
    /* snn-007457: a passive (عقد with no pronoun), no one named */
    {"وناقش الاجتماع الذي عقد في مقر المحافظة عدداً من الأمور المتعلقة بالمشاريع والنشاطات السياحية التي تشهدها المحافظة، إضافة إلى مناقشة الكثير من النقاط التي ستعمل على تطوير مشاريع السياحة والمواقع الأثرية في المحافظة.",
     "2015-07-24", "الاجتماع", NULL, "", ""},
    /* snn-027900 (its first two sentences): no subject after the verb, بمقر a place and no
     * party; the one named before the noun holds it */
    {"أكد مدير عام التعليم بمنطقة نجران ناصر بن سليمان المنيع أن الدراسة ستنطلق بشكلها النظامي في موعدها المقرر في جميع مدارس المنطقة ومحافظاتها , والمدارس الغير آمنة سيتم استخدام البدائل التقنية والإلكترونية فيها حرصا على سلامة منسوبي التعليم. \nوأبان المنيع خلال الاجتماع الذي عقده بمقر إدارة تعليم المنطقة اليوم, أن إدارة تعليم نجران ستبذل جميع السبل المتاحة التي تضمن سير العملية التعليمية وسلامة منسوبيها وتحقيق الهدف التعليمي وسط بيئة تعليمية آمنة.",
     "2015-08-10", "الاجتماع", "المنيع", "", "o"},
};

/* The meeting whose word is trigger in the last analysis of text, or NULL. */
static const rasd_event *meeting_at(const rasd_doc *d, const char *text, const char *trigger)
{
    size_t n;
    const rasd_event *ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(ev[i].type, "meet") == 0 &&
            ev[i].trigger_end - ev[i].trigger_start == strlen(trigger) &&
            memcmp(text + ev[i].trigger_start, trigger, strlen(trigger)) == 0)
            return &ev[i];
    return NULL;
}

int main(void)
{
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_engine *off = mode_engine(RASD_TRIGGERS_NONE);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        const rasd_event *ev;
        analyse(on, d, c[0], c[1]);
        ev = meeting_at(d, c[0], c[2]);
        if (!c[3]) {
            CHECKF(ev == NULL, "case %zu", i);
            continue;
        }
        CHECKF(ev != NULL, "case %zu", i);
        if (!ev)
            continue;
        CHECKF(ev->planned == (c[5][0] == 'p'), "case %zu", i);
        CHECKF(ev->nactors > 0 && strstr(ev->actor_name[0], c[3]) != NULL, "case %zu", i);
        if (c[4][0])
            CHECKF(ev->nactors > 1 && strstr(ev->actor_name[1], c[4]) != NULL, "case %zu", i);
        analyse(off, d, c[0], c[1]);
        CHECKF(meeting_at(d, c[0], c[2]) == NULL, "case %zu", i);   /* the rules alone: none */
    }
    rasd_doc_free(d);
    rasd_engine_close(off);
    rasd_engine_close(on);
    return check_done("test_events_meeting_held");
}
