/* test_quotes_title_earlier.c — title57 (docs/EVENTS.md "Issue 16: a title speaks, its holder
 * named elsewhere (branch title57, stop 49)"): a statement whose subject is a title phrase with
 * no name is the person the article named earlier after that title (the title word, and one
 * more word of the phrase), when one person only is so titled (src/events/title_named_earlier.c).
 * Not across a connective or a reporting word (قال متحدث باسم شركة فينيفست … إن سيلفيو
 * برلسكوني: the spokesman, not Berlusconi). Passages of SaudiNewsNet articles outside
 * bench/recall/drawn.txt (drawn by bench/recall/fresh.py, seed 49581); the positives fail at
 * 121e8b2 (the title phrase speaks), the negative without the clause guard. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-004611: the title repeated word for word in the next sentence */
    {"وقع مذكرتي التفاهم نائب وزير الصحة للشؤون الصحية الدكتور حمد الضويلع، ومدير جامعتي الملك عبدالعزيز وجدة المكلف الأستاذ الدكتور عبدالرحمن بن عبيد اليوبي. وأوضح مدير جامعتي الملك عبدالعزيز وجدة المكلف أن مذكرتي التفاهم تأتيان بتوجيهات سديدة من وزير التعليم الدكتور عزام بن محمد الدخيل بأهمية مساهمة كل من جامعة المؤسس وجامعة جدة بخبرائهما.",
     "مذكرتي التفاهم تأتيان", "عبدالرحمن بن عبيد اليوبي", 1},
    /* snn-023876: a shorter title (مدير عام الخطوط السعودية) a paragraph on */
    {"تسلمت الخطوط الجوية العربية السعودية يوم أمس طائرة جديدة من طراز بوينج (B777-300ER) عريضة الهيكل وبعيدة المدى ووصلت الطائرة يقودها طاقمان من طياري الخطوط السعودية إلى مطار الملك عبدالعزيز الدولي بجدة ، حيث جرى استقبالها بحضور مدير عام الخطوط الجوية العربية السعودية المهندس صالح بن ناصر الجاسر، وعدد من المسؤولين بالمؤسسة . \nوأوضح الجاسر أن هذه الطائرة من أحدث ما توصلت إليه شركة بوينج لصناعة الطائرات وهي مجهزة لتوفر أفضل مستويات الراحة والرفاهية للضيوف سواء المقاعد المريحة أو المساحات المناسبة بين المقاعد وكذلك وسائل الترفيه والخدمات الأخرى في الطائرة . \nوبين مدير عام الخطوط السعودية , بأنه تم تزويد مقصورة ركاب درجة الأعمال التي يبلغ عدد مقاعدها (30) مقعداً بأحدث المقاعد.",
     "تم تزويد مقصورة", "صالح بن ناصر الجاسر", 1},
    /* negative: snn-017205, the spokesman's title before a connective, then the person he
       spoke of: the spokesman stays a description (with the agency run on, as before) */
    {"قال متحدث باسم شركة فينيفست القابضة اليوم الاحد إن سيلفيو برلسكوني رئيس وزراء ايطاليا السابق وقع اتفاقا مبدئيا لبيع 48 بالمئة من نادي ميلانو المنافس في دوري الدرجة الأولى الايطالي لكرة القدم إلى رجل الأعمال التايلاندي بي تايتشابول بنهاية سبتمبر أيلول.\nوأبلغ المتحدث باسم فينيفست رويترز “تم تحديد موعد نهائي وهو 30 سبتمبر لنقل الحصة ودفع 480 مليون يورو.”",
     "تم تحديد موعد", "المتحدث باسم فينيفست رويترز", 0},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_title_earlier");
}
