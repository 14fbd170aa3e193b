/* test_quotes_act_signed.c — rep72 (docs/EVENTS.md "Stop 60: reported statements whose
 * complement is a noun (branch rep72)"): an act of signing, transfer or rerouting announced
 * as أعلن's nominal object (أعلن روما ضم …، أعلن نادي توتنهام انتقال …، أعلنت الحكومة
 * اليمنية …، تحويل …: data/quotes.tsv cnoun 2), and a body's chair after its subject
 * (مجلس الإدارة برئاسة X) passed over: the body speaks and the complement opens after the
 * chair (chaired_subject.c). Before, the acts reported nothing and the chair spoke.
 * Sentences of SaudiNewsNet articles outside the recall set (the article each is from). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-023842: ضم after a date */
    {"وأعلن روما أمس الخميس ضم محمد صلاح 23/ عاما/ لموسم واحد على سبيل الإعارة من تشيلسي الإنجليزي مقابل خمسة ملايين يورو (46ر5 ملايين دولار) مع إمكانية التعاقد معه بشكل نهائي لثلاثة أعوام أخرى.",
     "ضم محمد صلاح", "روما", 1},
    /* snn-015510: انتقال after the club's name */
    {"أعلن نادي توتنهام الإنكليزي انتقال مدافعه الدولي الروماني فلاد تشيريتشيس إلى نابولي الإيطالي مقابل 5ر4 ملايين جنيه استرليني (7 ملايين دولار).",
     "انتقال مدافعه", "نادي توتنهام", 1},
    /* snn-018388: تحويل after a time adjunct and a comma */
    {"كما أعلنت الحكومة اليمنية في وقت سابق، تحويل حركة الملاحة من ميناء الحديدة الواقع في المدينة ذاتها غرب اليمن والذي يسيطر عليه الحوثيون والقوات الموالية للرئيس السابق علي صالح، إلى ميناء عدن الذي تسيطر عليه المقاومة الشعبية جنوبي اليمن.",
     "تحويل حركة الملاحة", "الحكومة اليمنية", 0},
    /* snn-015501: the board, not its chairman; the complement after the chair */
    {"أعلن مجلس إدارة النادي الأهلي المصري، برئاسة محمود طاهر، عن تعاقده رسمياً مع أحمد الشيخ صانع ألعاب فريق مصر للمقاصة لمدة خمسة مواسم.",
     "عن تعاقده", "مجلس إدارة النادي الأهلي المصري", 0},
    /* snn-013468: a feminine verb whose subject is the board */
    {"وقالت لـ\"الاقتصادية\" إدارة الاتفاق المكلفة برئاسة أحمد بن علي، إنها ستبطق بحق الزبيدي اللوائح والأنظمة الخاصة بالاحتراف إثر عدم احترام اللاعب معسكر فريقه.",
     "ستبطق بحق", "إدارة الاتفاق المكلفة", 0},
};

static const not_want nots[] = {
    /* snn-015501: the chair's words open no quote */
    {"أعلن مجلس إدارة النادي الأهلي المصري، برئاسة محمود طاهر، عن تعاقده رسمياً مع أحمد الشيخ صانع ألعاب فريق مصر للمقاصة لمدة خمسة مواسم.",
     "برئاسة"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_act_signed");
}
