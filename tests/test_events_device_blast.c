/* test_events_device_blast.c — fix57 (docs/EVENTS.md "Issue 16: event forms stop 52 left
 * (branch fix57, stop 53)", item 5): a bomb or a landmine that went off (data/events.tsv
 * assault 13: انفجار عبوة، انفجرت عبوة، انفجر لغم، تفجير عبوة …, with their proclitics:
 * بانفجار لغم) is a bombing, the Guideline's assault, as the read parts' labels take it
 * (unseen28's «انفجر صباح أمس لغم أرضي»): like «وقع التفجير», an event with no actor at the
 * place the sentence names. Sentences of snn-026918, snn-028788 and snn-016592 (outside
 * bench/recall/drawn.txt); at the stop's start and after item 3 (2789d239) none gave an
 * assault. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

static const char arish[] =
    "ذكرت وزارة الداخلية المصرية إن شرطيين قتلا وأصيب ثلاثة آخرون اليوم الأحد عندما انفجرت عبوة ناسفة مزروعة على طريق في مدرعة في مدينة العريش بمنطقة شمال سيناء المضطربة، وأضافت في بيان أن أحد القتيلين ضابط برتبة نقيب والآخر مجند.";
static const char abyan[] =
    "افادت مصادر يمنية بأن نائب رئيس مجلس النواب محمد علي الشدادي اصيب بانفجار لغم ارضي زرعه الحوثيين بمنطقة العرقوب بمحافظة أبين جنوبي اليمن.";
static const char midyat[] =
    "وفي حادثة منفصلة نسبت ايضا الى حزب العمال الكردستاني، قتل جندي تركي وجرح اربعة آخرون في ساعة مبكرة الاحد عندما انفجر لغم ارضي بينما كانت قافلة عسكرية تمر على طريق في مدينة مديات بمحافظة ماردين بجنوب شرق تركيا، بحسب الاناضول.";

/* Whether d has an assault at trigger whose place's name holds place. */
static int blast_at(const rasd_doc *d, const char *text, const char *trigger, const char *place)
{
    const rasd_event *ev = event_at(d, text, "assault", trigger);
    return ev && ev->place_name && strstr(ev->place_name, place) != NULL;
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    analyse(e, d, arish, "2015-08-09 15:00:00");
    CHECKF(blast_at(d, arish, "انفجرت عبوة", "العريش"), "«انفجرت عبوة ناسفة … في مدينة العريش»");
    analyse(e, d, abyan, "2015-08-10 12:00:00");
    CHECKF(blast_at(d, abyan, "بانفجار لغم", "العرقوب"), "«اصيب بانفجار لغم ارضي … بمنطقة العرقوب»");
    analyse(e, d, midyat, "2015-08-02 12:00:00");
    CHECKF(blast_at(d, midyat, "انفجر لغم", "مديات"), "«عندما انفجر لغم ارضي … في مدينة مديات»");
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_device_blast");
}
