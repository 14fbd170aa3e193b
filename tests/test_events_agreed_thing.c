/* test_events_agreed_thing.c — fix63 (docs/EVENTS.md "Issue 16: judge56's event forms (branch
 * fix63, stop 55)", item 1): a passive told with a verbal noun after a relative pronoun (التي
 * تم الاتفاق عليها، ما تم الاتفاق عليه; data/events.tsv "aguard passive_verb") is a thing agreed
 * before: the trigger layer gives it no subject from the discourse (triggers.c agreed_thing),
 * where it took the first name before it in its sentence. Sentences of SaudiNewsNet articles
 * outside bench/recall/drawn.txt: two rows of fix63's fresh check (seed 6301) and judge56's 38;
 * the passive on its own («كما تم الاتفاق على») keeps the discourse's subject, a party of the
 * talks told before it (snn-025775). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

/* {text, published, a name the agree row at «تم الاتفاق» must not have as actor} */
static const char *const agreed[][3] = {
    /* snn-007100: reforms agreed in Iraq, not by al-Assad, named before */
    {"وأشار الجبير خلال المؤتمر الصحافي الذي عقده أمس مع نظيره المصري بمقر فرع وزارة الخارجية بجدة، إلى أنه بحث خلال لقائه بوزير الخارجية المصري تمتين العلاقات الثنائية بين البلدين، كما بحث أيضا الشأن السوري وإيجاد حل مبني على جنيف واحد المتضمن انتقال السلطة برحيل الأسد، وتناول اللقاء موضوع العراق وبحث الإصلاحات التي تم الاتفاق عليها في صيف العام الماضي في الحفاظ على وحدة العراق وضمان حقوق المكونات العراقية.",
     "2015-07-24 08:50:51", "الأسد"},
    /* snn-017023: laws agreed; «الحرس الوطني» is one law's name */
    {"وقالت في بيان صحافي صباح أمس السبت زودت ال\"الرياض\" بنسخة منه: هناك مجموعة من القوانين وصلت إلى البرلمان العراقي من ضمنها قانون الحرس الوطني، وقانون المحكمة الاتحادية، وقانون حظر حزب البعث، وقانون المساءلة والعدالة، وقانون تعويض ضحايا العدالة، وقانون تفويض السلطات، وحزمة أخرى من القوانين التي تم الاتفاق عليها ضمن وثيقة الاتفاق السياسي.",
     "2015-08-02 23:19:08", "الحرس"},
    /* snn-013149 (judge56's 38): the international settlement on Syria, not ISIS's */
    {"هم فوق أرضهم ولم يستسلموا لـ«داعش»، والأفضل أن تتابع تركيا التسوية الدولية التي تم الاتفاق عليها حول سوريا، وتساهم في تطبيقها، كي لا تتطور الأحداث بشكل أخطر وتصبح المطالبة بسوريا من دون الأسد، وبتركيا من دون إردوغان.",
     "2015-07-31 04:30:35", "الدولة الإسلامية"},
};

/* snn-025775: «كما تم الاتفاق على» after «الرئيس السيسي التقى»: the meeting's party */
static const char told[] =
    "وأشار السفير علاء يوسف إلى أن الرئيس السيسي التقى كذلك مع رئيس وزراء اليونان اليكسس تسيبراس، حيث تم التباحث في سبل تطوير العلاقات والتعاون بين البلدين سواء على المستوى الثنائي أو المتوسطي، كما تم الاتفاق على زيادة مشاركة الشركات اليونانية في المشروعات الكبرى التي تدشنها وتنفذها مصر في مرحلة البناء الراهنة بما يدعم التعاون الاقتصادي والاستثماري بين البلدين.";

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    const rasd_event *ev;
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t k = 0; k < sizeof agreed / sizeof *agreed; k++) {
        analyse(e, d, agreed[k][0], agreed[k][1]);
        ev = event_at(d, agreed[k][0], "agree", "تم الاتفاق");
        CHECKF(ev != NULL, "case %zu: no agree row at «تم الاتفاق»", k);
        for (size_t a = 0; ev && a < ev->nactors; a++)
            CHECKF(strstr(ev->actor_name[a], agreed[k][2]) == NULL,
                   "case %zu: a thing agreed given «%s»", k, ev->actor_name[a]);
    }
    analyse(e, d, told, "2015-08-08 06:22:43");
    ev = event_at(d, told, "agree", "تم الاتفاق");
    CHECKF(ev && ev->nactors > 0 && strstr(ev->actor_name[0], "السيسي") != NULL,
           "«كما تم الاتفاق» after Sisi's meeting: first actor «%s»",
           ev && ev->nactors ? ev->actor_name[0] : "");
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_agreed_thing");
}
