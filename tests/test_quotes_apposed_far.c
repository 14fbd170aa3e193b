/* test_quotes_apposed_far.c — attr52 (docs/EVENTS.md "Issue 16: a described speaker's name past a
 * long aside (branch attr52, stop 44)"): a title or description after its verb, then an
 * aside longer than speak49's (a ل- complement, a second title, a place in marks), then the
 * person's name right before the statement: the speaker is that person (apposed_far.c). Not a
 * name inside the statement when the window runs into it (a complement's preposition in the
 * aside). Paragraphs of SaudiNewsNet articles outside bench/recall/drawn.txt (the article
 * each is from in the comment). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-026290, positive (two titles, a comma, a ل- complement): al-Tuwairqi (was the title) */
    {"ومن جانبه، قال المدير العام التنفيذي لمستشفى الملك خالد التخصصي للعيون، استشاري أكاديمي أول في طب وجراحة العيون، الدكتور عبدالإله بن عباد الطويرقي «إن الدراسة تعد نقلة كبيرة في طب العيون، وخصوصا في علاج المياه البيضاء»، موضحا أن نتائج الدراسة تفتح باب أمل جديد لعلاج مشكلة المياه البيضاء باستخدام القطرة دون الجراحة.",
     "إن الدراسة تعد", "عبدالإله بن عباد الطويرقي", 1},
    /* snn-029555, positive (a place in marks): Stenger (was المسؤول التنفيذي بمقاطعة) */
    {"وأفاد المسؤول التنفيذي بمقاطعة \"سانت لويس\" ستيف ستينجر بأنه لن يتم التسامح مع أعمال العنف الأخيرة في مجتمع عمل بلا كلل خلال العام الماضي على إعادة البناء لكي يصبح أكثر قوة. ",
     "لن يتم التسامح", "ستيف ستينجر", 1},
    /* snn-007772, positive (two titles, ل- words, أ. د.): al-Khazim (was the committee's head) */
    {"واوضح رئيس اللجنة المنظمة للمهرجان الدولي للعسل بالباحة رئيس مجلس إدارة جمعية النحالين التعاونيه أ. د. أحمد الخازم، بأن هذه الجائزة تشتمل على أربعة فروع، وهي: جائزة أفضل عرض.",
     "هذه الجائزة", "أحمد الخازم", 1},
    /* snn-009828, positive (لدى inside the title, not a meeting): al-Agha (was the title) */
    {" وأوضح لـ «عكاظ» المشرف على الحملة أستاذ مشارك واستشاري الغدد الصماء والسكري لدى الأطفال بجامعة المؤسس الدكتور عبدالمعين عيد الأغا، أن الحملة تهدف لرفع مستوى التثقيف والتوعية لدى أفراد المجتمع حول السمنة لدى الأطفال.",
     "الحملة تهدف", "عبدالمعين عيد الأغا", 1},
    /* snn-018671 (the paragraph), negative (عن in the aside: the window runs into the
       statement): not the boy named in it, and the quote stays (dropped with him as its
       speaker without the guard); its description is the older rules' */
    {" أخذت جريمة الاعتداء على البيوت الفلسطينية من قبل مستوطنين إسرائيليين بعدا دوليا كبيرا بعد أن تم الاعتداء الإرهابي على منزل من عائلة الدوابشة بواسطة زجاجات حارقة نتج عنها إصابة بعض افراد الأسرة ووفاة طفل رضيع في هذه الحادثة. وبعد الحادثة نددت جميع الدول والهيئات الدولية بما جرى. وتناقلت جميع وسائل الإعلام العربية الرسمية والمواقع الشخصية الخاصة بوسائل التواصل الاجتماعي خبر مقتل الرضيع الفلسطيني علي سعد دوابشة. ولكن الغريب في الأمر أن وسائل الإعلام العربية لم تنتبه لأمور مهمة كثيرة. ومنها ان إسرائيل أعلنت أن هذا العمل هو عمل إرهابي قام به متطرفون يهود من إسرائيل أتوا من مستوطنة إسرائيلية. والشيء الآخر هو أن الإعلام العربي لم يركز على ما قاله وما قام به رئيس الوزراء الإسرائيلي بنيامين نتنياهو المعروف بتشدده فيما يخص الشأن الفلسطيني عندما توعد بإحضار المتسبب بهذا العمل للعدالة. وكذلك قيامه بزيارة المصابين من عائلة الدوابشة. بل إن رئيس الوزراء أعلن وتحدث بإسهاب عن زيارته للمستشفى (تشيم شيبا) وجلوسه بالقرب من سرير الطفل الجريح أحمد الدوابشة. وبعد زيارة رئيس الوزراء الإسرائيلي للمستشفى قام بالاتصال بقادة فلسطينيين وتحدث معهم بإسهاب عما جرى. فهل هناك تغير في السياسة الإسرائيلية أم أن الحدث سبب ردة فعل قوية في الشارع الإسرائيلي؟",
     "عن زيارته", "وتحدث بإسهاب", 0},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_apposed_far");
}
