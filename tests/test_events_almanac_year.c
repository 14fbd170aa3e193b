/* test_events_almanac_year.c — fix57 (docs/EVENTS.md "Issue 16: event forms stop 52 left
 * (branch fix57, stop 53)", item 2): a line that opens with a year and a dash (a
 * this-day-in-history list) dates its deeds by that year, not by the publication date
 * (event_when.c line_year): the year alone when the line gives no fuller date, else the year
 * of a day written without one. Lines of snn-008845 and snn-016558 (outside
 * bench/recall/drawn.txt); at the stop's start (578da24c) each was dated at its article's
 * day (2015-07-25; 2015-08-02's line at 2015-07-25). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

static const char almanac[] =
    "وفي مثل هذا اليوم:\n1928 - اكتشاف مخطوطات كانت تعود إلى نابوليون بونابرت في كراكوفا (بولندا). \n1934 - اغتيال المستشار النمسوي انغلبرت دولفوس في محاولة انقلابية قام بها أعضاء في الحزب النازي النمسوي. \n1938 - السلطات النازية تمنع الأطباء اليهود من ممارسة الطب. \n1940 - الحرب العالمية الثانية: غارات جوية إيطالية على القوات البريطانية في فلسطين ومصر. \n";
static const char hamas[] =
    "1990- القوات العراقية تغزو الكويت. \n2002- الغاء عقوبة الاعدام في تركيا. \n2008- تسعة قتلى اشتباكات بين شرطة حماس واعضاء في فتح من اسرة حلس تتهمهم حماس بالوقوف وراء تفجير اودى بحياة خمسة من ناشطيها في 25 تموز/يوليو. \n";

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    const rasd_event *ev;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    analyse(e, d, almanac, "2015-07-25 09:27:30");
    ev = event_at(d, almanac, "assassinate", "اغتيال");
    CHECKF(ev && strcmp(ev->date, "1934") == 0 && ev->dated == 1,
           "«1934 - اغتيال …»: dated %s, want 1934", ev ? ev->date : "(no event)");
    ev = event_at(d, almanac, "fight", "غارات");
    CHECKF(ev && strcmp(ev->date, "1940") == 0 && !ev->planned,
           "«1940 - … غارات جوية»: dated %s, want 1940", ev ? ev->date : "(no event)");
    analyse(e, d, hamas, "2015-08-02 23:34:15");
    ev = event_at(d, hamas, "accuse", "تتهمهم");
    CHECKF(ev && strcmp(ev->date, "2008-07-25") == 0,
           "«2008- … في 25 تموز/يوليو»: dated %s, want 2008-07-25", ev ? ev->date : "(no event)");
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_almanac_year");
}
