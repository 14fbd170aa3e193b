/* test_events_appeal_participle.c — appeals48 (docs/EVENTS.md "Issue 16: appeals the rules miss
 * (branch appeals48, stop 40)"): a participle of appeal after a comma (داعيا، مطالبا، حاثا)
 * is an appeal of the speaker named before it in its sentence, by default (appeals told by
 * quotes are otherwise off by default); not of a speaker carried from the sentence before by
 * a verb that does not open the sentence (بدوره، أعلن "تحالف القوى العراقية" …، داعيا), not a
 * prayer (داعياً الله), not by the rules alone. Sentences of SaudiNewsNet articles outside the
 * recall set (the article each is from in the comment), from the corpus rows the rule adds. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, type, first actor, by default, by the rules alone, every form on} */
    static const char *const cases[][7] = {
        /* snn-016217: a father's demand after what he said */
        {"وذكر والد الطفلة أن طفلته المولودة تعرضت للإهمال من قبل المستشفى، مما أدى إلى إصابتها بحروق خطيرة من الدرجة الثالثة، مطالبا وزارة الصحة بتشكيل لجنة للتحقيق.",
         "2015-08-01", "appeal", "والد الطفلة", "1", "0", "1"},
        /* snn-014201: an officer's call, a name in what he said between (the article's first
           sentence names him: a document with no name gets no event) */
        {"كشف المتحدث الإعلامي لشرطة منطقة مكة المكرمة العقيد الدكتور عاطي القرشي أن الجهات الأمنية بشرطة المنطقة تمكنت خلال الأشهر الثلاثة الماضية من ضبط نحو 112 ألفا و686 مخالفا لأنظمة العمل والإقامة.\nوأكد العقيد القرشي أن الحملات الميدانية ما زالت مستمرة بمتابعة وإشراف مدير شرطة منطقة مكة المكرمة اللواء عبدالعزيز بن عثمان الصولي، وذلك لضبط مخالفي أنظمة الإقامة والعمل، داعيا جميع المواطنين والمقيمين إلى التعاون مع الجهات الأمنية وعدم التستر على المخالفين.",
         "2015-07-31", "appeal", "العقيد القرشي", "1", "0", "1"},
        /* snn-020176: حاثا after a verb that is no quote's (the minister named the sentence
           before) */
        {"عد وزير العدل رئيس المجلس الأعلى للقضاء الشيخ الدكتور وليد بن محمد الصمعاني قضاء التنفيذ واجهة للأجهزة العدلية وثمرة الأحكام القضائية وبه تعزز وتحفظ مكانة القضاء وهيبته.\nوجدد الوزير دعمه لقضاء التنفيذ بكل ما يحتاجه من إمكانات وكوادر ليحقق الدور المنوط به، حاثا الجميع على بذل الجهود واستغلال الطاقات في سبيل تطوير آليات العمل بما يخدم مرفق العدالة ويحقق العدالة الناجزة.",
         "2015-08-04", "appeal", "", "1", "0", "1"},
        /* snn-022503: the office quoted before is not who called: أعلن has its own subject */
        {"وذكر المكتب الإعلامي لرئيس مجلس النواب في بيان صحفي أمس إن: الجبوري ثمن موقف الولايات المتحدة الداعم للعراق وزيادة الدعم المقدم لإغاثة وإيواء النازحين.\nوعقد رئيس البرلمان أمس اجتماعا مغلقا مع قادة الكتل النيابية تناول بحث التظاهرات الشعبية المطالبة بتحسين الأداء الحكومي وتوفير الخدمات الأساسية.\nبدوره، أعلن \"تحالف القوى العراقية\" دعمه المطالب المشروعة للمظاهرات، داعيا إلى تنفيذ مطالب المتظاهرين بأسرع وقت ممكن.",
         "2015-08-06", "appeal", "المكتب الإعلامي", "0", "0", "0"},
        /* snn-001067: a prayer after a comma */
        {"واطمأن السلطان على صحة المرضى، وقدم لهم الهدايا بمناسبة عيد الفطر المبارك، داعياً الله لهم بالشفاء العاجل.",
         "2015-07-21", "appeal", "", "0", "0", "0"},
    };
    check_three_modes(cases, sizeof cases / sizeof *cases);
    return check_done("test_events_appeal_participle");
}
