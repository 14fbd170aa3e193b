/* test_quotes_occasion_object.c — attr73 (docs/EVENTS.md "Stop 60: a quote given to the other
 * party of an occasion phrase (branch attr73)"): a name from an occasion phrase whose pronoun
 * refers back on (خلال استقباله وزير الخارجية الفرنسي لوران فابيوس، في اجتماعه مع الجهات …
 * حرص الملك سلمان) is not its cue's speaker; the window cut at the phrase speaks, a subject
 * before it or the carried speaker (occasion_subject.c). Paragraphs of SaudiNewsNet articles
 * outside bench/recall/drawn.txt (the article each is from in the comment); each check fails
 * without the change. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-017258: the host زنكنه announced, not his guest Fabius */
    {"وكان وزير النفط الايراني بيجن نامدار زنكنه اعلن خلال استقباله وزير الخارجية الفرنسي لوران فابيوس الاسبوع الماضي ان مرحلة جديدة من التعاون الاقتصادي مع شركة (توتال) الفرنسية ستبدأ قريبا لتطوير الحقول النفطية داخل الاراضي الايرانية.",
     "مرحلة جديدة", "بيجن نامدار", 1},
    /* snn-022497: the amir of the sentence's first clause, not the king in the complement */
    {"اطلع أمير منطقة نجران الأمير جلوي بن عبدالعزيز بن مساعد أمس على سير العمل في منفذ الوديعة بمحافظة شرورة، وأكد في اجتماعه مع الجهات العاملة في المنفذ حرص خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز على راحة الشعب اليمني وسلامته، مشيرا إلى أن ما قام به الملك المفدى من أعمال مباركة تمثلت في عاصفة الحزم ثم عملية إعادة الأمل يجسد إنسانيته.",
     "ما قام به", "جلوي بن عبدالعزيز بن مساعد", 1},
    /* snn-019852: the ambassador of the sentence before, carried past «خلال استقباله … بعثة» */
    {"حقق منتخب المملكة للكاراتيه المركز الثاني في البطولة العربية الثالثة للناشئين والشباب التي استضافتها مصر، وهنأ سفير خادم الحرمين الشريفين لدى مصر العربية أحمد قطان المنتخب السعودي على هذا الإنجاز، متمنيا لهم المزيد من النجاح والتوفيق والسداد.\n وقال في كلمة خلال استقباله أمس بمقر السفارة بعثة منتخب المملكة للكاراتيه: إن \"هذا الإنجاز يضاف إلى قائمة الإنجازات التي يحققها شباب المملكة وأبنائها في المجالات كافة، مؤكدا أن اللاعبين مؤهلون لرفع اسم المملكة عاليا في كل المحافل سواء العربية أو الإقليمية أو الدولية\".",
     "اللاعبين مؤهلون", "أحمد قطان", 1},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, NULL, 0,
                            "test_quotes_occasion_object");
}
