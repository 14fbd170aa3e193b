/* test_events_criticize_called.c — criticize52 (docs/EVENTS.md "Issue 16: criticisms, accusations
 * and threats the rules miss"): a verb of describing, its named subject, the matter and a word
 * of condemnation after the word with ب is a criticism by the subject (criticize_called.c; aguard
 * describe_past, pejorative); وشن, the deed's verb with its و, is read as شن (data/events.tsv).
 * Negatives: the name right before بأنه (the party described, the subject a pronoun), a word
 * that only describes (الكارثية). Sentences of SaudiNewsNet articles outside the recall set
 * (bench/recall/drawn.txt). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

/* {text, published, kind, the event's word, its first actor, its second actor or ""} */
typedef const char *const crit_case[6];

static void test_found(const rasd_engine *e, rasd_doc *d)
{
    static crit_case cases[] = {
        /* snn-025055: the deed condemned names nobody: the subject's alone */
        {"ووصف رئيس الوزراء الإسرائيلي بنيامين نتنياهو الهجوم بأنه عمل إرهابي.",
         "2015-08-08 14:46:36", "criticize", "ووصف", "بنيامين نتنياهو", ""},
        /* snn-008980: the party described named right after the subject (the sentence
           before names him in full) */
        {"نوري المالكي أحد الشخصيات التي اشتهرت بالفساد والترويج للعنف الطائفي وهو من القيادات العراقية التي فشلت في إدارة العراق. "
         "مؤخراً وصف المالكي المملكة العربية السعودية بأنها منطلق الإرهاب وجذر التطرف والتكفير وطالب بوضعها تحت الوصاية الدولية وعلل ذلك بعدم قدرتها على ضبط ما سماه التوجه التكفيري!!.",
         "2015-07-25 01:50:58", "criticize", "وصف", "نوري المالكي", "السعودية"},
        /* snn-027593: the word of condemnation with ب; the place in the subject's title is
           no party */
        {"ووصف العقيد الدكتور شائع بن سعد القحطاني مدير السجون بمنطقة جازان الحادث الإجرامي بالجبان، وقال: ذلك يزيدنا حبا وولاء وفداء لهذا الوطن.",
         "2015-08-09 17:47:15", "criticize", "ووصف", "شائع بن سعد القحطاني", ""},
        /* snn-014854: a law called a failure */
        {"ووصف مميش قانون الاستثمار القديم بالعقيم والفاشل، وساهم في عزوف رجال الأعمال عن إقامة المشروعات.",
         "2015-07-31 12:23:02", "criticize", "ووصف", "مميش", ""},
        /* snn-013472: وشن, a person's attack in words */
        {"وشن مارادونا هجوما على \"فيفا\" ورئيسه السويسري سيب بلاتر الذي أعلن أنه سيستقيل تحت وطأة فضيحة الفساد.",
         "2015-07-31 04:26:54", "criticize", "وشن", "مارادونا", "فيفا"},
        /* snn-011087: وشن, air strikes */
        {"وشن طيران التحالف غارات على مواقع ميليشيات الحوثي بمنطقة حوث في محافظة عمران.",
         "2015-07-26 16:52:00", "fight", "وشن", "طيران التحالف", "ميليشيات الحوثي"},
                               /* the struck side since fix60 (struck_side.c) */
        /* snn-026530: وشن, an attack on a camp (a fight: its target a force's post), its doer
           named, not the target alone (test_events_violence) */
        {"وشن المتمردون هجوما الجمعة على معسكر كامب انتيغريتي الذي تتمركز فيه القوات الأميركية الخاصة بالقرب من كابل.",
         "2015-08-09 17:22:47", "fight", "وشن", "المتمردون", ""},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        const rasd_event *ev;
        analyse(e, d, cases[k][0], cases[k][1]);
        ev = event_at(d, cases[k][0], cases[k][2], cases[k][3]);
        CHECKF(ev != NULL, "%s: no %s at «%s»", cases[k][0], cases[k][2], cases[k][3]);
        if (!ev)
            continue;
        CHECKF(ev->nactors > 0 && strstr(ev->actor_name[0], cases[k][4]) != NULL,
               "%s: first actor «%s», want «%s»", cases[k][0],
               ev->nactors ? ev->actor_name[0] : "", cases[k][4]);
        CHECKF(*cases[k][5] ? ev->nactors == 2 && strstr(ev->actor_name[1], cases[k][5]) != NULL
                            : ev->nactors == 1,
               "%s: %zu actors, second «%s», want «%s»", cases[k][0], ev->nactors,
               ev->nactors > 1 ? ev->actor_name[1] : "", cases[k][5]);
    }
}

/* Negatives: no criticism at the verb of describing. */
static void test_none(const rasd_engine *e, rasd_doc *d)
{
    static const char *const cases[][3] = {
        /* snn-010010: the name right before بأنه is the party described */
        {"رحب البيت الأبيض اليوم الأحد بتزايد تركيز وجهود تركيا للتصدي لتنظيم الدولة الإسلامية ووصف حزب العمال الكردستاني بأنه منظمة “إرهابية”.",
         "2015-07-26 17:11:57", "ووصف"},
        /* snn-008318: a plight described, no condemnation */
        {"ووصف الوزير الميتمي الأوضاع الإنسانية في عدن بـ «الكارثية» فقد انعدم وجود البنى التحتية التي دمرها الحوثيون، فلا ماء ولا دواء ولا كهرباء.",
         "2015-07-24 05:50:46", "ووصف"},
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
    return check_done("test_events_criticize_called");
}
