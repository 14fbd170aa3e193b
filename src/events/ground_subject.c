/* ground_subject.c — a force's deed of ground told with its subject first (issue 16, branch fight51;
 * docs/EVENTS.md "Issue 16: the fight events the rules miss").
 *
 * The verbs of value 16 (F_FVERB: سيطر، تقدمت، استعاد، حرر، دمر، استولى) make a fight only with
 * an armed force as subject. The rules read that subject after the verb (وسيطرت المقاومة على)
 * or as a name before it (إن الحوثيين سيطروا); a force told by its description before the
 * verb, after a word that puts the subject first (data/events.tsv "subject" 0: أن، إن، كانت;
 * "about" 2: بأن), with قد between in the pluperfect, was read as nobody (actors.c: an unknown
 * subject), so the deed gave no event: «بأن المقاومة الشعبية تقدمت نحو مدينة زنجبار»، «وكانت
 * المقاومة الشعبية قد سيطرت خلال الأسبوع الماضي على عدة مناطق في أبين». This takes that
 * description (groups.c, a force's head; ev_armed tests it again) as the subject.
 * Not for استهدف ("aguard" target_anyone: "targeted", also gunmen's attack on a bus, an
 * assault; its rows held 3 of 5 in the first fresh slice, the ground verbs 15 of 15), nor when
 * a word of a plan or a hope stands before the verb in its sentence ("aguard" retake_plan,
 * as ground.c: لو، خطة، يتوقع، نأمل), nor for a verb with و or ف (a clause of its own), nor
 * after لأن ("aguard" because: a deed given as the reason for what is said, background).
 * The pluperfect's day is told_before.c's (none when the sentence gives none).
 * And an advance told by تقدم with the force after it (f53_*: branch fight53, clash_between.c's
 * until stop 48), before a word of direction.
 */
#include "events/actors.h"
#include "events/aguard.h"

enum { GROUND_SUBJ_REACH = 4, /* a description's words before the verb (قوات الجيش اليمني
                                  الموالية; groups.c stops it sooner) */
       SIDE_GAP = 6 };         /* the words that describe a force between it and its verb
                                  (مدعومة بتحالف عسكري عربي; described_gap, err68) */

/* Whether token k puts the subject after it first: "subject" 0 (أن، إن، كانت) or "about" 2
 * (بأن). */
static int subject_first(sent_ctx *c, size_t k)
{
    int v;
    size_t n;
    return (ev_word_is(c->s, k, 1, EK_SUBJECT, &v, &n) && n == 1 && v == 0) ||
           word_value(c, k, EK_ABOUT) == ABOUT_THAT;
}

/* Whether tokens [a, end) describe the force before them, between it and its verb (err68
 * rule 2): a participle of allegiance or support and what it governs, with no stop or comma
 * ("aguard" side_described: المقاومة مدعومة بتحالف عسكري عربي استولوا، القوات الموالية للشرعية
 * سيطرت), or في and a place that ends there (المقاومة الشعبية في تعز سيطرت). */
static int described_gap(sent_ctx *c, size_t a, size_t end)
{
    const rasd_entity *p;
    if (a >= end || end - a > SIDE_GAP)
        return 0;
    if (word_value(c, a, EK_PLACE) == 1 && end - a >= 2) {
        p = ev_first_entity(c, a + 1, a + 2);
        return p && is_loc(p) && p->tok_start == a + 1 && p->tok_end == end;
    }
    if (!(ev_aguard_word(c, a, AG_SIDE_DESCRIBED) && end - a >= 2) &&
        !(a > c->t0 && ev_aguard_word(c, a - 1, AG_SIDE_DESCRIBED)))
        return 0;          /* the participle inside the description (القوات الموالية)
                              and what it governs after it (للشرعية) */
    for (size_t k = a; k < end; k++)
        if (c->s->t[k].kind == RASD_TOK_PUNCT)
            return 0;
    return 1;
}

/* The force a description at token k names as the subject of the verb at token end: the
 * description alone up to the verb, within GROUND_SUBJ_REACH, or followed by what
 * described_gap takes; NULL if none, or if a name stands in the description (the name
 * rules'). */
static const rasd_entity *force_at(sent_ctx *c, size_t k, size_t end)
{
    const rasd_entity *g;
    if (k + GROUND_SUBJ_REACH >= end && !ev_first_entity(c, k, end)) {
        g = ev_group_at(c, k, 1 << GROUP_FORCE, 0);
        return g && (g->tok_end == end || described_gap(c, g->tok_end, end)) ? g : NULL;
    }
    g = ev_group_at(c, k, 1 << GROUP_FORCE, 0);
    if (!g || g->tok_end >= end || ev_first_entity(c, k, g->tok_end) ||
        !described_gap(c, g->tok_end, end))
        return NULL;
    return g;
}

/* The force described before the fight verb at token i (its proclitics cut), or NULL. */
const rasd_entity *ev_force_before(sent_ctx *c, const kind_info *ki, size_t i, int cut)
{
    size_t end = i;
    if (ki->kind != EK_FIGHT || cut > 0 || !ev_force_verb(c, ki, i) || i <= c->t0 + 1 ||
        ev_aguard_word(c, i, AG_TARGET_ANYONE))
        return NULL;           /* أن مسلحين استهدفوا حافلة: an attack on anyone */
    if (word_kind(c, i - 1, 0, EK_AUX))
        end = i - 1;           /* وكانت المقاومة الشعبية قد سيطرت */
    for (size_t k = c->t0; k < i; k++)
        if (ev_aguard_word(c, k, AG_RETAKE_PLAN))
            return NULL;       /* لو أن القوات سيطرت، يتوقع أن: not told as done */
    for (size_t k = end; k-- > c->t0 + 1 && k + GROUND_SUBJ_REACH + SIDE_GAP >= end;) {
        if (!subject_first(c, k - 1))
            continue;
        if (ev_aguard_word(c, k - 1, AG_BECAUSE))
            return NULL;       /* لأن مليشيا الحوثي دمرت كل المواقع: a reason, told as
                                  background of the statement (unseen13) */
        return force_at(c, k, end);
    }
    return NULL;
}

/* The actor of a verb of ground with no subject, carried on from its sentence's clause
 * before by "aguard" ground_carry right before it (كما سيطرت، بعد أن سيطرت على زنجبار): the
 * subject of the sentence's last verb event (c->prev), or NULL. ev_armed still asks for a
 * force. Not with و or ف on the verb, not استهدف, not after a word of plan (err68). */
const rasd_entity *ev_force_carried(sent_ctx *c, const kind_info *ki, size_t i, int cut)
{
    size_t m;
    if (ki->kind != EK_FIGHT || cut > 0 || !c->prev || !ev_force_verb(c, ki, i) ||
        ev_aguard_word(c, i, AG_TARGET_ANYONE))
        return NULL;
    if (!(i > c->t0 && ev_aguard_at(c, i - 1, 1, AG_GROUND_CARRY, &m) && m == 1) &&
        !(i > c->t0 + 1 && ev_aguard_at(c, i - 2, 1, AG_GROUND_CARRY, &m) && m == 2))
        return NULL;
    for (size_t k = c->t0; k < i; k++)
        if (ev_aguard_word(c, k, AG_RETAKE_PLAN))
            return NULL;
    return c->prev->tok_end <= i ? c->prev : NULL;
}

/* Adds ev as ev_add_event does. An event whose subject is the one ev_force_before gives folds
 * into an earlier report as before (its own form's too: «إن المقاومة سيطرت …» then «أن
 * المقاومة حررت …» in a summary), but when it is new it absorbs no later event of another form
 * (repeats): such a deed, told with its subject first, seldom has a place, and a later event
 * of the same force at a place of its own (or one fronted_place.c gives it after the fold: «وفي
 * مأرب …», snn-012496) is another deed, kept as before. */
rasd_status ev_add_apart(sent_ctx *c, struct ev_doc *x, const kind_info *ki, size_t i, int cut,
                         const rasd_entity *place, rasd_event *ev)
{
    size_t had = x->nevents, napart = x->apart.n;
    const rasd_entity *g = ev->nactors > 0 ? ev_force_before(c, ki, i, cut) : NULL;
    int made = (g && ev->actor_start[0] == g->start) || ev_is_advance(c, ki, i);
                               /* clash_between.c's forms too: an advance, a clash before gap words */
    rasd_status rc;
    if (made)
        x->apart.n = 0;        /* it folds into any earlier report */
    rc = ev_add_event(x, i, place, ev);
    x->apart.n = napart;
    if (rc || !made || x->nevents == had)
        return rc;
    return ev_trigset_add(&x->apart, ev->trigger_start);
}

int ev_kept_apart(const struct ev_doc *x, const rasd_event *ev)
{
    return ev_trigset_has(&x->apart, ev->trigger_start);
}

/* An advance told by its noun (or its bare verb) with the force after it: «بتقدم المقاومة
 * الشعبية صوب مديريتي يريم والرضمة»، «تقدم القوات الأمنية إلى داخل المدينة». تقدم is
 * data/events.tsv fight 15 (F_FORCE: ev_force_doer finds the force right after it); it is
 * also "offers" and "progress", so the advance is read only when a word of direction ("aguard"
 * toward: نحو، صوب، باتجاه، إلى، في، داخل) follows the force right away, not after a word
 * that stops or hypothesises it ("aguard" stall: منع، وقف، عرقلة، أي) nor with a word of
 * plan or hope before it in its sentence ("aguard" retake_plan, as ground_subject.c). Other fight
 * nouns of value 15 (ضربات، القصف) pass unchanged. */
int ev_advance_doer_ok(sent_ctx *c, size_t i, const rasd_entity *a)
{
    if (!ev_aguard_word(c, i, AG_ADVANCE))
        return 1;
    if (!a || a->tok_end >= c->t1 || !ev_aguard_word(c, a->tok_end, AG_TOWARD))
        return 0;
    if (i > c->t0 && ev_aguard_word(c, i - 1, AG_STALL))
        return 0;              /* لمنع تقدم داعش باتجاه مصر، عرقلة أي تقدم للقوات */
    for (size_t k = c->t0; k < i; k++)
        if (ev_aguard_word(c, k, AG_RETAKE_PLAN))
            return 0;
    return 1;
}

enum { ADVANCE_REACH = 5 };    /* tokens from تقدم to its word of direction: the force's
                                  description (قوات الجيش اليمني الموالية) and the word */

/* For trigger(), before any work on the word at token i: whether it may be an advance (not
 * تقدم, or a word of direction within ADVANCE_REACH tokens after it). تقدم is a common
 * word (offers, progress): this keeps the cost of reading it low. */
int ev_may_advance(sent_ctx *c, size_t i)
{
    if (!ev_aguard_word(c, i, AG_ADVANCE))
        return 1;
    for (size_t k = i + 2; k < c->t1 && k <= i + ADVANCE_REACH; k++)
        if (ev_aguard_word(c, k, AG_TOWARD))
            return 1;
    return 0;
}

/* Whether the fight whose word is at token i is an advance by تقدم: ground_subject.c's ev_add_apart keeps it apart, so that
 * a later event of the same force elsewhere in the article (these rows seldom have a place)
 * is not folded into it (unseen3: «استولت المقاومة الشعبية على آليات» after «بتقدم المقاومة الشعبية
 * صوب …»). */
int ev_is_advance(sent_ctx *c, const kind_info *ki, size_t i)
{
    return ki->kind == EK_FIGHT && ev_aguard_word(c, i, AG_ADVANCE);
}
