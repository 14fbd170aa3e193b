/* test_events_namesake_farewell.c — prec72 (docs/EVENTS.md "Stop 60: the wrong event rows of
 * judge60-62 classed by form (branch prec72)"): a person named inside an institution's name
 * is no actor (src/events/named_for.c), و + دعت before a cohort or a tournament bids farewell
 * (trigger_guards.c farewell_object), «لم يجر» before a verbal noun negates it (data/events.tsv
 * tguard 1), a goal's net after استقبل is goals conceded (aguard goal_net). Sentences of
 * SaudiNewsNet articles outside the recall set (the article each is from in the comment):
 * judge62's wrong rows 1, 24 and 50 and the rows of bench/prec72's fresh checks (seed 7272;
 * the airport's namesake of snn-001040 is the row only in its article, so not here). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, type, first actor, second actor, by default, by the rules alone} */
    static const char *const cases[][7] = {
        /* snn-015550: the university's namesake, not its director, as the visitor */
        {"قام معالي مدير جامعة الأمير سطّام بن عبدالعزيز الدكتور عبدالرحمن بن محمد العاصمي بزيارة تفقدية لعمادة القبول والتسجيل رافقه خلالها وكيل الجامعة الدكتورعبدالله الجمعة.",
         "2015-08-01", "visit", "سطّام", NULL, "0", "0"},
        /* snn-021137: a cohort bidden farewell (ودّعت), no appeal */
        {"اجتمع مدير الشئون الصحية بحفر الباطن عادي العادي، بالطواقم الفنية المشاركة بالحد الجنوبي، حيث ودعت المديرية الدفعة المشاركة في دعم القطاع الصحي والذي بلغ عددهم 20 ممرضا وممرضة، وقد أكد العادي، خلال حديثه مع الوفد، إلى أن مشاركة الوطن في جميع ظروفه، واجب على الجميع وشرف يسعى الكل الى نيله والمساهمة في اشبار هذا الوطن المعطاء، والتفاني والاخلاص في خدمته، وأن الفريق المكلف محظوظ في نيل هذا الشرف الكبير، كما تمنى أن يمثلوا صحة حفر الباطن خير تمثيل.",
         "2015-08-06", "appeal", "", NULL, "0", "0"},
        /* snn-018956: ten teams left the tournament (ودّعت الدورة), no appeal */
        {"عبدالعزيز السلمي- سبق- جدة: أسدل الستار على مباريات الدور التمهيدي من دورة الفريق الثامنة على كأس الأمير عبدالعزيز بن سعود بن محمد، حيث ودعت عشرة فرق الدورة فيما تأهل في المقابل ثمانية فرق أخرى إلى دور الثمانية في مباريات حملت في طياتها الكثير من الإثارة والتشويق والمتعة.",
         "2015-08-03", "appeal", "", NULL, "0", "0"},
        /* snn-021205: a sanction not imposed (لم يجر إدانة) */
        {"وأوضح اليويفا أنه لم يجر إدانة اللاعب نظرًا لأن اتحاد كرة القدم في أمريكا الجنوبية (كونميبول) لم يوقف اللاعب حتى الآن.",
         "2015-08-06", "criticize", "", NULL, "0", "0"},
        /* snn-027580: goals conceded (واستقبلت شباكه ٦ أهداف), no reception; the sentence
         * up to its next clause */
        {"بدأ الفريق الأول استعداداته في ١٨رمضان بانطلاق تدريباته على ملعب الأمي"
         "ر محمد العبدالله الفيصل بالنادي بقيادة مدربه السويسري كرستيان جروس وال"
         "جهاز الفني والطبي للفريق وتواجد من خلال التدريبات اليومية جميع اللاعبي"
         "ن ما عدا الدوليين الذين التحقوا بالتدريبات بعد أسبوع وذلك بإذن مسبق، و"
         "أكمل الفريق المرحلة الأولى بجدة ومن ثم غادر إلى سويسرا لإكمال المرحلة "
         "الثانية من المعسكر، وخاض هناك عددا كبيرا من المباريات التي رتب لها الج"
         "هاز الفني، حيث لعب خلال معسكره سبع مباريات فاز في ست وتعادل في واحدة، "
         "وجميع المباريات التي خاضها الفريق أمام فرق أقل منه مستوى، سجل في الفرق"
         " المنافسه ٣٨ هدفا، واستطاع خط الهجوم تسجيل ٢٣ هدفا كان نصيب خط الوسط م"
         "نها ٩ أهداف وخط الدفاع ٥ أهداف واستقبلت شباكه ٦ أهداف من الخصوم، كما ا"
         "ستطاع جروس الوقوف على مستويات لاعبي الفريق واستعدادهم للموسم الجديد.",
         "2015-08-09", "host", "", NULL, "0", "0"},
    };
    check_two_modes(cases, sizeof cases / sizeof *cases, first_second_hold);
    return check_done("test_events_namesake_farewell");
}
