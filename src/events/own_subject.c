/* own_subject.c — a verb of the trigger layer that names its own subject (issue 16, branch
 * appeal51; docs/EVENTS.md "Issue 16: appeals the rules miss, and a known wrong one (branch
 * appeal51, stop 43)"). The layer's discourse() gives a verb with no actor the speaker of
 * the last quote before it (ودعا: what a speaker does is say) or the last event's actor. Right
 * for a verb whose subject the text leaves out (ودعت الجامعة للراغبين، وحث موظفي الفرع);
 * wrong when the subject stands right after the verb but is no entity: «ودعا المعتصمون إلى
 * إعدام …» after the observatory's quote is the protesters' call (anaph50's fresh rows,
 * snn-026558), «طالبت زوجة الشهيد …» is the widow's, not the martyr's. Such a subject is
 * told by its form (a nominative plural) or its head (kin, an agent at law, a number of
 * people: aguard own_subject). A title after the verb (ودعا مدير جوازات نجران) is left: it is
 * mostly the speaker named before.
 * A verb in the plural (وناشدوا، وطالبوا، وهددوا; يطالبون) has its subject in itself, a pronoun
 * of people: no one body, person or place named before it is that subject («وقالوا إن بلدية
 * محافظة أضم قامت … وناشدوا المسؤولين» is the residents' appeal, judge51's 27), nor is the last
 * quote's named speaker or the last event's named actor. What still is: a group the text
 * describes (المحتجون), a one-word name that is itself a plural of people (مواطنون) or a name
 * opened by a definite plural (أن المتمردين الحوثيين قصفوا) or the genitive of a participle's
 * plural (مقاتلي حزب العمال الكردستاني هاجموا), a name
 * a relative before the verb refers back to (جماعة الإخوان وأنصارها الذين دعوا … وهددوا), and
 * a person named with another person after him (المطيري … يرافقه عبدالله المعيلي … التقوا:
 * persons named together are a plural subject; corpus rows, stop 51). */
#include "events/own_subject.h"
#include "events/aguard.h"
#include "events/appeal_bare_past.h"
#include "events/letters.h"

#include <string.h>

/* Letters a nominative plural needs at least: ال + a stem of three + ون (المعتصمون), م + two +
 * و in a construct (محامو، ممثلو); shorter words ending so are other words (القانون، أبو). */
enum { PLURAL_LETTERS = 7, CONSTRUCT_LETTERS = 5 };

/* Whether token k, with no proclitic, is a nominative masculine plural. */
static int nominative_plural(const rasd_token *t)
{
    const char *w = t->norm;
    size_t n = t->norm_len;
    if (starts_with(w, n, U_ARTICLE) && ends_with(w, n, U_WAW U_NOON))
        return n >= LETTERS(PLURAL_LETTERS);
    return starts_with(w, n, U_MEEM) && ends_with(w, n, U_WAW) &&
           n >= LETTERS(CONSTRUCT_LETTERS);
}

int ev_appeal_own_subject(sent_ctx *c, size_t i)
{
    size_t n, k;
    if (!ev_lookup(c->s, i, 1, EK_TRIG, &n) || (k = i + n) >= c->t1 || !ev_is_word(&c->s->t[k]))
        return 0;
    if (ev_aguard_is(c->s, k, 0, AG_OWN_SUBJECT, &n))
        return 1;
    return ev_clitic(c, k) == 0 && nominative_plural(&c->s->t[k]);
}

/* Letters a plural verb has at least: a stem of two + وا (دعوا), ي/ت + a stem of two + ون. */
enum { PAST_PLURAL_LETTERS = 4, PRESENT_PLURAL_LETTERS = 5 };

/* Takes a leading و or ف off the word w[0,n) (ويطالبون، ومقاتلي: the norm keeps them). */
static void drop_conjunction(const char **w, size_t *n)
{
    if ((starts_with(*w, *n, U_WAW) || starts_with(*w, *n, U_FEH)) && *n > LETTERS(1))
        *w += LETTERS(1), *n -= LETTERS(1);
}

int ev_plural_verb(const sent_ctx *c, size_t i)
{
    const rasd_token *t = &c->s->t[i];
    const char *w = t->norm;
    size_t n = t->norm_len;
    if (!ev_is_word(t))
        return 0;
    if (ends_with(w, n, U_WAW U_ALEF))
        return n >= LETTERS(PAST_PLURAL_LETTERS);
    drop_conjunction(&w, &n);
    return (starts_with(w, n, U_YEH) || starts_with(w, n, U_TEH)) &&
           ends_with(w, n, U_WAW U_NOON) && n >= LETTERS(PRESENT_PLURAL_LETTERS);
}

/* Letters a one-word name has at least to read as a plural of people by its ون (مواطنون; not
 * هارون). */
enum { PLURAL_NAME_LETTERS = 6 };

/* Letters a name's first word with the article has at least to read as a plural by its ين or
 * ون (المتمردين، الحوثيين; not البحرين، الفلبين). */
enum { DEF_PLURAL_LETTERS = 8 };

/* Tokens after a name a relative that refers back to it may stand at most (جماعة الإخوان
 * وأنصارها الذين: one between); further on it is another noun's (طالبان … الذين جابوا). */
enum { RELATIVE_REACH = 2 };

/* Letters a participle's plural in construct has at least: م + a stem of three + ي (مقاتلي،
 * مسلحي، متمردي; not مني، معي). */
enum { CONSTRUCT_PLURAL_LETTERS = 5 };

/* Whether token t is a participle's masculine plural in construct (مقاتلي، مسلحي، متمردي،
 * مناصري), which makes the name after it its genitive: the plural subject is the noun. */
static int construct_plural(const rasd_token *t)
{
    const char *w = t->norm;
    size_t n = t->norm_len;
    drop_conjunction(&w, &n);
    return ev_is_word(t) && starts_with(w, n, U_MEEM) && ends_with(w, n, U_YEH) &&
           n >= LETTERS(CONSTRUCT_PLURAL_LETTERS);
}

/* Whether entity e reads as a subject a plural verb at token i can have (see the head). */
static int plural_subject(sent_ctx *c, const rasd_entity *e, size_t i)
{
    const rasd_token *t = &c->s->t[e->tok_start];
    size_t n;
    if (ev_is_group(e) || (e->tok_end == e->tok_start + 1 &&
                           ends_with(t->norm, t->norm_len, U_WAW U_NOON) &&
                           t->norm_len >= LETTERS(PLURAL_NAME_LETTERS)))
        return 1;
    const char *w = t->norm;
    size_t len = t->norm_len;
    if (starts_with(w, len, U_ARTICLE) && len >= LETTERS(DEF_PLURAL_LETTERS) &&
        (ends_with(w, len, U_YEH U_NOON) || ends_with(w, len, U_WAW U_NOON)))
        return 1;              /* أن المتمردين الحوثيين قصفوا: a name opened by a plural */
    size_t b = e->tok_start;
    if (b > c->t0 + 1 && !ev_is_word(&c->s->t[b - 1]))
        b--;                   /* مقاتلي «جبهة النصرة»: a mark between */
    if (b > c->t0 && construct_plural(&c->s->t[b - 1]))
        return 1;              /* مقاتلي حزب العمال الكردستاني هاجموا: the name's fighters */
    for (size_t k = e->tok_end; k < i && k <= e->tok_end + RELATIVE_REACH; k++)
        if (ev_aguard_is(c->s, k, 0, AG_DOER_RELATIVE, &n))
            return 1;          /* الذين دعوا … وهددوا: the relative's antecedent */
    if (strcmp(e->type, "PER") != 0)
        return 0;
    for (size_t k = 0; k < c->ne; k++)
        if (c->en[k].tok_start >= e->tok_end && c->en[k].tok_end <= i &&
            strcmp(c->en[k].type, "PER") == 0)
            return 1;          /* two persons named: a plural subject */
    return 0;
}

int ev_plural_skip(sent_ctx *c, const rasd_entity *e, size_t i)
{
    return ev_plural_verb(c, i) && !plural_subject(c, e, i);
}

/* Whether the description g is a body's bare head with the article (الجامعة، الوزارة،
 * المجلس): a word that refers back to the body named before, whose name the discourse gives
 * (ودعت الجامعة … after «جامعة الدمام»; lay66's fresh rows). A group of people (الوزراء) or a
 * head with its genitive (نقابة الموظفين، قيادة المقاومة) names its own. */
static int bare_body(sent_ctx *c, const rasd_entity *g)
{
    int v;
    size_t n;
    return g->tok_end == g->tok_start + 1 && ev_definite(&c->s->t[g->tok_start]) &&
           ev_word_is(c->s, g->tok_start, 0, EK_GROUP, &v, &n) && v != GROUP_PEOPLE;
}

const rasd_entity *ev_layer_described_subject(sent_ctx *c, const kind_info *ki, size_t i,
                                              size_t n, int cut, int *bare)
{
    const rasd_entity *g;
    if (!ev_speech_act(ki))
        return NULL;           /* a meeting's, a hosting's row needs its parties: a
                                  description would make rows (والتي استقبلت عائلات العاصمة:
                                  a heritage village; lay66's fresh rows) */
    g = ev_group_subject(c, ki, i, i + n, cut);
    if (!g || g->tok_start < i + n)
        return NULL;
    if (ki->kind == EK_APPEAL && ev_appeal_bare_past_body(c, i, n, g))
        return NULL;           /* كما طالب مجلس الأمن بـ: the one asked */
    if (ki->kind == EK_ACCUSE && ev_passive_after(c, g->tok_end))
        return NULL;           /* واتهمت القوات المتمردة بارتكاب: the accused, a passive */
    *bare = bare_body(c, g);
    return g;
}
