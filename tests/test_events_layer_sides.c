/* test_events_layer_sides.c — layer50 (docs/EVENTS.md "Issue 16: the trigger layer's fight and
 * agree rows"): the sides of the trigger layer's fight and agree rows that the sentence names
 * next to the trigger (layer_sides.c): a strike's doer after ل, before its verb of launching or
 * after a plural or present one; the side that took ground (after a verb of managing, or
 * before it: stop 52); an agreement's other party after
 * مع. Sentences of SaudiNewsNet articles outside the recall set (bench/recall/drawn.txt). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

/* {text, published, type, the event's word, its first actor, its second ("": none asked)} */
typedef const char *const side_case[6];

static void check_sides(const rasd_engine *e, rasd_doc *d, side_case *cases, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        const rasd_event *ev;
        analyse(e, d, cases[k][0], cases[k][1]);
        ev = event_at(d, cases[k][0], cases[k][2], cases[k][3]);
        CHECKF(ev != NULL, "%s: no event at «%s»", cases[k][0], cases[k][3]);
        if (!ev)
            continue;
        CHECKF(ev->nactors > 0 && strcmp(ev->actor_name[0], cases[k][4]) == 0 && !ev->target_only,
               "%s: first actor «%s», want «%s»", cases[k][0],
               ev->nactors ? ev->actor_name[0] : "", cases[k][4]);
        CHECKF(!*cases[k][5] || (ev->nactors > 1 && strcmp(ev->actor_name[1], cases[k][5]) == 0),
               "%s: second actor «%s», want «%s»", cases[k][0],
               ev->nactors > 1 ? ev->actor_name[1] : "", cases[k][5]);
    }
}

static void test_strikes(const rasd_engine *e, rasd_doc *d)
{
    static side_case cases[] = {
        /* snn-009842 (judge41's event 26): the doer after ل */
        {"ميدانيا قتل نحو 30 مسلحا حوثيا، في سلسلة غارات للتحالف على محافظة لحج، فيما سيطرت اللجان الشعبية على مناطق في تعز جنوب اليمن.",
         "2015-07-25 09:33:59", "fight", "غارات", "التحالف", "محافظة لحج"},
        /* snn-015961 (judge38's event 41): ل on a definite head, its alef dropped */
        {"وشهدت الأيام الثلاثة الماضية غارات مكثفة للتحالف الدولي استهدفت مواقع وتحركات داعش في مركز الحويجة وأطرافها.",
         "2015-08-01 20:39:37", "fight", "غارات", "التحالف الدولي", ""},
        /* snn-017805: a present verb of launching, its subject after it */
        {"من جهته ينفذ الطيران التركي يوميا غارات مكثفة على مواقع للمتمردين في جبال شمال العراق، حيث يتمركزون منذ سنوات.",
         "2015-08-03 20:46:53", "fight", "غارات", "الطيران التركي", ""},
        /* snn-017805: the subject before the verb, a date between commas after it */
        {"وكانت تركيا نفذت، السبت الماضي، ضربات جوية على معاقل حزب العمال الكردستاني في كردستان العراق، ما دفع حكومة كردستان المحلية إلى مطالبة الحزب بالمغادرة.",
         "2015-08-03 20:46:53", "fight", "ضربات جوية", "تركيا", ""},
        /* snn-005272: two subjects joined by و before a plural verb */
        {"وقالت مصادر صحفية من مأرب لوكالة الأنباء الألمانية إن الحوثيين وقوات صالح شنواً هجوماً مسلحاً على مواقع المقاومة في جبهة الجفينة جنوب مأرب.",
         "2015-07-23 19:26:35", "fight", "هجوماً", "جماعة الحوثي", "قوات صالح"},
        /* snn-019945: the coalition a relative clause describes, not its leader */
        {"قالت قوة المهام المشتركة التي تشن الحملة على تنظيم داعش الإرهابي إن التحالف الذي تقوده الولايات المتحدة نفذ 29 ضربة جوية ضد التنظيم في العراق وسوريا .",
         "2015-08-04 18:14:18", "fight", "ضربة جوية", "التحالف", ""},
    };
    check_sides(e, d, cases, sizeof cases / sizeof *cases);
}

static void test_ground(const rasd_engine *e, rasd_doc *d)
{
    static side_case cases[] = {
        /* snn-001616 (judge38's event 28): the subject before the verb after أن */
        {"وأكدت مصادر محلية أن المقاومة دحرت المتمردين الحوثيين وسيطرت على بعض مواقعهم في المنطقة .",
         "2015-07-21 02:18:09", "fight", "دحرت", "المقاومة", "المتمردين الحوثيين"},
        /* snn-005612: the subject of a verb of managing before من */
        {"وقد أعلن الوفد الوزاري الذي اتجه إلى اليمن أن عدن أصبحت مدينة آمنة بالكامل وبدأ المدنيون بالعودة إليها, حيث تمكن مقاتلي المقاومة الشعبية من دحر الحوثيين وقوات المخلوع علي عبدالله صالح في شرق عدن.",
         "2015-07-23 19:14:38", "fight", "دحر", "مقاتلي المقاومة الشعبية", ""},
        /* snn-004312 (fix54, stop 52): the subject before the verb of managing, which the
           start build (91139327) did not take: the rebels alone */
        {"وكان ثوار المقاومة الشعبية تمكنوا من طرد المتمردين من كامل مديرية التواهي، وقال المكتب الإعلامي للمقاومة في بيان إنه تمت السيطرة على عدد من المواقع المهمة.",
         "2015-07-22 00:45:53", "fight", "طرد", "المقاومة الشعبية", "المتمردين"},
        /* snn-012203: a verb of managing with no من, after أن (91139327: Islamic State alone) */
        {"بدوره، اكد قائم مقام قضاء الرمادي دلف الكبيسي ان «القوات العراقية استطاعت تحرير جامعة الانبار من عصابات داعش الاجرامية وفرض سيطرتها على جميع المباني».",
         "2015-07-27 17:52:26", "fight", "تحرير", "القوات العراقية", "الدولة الإسلامية"},
    };
    check_sides(e, d, cases, sizeof cases / sizeof *cases);
}

static void test_agree(const rasd_engine *e, rasd_doc *d)
{
    static side_case cases[] = {
        /* snn-013679: the other party after مع */
        {"وقال النادي في بيان: «يعلن بشيكتاش انه توصل الى اتفاق مع فيورنتينا حول اعارة ماريو غارسيا غوميز.",
         "2015-07-31 03:47:29", "agree", "توصل الى اتفاق", "بشيكتاش", "فيورنتينا"},
    };
    check_sides(e, d, cases, sizeof cases / sizeof *cases);
}

/* Negative: no doer where the sentence names none next to the noun (snn-026472: the strikes
 * the agency did not mention stay target only). */
static void test_none(const rasd_engine *e, rasd_doc *d)
{
    static const char text[] = "ولم تشر الوكالة إلى الغارات الثلاث التي استهدفت تنظيم داعش.";
    const rasd_event *ev;
    analyse(e, d, text, "2015-08-09 17:20:02");
    ev = event_at(d, text, "fight", "الغارات");
    CHECKF(ev == NULL || ev->target_only || ev->nactors == 0, "%s: a doer «%s»", text,
           ev && ev->nactors ? ev->actor_name[0] : "");
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_strikes(e, d);
    test_ground(e, d);
    test_agree(e, d);
    test_none(e, d);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_layer_sides");
}
