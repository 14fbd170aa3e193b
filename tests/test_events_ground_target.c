/* test_events_ground_target.c — lay68 rule 1 (docs/EVENTS.md "Stop 58: the trigger layer's
 * partly and wrong rows, classed (branch lay68)"): ground.c's fight of ground taken names the
 * armed group driven out; with no winner read (layer_sides.c ev_ground_winner) the group is
 * the target, target_only, not the doer (the judges' "only the target", "the target as
 * actor": judge50 34, judge58 29, judge50 25). A winner read keeps both sides, not target
 * only (test_events_layer_sides.c has more). lay68 rule 2: such a row right after بعد or منذ
 * (a time told by what came before) is dated by its own clause only, else undated: not the
 * plane's «أمس» (judge55 2), not the article's day (judge50 34, judge52 22). Sentences of
 * SaudiNewsNet articles outside bench/recall/drawn.txt. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* {text, published, the fight's word, its group (the target)} */
static const char *const driven[][4] = {
    /* snn-016670 (judge50 34) */
    {"وصل إلى مدينة عدن أمس خالد محفوظ بحاح نائب رئيس اليمن رئيس مجلس الوزراء ومعه عدد من الوزراء، في زيارة هي الأولى للمدينة منذ تحريرها من ميليشيا التمرد الحوثية والمخلوع علي عبدالله صالح بدعم من قوات التحالف العربي.",
     "2015-08-02 23:37:32", "تحريرها", "ميليشيا"},
    /* snn-001612 (judge58 29) */
    {"أصدر الرئيس اليمني عبد ربه منصور هادي قراراً جمهورياً بتعيين نايف البكري كمحافظ لعدن وذلك بعد طرد ميليشيات الحوثي منها.",
     "2015-07-21 02:18:04", "طرد", "ميليشيات الحوثي"},
    /* snn-027969 (judge50 25) */
    {"وقال مصدر في المقاومة إنه تمت السيطرة على مديريات؛ حزم العدين، النادرة، القفر، وبشكل كامل وتطهيرها من مسلحي الحوثي وقوات صالح.",
     "2015-08-10 19:19:02", "وتطهيرها", "مسلحي الحوثي"},
};

/* {text, published, the fight's word}: undated, after بعد or منذ */
static const char *const after[][3] = {
    /* snn-007951 (judge55 2): the main clause's أمس is the plane's */
    {"وصلت أمس إلى مطار عدن الدولي بعد تحريره من ميليشيات الحوثي المتمردة والنظام المخلوع، طائرة إغاثة سعودية ثانية تحمل أكثر من عشرة أطنان من المواد الغذائية.",
     "2015-07-24 06:01:52", "تحريره"},
    /* snn-016485 (judge52 22): «وأمس» is Bahah's return */
    {"وأمس، بات بحاح أرفع مسؤول يمني يعود «منتصرًا» إلى عدن بعد تحريرها من قبضة الميليشيات الحوثية والقوات الموالية للرئيس المخلوع علي عبد الله صالح، بعد أن أجبر على البقاء في منزله لأشهر وغادر الإقامة الجبرية في ضوء شروط، منها عدم ممارسة أي عمل سياسي في الخارج، بحسب ما قيل حينها.",
     "2015-08-02 23:04:58", "تحريرها"},
};

static void check_undated(const rasd_engine *e, rasd_doc *d)
{
    for (size_t k = 0; k < sizeof after / sizeof *after; k++) {
        const rasd_event *ev;
        analyse(e, d, after[k][0], after[k][1]);
        ev = event_at(d, after[k][0], "fight", after[k][2]);
        CHECKF(ev != NULL, "%s: no fight at «%s»", after[k][0], after[k][2]);
        CHECKF(ev == NULL || (ev->date[0] == 0 && !ev->dated), "%s: dated «%s», want none",
               after[k][0], ev ? ev->date : "");
    }
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    /* snn-004312: the winner before a verb of managing; both sides, not target only */
    const char *won = "وكان ثوار المقاومة الشعبية تمكنوا من طرد المتمردين من كامل مديرية التواهي، وقال المكتب الإعلامي للمقاومة في بيان إنه تمت السيطرة على عدد من المواقع المهمة.";
    const rasd_event *ev;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t k = 0; k < sizeof driven / sizeof *driven; k++) {
        analyse(e, d, driven[k][0], driven[k][1]);
        ev = event_at(d, driven[k][0], "fight", driven[k][2]);
        CHECKF(ev != NULL, "%s: no fight at «%s»", driven[k][0], driven[k][2]);
        if (!ev)
            continue;
        CHECKF(ev->target_only && ev->nactors == 1 &&
                   strcmp(ev->actor_name[0], driven[k][3]) == 0,
               "%s: «%s» (target only %d), want the target «%s»", driven[k][0],
               ev->nactors ? ev->actor_name[0] : "", ev->target_only, driven[k][3]);
    }
    check_undated(e, d);
    analyse(e, d, driven[0][0], driven[0][1]);   /* منذ تحريرها, the article's day before */
    ev = event_at(d, driven[0][0], "fight", driven[0][2]);
    CHECKF(ev != NULL && ev->date[0] == 0, "%s: dated «%s», want none", driven[0][0],
           ev ? ev->date : "");
    analyse(e, d, won, "2015-07-22 00:45:53");
    ev = event_at(d, won, "fight", "طرد");
    CHECKF(ev != NULL && ev->nactors == 2 && !ev->target_only,
           "%s: the winner and the rebels, not target only", won);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_ground_target");
}
