/* test_events_occurred_nouns.c — support47 (docs/EVENTS.md "Issue 16: event nouns after a support
 * verb"): a noun of fighting, meeting or blame exchanged carried by a verb of occurring
 * (اندلعت، دارت، جرت، وقعت) right before or after it, its sides after بين joined by و,
 * src/events/occurred_nouns.c. Negatives: one side only (بين الطرفين), a fight the rules read
 * already (no second event). Sentences of SaudiNewsNet articles outside the recall set (the
 * article each is from in the comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* {text, published, type, trigger word ("*": the one event of type, whatever its word), first
 * actor's name holds this (NULL: no event of type with that word), second actor's name holds
 * this ("" none needed)} */
static const char *const cases[][6] = {
    /* snn-005755: a verb of occurring before its noun, sides a group of people by side_head's head and a force */
    {"وأضاف المصدر أن الجيش الإسرائيلي اقتحم عدة منازل في القرية من أجل إجراء اعتقالات، وبعدها اندلعت مواجهات بين شبان فلسطينيين وقوات الجيش مما أدى إلى إصابة علاونة في صدره، حيث نقل الشاب بعدها إلى مستشفى في مدينة جنين ولكنه توفي متأثرا بإصابته، بحسب مصدر طبي.",
     "2015-07-23", "fight", "مواجهات", "شبان فلسطينيين", "قوات الجيش"},
    /* snn-028700: adjective and a date between the noun and بين (read by the rules since
       fight53, as «اندلعت مواجهات»: the same row) */
    {"ففي محافظة أرحب الواقعة شمال العاصمة، اندلعت مواجهات عنيفة صباح أمس بين مقاتلي القبائل وميليشيات الانقلابيين.",
     "2015-08-10", "fight", "*", "مقاتلي القبائل", "ميليشيات"},
    /* snn-018630: وقعت after قد; sides a people and a force */
    {"وقد وقعت مواجهات بين الفلسطينيين وقوات الاحتلال في الضفة، خلال اليومين الماضيين، أسفرت عن استشهاد الفتى ليث الخالدي عند حاجز عطارة قرب بير زيت، والفتى محمد المصري خلال مظاهرة بالقرب من الحدود مع قطاع غزة.",
     "2015-08-03", "fight", "مواجهات", "الفلسطينيين", "قوات الاحتلال"},
    /* snn-008585: the noun before its verb (مواجهات اندلعت بين); three sides */
    {"من جهة ثانية، أكدت مصادر محلية لـ«الشرق الأوسط» أن «مواجهات اندلعت بين مسلحي المقاومة الشعبية والمسلحين الحوثيين وأنصار صالح، في مأرب الواقعة وسط البلاد، وتحديدا في الجبهة الجنوبية الغربية بالجفينة.",
     "2015-07-25", "fight", "مواجهات", "مسلحي المقاومة", "المسلحين الحوثيين"},
    /* snn-010793: a comma before the second side's و */
    {"تأتي هذه الحوادث وسط موجة عنف شهدتها البلاد على مدار اقل من اسبوع حيث قتل 32 شخصًا واصيب قرابة 104 آخرين بجروح يوم الاثنين الماضي جراء تفجير انتحاري وقع في حديقة مركز ثقافي بمدينة \"سوروج\" التابعة لولاية شانلي أورفة جنوب شرقي تركيا، ومقتل جندي تركي وإصابة آخرين بجروح، في اشتباكات وقعت بين القوات الأمنية التركية، وعناصر منظمة \"بي كيه كيه \"، في ولاية \"أديامان\"، جنوب شرقي تركيا ومقتل ضابط واصابة جنديين في هجوم لداعش عبر الحدود مع سورية الخميس.",
     "2015-07-26", "fight", "اشتباكات", "القوات الأمنية التركية", "منظمة"},
    /* snn-021804: a meeting: الاجتماع دار ما بين، a title as a side */
    {"وأوضحت المصادر أن الاجتماع دار ما بين وزير الاسكان ومسؤولي هيئة المهندسين، حول طرح العديد من المواضيع والأفكار المتعلقة بالقطاع الهندسي بالمملكة، والتي من شأنها أن تساهم بدعم الوزارة في تحقيق أهدافها، في حين أبدت الهيئة استعدادها التام للتعاون المشترك مع الوزارة من خلال تقديم العديد من الافكار والآراء، إضافة الى تأهيل العديد من الكفاءات الهندسية الوطنية.",
     "2015-08-06", "meet", "الاجتماع", "وزير الاسكان", "مسؤولي هيئة المهندسين"},
    /* snn-015113: a meeting: words between the verb and بين */
    {"وقال ليون للتلفزيون الحكومي الجزائري بأن المشاورات جرت بشكل ثنائي بين الأمم المتحدة وممثلي المؤتمر العام، ثم بمشاركة وزير خارجية إيطاليا باولو جنتلوني، وعبد القادر مساهل الوزير الجزائري للشؤون المغاربية والأفريقية.",
     "2015-08-01", "meet", "المشاورات", "الأمم المتحدة", "ممثلي المؤتمر"},
    /* snn-017287: negative: one side only (بين الطرفين) */
    {"وأضاف إن سماعات المساجد بثت نداء استغاثة لأهالي البلدة، وهرع المواطنون ولجان الحماية الشعبية للتصدي للمستوطنين، ودارت مواجهات بين الطرفين.",
     "2015-08-02", "fight", "مواجهات", NULL, ""},
    /* snn-018753: negative: the rules read the fight already, no second event */
    {"اندلعت اشتباكات بين قوات المعارضة السورية وقوات النظام في قريتي تل أعور والفريكة جنوب مدينة جسر الشغور في ريف إدلب الغربي، أسفرت عن سيطرة قوات الأسد على القريتين، بعد مقتل 30 عنصراً، منها بحسب وكالة مسار برس.",
     "2015-08-03", "fight", "*", "قوات المعارضة", "قوات النظام"},
};

int main(void)
{
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_engine *off = mode_engine(RASD_TRIGGERS_NONE);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        analyse(on, d, c[0], c[1]);
        const rasd_event *ev = event_at(d, c[0], c[2], c[3]);
        if (!c[4]) {
            CHECK(ev == NULL);
            continue;
        }
        CHECK(ev != NULL);
        if (!ev)
            continue;
        CHECK(!ev->planned && ev->nactors >= 2);
        CHECK(ev->nactors > 0 && strstr(ev->actor_name[0], c[4]) != NULL);
        if (c[5][0])
            CHECK(ev->nactors > 1 && strstr(ev->actor_name[1], c[5]) != NULL);
        if (strcmp(c[3], "*") == 0)
            continue;
        analyse(off, d, c[0], c[1]);
        CHECK(event_at(d, c[0], c[2], c[3]) == NULL);   /* the rules alone read none */
    }
    rasd_doc_free(d);
    rasd_engine_close(off);
    rasd_engine_close(on);
    return check_done("test_events_occurred_nouns");
}
