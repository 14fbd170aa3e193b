/* test_events_violence.c — events28 (docs/EVENTS.md "Issue 16: attacks by their target"),
 * each by default and by the rules alone: a noun of force (هجوم، غارات، ضربة جوية، إطلاق النار)
 * with its target after على or ضد, or after a verb that says what it struck (استهدف), reports
 * an attack with its target as its actor (src/events/violence.c); an attack of words (a
 * person's, هجوم شخصي، الاعتداء المعنوي) reports none. Sentences of SaudiNewsNet articles
 * outside the recall set (the article each is from in the comment), from the corpus rows this
 * change adds or was checked against; main's build gives none of them. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* Whether the event's doer is a and its target b, both named (not target_only). */
static int doer_target(const rasd_event *ev, const char *a, const char *b)
{
    return ev->nactors == 2 && !ev->target_only && strcmp(ev->actor_name[0], a) == 0 &&
           strcmp(ev->actor_name[1], b) == 0;
}

/* Whether the event's first actor is named a and is its target, the doer unnamed
 * (target_only: the JSON's "target_only": true); "": any actor, or none. */
static int first_is(const rasd_event *ev, const char *a, const char *b)
{
    (void)b;
    return !*a || (ev->nactors > 0 && ev->target_only && strcmp(ev->actor_name[0], a) == 0);
}

int main(void)
{
    /* {text, published, type, first actor ("": any), by default, by the rules alone} */
    static const char *const cases[][6] = {
        /* snn-015124: a noun of force and its target after على, with a doer that is no name */
        {"وشن مسلحون أكراد هجوما على مركز شرطة جنوب تركيا أمس مما أسفر عن مقتل ضابطين.",
         "2015-08-01", "assault", "مركز شرطة", "0", "0"},
        /* snn-000227: the target after a verb that says what it struck (استهدف) */
        {"وفي تونس قتل 37 شخصا على الأقل في هجوم استهدف فندقين بمدينة سوسة.",
         "2015-07-21", "assault", "فندقين", "0", "0"},
        /* snn-019050: a count of air strikes and their target after ضد */
        {"قالت قوة المهام المشتركة التي تشن الحملة على تنظيم الدولة الإسلامية إن التحالف الذي تقوده الولايات المتحدة نفذ 29 ضربة جوية ضد التنظيم في العراق وسوريا أمس الأحد.",
         "2015-08-04", "fight", "", "1", "0"},   /* layer50: no longer target only, its doer
                                                   التحالف first (test_events_layer_sides) */
        /* snn-000016: a deed's noun with no verb of doing before it (إلى إطلاق النار على) */
        {"يسعى المحققون الأميركيون لتحديد السبب الذي دفع بالشاب الأردني الكويتي المولد محمد يوسف عبد العزيز (24 عاما) الذي كان يعيش في ولاية تينيسي، إلى إطلاق النار على مركزين عسكريين في مدينة تشاتانوغا التابعة للولاية، مساء أول من أمس، مما أدى إلى مقتل أربعة من المارينز وإصابة ثلاثة أشخاص، قبل أن يقتل هو بالرصاص.",
         "2015-07-21", "assault", "مركزين عسكريين", "0", "0"},
        /* snn-010640: an assault on worshippers, beside the rules' condemnation */
        {"أدانت مملكة البحرين بشدة قيام عشرات المستوطنين المتطرفين بمشاركة أحد الوزراء الإسرائيليين باقتحام المسجد الأقصى المبارك اليوم والاعتداء على المصلين، في ظل حماية رسمية من قوات الإحتلال .",
         "2015-07-26", "assault", "المصلين", "0", "0"},
        /* snn-026530: a time between the noun and its على (هجوما الجمعة على); since
           criticize52 the rules read وشن with its doer (المتمردون, test_events_criticize_called):
           no row of the target alone */
        {"وشن المتمردون هجوما الجمعة على معسكر كامب انتيغريتي الذي تتمركز فيه القوات الأميركية الخاصة بالقرب من كابل.",
         "2015-08-09", "fight", "معسكر كامب", "0", "0"},
        /* snn-015126: a person's attack on the authorities: of words, no attack */
        {"من جهته، شن ممثل المرجع الشيعي الأعلى آية الله علي السيستاني هجومًا على الجهات المسؤولة بسبب التقصير في حل أزمة الكهرباء.",
         "2015-08-01", "assault", "", "0", "0"},
        /* snn-012928: a personal attack (هجوم شخصي): of words */
        {"ويبقى على جمهور الهلال القيام بدوره أيضاً، وبأن يكون خير معينٍ لناديه في هذه المرحلة، من خلال محاولة الابتعاد عن كل ما من شأنه أن يعكر صفو الهلال ويفسد أجواءه الصحية، ولا بأس في طرح كل مايرى أنه في مصلحة الهلال وانتقاد مايرى أنه خطأ وقعت به إدارة الفريق أو مدربه أو أحد نجومه، على أن يمارس ذلك بشكل غير مستفز، وبدون أن يتحول الانتقاد إلى هجوم شخصي أو تأليب على إداري أو لاعب ما، حتى لايتحول الأمر من محاولة للنصح والتصحيح والإصلاح إلى منفذ ينفذ منه كارهي الهلال وخصومه لبث سمومهم وتعكير صفو السماء الهلالية الزرقاء!.",
         "2015-07-31", "assault", "", "0", "0"},
        /* snn-025703: a moral assault (الاعتداء المعنوي): of words */
        {"وأضاف أنه غالبا لن يمكن تفادي مثل هذه الإساءات من قبل المسيئين، فهو عالم افتراضي شبيه بعالمنا الواقعي ولكن يمكن أن يظهر فيه الشخص ما يخفيه في عالمه الحقيقي، ستواجه كثير وكثير من الشخصيات المتنوعة بطباعها وأفكارها، وحتى أخلاقياتها، الطريف أحيانا أنك قد تصادف حساب لصديق أو قريب لك وتتفاجأ بما تقرأ، سواء كانت مثالية لا تعرفها عنه، أو طباعاً تستغربها منه؛ لأنه قد يكون ظهر بشخصيته الحقيقية أو خلق لذاته شخصية أخرى لا يستطيع التعامل بها في عالمه الواقعي، وبرأيي الخاص أن صلب المشكلة هو الخلط الحاصل بين حرية التعبير عن آرائك الشخصية، وبين الاعتداء المعنوي والإساءة اللفظية على الآخرين، عندما يستطيع الشخص تمييز ذلك والاقتناع والعمل به سيكون بالتأكيد عضواً فاعلاً في هذه الشبكات ومجتمعها الافتراضي.",
         "2015-08-08", "assault", "", "0", "0"},
    };
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT), *none = mode_engine(RASD_TRIGGERS_NONE);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        check_counts(on, none, d, c[0], c[1], c[2], first_is, c[3], "", c[4][0] == '1',
                     c[5][0] == '1');
    }
    rasd_doc_free(d);
    rasd_engine_close(on);
    rasd_engine_close(none);
    /* snn-014092: air strikes and their target after على; since trig44 (deed_doers.c) the
     * subject of نفذ is the doer, before the target */
    static const char *const doers[][7] = {
        {"نفذ الائتلاف الدولي بقيادة اميركية الجمعة غارات جوية على جسرين استراتيجيين في محافظة دير الزور في شرق سوريا يقعان على طريقين رئيسيين يستخدمهما داعش بين سوريا والعراق، بحسب ما ذكر المرصد السوري لحقوق الانسان.",
         "2015-07-31", "fight", "الائتلاف الدولي", "جسرين استراتيجيين", "1", "0"},
    };
    check_two_modes(doers, sizeof doers / sizeof *doers, doer_target);
    return check_done("test_events_violence");
}
