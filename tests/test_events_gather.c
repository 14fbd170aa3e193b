/* test_events_gather.c — events34 (docs/EVENTS.md "Issue 16: meetings named by a noun, with
 * their parties"): a meeting's noun whose parties all follow بين with adjectives between and
 * three coordinated parties; a group's meeting named by the noun's genitive; بحث/ناقش with
 * مع after the subject; a meeting's place said right after its last party (src/events/
 * encounter.c); and the forms left: meetings in the plural (اجتماعات الاسر), the public as a
 * group (اجتماع اهالي القرى). Sentences of SaudiNewsNet articles outside the recall set (the
 * article each is from in the comment), from the corpus rows of the development samples. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* Whether every actor of the event holds one of a's '|'-separated names, in order (a
 * description when the name starts with '~'), with as many actors; and its place holds b
 * ("-": no place; NULL: any), its status planned when b starts with '!' (then the place). */
static int fits(const rasd_event *ev, const char *a, const char *b)
{
    char buf[512], *save = NULL;
    size_t k = 0;
    strncpy(buf, a, sizeof buf - 1);
    buf[sizeof buf - 1] = 0;
    for (char *w = strtok_r(buf, "|", &save); w; w = strtok_r(NULL, "|", &save), k++) {
        int desc = w[0] == '~';
        if (k >= ev->nactors || !strstr(ev->actor_name[k], w + desc) ||
            (desc && ev->actor_id[k] != NULL))
            return 0;
    }
    if (k != ev->nactors)
        return 0;
    if (b && b[0] == '!') {
        if (!ev->planned)
            return 0;
        b++;
    } else if (b && ev->planned)
        return 0;
    if (!b || !*b)
        return 1;
    return strcmp(b, "-") == 0 ? ev->place_name == NULL
                               : ev->place_name && strstr(ev->place_name, b);
}

int main(void)
{
    /* {text, published, actors, place (! planned), by default, by the rules alone} */
    static const char *const cases[][6] = {
        /* snn-017748: an adjective before بين, three parties, the third after a comma */
        {"ومن المرتقب أن تشهد الدوحة اليوم أيضًا اجتماعًا ثلاثيًا بين كيري ونظيره الروسي سيرغي لافروف، ووزير الخارجية السعودي عادل الجبير.",
         "2015-08-03", "كيري|لافروف|الجبير", "!", "1", "0"},
        /* snn-015949: the noun in a headline, its place after the last party */
        {"رابط الخبر بصحيفة الوئام: لقاء ثلاثي بين لافروف وكيري والجبير في قطر",
         "2015-08-01", "لافروف|كيري|الجبير", "قطر", "1", "0"},
        /* snn-000288: a definite noun with its adjective, the object of a verb */
        {"ويهاجم جيب بوش بانتقادات لاذعة الاجتماعات الحالية بين وزير الخارجية الأميركي جون كيري ونظيره الإيراني محمد جواد ظريف، وسماح الجانب الأميركي لطهران بالحفاظ على بنية تحتية نووية تسمح لها بالتلويح والتهديد بتصنيع أسلحة نووية وتخويف دول منطقة الشرق الأوسط.",
         "2015-07-21", "كيري|ظريف", "", "1", "0"},
        /* snn-026516: المرتقبة: planned */
        {"وأصدرت وزارة الخارجية الروسية أمس بيانا تفصيليا عن المباحثات المرتقبة بين سيرغي لافروف وعادل الجبير.",
         "2015-08-08", "لافروف|الجبير", "!", "1", "0"},
        /* snn-018545: a group's meeting named by the noun's genitive, planned */
        {"قال الاتحاد الكويتي أن الشيخ طلال الفهد رئيس الاتحاد اتفق بعد اجتماع أمناء سر الاتحادات الخليجية على تأجيل انطلاق خليجي 23 وأن القرار الرسمي سيصدر في ديسمبر باجتماع رؤساء الاتحادات الخليجية.",
         "2015-08-04", "~رؤساء الاتحادات الخليجية", "!", "1", "0"},
        /* snn-000113: a group's meeting, a name its genitive, the place after it */
        {"وفي رسالة تستهدف بشكل رئيسي الأصوات المتشككة في الكونغرس الأميركي والمقاومة القوية من إسرائيل شدد اجتماع وزراء خارجية الاتحاد الأوروبي في بروكسل على أنه لا يوجد حل أفضل آخر متاح.",
         "2015-07-21", "~وزراء خارجية", "بروكسل", "1", "0"},
        /* snn-026222: بحث with the party after مع, the subject and a date between */
        {"من جهة ثانية بحث الوزير الجبير أمس مع وزير الخارجية الإيطالي باولو جينتيلوني في العاصمة الإيطالية روما القضية الفلسطينية، والظروف التي تمر بها عملية السلام، وكيفية إيجاد مخرج لهذه الأزمة بناء على حل الدولتين وفقا لمبادرة السلام العربية.",
         "2015-08-07", "الجبير|جينتيلوني", "", "1", "0"},
        /* snn-027499: the place right after the party, past the rules' reach */
        {"إلى ذلك، يلتقي رئيس الائتلاف السوري الدكتور خالد خوجة وزير الخارجية الروسي سيرجي لافروف في موسكو في 12 الشهر الجاري في إطار دعوة روسية للائتلاف لبحث الأزمة السورية، يأتي ذلك في الوقت الذي أشارت فيه مصادر «عكاظ» في رئاسة الائتلاف إلى أن الموقف الروسي بدى أقل صلابة لجهة التمسك بالأسد.",
         "2015-08-03", "خوجة|لافروف", "موسكو", "1", "0"},
        /* snn-005628: meetings in the plural recur: none */
        {"تسجل أسعار الاستراحات زيادةً كبيرة خلال إجازة الصيف من كل عام، خصوصا خلال شهر شوال الذي يشهد اجتماعات الاسر خلال العيد والكثير من مناسبات الزواجات وغيرها من مناسبات اجتماعية.",
         "2015-07-22", "", NULL, "0", "0"},
        /* snn-001221: the people of the villages are the public: none */
        {"ولا تجد من اهالي القرى الا الاجتهاد في انجاز كل ما نيط لهم بعد اجتماع اهالي القرى وتوزيع المهام فيما بينهم للتجهيز للاستقبال العيد بأبهى الحلل.",
         "2015-07-21", "", NULL, "0", "0"},
    };
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT), *none = mode_engine(RASD_TRIGGERS_NONE);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        int any = !*c[2];
        check_counts(on, none, d, c[0], c[1], "meet", any ? first_actor_is : fits, c[2], c[3],
                     (size_t)(c[4][0] - '0'), (size_t)(c[5][0] - '0'));
    }
    rasd_doc_free(d);
    rasd_engine_close(on);
    rasd_engine_close(none);
    return check_done("test_events_gather");
}
