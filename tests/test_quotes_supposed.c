/* test_quotes_supposed.c — fix59 (docs/EVENTS.md "Issue 16: judge55's quote forms (branch fix59,
 * stop 54)"): a reporting verb right after a conditional particle (وإن قال أحدهم:، فإن قالوا،
 * وإذا رأى البعض) says what one would say, and لفت with a noun of attention in the construct
 * state (لفت مهرجان أبها … انتباه الزوار، ولفت لاعبو السعودية أنظار العالم) caught someone's eye:
 * no statement (data/quotes.tsv "aguard condition_in", "attention_verb", "attention",
 * "attention_stop"; events.tsv "condition"; cue_sense.c). Kept: لفت X الانتباه إلى أن (drew
 * attention to), حتى وإن أبدى ("even though": a stance told), the أن of بعد أن قال. Sentences of
 * SaudiNewsNet articles outside bench/recall/drawn.txt (the article in the comment); the five
 * nots fail at 47b62249 (each was a quote there), the wants pass there too. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-005329: drew attention to (الانتباه with its article), a statement */
    {"ولفت الدوسري الانتباه إلى أن معالي الرئيس العام للمؤسسة العامة للخطوط الحديدية المهندس محمد بن خالد السويكت تابع بنفسه الموقف من غرفة التحكم الآلي بالقطارات في الدمام للاطمئنان على سلامة الركاب ونقلهم للقطار الآخر لمواصلة رحلتهم ووصولهم بالسلامة.",
     "معالي الرئيس العام", "الدوسري", 1},
    /* snn-004414: حتى وإن "even though": his rejection told */
    {"لكن لأن أميركا لا يهمها إلا ما تريده إسرائيل، فلا عليها من العرب ولتصنع إيران ما بدا لها! حتى وإن أبدى \"نتنياهو\" رفضه للاتفاق ووصف إيران بتاجر المخدرات.",
     "رفضه للاتفاق", "بنيامين نتنياهو", 1},
    /* snn-026525: بعد أن قال, the أن of a clause, no condition */
    {"وتم اعتقال خمسة مشتبه بهم من ليبيا والجزائر وتونس بعد أن قال شهود عيان إنهم حبسوا نحو 250 من الركاب اليائسين في المركب قبل وقت قصير من وقوع الكارثة، دون إعطائهم فرصة للنجاة عندما غرق المركب.",
     "حبسوا نحو 250", "شهود عيان", 0},
};

static const not_want nots[] = {
    /* snn-005606: a column's imagined objection, answered by its writer */
    {"لا أعلم لماذا لا يُفعّل في مدننا التي باتت شوارعها تصرخ وتئن من الازدحام وصارت أوقات مُرتاديها تُهدر بانتظام وإن قال أحدهم: الناس تطمح (للمترو) وأنت تتحدث عن النقل الجماعي فجوابي: طموحنا للمترو لا يمنع أن نُوجد حلولا سريعة وفعّالة.",
     "الناس تطمح"},
    /* snn-009253: what they would say */
    {"والخروج من دار الكفر إلى دار الإيمان مرتبط دائماً بوعد إلهي، فإن قالوا أنهم خرجوا للجهاد فقد وعد الله المجاهدين بالنصر والتمكين، وهو المسلك الخامس للجماعات المتطرفة.",
     "خرجوا للجهاد"},
    /* snn-029927: if some see */
    {"وإذا رأى البعض أن أفعال الناس في الدول التي يزورونها غير مقبولة فليذكروا أنهم مجرد غرباء في أرض غير أرضهم، وما هو مقبول عندنا قد لا يجد نفس القبول عند الغير.",
     "أفعال الناس"},
    /* snn-018002: the players caught the world's eye */
    {"ولفت لاعبو السعودية أنظار العالم بتحقيقهم منجزات جماعية تُضاف للمنجزات الفردية بعد أن حقق منتخب تنس الطاولة المركز الثاني والميدالية الفضية للأولمبياد العالمي في إنجاز تاريخي أعقبه تحقيق منتخب السلة للمركز الثالث والميدالية البرونزية.",
     "حقق منتخب"},
    /* snn-007198 (judge55's quote 43 is snn-008348, the same report): a festival */
    {"لفت مهرجان أبها للتسوق الـ 17 انتباه الزوار إلى تنوع معارضه هذا العام، ومنها معرض الفضة والعقيق الذي يشهد إقبالا من مرتادي المهرجان.",
     "إلى تنوع"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_supposed");
}
