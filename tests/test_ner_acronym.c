/* test_ner_acronym.c — acr64 (docs/STORIES.md "Issue 13: one acronym, one entity"): a name
 * spelt as Latin letters' names is one entity however its letters are joined (dots, dots and
 * spaces, spaces; with a head word such as بنك or شبكة before it), and two acronyms stay two
 * (the sentences of a dot-and-space chain: test_sentences_spelt_names.c). Sentences of SaudiNewsNet
 * articles outside the recall set (the article each is from in the comment); before, each
 * spelling was its own id and «إتش. إس. بي. سي» four sentences. */
#include "check.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

typedef struct {
    const char *text, *form;   /* a sentence and the acronym as written in it */
    char group;                /* one letter per acronym: one id within a group, apart across */
} acr;

static const acr cases[] = {
    /* HSBC: spaced dots, spaces after بنك, dots */
    {"وارتفع سهم إتش. إس. بي. سي 1.5 في المائة بعد أن أعلن البنك ارتفاع أرباحه في النصف الأول من العام وبيع وحدته في البرازيل لـ\"بانكو براديسكو\" مقابل 5.2 مليار دولار.",
     "إتش. إس. بي. سي", 'H'},                                           /* snn-019289 */
    {"يقول هيرالد فان ديرليند، رئيس استراتيجية الأسهم لمنطقة آسيا والمحيط الهادئ في بنك إتش إس بي سي، \"تملك الأسر سيطرة لا تتناسب مع حجم أو كمية الأسهم التي يمتلكونها.",
     "إتش إس بي سي", 'H'},                                              /* snn-003152 */
    /* BBC: dots in brackets, spaced dots in quotes, spaces in guillemets */
    {"كما أفاد فالون لهيئة الاذاعة البريطانية (بي.بي.سي)، أن أسراب طائرات التورنادو أثبتت جدارتها.",
     "بي.بي.سي", 'B'},                                                  /* snn-020595 */
    {"وذكرت هيئة الإذاعة البريطانية \"بي. بي. سي\" أنه لا يزال نحو عشرة آلاف مهاجر يحصلون على مساعدات حكومية.",
     "بي. بي. سي", 'B'},                                                /* snn-019272 */
    {"وفي إنجلترا ذكرت شبكة «بي بي سي» ووسائل إعلام بريطانية أخرى أمس، أن نادي ليفربول توصل إلى اتفاق نهائي مع مواطنه أستون فيلا.",
     "بي بي سي", 'B'},                                                  /* snn-000202 */
    /* CNN and NBC: two networks, two ids (the dotted CNN, «(سي.إن.إن)» of snn-020819 and
     * four more, is tagged «سي.» alone: the recogniser's span, which the key cannot mend) */
    {"وظهر على قناة «سي إن إن» أيضا بنيامين نتنياهو، رئيس وزراء إسرائيل، وكرر قوله بأن الاتفاق «خطأ تاريخي».",
     "سي إن إن", 'C'},                                                  /* snn-000097 */
    {"وقال كاميرون لشبكة (إن.بي.سي) الأمريكية \"أود أن تبذل بريطانيا المزيد.",
     "إن.بي.سي", 'N'},                                                  /* snn-003961 */
    {"إلى ذلك، شن السيناتور توم كوتون (جمهوري)، في مقابلة مع تلفزيون «إن بي سي» هجوما عنيفا على قرار الرئيس أوباما.",
     "إن بي سي", 'N'},                                                  /* snn-000097 */
};

/* The id of the mention that covers form in text, written to id (17 bytes); 0 when none. */
static int id_of(const rasd_engine *e, rasd_doc *d, const char *text, const char *form,
                 char id[17])
{
    const char *at = strstr(text, form);
    size_t n, a, b;
    if (!at || rasd_analyze(e, d, text, strlen(text)) != RASD_OK || rasd_recognize(e, d) != RASD_OK)
        return 0;
    a = (size_t)(at - text), b = a + strlen(form);
    const rasd_entity *m = rasd_doc_entities(d, &n);
    for (size_t i = 0; i < n; i++)
        if (m[i].start <= a && m[i].end >= b && m[i].id) {
            snprintf(id, 17, "%s", m[i].id);
            return 1;
        }
    return 0;
}

int main(void)
{
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    enum { N = sizeof cases / sizeof *cases };
    char ids[N][17];
    int ok[N];
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < N; i++) {
        ok[i] = id_of(e, d, cases[i].text, cases[i].form, ids[i]);
        CHECKF(ok[i], "case %zu: no mention covers «%s»", i, cases[i].form);
    }
    for (size_t i = 0; i < N; i++)
        for (size_t j = i + 1; j < N; j++) {
            if (!ok[i] || !ok[j])
                continue;
            if (cases[i].group == cases[j].group)
                CHECKF(strcmp(ids[i], ids[j]) == 0, "«%s» and «%s»: two ids (%s, %s)", cases[i].form,
                       cases[j].form, ids[i], ids[j]);
            else
                CHECKF(strcmp(ids[i], ids[j]) != 0, "«%s» and «%s»: one id", cases[i].form,
                       cases[j].form);
        }
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_ner_acronym");
}
