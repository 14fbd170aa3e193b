/* test_events_meet51.c — meet51 (docs/EVENTS.md "Issue 16: calls, meetings and visits told
 * with the subject between (branch meet51, stop 43)"): a support verb whose subject, a person
 * named, stands between it and the call, meeting or visit it tells (أجرى X اتصالا هاتفيا بـY،
 * تلقى X اتصالا هاتفيا من Y، يعقد X، الاثنين، أيضا اجتماعا ثلاثيا مع Y، قام X بزيارة مفاجئة
 * لبغداد), src/events/meet51.c. Negatives: a newspaper's call (an interview, no person as
 * subject), a visit whose object names no place. Sentences of SaudiNewsNet articles outside
 * bench/recall/drawn.txt (the article each is from in the comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* {text, published, type, the trigger's first word, first actor's name holds this (NULL: no
 * event of the type at that word), second actor's name holds this ("" none needed), place
 * holds this ("" none needed), "p" planned or "o" occurred} */
static const char *const cases[][8] = {
    /* snn-015336: a call received, the party after من past a date */
    {"تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، اتصالا هاتفيا أمس من الرئيس فرانسوا هولاند رئيس فرنسا، جدد خلاله ترحيبه بخادم الحرمين الشريفين خلال زيارته الخاصة لفرنسا.",
     "2015-08-01", "meet", "اتصالا", "سلمان", "هولاند", "", "o"},
    /* snn-015154: a call made, the party with ب past a date and a comma */
    {"أجرى خادم الحرمين الشريفين الملك سلمان بن عبد العزيز اتصالاً هاتفيًا أمس، بالرئيس المصري عبد الفتاح السيسي أكدا خلاله أهمية «إعلان القاهرة» وما يحمله من مضامين عليا ومهمة للأمتين الإسلامية والعربية، مشددين على أن العلاقة بين البلدين استراتيجية وتكاملية.",
     "2015-08-01", "meet", "اتصالا", "سلمان", "السيسي", "", "o"},
    /* snn-018539: a meeting planned by يعقد, a date and أيضا between, an adjective before مع */
    {"ومن المقرر أن يعقد كيري، الاثنين، أيضا اجتماعا ثلاثيا مع وزير الخارجية السعودي عادل الجبير والروسي سيرجي لافروف، وفق ما أعلنته وزارة الخارجية الروسية.",
     "2015-08-03", "meet", "اجتماعا", "كيري", "الجبير", "", "p"},
    /* snn-008114: a visit, a feminine adjective before the place */
    {"وقام وزير الدفاع الأمريكي أشتون كارتر بزيارة مفاجئة لبغداد امس ليتعرف بنفسه على تفاصيل الحملة على تنظيم داعش.",
     "2015-07-24", "visit", "بزيارة", "كارتر", "", "بغداد", "o"},
    /* snn-030725: a visit planned by يقوم, a date between the visitor and the noun */
    {"يقوم وزير الخارجية عادل الجبير اليوم بزيارة لموسكو يجري خلالها مباحثات مع الرئيس الروسي فلاديمير بوتين لمناقشة سبل التحرك السعودي الروسي لإيجاد حلول لأزمات المنطقة وخاصة الأزمة السورية في ضوء المتغيرات التي تشهدها الساحة السورية وقرب زيارة وفد الائتلاف السوري إلى موسكو بناء على دعوة رسمية روسية.",
     "2015-08-11", "visit", "بزيارة", "الجبير", "", "موسكو", "p"},
    /* snn-007608: a newspaper's call to an official: an interview, no meeting */
    {"أجرت «المدينة» اتصالا هاتفيا بنائب مدير مستشفى الدوادمي العام مرزرق العتيبي الذي أكد حدوث التبديل وقال إنه وصل إلى المستشفى حادثين مروريين منفصلين بينهما 3 ساعات فقط.",
     "2015-07-24", "meet", "اتصالا", NULL, "", "", ""},
    /* snn-003919: a visit to a person at home, no place named after the noun */
    {"قام محافظ شقراء بزيارة سلام ومعايدة للشيخ محمد العبدالله المانع مدير تعليم الوشم السابق في منزله بحضور جمع من المواطنين ومحافظ حريملاء سابقاً عبدالله القاسم ومدير التعليم السابق رئيس الجمعية الخيرية لتحفيظ القرآن الكريم عبدالرحمن بن عبدالعزيز العيد.",
     "2015-07-22", "visit", "بزيارة", NULL, "", "", ""},
};

/* The event of type whose trigger starts with word in the last analysis of text, or NULL. */
static const rasd_event *told_event(const rasd_doc *d, const char *text, const char *type,
                                  const char *word)
{
    size_t n;
    const rasd_event *ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(ev[i].type, type) == 0 && ev[i].trigger_end > ev[i].trigger_start &&
            strncmp(text + ev[i].trigger_start, word, strlen(word)) == 0)
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
        ev = told_event(d, c[0], c[2], c[3]);
        if (!c[4]) {
            CHECKF(ev == NULL, "case %zu", i);
            continue;
        }
        CHECKF(ev != NULL, "case %zu", i);
        if (!ev)
            continue;
        CHECKF(ev->planned == (c[7][0] == 'p'), "case %zu", i);
        CHECKF(ev->nactors > 0 && strstr(ev->actor_name[0], c[4]) != NULL, "case %zu", i);
        if (c[5][0])
            CHECKF(ev->nactors > 1 && strstr(ev->actor_name[1], c[5]) != NULL, "case %zu", i);
        if (c[6][0])
            CHECKF(ev->place_name && strstr(ev->place_name, c[6]) != NULL, "case %zu", i);
        analyse(off, d, c[0], c[1]);
        CHECKF(told_event(d, c[0], c[2], c[3]) == NULL, "case %zu", i);   /* the rules alone */
    }
    rasd_doc_free(d);
    rasd_engine_close(off);
    rasd_engine_close(on);
    return check_done("test_events_meet51");
}
