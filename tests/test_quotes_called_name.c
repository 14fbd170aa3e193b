/* test_quotes_called_name.c — quotes32 (docs/EVENTS.md "Issue 16: the name a described speaker goes
 * by (branch quotes32, stop 39)"): a speaker described and then named by يدعى or تدعى between
 * the cue and the statement (وقال أحد السكان، ويدعى آبا أباجانا، إن) is the name; not the
 * name of someone after عن, nor one before the cue or inside the statement. Sentences of
 * SaudiNewsNet articles outside the recall set (the article each is from in the comment). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-003364: the description, then the name between commas; was أحد السكان */
    {"وأصيب ما لا يقل عن 11 شخصا آخرين عندما أشعل المسلحون النار في أكثر من 300 منزل بقرية كامونا المتاخمة لنيجيريا اول أمس الاثنين .وقال أحد السكان ، ويدعى آبا أباجانا، لوكالة الأنباء الألمانية عبر الهاتف إن «قرية كامونا دمرت بالكامل.",
     "قرية كامونا", "آبا أباجانا", 1},
    /* snn-025166: a name no list knows, up to و; was مهندس */
    {"وقال مهندس في محطة للصرف الصحي يدعى جيانغ وكان يتفقد محطات الضخ في وقت مبكر من الصباح: «إنّه من أقوى الأعاصير التي رأيتها».",
     "إنّه من أقوى", "جيانغ", 0},
    /* snn-006367: a name in quote marks; was المواطنة وتدعى */
    {"وقالت المواطنة وتدعى “أم فؤاد”، إنها حاولت رد الجميل لوالدها، الذي ساعدها وظلّ بجانبها كثيراً، حتى بعد استقلالها عن الأسرة واتجاهها للأعمال والمشاريع الخاصة.",
     "حاولت رد", "أم فؤاد", 0},
    /* snn-013055: up to من; the whole first name (not ف + اليري); was أحد المحققين ويدعى … من
       (the quote takes in the paper's name, as at main) */
    {"وقال أحد المحققين ويدعى فاليري زولوتاريف من مركز مكافحة التطرف بالشيشان لصحيفة “موسكوفسكي كومسوموليتس “لا أنصح أي شخص بمراسلة مجرمين وإرهابيين خطيرين مهما كانت الظروف”. سمات الشيشان خدعة داعش روسيات",
     "موسكوفسكي", "فاليري زولوتاريف", 0},
    /* snn-026562: after عن of a verb whose speaker follows عن; was أستاذ الجراحة */
    {"ونقلت الصحيفة عن أستاذ الجراحة الذي أجرى العملية للسيدة، ويدعى ماخان لا ساها، إنه لم ير في حياته قط هذا العدد الكثير من الحصى داخل جسم مريض.",
     "لم ير في حياته", "ماخان لا ساها", 0},
    /* negatives: the accused after عن is named, not the speaker (snn-013203); a name before
       the cue (snn-009062) */
    {"وقال الدفاع عن أحد المتهمين الرئيسيين، ويدعى خالد وقد صدر ضده عقوبة السجن 12 عامًا، «إنه حكم قاس، على الرغم من أنه جاء أقل مما طالبت به النيابة العامة من عقوبة بالسجن 14عامًا».",
     "إنه حكم قاس", "الدفاع", 0},
    {"وقالت السلطات التركية: إن الانتحاري شاب تركي يبلغ من العمر 20 عامًا ويدعى الشيخ عبدالرحمن الأغوز، وذكرت الصحف أنه أقام في صفوف تنظيم داعش الارهابي في سوريا.",
     "أقام في صفوف", "الصحف", 0},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_called_name");
}
