/* test_quotes_speaker_described.c — desc56 (docs/EVENTS.md "Issue 16: described persons and groups
 * as quote speakers (branch desc56, stop 48)"): a speaker the rules left empty is a described
 * person or group its sentence gives before the verb, the verb agreeing with its head (لكن محللين
 * آخرين قالوا إن، حسب مصدر عسكري مالي أوضح أن), or the owner of a speech noun before a verb with
 * فيها (ألقيت كلمة الخريجين عبروا فيها). Not a description that runs on into a verb (كلمة الأهالي …
 * الواجب ألقاها نيابة عنهم …، أعربوا فيها), nor one whose verb is a relative clause's (توقعات
 * التقرير السابق الذي أشار إلى أن). Sentences of SaudiNewsNet articles outside
 * bench/recall/drawn.txt (the article each is from in the comment); the positives fail at
 * 7ef945b (no speaker), the two negatives at desc56's first commit 888668b. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-010134: an indefinite plural head after لكن, its adjective, a plural verb */
    {"ويتوقع صندوق النقد الدولي أن ينكمش بنسبة 3.8 في المائة خلال 2015، وبأكثر من واحد في المائة في عام 2016. لكن محللين آخرين قالوا إن الانخفاض المتوقع في أسعار النفط لن يكون كارثيًا، نظرًا لمصلحة إيران - كعضو في منظمة أوبك - في ضمان استقرار سوق النفط العالمية.",
     "الانخفاض المتوقع", "محللين آخرين", 0},
    /* snn-019058: the same after ولكن, a nisba */
    {"ولكن مسؤولين سودانيين قالوا إن طلب التأشيرة الأمريكي كان معلقا. وهو ما حال دون سفره.",
     "طلب التأشيرة", "مسؤولين سودانيين", 0},
    /* snn-013107: adjuncts between the verb and أنه */
    {"ولم يوضح رزاق تحديدا التقارير التي يتحدث عنها، لكن مسؤولين ماليزيين أفادوا في وقت سابق أمس أنه تم العثور على قطعة حطام من جناح طائرة «بوينغ 777» يبلغ طولها نحو مترين وهي تعرف باسم «جنيح».",
     "تم العثور", "مسؤولين ماليزيين", 0},
    /* snn-025137: an indefinite source after حسب, a clause that describes it */
    {"قتل أربعة أشخاص بينهم عسكريان ومهاجم أمس الجمعة في هجوم استهدف فندقا يقيم فيه غربيون في مدينة سيفاري في وسط مالي، حسب مصدر عسكري مالي أوضح أن الهجوم عبارة عن عملية «احتجاز رهائن» في الفندق.",
     "الهجوم عبارة", "مصدر عسكري مالي", 0},
    /* snn-006597: a speech noun's owner, a plural no list names; the participle goes on */
    {"عقب ذلك ألقيت كلمة الخريجين عبروا فيها عن فخرهم واعتزازهم بتشريف سمو وزير الدفاع حفل تخرجهم ، مؤكدين جاهزيتهم للذود عن أرض هذا الوطن الغالي تحت راية التوحيد ، في ظل حكومة خادم الحرمين الشريفين .",
     "عن فخرهم", "الخريجين", 0},
    /* negative: snn-002426, the description runs on into a verb (ألقاها): nobody */
    {"بعد ذلك ألقيت قصيدة شعرية بهذه المناسبة، أعقبتها كلمة الأهالي وذوي شهداء الواجب ألقاها نيابة عنهم عطية بن سعيد الزهراني، أعربوا فيها عن اعتزازهم باستشهاد أبنائهم دفاعا عن الدين والوطن والمليك، ليبقى الوطن شامخا بقيادته وبعزه وباستقراره وبأمنه، مشيرين إلى أن مواساة ووقوف ولاة الأمر - حفظهم الله - مع أسر الشهداء كان لها بالغ الأثر في تخفيف مصابهم.",
     "عن اعتزازهم", "", 0},
    /* negative: snn-017933, the verb is the relative clause's */
    {"وجاء أداء السوق قريبا من توقعات التقرير السابق الذي أشار إلى أن المؤشر قد يستهدف مستويات 8870 نقطة ليأتي الإغلاق دونها، ما قد يدفعه إلى مزيد من التراجع قد يصل إلى 8640، بضغط من أسعار النفط المتراجعة وعودة سهم \"موبايلي\" إلى التداول.",
     "المؤشر قد", "", 0},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_speaker_described");
}
