/* test_quotes33.c — quotes33 (docs/EVENTS.md "Issue 16: unseen16's quote misses and wrong
 * speakers (branch quotes33, stop 40)"): an office or household in the construct state
 * before a person (مكتب أردوغان، مكتب رئيس الوزراء التركي أحمد داود أوغلو) speaks, not the
 * person; not a lawyer (محامي حبري إبراهيم ديوارا: the lawyer is named) nor an
 * organisation's office. Sentences of SaudiNewsNet articles outside the recall set (the
 * article each is from in the comment). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-006400: was أحمد داود أوغلو */
    {"قال مكتب رئيس الوزراء التركي أحمد داود أوغلو إن الشرطة بدأت حملة أمنية تستهدف جماعات متشددة في 13 اقليما في أنحاء البلاد اليوم الجمعة.",
     "الشرطة بدأت", "مكتب رئيس الوزراء التركي أحمد داود أوغلو", 0},
    /* snn-009846: was رجب طيب أردوغان */
    {"ودعا الرئيس التركي رجب طيب أردوغان إلى إجراءات أكثر حسما. وذكر مكتب أردوغان في بيان أن ثلاث مقاتلات إف- 16 قصفت مقرين ونقطة تجمع للتنظيم الإرهابي قبل أن تعود إلى قاعدتها.",
     "ثلاث مقاتلات", "مكتب أردوغان", 0},
    /* snn-005048: was بول بيا */
    {"وقال مكتب الرئيس بول بيا ان 11 شخصا قتلوا و32 أصيبوا بجروح، مدينا الهجمات بحق المدنيين الابرياء التي وصفها بـ\"الجبانة والمشينة\".",
     "11 شخصا", "مكتب الرئيس بول بيا", 0},
    /* negative, snn-000125: a lawyer is a person, named after the client */
    {"وأكد محامي حبري إبراهيم ديوارا لوكالة الصحافة الفرنسية أن موكله الذي هو «بحال جيدة» بعد تعرضه لأزمة قلبية في يونيو (حزيران) الماضي، «لا يعترف بهذه المحكمة ولا بقانونيتها ولا بشرعيتها»، موضحا أنه طلب من مستشاريه ألا يحضروا الجلسات أيضا.",
     "موكله", "إبراهيم ديوارا", 1},
    /* negative, snn-018090: an organisation's office, no person: the organisation's rules
       (unchanged) */
    {"وقال مكتب الأمم المتحدة لتنسيق الشؤون الانسانية الأحد إن ادارة الاغاثة واعادة الاسكان في الحكومة البورمية ابلغته بأن 156 الف شخص على الاقل تضرروا بالفيضانات.",
     "ادارة الاغاثة", "الأمم المتحدة لتنسيق الشؤون الانسانية", 1},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes33");
}
