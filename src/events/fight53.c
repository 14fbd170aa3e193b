/* fight53.c — a clash noun with words before its بين (issue 16, branch fight53; docs/EVENTS.md
 * "Issue 16: clashes told with words before بين").
 *
 * The rules read a clash's two sides after بين when بين follows the noun or the phrase right
 * away (data/events.tsv fight 4: المعارك بين، اشتباكات عنيفة بين; fight 13 and 20 then بين:
 * اندلعت اشتباكات بين). News often puts words between them: an adjective, a verb of "took
 * place" or "goes on", a day, a comma or the place (تصاعدت حدة المعارك، ليلة السبت، بين
 * المقاومة الشعبية والجيش الوطني؛ المواجهات المسلحة ما زالت دائرة بين الحوثيين والمقاومة؛
 * تدور معارك عنيفة في التواهي بين الجيش والمقاومة). Those words are the closed list "aguard"
 * gap53 (data/events.tsv), a day the dates stage found (ev_in_date), a comma, or في and a
 * place the recogniser named; any other word (الاشتباكات على الحدود الشمالية بين، سقط في هذه
 * المعارك المئات … بين قتيل وأسير) means بين is not the clash's. The sides are then read as the
 * adjacent form reads them (F_BETWEEN: names or a force's description after بين), and the
 * event goes through the same guards (history, sport, plan) as that form's.
 * The clash nouns alone are "aguard" clash53 (a bare noun reports nothing: only with بين).
 */
#include "events/actors.h"
#include "events/aguard.h"

enum { GAP53 = 6 };            /* tokens between the clash noun (or phrase) and بين, at most
                                  (المواجهات المسلحة ما زالت دائرة بين: 4; a comma, a day of
                                  two words and a comma: 4; في and a two-word place: 3) */

/* The token of the بين that the gap from token k leads to (k itself when بين stands there),
 * or 0 when another word comes first or GAP53 tokens pass. */
size_t f53_between(sent_ctx *c, size_t k)
{
    size_t end = k + GAP53 + 1;
    while (k < c->t1 && k < end) {
        const rasd_entity *p;
        if (ev_aguard_word(c, k, AG_BETWEEN53))
            return k;
        if (ev_comma(c, k) || ev_in_date(c, k) || ev_aguard_word(c, k, AG_GAP53)) {
            k++;
            continue;
        }
        if (word_value(c, k, EK_PLACE) == PLACE_IN && k + 1 < c->t1 &&
            (p = ev_first_entity(c, k + 1, k + 2)) != NULL && is_loc(p) &&
            p->tok_start == k + 1) {
            k = p->tok_end;    /* في التواهي، في محافظة أبين */
            continue;
        }
        return 0;
    }
    return 0;
}

/* Whether token i is a clash noun alone (aguard clash53) whose بين comes after a gap of at
 * least one word (the adjacent form is data/events.tsv's fight 4): its span to بين in *n.
 * Not after a word of negation (قبل المعارك، بعد الاشتباكات; events.c's test for nouns)
 * nor in a denial. */
int f53_clash(sent_ctx *c, size_t i, size_t *n)
{
    size_t k, m;
    int v;
    if (!ev_aguard_word(c, i, AG_CLASH53) || i + 2 >= c->t1 ||
        ev_word_is(c->s, i, 1, EK_FIGHT, NULL, &m) || (k = f53_between(c, i + 1)) <= i + 1)
        return 0;              /* a phrase of the list (اشتباكات عنيفة بين) is the rules' own */
    if (i > c->t0 && ev_word_is(c->s, i - 1, 1, EK_NEGATION, &v, &m))
        return 0;
    if (ev_denied(c->s, c->t0, i))
        return 0;
    *n = k - i + 1;
    return 1;
}

/* An advance told by its noun (or its bare verb) with the force after it: «بتقدم المقاومة
 * الشعبية صوب مديريتي يريم والرضمة»، «تقدم القوات الأمنية إلى داخل المدينة». تقدم is
 * data/events.tsv fight 15 (F_FORCE: ev_force_doer finds the force right after it); it is
 * also "offers" and "progress", so the advance is read only when a word of direction ("aguard"
 * toward53: نحو، صوب، باتجاه، إلى، في، داخل) follows the force right away, not after a word
 * that stops or hypothesises it ("aguard" stall53: منع، وقف، عرقلة، أي) nor with a word of
 * plan or hope before it in its sentence ("aguard" retake_plan, as fight51.c). Other fight
 * nouns of value 15 (ضربات، القصف) pass unchanged. */
int f53_advance_ok(sent_ctx *c, size_t i, const rasd_entity *a)
{
    if (!ev_aguard_word(c, i, AG_ADVANCE53))
        return 1;
    if (!a || a->tok_end >= c->t1 || !ev_aguard_word(c, a->tok_end, AG_TOWARD53))
        return 0;
    if (i > c->t0 && ev_aguard_word(c, i - 1, AG_STALL53))
        return 0;              /* لمنع تقدم داعش باتجاه مصر، عرقلة أي تقدم للقوات */
    for (size_t k = c->t0; k < i; k++)
        if (ev_aguard_word(c, k, AG_RETAKE_PLAN))
            return 0;
    return 1;
}

/* Whether the fight whose word is at token i is one of this file's forms (an advance by تقدم,
 * a clash noun with gap words before بين): fight51.c's f51_add_event keeps it apart, so that
 * a later event of the same force elsewhere in the article (these rows seldom have a place)
 * is not folded into it (unseen3: «استولت المقاومة الشعبية على آليات» after «بتقدم المقاومة الشعبية
 * صوب …»). */
int f53_made(sent_ctx *c, const kind_info *ki, size_t i)
{
    size_t n;
    return ki->kind == EK_FIGHT &&
           (ev_aguard_word(c, i, AG_ADVANCE53) || f53_clash(c, i, &n));
}
