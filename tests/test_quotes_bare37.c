/* test_quotes_bare37.c — quotes37 (docs/EVENTS.md "Issue 16: statements after قائلا with no
 * connective (branch quotes37, stop 42)"): a statement right after قائلا or قائلة with no
 * أن, colon or quote mark is the last speaker's reported quote to its clause's end (data/
 * quotes.tsv "aguard bare_say", "bare_open"; src/events/bare37.c). Sentences of SaudiNewsNet
 * articles outside the recall set (the article each is from in the comment); none had its
 * quote without the rule. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-028120: a negation opens it, after a comma */
    {"إداري المنتخب أحمد إسلام أكد على أهمية مباراة اليوم، حتى والمنتخب القطري يتعثر في أول لقاءين له، قائلاً لا نلعب على نتائج المباريات، بل نلعب من أجل الفوز ولا نفكر في غير ذلك، وبإذن الله سنواصل المشوار مع الانتصارات.",
     "لا نلعب على نتائج", "أحمد إسلام", 1},
    /* snn-003596: a comma, then لكن opens it */
    {"واعتبر حسين عبدالغني أن إقامة السوبر السعودي في لندن خطوة جيدة متمنيًا أن يكتب لها النجاح، غير أنه استدرك قائلاً، لكن إقامة المباراة في الرياض يضمن حضورًا جماهيريًا كبيرًا، بينما إقامتها في لندن يجعل الشكوك تحوم حول أعداد الجماهير المتوقع حضورها هناك، لذلك فهي أشبه بالمغامرة، وأتمنى نجاحها.",
     "لكن إقامة المباراة", "حسين عبدالغني", 1},
    /* snn-021837: from لا, not from the أنه inside the statement */
    {"وأردف الصبي قائلا لا اعتقد أنه من الدقة وصف ما يحصل بتجاوز تلك المدارس للخوف بل حقيقة الوضع أن تشريعات الوزارة منحت لتلك المدارس الأجنبية كامل الحرية لانتقاء مناهجها.",
     "لا اعتقد أنه", "الصبي", 0},
};

int main(void)
{
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    REQUIREF(rasd_ner_available(e), "no data/ner.model");
    for (size_t k = 0; k < sizeof wants / sizeof *wants; k++)
        check_want(e, d, &wants[k]);
    /* snn-005212: a preposition's word after قائلا, then the quote marks: no bare statement */
    check_not(e, d, "وقال المدافع الجديد قائلا للصحفيين \"كان مرهقا للغاية تماما مثل الحارس الأساسي\".",
              "للصحفيين");
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_quotes_bare37");
}
