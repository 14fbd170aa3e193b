/* test_quotes_charge_sheet.c — quotes36 (docs/EVENTS.md "Issue 16: unseen18's quote errors (branch
 * quotes36, stop 42)"): a charge sheet speaks as a document does (data/quotes.tsv "body":
 * لائحة، اللائحة): وتقول لائحة الاتهام، إن …؛ وذكرت لائحة الاتهام أن «…»؛ وجاء في لائحة
 * الاتهام، أن …. Sentences of SaudiNewsNet articles outside the recall set (the article each
 * is from in the comment); each had no speaker without the two rows. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-029498: a comma between the document and إن */
    {"وتقول لائحة الاتهام، إن جنودا إسرائيليين أطلقوا الرصاص في الهواء لردع المهاجمين، فعادوا قليلا إلى الوراء، لكنهم عادوا وهجموا على سيارة الإسعاف.",
     "جنودا إسرائيليين", "لائحة الاتهام", 0},
    /* snn-027810: the statement in quote marks after أن */
    {"وذكرت لائحة الاتهام أن «ضغوطات شديدة مورست على المتهم من أجل الحصول على اعترافات منه، حول المعلومات التي حصل عليها في إسرائيل وقدمها إلى حزب الله اللبناني».",
     "ضغوطات شديدة", "لائحة الاتهام", 0},
    /* snn-029498: جاء في, the document after في */
    {"وجاء في لائحة الاتهام، أن جريحين سوريين وصلا إلى الجهة التي تسيطر عليها إسرائيل من الجولان، في مساء يوم 22 يونيو (حزيران) الماضي، عن طريق الحدود في منطقة جبل الشيخ.",
     "جريحين سوريين", "لائحة الاتهام", 0},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_charge_sheet");
}
