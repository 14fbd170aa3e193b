/* test_quotes_offered.c — rep70 (docs/EVENTS.md "Stop 59: the reported quotes the read parts
 * miss, by form (branch rep70)"): the light verb قدم with an explanation or an apology as its
 * object (قدم … شرحا، قدم … اعتذاره): the object and what follows in its clause is a quote of
 * the subject; thanks offered (قدم شكره) stay courtesy, no quote. Before, قدم reported nothing.
 * Sentences of SaudiNewsNet articles outside the recall set (the article each is from). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-017104: a title, then the name, then شرحا */
    {"وقدم مدير البرنامج في جامعة هارفارد وليام هالينجر شرحا وافيا لمضمون البرنامج والدراسات والمواد والعلوم التي حازت على اهتمام الطلاب والطالبات السعوديين ومنها مواد الاقتصاد والثقافة والطاقة وعلم الأعصاب.",
     "شرحا وافيا", "وليام هالينجر", 1},
    /* snn-006274: an apology, a direct quote of the same speaker after it */
    {"من جهته قدم مدير العلاقات العامة للعملاء والأمتعة بالخطوط السعودية حامد الأزوري اعتذاره للمواطن عما حدث له، وقال «بدراسة ملف شكوى المواطن اتضح أنه تقدم ببلاغ قبل مغادرته صالة الوصول بل أبلغ بعد مرور 14 يوما من تاريخ الوصول».",
     "اعتذاره للمواطن", "حامد الأزوري", 1},
    /* snn-004173: a company's apology */
    {"قدمت \"ميتسوبيشي ماتيريالز\" اليابانية اعتذارها الى أسرى الحرب الاميركيين السابقين الذين اجبروا على العمل في مناجم المجموعة الصناعية العملاقة خلال الحرب العالمية الثانية، في بادرة تاريخية تأتي بعد 70 عاما من النزاع.",
     "اعتذارها الى", "ميتسوبيشي ماتيريالز", 1},
};

static const not_want nots[] = {
    /* snn-017557: thanks offered are courtesy (the guideline, stop 47) */
    {"من جانب آخر، قدم الدكتور ماجد القصبي شكره وتقديره لرئيس مدينة الملك عبدالعزيز للعلوم والتقنية وحضوره لمقر وزارة الشؤون الاجتماعية وما قدمه من مبادرات وشراكة بناءة مع وزارة الشؤون الاجتماعية.",
     "شكره"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_offered");
}
