/* test_quotes_opening_subject.c — attr62 (docs/EVENTS.md "Issue 16: unseen30's wrong speakers
 * and class B (branch attr62, stop 54)"; bench/attr62/rule_1.md): a bare و-cue whose speaker
 * nobody carries takes the named subject of the no-cue verb opening its sentence or the one
 * before — a title's organisation (حدد المتحدث الرسمي للاتحاد …، وقال), a person after titles
 * in the sentence before (دعا الدكتور عبدالرحمن بن إبراهيم … .وقال, another speaker before
 * him); not a person named in the verb's object (واعترف المتحدث الرسمي بأنهم … هووارد ويب،
 * وقال). Sentences of SaudiNewsNet articles outside the recall set (the article in the
 * comment); each positive had no speaker at 47b62249. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-004015: the title's organisation, the same sentence */
    {"حدد المتحدث الرسمي للاتحاد السعودي لكرة القدم موعد الاعلان عن المدرب الجديد للمنتخب السعودي لكرة القدم، وقال ل\"دنيا الرياضة\": \"إعلان اسم المدير الفني سيكون خلال أسبوع تقريبا بعد نهاية المفاوضات\".",
     "إعلان اسم", "اتحاد السعودي لكرة القدم", 1},
    /* snn-029881 (attr62's fresh draw 54621): the sentence before, a speaker before it */
    {"وناشد الدويك في ختام حديثه، الشباب العربي أن يفكر قبل أن يقدم على خطر يهدد أمن بلاده، فطاعة أولي الأمر واجبة، وحماية الوطن فرض أقره الدين.مراقبة الأبناءدعا الدكتور عبدالرحمن بن إبراهيم الشاعر، وكيل جامعة نايف العربية للعلوم الأمنية، كل مواطن للقيام بدوره في حماية أمن الوطن من خلال مراقبة الأبناء وعدم السماح للشرذمة الباغية الطاغية بتجنيدهم بالأساليب البشعة التي تكشف عن الوجه القبيح للإرهابيين واستهداف الآمنين من المواطنين ورجال الأمن في أماكن عبادتهم.وقال: إن استهداف المصلين في مسجد قوات الطوارئ وغيره من المساجد عمل مستنكر ومستهجن.",
     "إن استهداف", "عبدالرحمن بن إبراهيم", 1},
    /* snn-004015: the person is in the verb's object, after a word with no article */
    {"واعترف المتحدث الرسمي بأنهم تأخروا في إعلان التعاقد مع مدير دائرة التحكيم الحكم الانجليزي هووارد ويب، وقال: \"بالفعل هناك أقاويل كثيرة صاحبت تواجد الحكم الانجليزي ويب، وفي حال وصول معلومة دقيقة من الاتحاد السعودي سيكون هناك حديث في هذا الموضوع\".",
     "بالفعل هناك", "المتحدث الرسمي", 0},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_opening_subject");
}
