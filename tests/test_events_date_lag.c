/* test_events_date_lag.c — err65 (docs/EVENTS.md "Stop 57: unseen33's errors, opened (branch
 * err65)"): a weekday said with its relative day (أمس الأول الجمعة، اليوم الأحد، غدا
 * الأربعاء) one to three days before the day the publication stamp gives it names the day: the
 * story was written days before it was published (date_value.c rel_day; date58 took one day).
 * Sentences of SaudiNewsNet articles outside bench/recall/drawn.txt, with their stamps; at the
 * stop's start each gave the stamp's day moved by the relative day. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* snn-003865 (stamped Wednesday 2015-07-22): the Bani Saad bombing was Friday 07-17. */
static const char bani_saad[] =
    "أعلن وزير الداخلية العراقي محمد سالم الغبان اليوم الأحد اعتقال المتورطين بالتفجير الذي "
    "استهدف ناحية بني سعد بمحافظة ديالى أمس الأول الجمعة.";

/* The date whose text is `what` in d, or NULL. */
static const rasd_date *date_of(const rasd_doc *d, const char *text, const char *what)
{
    size_t n, len = strlen(what);
    const rasd_date *x = rasd_doc_dates(d, &n);
    for (size_t k = 0; k < n; k++)
        if (x[k].end - x[k].start == len && memcmp(text + x[k].start, what, len) == 0)
            return &x[k];
    return NULL;
}

static void want_date(const rasd_engine *e, rasd_doc *d, const char *text, const char *stamp,
                      const char *what, const char *value)
{
    const rasd_date *x;
    analyse(e, d, text, stamp);
    x = date_of(d, text, what);
    CHECKF(x && strcmp(x->value, value) == 0, "«%s» in a paper of %s: %s, want %s", what, stamp,
           x ? x->value : "(no date)", value);
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    const rasd_event *ev;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    analyse(e, d, bani_saad, "2015-07-22 09:54:00");
    ev = event_at(d, bani_saad, "assault", "*");
    CHECKF(ev && strcmp(ev->date, "2015-07-17") == 0,
           "«بالتفجير الذي استهدف … أمس الأول الجمعة»: dated %s, want 2015-07-17",
           ev ? ev->date : "(no event)");
    want_date(e, d, bani_saad, "2015-07-22 09:54:00", "اليوم الأحد", "2015-07-19");
    /* snn-001825: NASA's New Horizons images, released Friday 2015-07-17 */
    want_date(e, d, "قال علماء ضمن مهمة المسبار الآلي (نيو هورايزونز) التابع لإدارة الطيران "
              "والفضاء الأمريكية (ناسا) أمس الجمعة إن صورا جديدة أرسلتها أول مركبة فضائية",
              "2015-07-21 02:23:23", "أمس الجمعة", "2015-07-17");
    /* snn-013231: Afghan intelligence on Mullah Omar's death, Wednesday 2015-07-29 */
    want_date(e, d, "أعلن المتحدث باسم الاستخبارات الافغانية حسيب صديقي، اليوم (الاربعاء)، ان "
              "الملا عمر زعيم حركة طالبان توفي قبل عامين.", "2015-07-31 04:32:50", "اليوم",
              "2015-07-29");
    /* snn-013278: Windows 10's launch «غدا الأربعاء», Wednesday 2015-07-29 */
    want_date(e, d, "يشكل إطلاق نظام التشغيل «ويندوز 10» غدا الأربعاء نقطة مهمة للكومبيوترات "
              "الشخصية", "2015-07-31 04:34:40", "غدا الأربعاء", "2015-07-29");
    /* A weekday after its relative day stays as said (the day before the stamp's day here). */
    want_date(e, d, "وقال المتحدث اليوم الأربعاء إن", "2015-07-21 02:56:15", "اليوم الأربعاء",
              "2015-07-21");
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_date_lag");
}
