/* test_events_appeal52.c — appeal52 (docs/EVENTS.md "Issue 16: an appeal's participle after a
 * closed quote (branch appeal52, stop 44)"): an appeal's singular participle that closes a
 * speaker's quote with only punctuation between (»، مطالبا; "؛ مطالباً; a plain comma where
 * quotes.c made no quote of the participle) is that speaker's appeal, by default; a prayer
 * (داعيا المولى) and a plural participle (مطالبين: a group's) are none. Passages of
 * SaudiNewsNet articles outside the recall set (the article each is from in the comment), from
 * a paragraph's start to the end of the participle's sentence. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, the participle (the event's trigger), the first actor ("": no appeal
     * there)} */
    static const char *const cases[][4] = {
        /* snn-012802: a participle after a closed quote and ؛: the mayor asks the residents */
        {"وأوضح رئيس بلدية الموسم المكلف عبده محمد بدوي؛ لـ \"سبق\"، أن مسلسل "
         "السرقات والتخريب لمشاريع البلدية ما زال متواصلاً دون حسيب أو رقيب؛ حيث "
         "فُوجئنا أمس بقيام هذه العصابة بتخريب شبكات ري النخيل ومشروع زحف الرمال "
         "بطريق الأمير محمد بن ناصر الغربي، وتكسير الشبكة التي كلفت الدولة ملايين "
         "الريالات.   وأضاف: \"قامت هذه العصابة في شهر رمضان بتخريب زينة وعناقيد "
         "الإنارة بمدخل الموسم وسرقة الكيابل الخاصّة بها للمرة الثالثة بهذا "
         "المدخل، وأيضا سرقة كيابل الإنارة بأحد الأحياء الجديدة التي قامت البلدية "
         "بتركيبها ولم يمض عليها شهر من التركيب، والحزام الشرقي\".   وتابع: \"تمت "
         "مخاطبة إمارة مركز الموسم بهذا التخريب والسرقات\"؛ مطالباً الأهالي "
         "بالتعاون مع البلدية والإبلاغ عن أي شخص يقوم بالاعتداء على مشاريع "
         "البلدية التي أُنشئت من أجلهم حتى يتسنى المحافظة عليها.",
         "2015-07-27", "مطالباً", "عبده محمد"},
        /* snn-028572: a participle after a closed quote and a comma: the ambassador calls on the bodies */
        {"أعلن سفير خادم الحرمين الشريفين لدى مصر مندوب المملكة الدائم لدى جامعة "
         "الدول العربية عميد السلك الدبلوماسي العربي السفير أحمد بن عبدالعزيز "
         "قطان إن \"المملكة بصدد تنظيم (المعرض التجاري الخامس عشر للدول الأعضاء "
         "في منظمة التعاون الإسلامي) خلال الفترة من 8 إلى 12 نوفمبر 2015م، وذلك "
         "بالعاصمة السعودية الرياض\". \nوأشار السفير قطان في بيان صحفي إلى أن "
         "لهذا المعرض أهمية كبيرة نظرا لأهدافه وطابعه الإسلامي وترقب العديد من "
         "الدول للمشاركة فيه\"، داعيا الجهات المختصة بمصر للمشاركة بأجنحة خاصة "
         "بهم في المعرض.",
         "2015-08-10", "داعيا", "أحمد بن عبدالعزيز قطان"},
        /* snn-005658: a participle after a plain comma that quotes.c makes no quote of */
        {"وأشار عبدالله الراجح إلى أنَّه ينبغي على الأسر أن تتعامل مع هذه المواسم "
         "بتوازن وحكمة، إلى جانب الابتعاد عن الإسراف، داعياً التجار للرفق "
         "بالمواطنين في الأسعار ومراعاة محدودية الدخل لدى الفرد والأسرة.",
         "2015-07-23", "داعياً", "عبدالله الراجح"},
        /* snn-017578: a prayer after a closed quote (داعيا المولى): none */
        {"وقال الأمير جلوي بن عبد العزيز بن مساعد في اتصال هاتفي مع والد الشهيد "
         "\"إننا نعزي أنفسنا أولا، على استشهاد مواطن عاش عزيزا، ومات عزيزا على "
         "تراب وطنه، وأمضى حياته صامدا ضد من يحاول المساس بأمن الوطن واستقراره\". "
         "  وأضاف: \"إن ابنكم وسام شرف في سماء الوطن، ومصدر فخر لكل سعودي، فهو إن "
         "رحل جسدا وروحا، يبقى مخلدا في ذاكرة الوطن\"، داعيا المولى أن يتغمده "
         "بواسع رحمته ويسكنه فسيح جناته، ويتقبله من الشهداء، وأن يديم على هذه "
         "البلاد المباركة أمنها واستقرارها\".",
         "2015-08-02", "داعيا", ""},
        /* snn-006471: a plural participle after a closed quote, a group of residents: none */
        {"وكشف عدد من الاهالي الذين يسكنوان بالقرب من مشروع جنوب جدة، أن المشروع "
         "يسير بسرعة السلحفاة، بحسب وصفهم، مؤكدين أن العمل بطيء جداً؛ نظراً لقلة "
         "أعداد العمالة المتواجدة في المشروع. وأشاروا إلى أن نقص العمالة  سيجبر "
         "المقاول على تمديد المدة، لإنجاز البنية التحتية للمشروع، و”كل ذلك يأتي "
         "على حساب المواطنين، الذين لا يزالوا ينتظرون من وزارة الإسكان توفير "
         "مساكن لهم”، مطالبين الوزارة بعمل جولات ميدانية على هذه المشاريع.",
         "2015-07-24", "مطالبين", ""},
    };
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        const rasd_event *ev;
        analyse(on, d, c[0], c[1]);
        ev = event_at(d, c[0], "appeal", c[2]);
        if (!*c[3]) {
            CHECKF(ev == NULL, "an appeal at %s in: %.80s", c[2], c[0]);
            continue;
        }
        CHECKF(ev != NULL, "no appeal at %s in: %.80s", c[2], c[0]);
        if (!ev)
            continue;
        CHECKF(ev->nactors > 0 && strcmp(ev->actor_name[0], c[3]) == 0,
               "appeal at %s: first actor %s, want %s", c[2],
               ev->nactors ? ev->actor_name[0] : "(none)", c[3]);
        CHECKF(!ev->planned, "appeal at %s: planned", c[2]);
    }
    rasd_doc_free(d);
    rasd_engine_close(on);
    return check_done("test_events_appeal52");
}
