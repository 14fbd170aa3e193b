/* test_quotes_estimate_cause.c — quotes52 (docs/EVENTS.md "Issue 16: verbs of estimating and of
 * giving a cause (branch quotes52, stop 44)"): a speaker's estimate or the cause they give, told by
 * a verb's object and a second complement (data/quotes.tsv "own" 4: قدر، برر with ب; 5: عزا
 * with إلى; src/events/estimate_cause.c). Sentences of SaudiNewsNet articles outside
 * bench/recall/drawn.txt (the article each is from in the comment); the four statements had
 * no quote without the rule, and the four negatives are what its guards keep out. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-009744: a body's description (الوزارة) ending before the object, ب before a number */
    {"تبدأ وزارة العمل يوم السبت القادم التطبيق الإلزامي لبرنامج \"حماية الأجور\" في مرحلته الثامنة الذي يشمل فئة المنشآت البالغ عدد العاملين بها (130) عاملاً فأكثر، حيث قدرت الوزارة عدد المنشآت المشمولة في هذه المرحلة بـ (2,464) منشأة بعدد عمالة تبلغ نحو (363,869) عاملاً .",
     "عدد المنشآت المشمولة", "الوزارة", 0},
    /* snn-000359: عزا with إلى after the object */
    {"وقد عزا الباحثون سبب تزايد الحساسية إلى فرضية أن الأطفال في البلدان الصناعية يعيشون في بيئات نظيفة بشكل كبير، ثم إلى التغيرات التي تحدث في البكتيريا المعوية، والتي تتأثر إلى حد كبير بالنظام الغذائي بغض النظر عن العرق/ الإثنية والوضع الاجتماعي والاقتصادي.",
     "سبب تزايد الحساسية", "الباحثون", 0},
    /* snn-017942: a named subject after a title, بنحو */
    {"وقدر رئيس الوزراء عبد المالك سلال قيمة الأموال التي تتحرك في السوق بشكل غير قانوني وخارج إطار المصارف بنحو 37 مليار دولار.",
     "قيمة الأموال", "عبد المالك سلال", 1},
    /* snn-003257: برر with بأن after the object */
    {"وبرر الباحثون هذا التراجع بأن نماذج الحياة خارج إطار الزواج أصبحت مقبولة في الإطار الاجتماعي على نحو أكبر من ذي قبل.",
     "هذا التراجع", "الباحثون", 0},
};

static const not_want nots[] = {
    /* snn-030484: قدر the noun (fate) before أن: no object, no أن clause */
    {"فمساجدنا ستظل - بإذن الله - عامرة مملوءة بالمصلين ولن نغير في حياتنا شيئا، وإذا كانوا يعتقدون أننا لن نمارس حياتنا بشكل طبيعي فهم مخطئون وسنعيش كما أراد الله لنا ان نعيش، وإذا كان قدر أحد منا أن يقبض مثل ما قبض إخواننا الخميس الماضي فمرحباً.",
     "أن يقبض"},
    /* snn-010962: على قدر (the measure), a relative clause after it */
    {"إن أعضاء المجلس يعملون لخدمة البلاد حكومة وشعبا، وهم -إن شاء الله- على قدر الأمانة التي أنيطت بهم، فلنمنحهم الحصانة الاجتماعية، فنحترمهم ونقدرهم كما يليق بهم، أعانهم الله وسدد خطاهم للصواب، وجزاهم عنا خيرا.",
     "أنيطت"},
    /* snn-024499: a plural verb (appreciated) before a person named later */
    {"لا انسى من الهلاليين الذين كانوا اوفياء ووقفوا مع مبارك وقدروا تضحياته واخلاصه لناديه امثال الاستاذ تركي عبدالله السديري نائب رئيس الهلال في موسمه الذهبي 1384 ه بجانب اعضاء الادارة السابقين (ابو فهد) محمد المصيبيح و(ولد العود) مساعد بن مسعود.",
     "نائب رئيس"},
    /* snn-019886: the passive with أن (its wealth was estimated … that) */
    {"ولقد قدرت ثروته وفقاً لكتاب “أغنى الأثرياء” لفيليب بيريسفورد وبيل روبنشتاين، أن “روفوس” مات ومعه 11,000 جنيه إسترليني، وهي تعادل 7% من الناتج المحلي الإجمالي في إنجلترا في ذلك الوقت، وتعادل 194 مليار دولار خلال 2014.",
     "“روفوس”"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_estimate_cause");
}
