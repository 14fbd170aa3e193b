/* test_events_byhand43.c — events43 (docs/EVENTS.md "Issue 16: unseen16's event misses, and
 * harm done by a hand"): a verb of harm undergone (قتلوا، أعدموا، لقي مصرعه، قتل) with its
 * doer after على يد / على أيدي is an assault, the doer its first actor,
 * src/events/byhand43.c. Negatives: a verb of no harm (تدربوا على أيدي), the idiom الأخذ على
 * يد الظلمة. Sentences of SaudiNewsNet articles outside
 * the recall set (the article each is from in the comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* {text, published, trigger word, first actor's name holds this (NULL: no assault with that
 * word), second actor's name holds this ("" none needed)} */
static const char *const cases[][5] = {
    /* snn-027061: a plural passive, a date between, a description after على يد; its victim
     * the name before the verb */
    {"وقالت مصادر محلية ل\"الرياض\" ان ستة حوثيين بينهم القيادي ابو عقيل السالمي قتلوا امس السبت على يد عناصر المقاومة الشعبية في مديرية حزم العدين بإب.",
     "2015-08-09", "قتلوا", "المقاومة", "السالمي"},
    /* snn-023556: لقي مصرعه, a force after على يد */
    {"لقي السعودي سعود بن سعدي الخثعمي، المقاتل في صفوف تنظيم “داعش”، مصرعه على يد قوات النظام السوري خلال الاشتباكات بين الطرفين في مدينة القريتين بريف حمص الجنوبي الشرقي.",
     "2015-08-07", "مصرعه", "النظام السوري", ""},
    /* snn-026042: an execution, an organisation's name */
    {"قال وزير الدفاع العراقي خالد العبيدي إن أكثر من ألفي عراقي بمحافظة نينوى شمال العراق أعدموا على يد تنظيم الدولة الإسلامية داعش.",
     "2015-08-08", "أعدموا", "الدولة الإسلامية", ""},
    /* snn-026404: unvowelled قتل after الذي, a person's name as the doer */
    {"أجرى باسل آصف شوكت، ابن بشرى حافظ الأسد، وأخت رئيس النظام السوري، زيارة عاجلة إلى أهل الضابط الذي قتل على يد سليمان هلال الأسد.",
     "2015-08-09", "قتل", "سليمان هلال الأسد", ""},
    /* snn-013089: trained at the hands of: no harm */
    {"كشف موقوفون في خلية شاركت في الهجمات الإرهابية الأخيرة في البحرين، أنهم تدربوا على أيدي الحرس الثوري الإيراني، على نشاطات هدفها الإخلال بالأمن في منطقة الخليج.",
     "2015-07-31", "تدربوا", NULL, ""},
    /* snn-020699: الأخذ على يد الظلمة (to restrain the unjust): no harm */
    {"وأفاد بأن «التفسير الوحيد لهذه الحملات المسعورة والإساءات المتكررة من المالكي وغيره من أصحاب الأقلام المأجورة هو معارضتهم للسياسة الحكيمة التي تنتهجها حكومة خادم الحرمين الشريفين الملك سلمان بن عبد العزيز تجاه قضايا الأمة المصيرية، وحمل لواء العدل، والوقوف مع المظلوم والأخذ على يد الظلمة أينما كانوا وحيثما وُجدوا».",
     "2015-08-06", "والأخذ", NULL, ""},
};

/* The assault (or killing) whose word is trigger in the last analysis of text, or NULL. */
static const rasd_event *harm_at(const rasd_doc *d, const char *text, const char *trigger)
{
    const rasd_event *ev = event_at(d, text, "assault", trigger);
    return ev ? ev : event_at(d, text, "kill", trigger);
}

int main(void)
{
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_engine *off = mode_engine(RASD_TRIGGERS_NONE);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        analyse(on, d, c[0], c[1]);
        const rasd_event *ev = harm_at(d, c[0], c[2]);
        if (!c[3]) {
            CHECK(ev == NULL);
            continue;
        }
        CHECK(ev != NULL);
        if (!ev)
            continue;
        CHECK(!ev->planned);
        CHECK(ev->nactors > 0 && strstr(ev->actor_name[0], c[3]) != NULL);
        if (c[4][0])
            CHECK(ev->nactors > 1 && strstr(ev->actor_name[1], c[4]) != NULL);
        analyse(off, d, c[0], c[1]);
        CHECK(harm_at(d, c[0], c[2]) == NULL);   /* the rules alone read none */
    }
    rasd_doc_free(d);
    rasd_engine_close(off);
    rasd_engine_close(on);
    return check_done("test_events_byhand43");
}
