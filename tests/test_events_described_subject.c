/* test_events_described_subject.c — lay66 (docs/EVENTS.md "Issue 16: judge57's event forms
 * (branch lay66, stop 56)", item 1): a verb of what is said that the trigger layer reads
 * (ودعت، ودعا), first in its clause, takes the description right after it as its actor
 * (own_subject.c ev_layer_described_subject; groups.c's heads of data/events.tsv "group"),
 * where it had none or the discourse's; a body's bare head with the article (ودعت الجامعة)
 * refers back to the body named before, whose name it keeps. Sentences of SaudiNewsNet
 * articles outside bench/recall/drawn.txt: two of lay66's fresh rows (seed 6601), judge57's
 * 23, and snn-022606 for the bare head. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

/* {text, published, the appeal's trigger, the actor it must have} */
static const char *const described[][4] = {
    /* snn-001251: the resistance command's call (no actor before) */
    {"وأكد بيان المجلس أن ما يتم نشره حول ما يقال انها أعمال تصفية للأسرى «فبركات إعلامية من مطابخ معادية». ودعت قيادة المقاومة «جميع المقاومين وعموم المواطنين إلى الإبلاغ عن أي شخص يحاول الإساءة إلى سمعة المقاومة بالقول أو بالفعل»، مشددة على ضرورة التحلي بقيم الإسلام.",
     "2015-07-21 14:08:40", "ودعت", "قيادة المقاومة"},
    /* snn-005265: the unions' call, not the minister's who spoke before */
    {"من جهته، عبر نيكوس باراسكيفوبولوس وزير العدل عن شكوكه حول بعض مواد القانون بشأن الإجراءات المدنية مع إعلانه أنه سيصوت لمصلحته. وقال \"إن البلاد في حالة طوارئ وأنا أمام معضلة ولا أريد أن أسهم في تخلف محتمل عن السداد\". ودعت نقابة الموظفين ونقابة \"بامي\" القريبة من الحزب الشيوعي إلى تجمع احتجاجي بعد الظهر قرب البرلمان.",
     "2015-07-23 19:26:29", "ودعت", "نقابة الموظفين"},
    /* snn-019610 (judge57's 23): the GCC ministers' call */
    {"ودعا الوزراء مجدداً لعملية الانتقال السياسي للسلطة في سوريا، مؤكدين على أن نظام الأسد فقد شرعيته بالكامل, والحاجة لوجود حكومة سورية جديدة تلبي تطلعات الشعب السوري.",
     "2015-08-04 18:16:22", "ودعا", "الوزراء"},
    /* snn-022606: «الجامعة» refers back to «جامعة الدمام»: the name, not the bare head */
    {"أعلنت جامعة الدمام عن طرح 130 وظيفة إدارية وهندسية وحاسوبية شاغرة ترغب الجامعة في شغلها عن طريق المسابقة الوظيفية العامة للرجال والنساء السعوديين فقط .ودعت الجامعة للراغبين في شغل هذه الوظائف التقدم عليها من خلال موقع الجامعة الإلكتروني خلال أسبوع اعتباراً من يوم الأحد المقبل 24 شوال 1436هـ .",
     "2015-08-06 01:11:18", "ودعت", "جامعة الدمام"},
};

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t k = 0; k < sizeof described / sizeof *described; k++) {
        analyse(e, d, described[k][0], described[k][1]);
        const rasd_event *ev = event_at(d, described[k][0], "appeal", described[k][2]);
        CHECKF(ev != NULL, "case %zu: no appeal row at «%s»", k, described[k][2]);
        CHECKF(ev && ev->nactors > 0 && strcmp(ev->actor_name[0], described[k][3]) == 0,
               "case %zu: first actor «%s», want «%s»", k,
               ev && ev->nactors ? ev->actor_name[0] : "", described[k][3]);
    }
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_described_subject");
}
