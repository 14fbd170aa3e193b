/* test_dates_adjacent.c — dates47 (docs/EVENTS.md "Issue 16: an event's day told in another
 * sentence …"): an event whose sentence states no date takes the day of the sentence that
 * points back at it (جاء ذلك خلال … أمس), or of the same kind of event told in the sentence
 * before when a definite noun retells it with no other doer; an event after غداة/عشية is the
 * day before the word less/plus one, else no date (src/events/adjacent_dates.c). Sentences of
 * SaudiNewsNet articles outside the recall set (bench/recall/drawn.txt), with negatives. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

/* Whether an event of type ty whose word starts with trig has the date, dated and planned. */
static void check_at(const rasd_engine *e, rasd_doc *d, const char *const c[7])
{
    size_t n, hit = 0, seen = 0;
    analyse(e, d, c[0], c[1]);
    const rasd_event *ev = rasd_doc_events(d, &n);
    size_t tl = strlen(c[3]);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(ev[i].type, c[2]) != 0 || ev[i].trigger_end - ev[i].trigger_start < tl ||
            memcmp(c[0] + ev[i].trigger_start, c[3], tl) != 0)
            continue;
        seen = 1;
        hit |= strcmp(ev[i].date, c[4]) == 0 && ev[i].dated == (c[5][0] == '1') &&
               ev[i].planned == (c[6][0] == '1');
        if (!hit)
            fprintf(stderr, "   got %s [%s] dated=%d planned=%d\n", ev[i].type, ev[i].date,
                    ev[i].dated, ev[i].planned);
    }
    CHECKF(seen, "%s: no %s at %s", c[0], c[2], c[3]);
    CHECKF(hit, "%s: %s at %s not dated [%s] dated=%s planned=%s", c[0], c[2], c[3], c[4],
           c[5], c[6]);
}

int main(void)
{
    /* {text, published, type, the event's word, date ("": null), dated, planned} */
    static const char *const cases[][7] = {
        /* 021787 the lead, dated by the sentence that points back at it */
        {"دعا الرئيس الفلسطيني محمود عباس أبو مازن إلى مراجعة شاملة للعلاقات مع إسرائيل في ظل الاعتداءات المتواصلة التي لا تتوقف ضد الشعب الفلسطيني ومقدساته، مؤكدًا أن «قطعان المستوطنين» ما كان لهم أن يقدموا علي ارتكاب جرائم الاقتحامات وخطط التهويد والانتهاكات تجاه الأقصى المبارك دون الحصول على ضوء أخضر من السلطات الإسرائيلية.\nجاء ذلك خلال اجتماع لجنة متابعة مبادرة السلام الدولية أمس الأربعاء بالقاهرة، بمشاركة وزير الدولة السعودي للشؤون الخارجية نزار مدني ووزير الخارجية الأردني ناصر جودة ووزير الخارجية الفلسطيني رياض المالكي ووزيرة الدولة المغربية المنتدبة مباركة بو عيدة إلي جانب سامح شكري وزير الخارجية المصري رئيس الاجتماع.",
         "2015-08-06 22:17:50", "appeal", "دعا", "2015-08-05", "1", "0"},
        /* 006211 */
        {"حث صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض، منسوبي الإمارة إلى بذل الجهود في سبيل تطوير العمل والارتقاء بالخدمة المقدمة للمواطن والمقيم في هذه المنطقة الغالية، سائلا الله سبحانه وتعالى أن يديم على الوطن وأبنائه نعمة الأمن والاستقرار وأن يعيد علينا هذه المناسبة السعيدة والوطن ينعم برخاء وطمأنينة في ظل القيادة الحكيمة.\nجاء ذلك لدى استقباله أمس في قصر الحكم، وكلاء الإمارة المساعدين ومديري الإدارات ورؤساء الأقسام والموظفين الذين قدموا للسلام على سموه وتهنئته بعيد الفطر المبارك، سائلين الله العلي القدير أن يعيده على الجميع باليمن والخير والبركات.",
         "2015-07-23 17:38:51", "appeal", "حث", "2015-07-22", "1", "0"},
        /* 002441: quote marks before the day do not end the clause */
        {"طالبت جبهة النصرة التي تحتجز عددا من عناصر الجيش وقوى الأمن اللبنانيين في جبال القلمون السورية، بالإفراج عن خمس نساء في السجون اللبنانية مقابل إطلاق سراح ثلاثة عسكريين مخطوفين منذ سنة.\nجاء ذلك في مقابلة أجرتها محطة «ام تي في» التلفزيونية اللبنانية أمس الأول مع أحد قياديي التنظيم في منطقة القلمون الملقب بأبي مالك الشامي (المعروف أيضا بأبي مالك التلي) على هامش زيارة سمحت بها الجبهة لعائلات العسكريين الى أبنائها لمناسبة عيد الفطر.",
         "2015-07-21 02:27:34", "appeal", "طالبت", "2015-07-19", "1", "0"},
        /* 027353: a definite noun retells the sentence before’s shelling */
        {"بدورهم، نفّذ الحوثيون السبت قصفاً عشوائياً على عدة أحياء سكنية في تعز، أسفر عن إصابة عدد من المدنيين.\nونقلت وكالة الأناضول عن مصدر طبي قوله: إن القصف استهدف أحياء من بينها باب موسى والروضة والجمهوري.",
         "2015-08-09 17:52:31", "fight", "القصف", "2015-08-08", "1", "0"},
        /* 008724: غداة, a day before the word: that day less one */
        {"قصفت ثلاث طائرات حربية تركية أمس، عدة مواقع لتنظيم \"داعش\" الإرهابي في سورية، وذلك غداة تبادل لإطلاق النار بين الجيش التركي والمسلحين على الحدود، وأسفر القصف عن مقتل تسعة من عناصر التنظيم وإصابة 12 آخرين.",
         "2015-07-25 10:03:52", "fight", "تبادل", "2015-07-23", "1", "0"},
        /* 024760: غداة, no day before the word: no date */
        {"وقال كيري غداة لقاء مع لافروف في ماليزيا: «بحثنا كذلك في قرار الأمم المتحدة واعتقد أننا توصلنا إلى اتفاق يفترض بموجبه أن يتم التصويت على هذا القرار قريبا وأن تنشأ آلية لمحاسبة (المسؤولين)».",
         "2015-08-07 06:27:11", "meet", "لقاء", "", "0", "0"},
        /* 019337, negative: عشية, the date after the word is the attack’s own */
        {"وقال عبد الرحمن صباح عيدان سعود، وهو من البدون، امام المحكمة انه انضم الى التنظيم المتطرف عشية الهجوم الانتحاري الذي استهدف مسجد الامام الصادق في الكويت في 26 حزيران/يونيو وخلف 26 قتيلا ونحو مئتي جريح.",
         "2015-08-04 19:02:56", "assault", "الهجوم", "2015-06-26", "1", "0"},
        /* 023650, negative: the clashes have other sides than the shelling before */
        {"وفي حين تعد البيضاء منطلقًا مهمًا لقوات المتمردين، فقد قصفت قوات التحالف يوم أمس منزل المحافظ، العميد على محمد المنصوري، كما استهدف القصف أيضًا معسكر قوات الأمن الخاصة (الأمن المركزي – سابقًا).\nومن جانب آخر، يشهد الشريط الحدودي السابق بين محافظتي الضالع وإب، وتحديدًا في منطقة سناح، أعنف المواجهات بين المقاومة الشعبية والميليشيات الحوثية وقوات صالح التي تتخذ من مدينة قعطبة (الشمالية)، والتي تتبع الضالع (الجنوبية)، حاليًا، منطلقًا لتنفيذ هجمات على مدينة الضالع.",
         "2015-08-07 06:23:56", "fight", "المواجهات", "2015-08-07", "0", "0"},
    };
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
        check_at(e, d, cases[k]);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_dates_adjacent");
}
