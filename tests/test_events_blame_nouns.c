/* test_events_blame_nouns.c — events42 (docs/EVENTS.md "Issue 16: criticism and accusations
 * undergone or directed"): a noun of criticism or accusation as the object of a verb of
 * undergoing (واجه، تعرض: its subject the one criticised, the critic a name after من, else
 * no criticism since wrong58: judge51's 51, «وواجه مجلس الأمن انتقادات دولية») or of
 * directing (وجه: its subject the critic), src/events/blame_nouns.c. Negatives: a negated verb
 * (ولم يتعرض، لا يتعرض), a habit (كثيرا ما وجه), a passive with a preposition's pronoun (وجهت إليه) or a date (وجهت
 * اليوم) where the subject would be. Sentences of SaudiNewsNet articles outside the recall
 * set (the article each is from in the comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* {text, published, type, trigger word ("*": the one event of type, whatever its word), first
 * actor's name holds this ("": no actor; NULL:
 * no event of type with that word), second actor's name holds this ("" none needed)} */
static const char *const cases[][6] = {
    /* snn-002154: undergone, the critic no name (الجماهير): no criticism event since wrong58
     * (generic critics; events42 gave لاكازيت, the one criticised, alone) */
    {"وواجه لاكازيت انتقادات لاذعة من الجماهير على مواقع التواصل الاجتماعي بعدما رفض مستشاره الذي يرغب في تقاضيه 6 ملايين يورو سنويا، عرضا من رئيس النادي ميشال اولاس بقيمة 4 ملايين يورو اواخر يونيو الماضي.",
     "2015-07-21", "criticize", "انتقادات", NULL, ""},
    /* snn-020998: undergone, the critic after من first (ميسي, the subject, is no name the
     * recogniser finds in the sentence alone; in its article it is the second actor) */
    {"كما تعرض ميسي لانتقادات من دييجو مارادونا الذي قال إن لاعب برشلونة البالغ عمره 28 عاما وسجل 46 هدفا في 103 مباريات دولية بات مدللا.",
     "2015-08-06", "criticize", "لانتقادات", "مارادونا", ""},
    /* snn-017409: undergone, an organisation, no critic named (دولية): none since wrong58 */
    {"وتعرضت طالبان لانتقادات دولية بسبب انتهاكاتها لحقوق الانسان وعمليات الاعدام العلنية ومعاملتها للمرأة، وأطيح بها في غزو قادته الولايات المتحدة في أعقاب هجمات 11 سبتمبر عام 2011 على نيويورك وواشنطن.",
     "2015-08-02", "criticize", "لانتقادات", NULL, ""},
    /* snn-010428: the relative's antecedent is the one criticised, no critic named: none
     * since wrong58 */
    {"وتشكل الضربات التركية ضد التنظيم منعطفاً في سياسة الرئيس رجب طيب أردوغان الذي واجه انتقادات تتهمه باتباع سياسة غض الطرف عن المنظمات المتطرفة التي تقاتل في سوريا والعراق، وأبرزها تنظيم داعش.",
     "2015-07-26", "criticize", "انتقادات", NULL, ""},
    /* snn-000033 (wrong58): undergone, the critic the noun's genitive, first */
    {"كذلك واجه تسيبراس انتقادات بول كروغمان الحائز جائزة نوبل للاقتصاد والذي كان من اشد منتقدي تدابير التقشف المفروضة على اثينا، حيث كتب خبير الاقتصاد الاميركي \"ربما بالغت في تقدير كفاءة الحكومة اليونانية\".",
     "2015-07-21", "criticize", "انتقادات", "كروغمان", ""},
    /* snn-014015 (wrong58): undergone, the critic after من and his titles */
    {"وتشونغ ليس الشخص الوحيد الذي يتهجم على بلاتيني منذ ان اعلن الاخير ترشيحه اذ تعرض رئيس الاتحاد الاوروبي لانتقاد عنيف من الامير الاردني علي بن الحسين.",
     "2015-07-31", "criticize", "لانتقاد", "علي بن الحسين", ""},
    /* snn-028975 (wrong58): undergone, no critic named */
    {"وواجه ابي انتقادات لامتناعه عن تكرار المبادئ الثلاثة خلال المراسم التي أقيمت قبل ثلاثة في هيروشيما.",
     "2015-08-10", "criticize", "انتقادات", NULL, ""},
    /* snn-020539: undergone accusations, عدة between */
    {"ويواجه الساعدي عدة اتهامات بقتل لاعب كرة قدم حين كان رئيسا للاتحاد الليبي للعبة إلى جانب جرائم أخرى، علما بأنه مارس (آذار) بشكل رسمي كرة القدم لفترة قصيرة في إيطاليا، واشتهر بعلاقاته النسائية المتعددة خلال فترة حكم والده الطويلة لليبيا والتي قاربت الـ42 عاما.",
     "2015-08-06", "accuse", "اتهامات", "الساعدي", ""},
    /* snn-010878: directed, the critic the subject: the rules read this one alone (trigger
     * "*": one event of the kind in the sentence, whatever its word; blame42 adds no second) */
    {"ووجه طواف انتقادات حادة للمبعوث الأممي السابق إلى اليمن جمال بنعمر، واتهمه بالضعف والفشل، وأنه ارتمى في أحضان الحوثيين عقب اجتياحهم العاصمة صنعاء.",
     "2015-07-26", "criticize", "*", "طواف", ""},
    /* snn-026475: directed accusations, the accuser the subject (a description) before a
     * date */
    {"وجهت السلطات الإسرائيلية اليوم (الأحد) اتهامات إلى سويدي من أصل فلسطيني، بالتجسس لصالح حزب الله اللبناني، حيث تقول أجهزة الأمن الإسرائيلية إن الحزب كلفه بجمع معلومات عن المنشآت العسكرية التي يمكن مهاجمتها في أي حرب مستقبلية بين الجانبين.",
     "2015-08-09", "accuse", "*", "السلطات", ""},
    /* snn-003249: negated (ولم): no accusation */
    {"ولم يتعرض بلاتر لأي اتهام رسمي وفاز بفترة ولاية خامسة قبل أن يعلن الشهر الماضي بعد أيام من انتصاره أنه سيترك منصبه في أعقاب القبض على مجموعة من أبرز العاملين بالاتحاد.",
     "2015-07-22", "accuse", "اتهام", NULL, ""},
    /* snn-000191: negated (لا), twice */
    {"ونجاحه خارجيا لأنه لا يتعرض لضغوط أو انتقادات وتجد الحكم يوجد قبل المباراة، لا يتعرض لأي انتقادات أو هجمات من وسائل الإعلام على الرغم من الأخطاء الفادحة التي يقع فيها.",
     "2015-07-21", "criticize", "انتقادات", NULL, ""},
    /* snn-025907: a passive, إليه no subject */
    {"وكانت الشرطة قد قبضت قبل أسبوع على المبتعث البالغ 22 عاما، ووجهت إليه اتهامات بالتهديد بتفجير قنبلة في قدر ضغط داخل سكن جامعي.",
     "2015-08-08", "accuse", "اتهامات", NULL, ""},
    /* snn-012977: a date where the subject would be, no name after ل */
    {"وجهت اليوم الأربعاء اتهامات لاثنين من الإسرائيليين وصفتهما السلطات بأنهما يهوديان متطرفان بإحراق جزء من كنيسة تقع في مكان يؤمن المسيحيون بأنه شهد معجزة للسيد المسيح.",
     "2015-07-31", "accuse", "اتهامات", NULL, ""},
    /* snn-010962: a habit (كثيرا ما) */
    {"لقد بلغ إجمالي القرارات التي صدرت عن مجلس الشورى السعودي خلال العام المنصرم 154 قرارا، كان بعضها في حكم المستحيل، وكثيرا ما وجه المجلس تساؤلات وانتقادات إلى وزارات معينة، ومع هذا قلما سمعنا شكرا يوجه له ولأعضائه في حين نجد بعضهم يحرض على شن حملات هجومية عليه.",
     "2015-07-26", "criticize", "وانتقادات", NULL, ""},
};

int main(void)
{
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_engine *off = mode_engine(RASD_TRIGGERS_NONE);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        analyse(on, d, c[0], c[1]);
        const rasd_event *ev = event_at(d, c[0], c[2], c[3]);
        if (!c[4]) {
            CHECK(ev == NULL);
            continue;
        }
        CHECK(ev != NULL);
        if (!ev)
            continue;
        CHECK(!ev->planned);
        CHECK(ev->nactors > 0 && strstr(ev->actor_name[0], c[4]) != NULL);
        if (c[5][0])
            CHECK(ev->nactors > 1 && strstr(ev->actor_name[1], c[5]) != NULL);
        if (strcmp(c[3], "*") == 0)
            continue;
        analyse(off, d, c[0], c[1]);
        CHECK(event_at(d, c[0], c[2], c[3]) == NULL);   /* the rules alone read none */
    }
    rasd_doc_free(d);
    rasd_engine_close(off);
    rasd_engine_close(on);
    return check_done("test_events_blame_nouns");
}
