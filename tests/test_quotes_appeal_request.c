/* test_quotes_appeal_request.c — qaddr58 (docs/EVENTS.md "An appeal's addressee, then its
 * request with ب or ل on a verbal noun (branch qaddr58, stop 50)"): after a verb of appeal
 * (data/quotes.tsv "own" 3: دعا، ناشد، حث، حض), its named subject and the one appealed to,
 * the request opens at ب on a noun of "cnoun" 0 (بضرورة) or at ب/ل on a noun of the تفعيل
 * patterns (بتوخي، لتجنب، لتقديم), as it did at لل (appeal_li.c). Sentences of SaudiNewsNet
 * articles outside the recall set (the article each is from in the comment). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-017559: ب on a noun of cnoun after الجميع */
    {"ودعا العازمي الجميع بضرورة التعاون مع الوزارة بالإبلاغ عن مخالفي هذا القرار، بالاتصال على الرقم المخصص للشكاوى (19911) ليتم إحالتها لوكالة التفتيش وتطوير بيئة العمل لاتخاذ اللازم.",
     "بضرورة التعاون", "العازمي", 1},
    /* snn-024338: ب on تفعّل after a coordinated addressee (the name from a sentence before) */
    {"واوضح المتحدث الاعلامي بقيادة حرس الحدود بمنطقة تبوك العميد عبدالله الغرير انه تم ايقافه واحالته الى التحقيق، مؤكدا ان ما قام به يعد مخالفة لنظام أمن الحدود وسوف تطبق بحقه الانظمة. ومن جهة أخرى، قامت الدوريات البحرية بقطاع الوجه امس الاول بإنقاذ شاب من الغرق اثناء ممارسته السباحه في شاطئ زاعم، كما تمكنت فرق البحث والإنقاذ بمحافظة حقل من إنقاذ شابين تعرضا للغرق اثناء السباحة في موقع الوصل وتم تقديم الاسعافات الأولية لهما وحالتهما الصحية، وحث العميد الغرير المواطنين والمقيمين بتوخي الحذر أثناء ممارسة السباحة وعدم المخاطرة بالسباحة في الاماكن غير المخصصة للسباحة واتباع ارشادات السلامه البحرية.",
     "بتوخي الحذر", "عبدالله الغرير", 1},
    /* snn-012968: ل on تفعّل after a place addressee; the place subject speaks */
    {"وفي بيان نشر على حساب رئيس الوزراء حيدر العبادي على تويتر دعت بغداد تركيا لتجنب المزيد من التصعيد والسعي لحل للأزمة.",
     "لتجنب المزيد", "بغداد", 1},
    /* snn-018637: ل on تفعيل after a two-word addressee */
    {"وفيما دعا الدكتور الموسى القطاع الخاص لتقديم المزيد من الخدمات والدعم لكافة فئات ذوي الإعاقة سواء البصرية أو غيرها وذلك نوع من رد الدعم الذي كانت الدولة تقدمه للقطاع الخاص حتى وصل لما وصل إليه في الوقت الراهن.",
     "لتقديم المزيد", "الموسى", 1},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_appeal_request");
}
