/* test_events_host_patients.c — mend53 (docs/EVENTS.md "Issue 16: judge47's wrong rows (branch
 * mend53, stop 45)"): the wounded or a patient received (data/events.tsv tguard 8: المريض،
 * الجرحى، المصابين) is a hospital's or a doctor's work, no host's reception. A sentence of a
 * SaudiNewsNet article outside bench/recall/drawn.txt; it gave a host event without the rows. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

static void test_received(const rasd_engine *e, rasd_doc *d)
{
    static word_case cases[] = {
        /* snn-027803: Amman received a plane carrying the wounded */
        {"قال نبيل كليب طبيب الأشعة وعضو هيئة الإغاثة اليمنية في الأردن: «استقبلت عمان، أول من أمس السبت، أول طائرة لنقل الجرحى، وكان عدد الحالات بحدود مائة جريح، وكانت الإصابات متنوعة من إصابات في الرأس والصدر، إثر طلقات نارية وإصابات في البطن.. وأخرى متفرقة.",
         "2015-08-10 18:46:35", "host", "استقبلت"},
    };
    check_event_words(e, d, cases, sizeof cases / sizeof *cases, 0);
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_received(e, d);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_host_patients");
}
