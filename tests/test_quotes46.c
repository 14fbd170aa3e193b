/* test_quotes46.c — speakers46 (docs/EVENTS.md "Issue 16: the empty speakers of the read parts
 * (branch speakers46, stop 39)"): a verb with و right after a speaker's statement whose next word
 * is a negation (وقال لم نتلق …) is that speaker going on, not someone unknown: the speaker
 * stays for what follows; not a verb with a preposition after it (وشدد في ذلك). Sentences of
 * SaudiNewsNet articles outside the recall set (the article each is from in the comment). */
#include "check.h"
#include "rasd.h"

#include <string.h>

typedef struct want {
    const char *text, *quote, *speaker;   /* speaker "": none; named: with an entity id when
                                             id is 1 */
    int id;
} want;

static const want wants[] = {
    /* snn-028378: وقال لم نتلق right after Badghish's statement; was nobody */
    {"واعتبر رئيس نادي القادسية عبدالله بادغيش أن الفريق جاهز للموسم. ونفى بادغيش في نهاية التصريح وجود مفاوضات مع ادارة ناديه لبعض لاعبي فريقه وقال لم نتلق اي خطاب رسمي يتضمن طلب لاعبين من فريقنا ، موضحا ان ادارة معدي الهاجري متمسكة بجميع لاعبي الفريق.",
     "ادارة معدي الهاجري", "عبدالله بادغيش", 1},
    /* snn-004043: واضاف لا أعلم …، ويشير إلى أن: no quote before */
    {"غضب وعبوس وأكد أبو عبدالمجيد -موظف متقاعد- أن العيد فرصة لنبذ القطيعة والفرقة وتصفية القلوب، واضاف لا أعلم كيف تفرح تلك القلوب بالعيد؟ فمن يحمل العداوة يبقى كما هو ولا يؤثر فيه التسامح أو الزيارة، ويشير إلى أن هذه النوعية لا يجدي معها التواصل والزيارة بل إنه يتمادى في تعاليه وكبريائه.",
     "هذه النوعية", "أبو عبدالمجيد", 1},
    /* negative: a preposition after the verb, the Prophet's words after it, not the
       statement's (snn-009198) */
    {"ويضيف البيان: لقد حفظ الإسلام للمسلمين أموالهم وأعراضهم وأبدانهم وحرم انتهاكها وشدد في ذلك وكان من آخر ما بلغ به النبي صلى الله عليه وسلم أمته، فقال في خطبة حجة الوداع «إن دماءكم وأموالكم وأعراضكم عليكم حرام كحرمة يومكم هذا في شهركم هذا في بلدكم هذا»",
     "إن دماءكم", "", 0},
};

static void check_want(const rasd_engine *e, rasd_doc *d, const want *w)
{
    const rasd_quote *q, *hit = NULL;
    size_t n, len = strlen(w->text), ql = strlen(w->quote);
    REQUIRE(rasd_analyze(e, d, w->text, len) == RASD_OK && rasd_recognize(e, d) == RASD_OK &&
            rasd_extract(e, d, NULL) == RASD_OK);
    q = rasd_doc_quotes(d, &n);
    for (size_t i = 0; i < n && !hit; i++)
        if (q[i].end - q[i].start >= ql && memcmp(w->text + q[i].start, w->quote, ql) == 0)
            hit = &q[i];
    CHECKF(hit != NULL, "no quote \"%s\"", w->quote);
    if (!hit)
        return;
    if (!w->speaker[0]) {
        CHECKF(hit->speaker_name == NULL, "\"%s\": speaker %s, want none", w->quote,
               hit->speaker_name);
        return;
    }
    CHECKF(hit->speaker_name && strcmp(hit->speaker_name, w->speaker) == 0 &&
               (hit->speaker_id != NULL) == w->id,
           "\"%s\": speaker %s, want %s", w->quote,
           hit->speaker_name ? hit->speaker_name : "(none)", w->speaker);
    CHECKF(!w->id || (hit->speaker_end > hit->speaker_start &&
                      hit->speaker_end <= len),
           "\"%s\": speaker span", w->quote);
    CHECKF(w->id || (hit->speaker_end - hit->speaker_start == strlen(w->speaker) &&
                     memcmp(w->text + hit->speaker_start, w->speaker, strlen(w->speaker)) == 0),
           "\"%s\": speaker bytes", w->quote);
}

int main(void)
{
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    REQUIREF(rasd_ner_available(e), "no data/ner.model");
    for (size_t k = 0; k < sizeof wants / sizeof *wants; k++)
        check_want(e, d, &wants[k]);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_quotes46");
}
