/* test_events_statements.c — events29 (docs/EVENTS.md "Issue 16: appeals, criticism and
 * accusations from statements"): a quote whose reporting word is an appeal or a criticism
 * (وطالب، دعت، مطالبا), whose content opens with a criticism's noun (أبدى X استنكاره) or asks
 * in the first person (ندعو، نطالب) is an event of that kind by its speaker, a description
 * too (المركز الإعلامي …, not after a verb), by default and not by the rules alone;
 * a speaker carried from an earlier sentence to a verb inside this one (…، وطالب أنصار
 * النادي: the fans, not the sources quoted before) or to a participle with no quote of that
 * speaker in its sentence (مطالبا after a banner) gives none, nor a prayer (داعيا الله).
 * Sentences of SaudiNewsNet articles outside the recall set (the article each is from in the
 * comment), from the corpus rows these forms add; main's build gives none of the positives. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, type, first actor, by default, by the rules alone, with every form
       on (RASD_TRIGGERS_ALL: the statement layer's kinds all on, appeals too, beside the
       layer's other forms)} (counts)
       events31: appeals from quotes are off by default (data/events.tsv "tdefault" form
       "said": criticize alone), on with every form; with every form the layer's own appeal
       (its verbs, another first actor) may come first and keep the quote's out (snn-018795). */
    static const char *const cases[][7] = {
        /* snn-005846: a verb with a described subject after it is left to the rules' groups
           (such a description often runs into the object: دعت الحكومة العراقية مجلس النواب) */
        {"وطالب عدد من الجماهير الشبابية عبر موقع التواصل الاجتماعي \"تويتر\" إدارة النادي بضرورة توضيح موقفها من ذلك، في الوقت الذي أشارت فيه مصادر \"الوطن\" أن إدارة الشباب فضلت عدم الإعلان عن القائمة التي ستغادر إلى هولندا.",
         "2015-07-23", "appeal", "", "0", "0", "0"},
        /* snn-017825: a participle continuing the sentence's speaker, a body (on by default
           since appeals48: a participle after a comma, appeal_participle.c) */
        {"وقال المركز الإعلامي في مديرية الأمن العام في بيان إن الطريق الصحراوي شبه مغلق بسبب وجود الغبار والأتربة، مطالبًا المواطنين بعدم الخروج واستخدام هذا الطريق إلا للضرورة القصوى.",
         "2015-08-03", "appeal", "المركز الإعلامي في مديرية الأمن العام", "1", "0", "1"},
        /* snn-018795: a feminine verb after a phrase of its clause's start */
        {"وفي السياق دعت مديرية الدفاع المدني بمنطقة جازان، المواطنين إلى عدم المكوث في بطون الأودية وتجنب النزول إليها بعد ورود تنبيهات من الأرصاد الجوية بتعرض المنطقة لأمطار غزيرة مصحوبة بزخات البرد.",
         "2015-08-03", "appeal", "مديرية الدفاع المدني", "0", "0", "0"},
        /* snn-030318: a criticism's noun opening what is expressed */
        {"وأبدى اللواء اليحيى استنكاره للتفجير العدواني الغاشم، متمنيا للمصابين الشفاء العاجل.",
         "2015-08-11", "criticize", "", "1", "0", "1"},
        /* snn-002563: an appeal in the first person (on by default since appeal53: the
           first person inside a quote, appeal_in_quote.c) */
        {"وقال الأحمدي في تصريحات لـ «عكاظ»: ندعو كل مقاوم من أبناء الشعب اليمني لقطع الإمدادات عن الحوثي؛ لأن هذا واجب وطني يحتم على الجميع القيام به.",
         "2015-07-21", "appeal", "", "1", "0", "1"},
        /* snn-009954: the same, a described speaker */
        {"وقال الطلاب المتضررون لـ\"سبق\": \"نطالب بتدخل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود -حفظه الله- لإنهاء معاناتنا مع جامعة نجران بسبب تأجيل الاختبارات لأكثر من أربعة أشهر\".",
         "2015-07-25", "appeal", "الطلاب المتضررون", "1", "0", "1"},
        /* snn-006138: the sources quoted in the sentence before are not who asked */
        {"وكشفت مصادر [الميدان] أن إدارة نادي الوحدة الجديدة برئاسة هشام مرسي أخذت على عاتقها وضع حد للشتات الشرفي الذي يعاني منه النادي في السنوات الأخيرة. من جهة أخرى استبشر أنصار النادي بالمساعي الجادة التي تبذلها إدارة النادي للخروج من مأزق أزمة الشكاوى المقدمة للجنة الاحتراف، وطالب أنصار النادي أعضاء الشرف بالوقوف إلى جانب إدارة النادي بالدعم والمؤازرة وعدم تركها تسير وحيدة.",
         "2015-07-23", "appeal", "", "0", "0", "0"},
        /* snn-027333: a participle after a banner, not the media quoted before */
        {"وذكرت وسائل إعلام محلية أن رئيس الوزراء الصربي الكسندر فوتشيتش حضر المراسم لكنه أصيب بينما كان يلقي كلمة حين رشقه حضور بالحجارة والأحذية وأشياء أخرى.\nورفع المهاجمون لافتة كتب فيها نص تصريح لفوتشيتش أدلى به بعد أيام قليلة من وقوع المذبحة مطالبا برأس \"100 مسلم مقابل كل صربي قتيل\".",
         "2015-08-09", "appeal", "", "0", "0", "0"},
        /* snn-028138: a prayer, no appeal */
        {"وبيّن نائب رئيس مجلس إدارة الجمعية الخيرية لتحفيظ القرآن الشيخ عبدالرحمن بن عبدالله الهذلول إنّ منسوبي الجمعية والمعلمين والطلبة ليستنكرون هذا العمل الإجرامي أشدّ الاستنكار.  وختم فضيلته تصريحه داعيًا الله -عزّ وجل- أن يديم على بلادنا نعمة الأمن والأمان والاستقرار في ظل قيادتها الرشيدة.",
         "2015-08-10", "appeal", "", "0", "0", "0"},
    };
    check_three_modes(cases, sizeof cases / sizeof *cases);
    return check_done("test_events_statements");
}
