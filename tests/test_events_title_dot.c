/* test_events_title_dot.c — err66 (docs/EVENTS.md "Stop 58: unseen34's errors, opened (branch
 * err66)"): the point of the abbreviated title د. («استقبل د. عبدالله الربيعة»، «يجتمع وزير
 * التعليم د. عزام بن محمد الدخيّل») is a title's, not a stop: ev_lead_span and honorifics
 * step over it (actors.c title_dot). Sentences of SaudiNewsNet articles outside
 * bench/recall/drawn.txt; at the stop's start none of them gave its event. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    static const char *const hosts[][4] = {
        {"من جانب آخر، استقبل د. عبدالله الربيعة أمس في المركز سفير خادم الحرمين الشريفين لدى "
         "اليمن محمد سعيد آل جابر.",                                         /* snn-030148 */
         "2015-08-11 14:19:37", "استقبل", "عبدالله الربيعة"},
    };
    static const char *const meets[][4] = {
        {"التقى وزير العمل د. مفرج بن سعد الحقباني أمس وزير العدل د. وليد بن محمد الصمعاني في "
         "مقر وزارة العمل بالرياض، وذلك استكمالاً للحراك التطويري بين الجانبين.", /* snn-013787 */
         "2015-07-31 03:49:22", "التقى", "مفرج بن سعد الحقباني"},
    };
    static const char *const criticisms[][4] = {
        {"من جهته، انتقد مفتي الديار المصرية د. شوقي علام الحادث، معتبرًا أن هذا السلوك يصب في "
         "صالح المتطرفين والإرهابيين.",                                        /* snn-015684 */
         "2015-08-01 15:38:37", "انتقد", "شوقي علام"},
    };
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    check_first_actors(e, d, "host", hosts, sizeof hosts / sizeof *hosts);
    check_first_actors(e, d, "meet", meets, sizeof meets / sizeof *meets);
    check_first_actors(e, d, "criticize", criticisms, sizeof criticisms / sizeof *criticisms);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_title_dot");
}
