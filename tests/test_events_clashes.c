/* test_events_clashes.c — events33 (docs/EVENTS.md "Issue 16: attacks, killings and fighting
 * the rules miss"), each by default and by the rules alone: clashes with an adjective before
 * بين (اشتباكات عنيفة بين) and the verb اشتبك مع (data/events.tsv, the rules); opening fire on
 * a target (فتحوا النار على), a killing with its doer after the victim (قتل … برصاص الجيش) and
 * targets coordinated after the first (… وعلى المصلين، ضربات ضد X ومقاتلي Y) (the trigger
 * layer, src/events/violence.c). Sentences of SaudiNewsNet articles outside the recall set
 * (the article each is from in the comment), positives and negatives. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, type, first actor ("": any), by default, by the rules alone} */
    static const char *const cases[][6] = {
        /* snn-011012: clashes with an adjective between the noun and بين */
        {"في هذه الأثناء، اندلعت اشتباكات عنيفة بين المقاومة الشعبية ومسلحين حوثيين في الجفينة بالجبهة جنوبي غرب مأرب.",
         "2015-07-26", "fight", "المقاومة الشعبية", "1", "1"},
        /* snn-010110: the verb of clashing and its other party after مع */
        {"قالت قيادة العمليات المشتركة العراقية في بيان، إن قوات الأمن دخلت جامعة الانبار في جنوب مدينة الرمادي بمحافظة الانبار، واشتبكت مع مسلحي تنظيم \"داعش\" داخل حرمها.",
         "2015-07-26", "fight", "الدولة الإسلامية", "1", "1"},
        /* snn-000135: opening fire on a target (its doer before, in a relative clause) */
        {"من جهته، قال أبو بكر غاماندي، رئيس اتحاد الصيادين في ولاية بورنو، إنه «عند وصولهم إلى قرية غارين جيوا التي تبعد بأربعة كيلومترات فقط عن باغا، وقعوا في كمين لمسلحي بوكو حرام الذين فتحوا النار على الشاحنة، وأجبروا الرجال داخلها على الفرار في الغابة».",
         "2015-07-21", "assault", "الشاحنة", "0", "0"},
        /* snn-029961: the same, the police its target */
        {"قال قائد شرطة مقاطعة سانت لويس الأمريكية: إن الرجل الذي فتح النار على الشرطة في مدينة فيرجسون بولاية ميزوري الأمريكية أمس الاول أصيب بجروح خطيرة إثرالاشتباك مع رجال الأمن.",
         "2015-08-11", "assault", "الشرطة", "0", "0"},
        /* snn-004269: a killing, its victim a common noun, its doer after برصاص */
        {"قتل شاب فلسطيني متأثرا بإصابته برصاص الجيش الإسرائيلي اليوم الأربعاء في جنين في الضفة الغربية.",
         "2015-07-22", "assault", "الجيش الإسرائيلي", "1", "0"},
        /* snn-027717: air strikes on two targets, the second repeating the first's head */
        {"وتركيا العضو في حلف شمال الأطلسي في حالة تأهب قصوى منذ أن بدأت ما وصفه مسؤولون بأنها “حرب منسقة على الإرهاب” الشهر الماضي والتي شملت توجيه ضربات جوية ضد مقاتلي تنظيم الدولة الإسلامية في سوريا ومقاتلي حزب العمال الكردستاني في شمال العراق بالاضافة إلى اعتقال مئات من المشتبه بهم في الداخل.",
         "2015-08-10", "fight", "", "2", "0"},
        /* snn-011567: an assault on two targets, the second after وعلى */
        {"وإن «انتهاك قدسية الحرم القدسي الشريف والاعتداء على حراسه وعلى المصلين، هو انتهاك لمشاعرنا، ومن شأنه أن يؤدي إلى مزيد من مشاعر العداء».",
         "2015-07-27", "assault", "", "0", "0"},
        /* snn-011143: وعلى رأسها ("foremost among them") is no second target */
        {"وقال المفتي ،في تصريحات له اليوم إن \"استمرار الاعتداء على المقدسات الفلسطينية وعلى رأسها المسجد الأقصى المبارك، يحول المنطقة إلى قنبلة موقوتة، وينذر بحرب دينية وشيكة\".",
         "2015-07-26", "assault", "", "0", "0"},
        /* snn-002743: an attack on someone "personally": of words, none */
        {"هناك هجوم عليّ شخصياً وعلى معالي وزير العمل بسبب الإيقاف، وقبل سنتين أثاروا شائعة أنني أنا من تسبب في إيقاف الاستقدام من إندونيسيا لمصالحي الشخصية، ولإنجاح الشركة، ونعرف مصادر هذا الهجوم.",
         "2015-07-21", "assault", "", "0", "0"},
        /* snn-005047: a bullet (برصاصة في الصدر) names how, not who: no doer, no event */
        {"وتابع المصدر الطبي أن فلاحا قتل جراء اصابته برصاصة في الصدر، بينما نقل ابنه إلى المستشفى لتلقي العلاج بعد اصابته في الحوض.",
         "2015-07-23", "assault", "", "0", "0"},
        /* snn-004537: killings in general (قتل أبناء الوطن على أيدي أبناء الوطن): none */
        {"فما يُشاهد حالياً هو قتل أبناء الوطن على أيدي أبناء الوطن، وهذا ما تهدف إليه التنظيمات الإرهابية.",
         "2015-07-22", "assault", "", "0", "0"},
    };
    check_two_modes1(cases, sizeof cases / sizeof *cases, first_actor_is);
    return check_done("test_events_clashes");
}
