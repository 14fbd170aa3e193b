/* test_events_breadth.c — events26 (docs/EVENTS.md "Issue 16: event recall by breadth"),
 * each by default and by the rules alone: negotiations told as meetings (خط مفاوضات مع X،
 * المفاوضات مع X، تم التفاوض مع X: meet 3, the forms of محادثات), and a verb carrying its
 * object as a pronoun after و that keeps the subject of the verb opening its sentence
 * (أعلنت سلطات البحرين تعليق صدور صحيفة الوسط … واتهمتها: src/events/opening.c) — but not
 * when the opening verb's gender differs (كانت هافينغتون … واتهمها; وتنحى … واتهمته), a clause
 * opens between (بعد أن نشرت … واتهمته), a preposition follows the opening word (يوجد في
 * تركيا) or no name stands between for the pronoun (وهاجم طه حسين، واتهمه: him); a signing
 * told by its verb and deed with one party named (وقع الصندوق السعودي للتنمية اتفاقية تعاون
 * …: sign takes one actor there). Sentences
 * of SaudiNewsNet articles outside the recall set (the article each is from in the comment),
 * from the corpus rows these changes add or were checked against; main's build gives none. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* Whether the k-th actor of ev is named a ("": any, or none). */
static int actor_is(const rasd_event *ev, size_t k, const char *a)
{
    return !*a || (ev->nactors > k && strcmp(ev->actor_name[k], a) == 0);
}

/* Whether the event has actors, its first a and its second b ("": any). */
static int first_second(const rasd_event *ev, const char *a, const char *b)
{
    return ev->nactors > 0 && actor_is(ev, 0, a) && actor_is(ev, 1, b);
}

int main(void)
{
    /* {text, published, type, first actor, second actor ("": any), by default, by the rules
     * alone} ("1" or "0") */
    static const char *const cases[][7] = {
        /* snn-005846: a line of negotiations opened with (right) */
        {"وكان مصدر قلق الجماهير الشبابية تخلف اللاعب حسن معاذ عن الانضمام للمعسكر وبقائه في الرياض وسط انتشار شائعات تؤكد انتقاله إلى الأهلي بعد أن اتفقت إدارتا الناديين على التفاصيل المالية كافة للصفقة، لاسيما أن اسم اللاعب ارتبط أخيرا بالأهلي بعد أن فتح عضو شرف نادي الشباب الأمير فهد بن خالد خط مفاوضات مع المرشح للرئاسة الأهلاوية مساعد الزويهري، قبل أن يغلق المفاوضات التي عادت بقوة.",
         "2015-07-23", "meet", "فهد بن خالد", "الزويهري", "1", "1"},
        /* snn-003861: the file of the negotiations with a player closed */
        {"من جانب آخر، أكد مروان دفتردار المشرف العام على إدارة الكرة بنادي الأهلي عبر حسابه في تويتر، بأن ملف المفاوضات مع اللاعب الهولندي تجانون شيري أغلق تماماً، وذلك بعد رفض اللاعب العرض الأهلاوي في اللحظة الأخيرة قبل توقيع العقد الرسمي.",
         "2015-07-22", "meet", "مروان دفتردار", "تجانون شيري", "1", "1"},
        /* snn-009770: to complete the negotiations with */
        {"منح مدرب فريق الاتحاد بولوني المشرف العام على الفريق الكروي الأول منصور البلوي الضوء الأخضر من أجل إكمال المفاوضات مع النجم العالمي الغاني مونتاري لاعب «الوسط المحور»، حيث يسعى البلوي لإتمام التعاقد مع اللاعب.",
         "2015-07-25", "meet", "منصور البلوي", "مونتاري", "1", "1"},
        /* snn-018329: a signing by its verb and deed, one party named (sign, one actor) */
        {"وقع الصندوق السعودي للتنمية اتفاقية تعاون مع البنك السعودي البريطاني يقدم فيها الصندوق، من خلال برنامجه الخاص بالصادرات السعودية، ضمانات لعمليات تصدير منتجات وطنية بقيمة تقارب ١٨٧ مليون ريال.",
         "2015-08-03", "sign", "الصندوق السعودي للتنمية", "", "1", "1"},
        /* snn-000155: the same, the other party past the deed's complement */
        {"ووقعت وزارة البترول اتفاقا للتنقيب عن الطاقة بقيمة ملياري دولار مع إيني في يونيو (حزيران).",
         "2015-07-21", "sign", "وزارة البترول", "", "1", "1"},
        /* snn-014249: the signers are told by a relative pronoun, unnamed: no signing */
        {"ولكني لا أراه واقعيا من ناحية أن الدول الست العظمى، التي وقعت الاتفاقية مع إيران؛ ليس لها أجندة واحدة محددة في المنطقة حتى تتفاهم عليها مع إيران.",
         "2015-07-31", "sign", "", "", "0", "0"},
        /* snn-023577 (the whole article: alone, its first sentence's سلطات البحرين is no
         * name): the opening verb's subject keeps on (أعلنت … واتهمتها) */
        {" عين اليوم – دبي\nأعلنت سلطات البحرين تعليق صدور صحيفة الوسط المقربة من المعارضة واتهمتها باشاعة الانقسام والاساءة لعلاقة البحرين مع دول اخرى.\n وقالت هيئة شؤون الاعلام في بيان في وقت متأخر مساء الخميس انها قررت تعليق صدور الصحيفة “حتى اشعار آخر”.\n واضافت ان القرار اتخذ بحق الصحيفة “لمخالفتها القانون وتكرار نشر وبث ما يثير الفرقة في المجتمع ويؤثر على علاقات البحرين بدول اخرى”.\n وعلقت صدور الوسط في نيسان/ابريل 2011 خلال المظاهرات الاحتجاجية التي شهدتها البحرين.\n واتهمت الصحيفة حينها بنشر معلومات كاذبة وحوكم رئيس تحريرها منصور الجمري وحكم عليه بدفع غرامة ثم سمح للصحيفة بمعاودة الصدور. سمات البحرين الوسط تعليق ",
         "2015-08-07", "accuse", "البحرين", "", "1", "1"},
        /* snn-016413: no name between for the pronoun: the name is the one accused */
        {"وهاجم طه حسين، واتَّهمه بالعمالة للأجهزة الأمنية.",
         "2015-08-02", "accuse", "طه حسين", "", "0", "0"},
        /* snn-013211: a clause between (بعد أن نشرت), and a masculine opening verb */
        {"وتنحى جون بتيفانت سيويل عن منصب نائب رئيسة مجلس اللوردات البريطاني - الذي لا يشكل بالانتخاب - بعد أن نشرت \"ذا صن\" اللقطة واتهمته بتعاطي المخدرات واستئجار بائعات هوى.",
         "2015-07-31", "accuse", "جون بتيفانت", "", "0", "0"},
        /* snn-000204: a feminine opening verb, a masculine accusation: not hers */
        {"كانت هافينغتون انتقدتها كثيرا، واتهمها بأنها «ليبرالية متطرفة».",
         "2015-07-21", "accuse", "هافينغتون", "", "0", "0"},
        /* snn-011548: the opening word's next is a preposition (في تركيا: no subject) */
        {"ويوجد في تركيا حاليا الكثير من التكتلات الإعلامية القوية، ومنها مجموعة «سمانيولو» التي تتبع لرجل الدين التركي المقيم في الولايات المتحدة فتح الله غولن الذي تعتبره الحكومة «العدو رقم واحد» وتتهمه بإقامة «دولة خفية» في مؤسسات الدولة.",
         "2015-07-27", "accuse", "تركيا", "", "0", "0"},
    };
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT), *none = mode_engine(RASD_TRIGGERS_NONE);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        check_counts(on, none, d, c[0], c[1], c[2], first_second, c[3], c[4], c[5][0] == '1',
                    c[6][0] == '1');
    }
    rasd_doc_free(d);
    rasd_engine_close(on);
    rasd_engine_close(none);
    return check_done("test_events_breadth");
}
