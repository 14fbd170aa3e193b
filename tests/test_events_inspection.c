/* test_events_inspection.c — vis63 (docs/EVENTS.md "Issue 16: an inspection tour as a visit"):
 * تفقد X Y, an official inspecting a place, is a visit whose actor is the verb's subject
 * (data/events.tsv "visit 1 تفقد"; report_guards.c rg_inspection: the verb opens its clause and a
 * place noun of "aguard" inspect_place follows). Negatives: "loses" (أن تفقد، فقد تفقد … القدرة)
 * and inspections of what is no place (القوات، الأوضاع، استعدادات). Sentences of SaudiNewsNet
 * articles outside the recall set (the article each is from in the comment); the start build
 * (6154c7dd) finds none of the five visits. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* {text, published, the visit's actor holds this (NULL: no visit told by تفقد)} */
static const char *const cases[][3] = {
    /* snn-001879: a governor, then projects at a hospital (مشاريع … بمستشفى) */
    {"تفقد أمير منطقة جازان الأمير محمد بن ناصر بن عبد العزيز مشاريع ترميم وتطوير البني التحتية الجاري تنفيذها حاليا بمستشفى الملك فهد المركزي بالمنطقة.",
     "2015-07-21", "محمد بن ناصر"},
    /* snn-012151: a deputy minister, a complex (مجمع) */
    {"تفقد نائب وزير الصحة الاستاذ حمد بن محمد الضويلع مجمع الامل والصحة النفسية بالدمام.",
     "2015-07-27", "الضويلع"},
    /* snn-022145: a governor, a comma, then a border crossing (منفذ) */
    {"تفقد صاحب السمو الأمير جلوي بن عبدالعزيز بن مساعد أمير منطقة نجران، منفذ الوديعة واطلع على سير عمل المنفذ، مؤكداً في اجتماع مع الجهات العاملة في المنفذ أن خادم الحرمين حريص على راحة الشعب اليمني وسلامته.",
     "2015-08-06", "جلوي بن عبدالعزيز"},
    /* snn-024309: after a lead (إلى ذلك،), a blast site (موقع التفجير) */
    {"إلى ذلك، تفقد صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير موقع التفجير الغاشم.",
     "2015-08-07", "فيصل بن خالد"},
    /* snn-030691: with و, the mosque (المسجد) of the blast (unseen29 e5's story, other article) */
    {"وتفقد الأمير محمد بن نايف بن عبدالعزيز آل سعود المسجد الذي وقعت فيه الحادثة الإرهابية الخميس الماضي.",
     "2015-08-11", "محمد بن نايف"},
    /* snn-009474: forces (القوات) are no place: no visit */
    {"وتفقد كارتر القوات الأميركية التي تقدم المشورة والتدريب لقوات الأمن الكردية في المنطقة المعروفة باسم البشمركة.",
     "2015-07-25", NULL},
    /* snn-014975: "loses", after أن: no visit */
    {"وقد توقفت عند تعليق على الخبر من أحد القرَّاء، وقد ساءه أن تفقد الأم حياتها بسبب عدم قبول ابنتها؛ إذ علق بقوله: \"كان بالإمكان الحصول على مقعد ابتعاث لابنتك بهذا المعدل المشرف\".",
     "2015-07-31", NULL},
    /* snn-018211: the situation (الأوضاع) is no place: no visit */
    {"تفقد رئيس مجلس الوزراء نائب الرئيس اليمني الدكتور خالد بحاح الأوضاع في مدينة عدن تمهيداً لانتقال الحكومة اليمنية بشكل دائم إلى الأراضي اليمنية بعد الانتصارات الجبارة التي قادتها المقاومة الشعبية في اليمن.",
     "2015-08-03", NULL},
    /* snn-019508: preparations (استعدادات) are no place: no visit */
    {"تفقد مدير جامعة الباحة المكلف الدكتور عبدالله الزهراني، استعدادات قبول الطلاب والطالبات للعام الجامعي الجديد، وذلك خلال زيارته لعمادة القبول والتسجيل حيث أطمأن خلالها على إنسيابية إجراءات قبول المتقدمين «طلاب وطالبات»، وآلية الترشيح عبر الموقع الإلكتروني للجامعة ومواعيد الترشيح والقبول وتسليم المستندات واستلامها عبر البريد السعودي من خلال خدمة «جامعي»، التي تم توقيعها بين جامعة الباحة والبريد السعودي والتي تهدف إلى تسهيل الإجراءات على الطلاب والطالبات المتقدمين للالتحاق بالجامعة.",
     "2015-08-04", NULL},
    /* snn-026678: "may lose" (فقد تفقد القوات … القدرة): no visit */
    {"لكن إذا تخلت حكومة الإقليم عن التحالف فقد تفقد القوات الأمريكية القدرة على الوصول لمنشآت حيوية تتعلق بالعمليات والتخطيط وجمع المعلومات.",
     "2015-08-09", NULL},
};

/* The visit told by (و)تفقد in the last analysis of text, or NULL. */
static const rasd_event *inspection_at(const rasd_doc *d, const char *text)
{
    size_t n;
    const rasd_event *ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++) {
        const char *w = text + ev[i].trigger_start;
        size_t len = ev[i].trigger_end - ev[i].trigger_start;
        if (strcmp(ev[i].type, "visit") == 0 && len >= 8 &&
            memcmp(w + len - 8, "\xd8\xaa\xd9\x81\xd9\x82\xd8\xaf", 8) == 0)   /* تفقد */
            return &ev[i];
    }
    return NULL;
}

int main(void)
{
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_engine *off = mode_engine(RASD_TRIGGERS_NONE);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t m = 0; m < 2; m++)
        for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
            const char *const *c = cases[i];
            const rasd_event *ev;
            analyse(m ? off : on, d, c[0], c[1]);
            ev = inspection_at(d, c[0]);
            if (!c[2]) {
                CHECKF(ev == NULL, "mode %zu case %zu", m, i);
                continue;
            }
            CHECKF(ev != NULL, "mode %zu case %zu", m, i);
            if (!ev)
                continue;
            CHECKF(!ev->planned, "mode %zu case %zu", m, i);
            CHECKF(ev->nactors > 0 && strstr(ev->actor_name[0], c[2]) != NULL,
                   "mode %zu case %zu", m, i);
        }
    rasd_doc_free(d);
    rasd_engine_close(on);
    rasd_engine_close(off);
    return check_done("test_events_inspection");
}
