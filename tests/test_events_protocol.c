/* test_events_protocol.c — receptions and calls of the protocol news (events22, docs/EVENTS.md
 * "Events: meetings, visits and statements recall"): the host of كان في استقبال past two
 * parts set off by dashes or commas and past an arrival clause whose place is no name, and
 * a call's receiver past his titles.
 * Sentences of SaudiNewsNet articles outside the recall set (the article each is from in the
 * comment), from the judged samples 7371 to 7373; each gives its event by default, with both
 * sides, and main's build did not. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

static int has_actor(const rasd_event *ev, const char *name)
{
    for (size_t a = 0; a < ev->nactors; a++)
        if (strcmp(ev->actor_name[a], name) == 0)
            return 1;
    return 0;
}

/* Whether the event has both actors a and b (b NULL: a alone). */
static int both(const rasd_event *ev, const char *a, const char *b)
{
    return has_actor(ev, a) && (!b || has_actor(ev, b));
}

int main(void)
{
    static const char *const cases[][6] = {
        /* snn-018194 (2015-08-03): the host past "- رعاه الله -" and its guest's title */
        {"كما كان في استقبال خادم الحرمين الشريفين - رعاه الله - صاحب السمو الأمير سعود بن عبدالله بن محمد، وسفير خادم الحرمين الشريفين لدى المملكة المغربية الدكتور عبدالرحمن بن محمد الجديع، والملحق العسكري لدى المغرب العقيد ركن نبيل العايد، وأعضاء السفارة السعودية بالمغرب، وعدد من المسؤولين.",
         "2015-08-03", "host", "سعود بن عبدالله بن محمد", "الملك سلمان بن عبدالعزيز", "rules"},
        /* snn-023076 (2015-08-06): لدى وصوله المطار, no place named, then the host */
        {"وكان سمو الأمير محمد بن سلمان وصل إلى الأردن في وقت سابق أمس حيث كان في استقبال سموه لدى وصوله المطار سمو الأمير فيصل بن الحسين، ورئيس الديوان الملكي الهاشمي الدكتور فايز الطراونة وعدد من المسؤولين الأردنيين.",
         "2015-08-06", "host", "فيصل بن الحسين", "محمد بن سلمان بن عبدالعزيز", "rules"},
        /* snn-021062 (2015-08-06): a call received, the receiver past his titles */
        {"تلقى نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز اتصالاً هاتفياً اليوم من جلالة الملك محمد السادس ملك المملكة المغربية الشقيقة أعرب خلاله عن إدانته للتفجير الإرهابي الذي استهدف اليوم مسجد قوات الطوارئ بمنطقة عسير.",
         "2015-08-06", "meet", "محمد بن نايف بن عبدالعزيز", "محمد السادس", "layer"},
    };
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT), *none = mode_engine(RASD_TRIGGERS_NONE);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        check_counts(on, none, d, c[0], c[1], c[2], both, c[3], c[4], 1,
                    strcmp(c[5], "rules") == 0);
    }
    rasd_doc_free(d);
    rasd_engine_close(on);
    rasd_engine_close(none);
    return check_done("test_events_protocol");
}
