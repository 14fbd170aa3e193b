/* test_events_plan_doers.c — events41 (docs/EVENTS.md "Issue 16: doers, dates of planned events
 * and unseen14's event misses"): the date and status of a planned event told beside a date
 * before its article (src/events/plan_date.c): a future's date is the telling's (أعلن … أمس
 * أنه سيتوجه: no date, or the sentence's date to come), a present beside a past date is
 * one of narration (occurred); a bare weekday after غد or a future verb is ahead (data/
 * dates.tsv "future"); a bare month under a past verb is the last one (event_when.c
 * month_back), not آب read in إب; the name فيصل is no ف + يصل (visits.c, "tnot"). And the
 * forms left alone: a future with its own month to come. Sentences of SaudiNewsNet articles
 * outside the recall set (the article each is from in the comment), from the corpus rows
 * the change touches (every article outside drawn.txt). Also a passive accusation (اتُّهم
 * بـ: no accuser; src/events/doers.c), not an active with a name in ب after the verb. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* {text, published, type, trigger word, status ("planned", "occurred"; NULL: no event of
 * type with that word), date, dated ("1", "0")} */
static const char *const cases[][7] = {
    /* snn-002922: غد before the weekday: tomorrow, not last Wednesday */
    {"ويعقد وزير التعليم الدكتور عزام الدخيل صباح غد الأربعاء اجتماعاً مع مديري المناطق التعليمية لمناقشة استعداداتها واستعدادات المدارس لانطلاقة الدراسة في موعدها المحدد.",
     "2015-07-21", "meet", "اجتماعاً", "planned", "2015-07-22", "1"},
    /* snn-015057: the same, ظهر غد الأحد */
    {"يعقد صاحب السمو الملكي الأمير عبدالله بن مساعد بن عبدالعزيز الرئيس العام لرعاية الشباب رئيس اللجنة الأولمبية العربية السعودية ظهر غد الأحد اجتماعاً برئيس مجلس إدارة الاتحاد السعودي لكرة القدم وأعضاء المجلس.",
     "2015-08-01", "meet", "اجتماعاً", "planned", "2015-08-02", "1"},
    /* snn-003040: the date is the announcement's; the week to come has no day: no date
       (dates44: not the article's day either, weeks.c) */
    {"أعلن وزير الخارجية الفرنسي لوران فابيوس أمس الثلاثاء أنه سيتوجه إلى إيران الأسبوع المقبل، حيث سيلتقي خصوصا الرئيس حسن روحاني، وذلك بعد توقيع اتفاق تاريخي حول البرنامج النووي.",
     "2015-07-22", "visit", "سيتوجه", "planned", "", "0"},
    /* snn-007117: the statement's أمس is not the visit's; its own date comes later */
    {"ومن جهته، قال هاينز فيشر، رئيس النمسا، في بيان يوم أمس، إنه سيزور إيران بين السابع والتاسع من سبتمبر (أيلول) ملتزما بوعد أطلقه قبل أشهر من التوصل إلى اتفاق نووي تاريخي بين طهران والدول الست الكبرى في وقت سابق من هذا الشهر.",
     "2015-07-24", "visit", "سيزور", "planned", "2015-09-09", "1"},
    /* snn-016534: the source spoke last Thursday; the signing is to come */
    {"وقال مصدر لرويترز يوم الخميس الماضي إن برلسكوني سيوقع اتفاقا مبدئيا ملزما لبيع 48 بالمئة من ميلانو خلال الأيام القليلة المقبلة على أن يتم توقيع الاتفاق النهائي بعد انتهاء الصيف.",
     "2015-08-02", "sign", "سيوقع اتفاقا", "planned", "2015-08-02", "0"},
    /* snn-020716: a chronology's present: it happened on its date */
    {"- 14 أبريل (نيسان) : الأمير محمد بن سلمان يزور القاهرة ويلتقي بالرئيس السيسي، تم خلال الزيارة الاتفاق على تشكيل لجنة عسكرية مشتركة لبحث تنفيذ مناورة استراتيجية كبرى على أراضي المملكة وبمشاركة قوة عربية مشتركة تضم قوات من مصر والسعودية ودول الخليج.",
     "2015-08-06", "meet", "ويلتقي", "occurred", "2015-04-14", "1"},
    /* snn-024759: a bare month under a past verb: the last January */
    {"وأثبتت الوحدات الكردية التي طردت تنظيم داعش من مدينة كوباني في يناير انها القوة الاكثر فاعلية في التصدي للتنظيم في سوريا وباتت حليفًا رئيسيًا للائتلاف الدولي.",
     "2015-08-07", "fight", "طردت", "occurred", "2015-01", "1"},
    /* snn-007023: the same, two names of the month */
    {"وفر هادي ومساعدوه إلى الرياض فيما اقتربت قوات الحوثيين التي سيطرت على صنعاء في سبتمبر أيلول من عدن.",
     "2015-07-24", "fight", "سيطرت", "occurred", "2014-09", "1"},
    /* snn-004436: إب is a city of Yemen, not آب (August): no date */
    {"وعلى صعيد آخر، سقط قتلى وجرحى جراء قصف طيران التحالف العربي لمعسكر الحمزة في إب وسط اليمن، أسفر أيضاً عن تدمير مخازن الأسلحة في المعسكر.",
     "2015-07-22", "fight", "قصف", "occurred", "2015-07-22", "0"},
    /* snn-005961: a future with its month to come stays ahead */
    {"وكشف كارتر أيضا عن أن الملك سلمان سيزور الولايات المتحدة ويلتقي بالرئيس باراك أوباما في سبتمبر.",
     "2015-07-23", "visit", "سيزور", "planned", "2015-09", "1"},
    /* snn-008995: فيصل is a name, not ف + يصل */
    {"وفي يوم 8/5/1384 وصل سمو الأمير فيصل ولي العهد ونائب الملك إلى مطار الحوية بالطائف قادمًا من الإسكندرية بعد أن حضر مؤتمر القمة العربي الثاني.",
     "2015-07-25", "visit", "فيصل", NULL, "", ""},
};

/* {text, published, trigger word of an accusation, its first actor ("": none; NULL: no
 * accusation there)}: a passive accusation has no accuser (doers.c); an active keeps its. */
static const char *const doers[][4] = {
    /* snn-006030: the relative's antecedent is the accused, not the accuser */
    {"قائمة الـ 36 ومحسن الفضلي الذي اتهم بقضايا إرهابية عدة في الكويت وخارجها كان يرتبط ومجموعة إسلامية كويتية لها ميول متطرفة.",
     "2015-07-23", "اتهم", ""},
    /* snn-007081: not أوباما, named before the accused */
    {"ففي كينيا، سيلتقي أوباما بالرئيس اوهورو كينياتا، الذي كان قد اتهم بارتكاب جرائم ضد الإنسانية إثر التحريض على العنف الطائفي حتى أسقطت القضية خلال ديسمبر (كانون الأول) الماضي.",
     "2015-07-24", "اتهم", ""},
    /* snn-026959: arrested and charged: she is no accuser */
    {"وقال: إن امهما ستيفاني ستون (34 عاماً) اعتقلت واتهمت بالقسوة مع اطفال والسجن دون وجه حق وحيازة مخدرات.",
     "2015-08-09", "واتهمت", ""},
    /* snn-000119: a name in ب after the verb is its subject: active */
    {"واتهمت باكستان الهند بانتهاك آخر لوقف إطلاق النار في إقليم كشمير حيث ذكرت أن أربعة مدنيين قتلوا في قصف للمناطق الباكستانية من الإقليم المضطرب.",
     "2015-07-21", "واتهمت", "باكستان"},
    /* snn-005146: the relative's antecedent is the accuser of an active */
    {"أعرب رئيس مجلس الأمة الكويتي بالإنابة مبارك بن بنيه الخرينج عن رفضه للتصريحات غير المسئولة لنائب الرئيس العراقي نوري المالكي الذي اتهم المملكة العربية السعودية بدعم ورعاية الإرهاب .",
     "2015-07-23", "اتهم", "المالكي"},
};

int main(void)
{
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        analyse(on, d, c[0], c[1]);
        const rasd_event *ev = event_at(d, c[0], c[2], c[3]);
        if (!c[4]) {
            CHECK(ev == NULL);
            continue;
        }
        CHECK(ev != NULL);
        if (!ev)
            continue;
        CHECK(strcmp(ev->planned ? "planned" : "occurred", c[4]) == 0);
        CHECK(strcmp(ev->date, c[5]) == 0);
        CHECK(ev->dated == c[6][0] - '0');
    }
    for (size_t i = 0; i < sizeof doers / sizeof *doers; i++) {
        const char *const *c = doers[i];
        analyse(on, d, c[0], c[1]);
        const rasd_event *ev = event_at(d, c[0], "accuse", c[2]);
        CHECK(ev != NULL);
        if (!ev)
            continue;
        if (!c[3][0])
            CHECK(ev->nactors == 0);
        else
            CHECK(ev->nactors > 0 && strstr(ev->actor_name[0], c[3]) != NULL);
    }
    rasd_doc_free(d);
    rasd_engine_close(on);
    return check_done("test_events_plan_doers");
}
