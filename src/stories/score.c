/* score.c — the learned story scorer (stories.h): the features of an (article, story) pair,
 * a logistic model over them read from data/stories.model, and the relatedness that links
 * stories into threads. The model is trained by tools/stories_train.py, which computes the
 * same features in Python: a change here is a change there (docs/STORIES.md, "Scorer"). */
#include "stories/stories.h"

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const feature_names[SF_COUNT] = {
    [SF_COS_TITLE] = "cos_title",   [SF_COS_BODY] = "cos_body",
    [SF_COS_BOTH] = "cos_both",     [SF_COS_ENT] = "cos_ent",
    [SF_COS_PLACE] = "cos_place",   [SF_EVENT_SHARED] = "event_shared",
    [SF_PLACE_CONFLICT] = "place_conflict", [SF_G_NEWEST] = "g_newest",
    [SF_G_OLDEST] = "g_oldest",     [SF_G_MEAN] = "g_mean",
    [SF_AGE] = "age",               [SF_LOG_SIZE] = "log_size",
    [SF_SHORT] = "short",           [SF_SHORT_X_ENT] = "short_x_ent",
    [SF_UNDATED] = "undated",       [SF_COS_ENTALL] = "cos_entall",
    [SF_RELATED] = "related",
};

const char *story_feature_name(int i)
{
    return i >= 0 && i < SF_COUNT ? feature_names[i] : NULL;
}

/* The model's settings besides the feature weights, by name, each a double of story_model
 * (a missing one stays 0). */
static const struct {
    const char *name;
    size_t off;
} settings[] = {
    {"bias", offsetof(story_model, bias)},         {"threshold", offsetof(story_model, threshold)},
    {"life", offsetof(story_model, life)},         {"member", offsetof(story_model, member)},
    {"day", offsetof(story_model, day)},           {"day_near", offsetof(story_model, day_near)},
    {"place_key", offsetof(story_model, place_key)},
    {"place_near", offsetof(story_model, place_near)},
    {"prefer", offsetof(story_model, prefer)},     {"ahead", offsetof(story_model, ahead)},
    {"sig", offsetof(story_model, sig)},           {"sig_key", offsetof(story_model, sig_key)},
    {"single", offsetof(story_model, single)},
    {"member_ent", offsetof(story_model, member_ent)},
    {"day_member", offsetof(story_model, day_member)},
    {"undated_thr", offsetof(story_model, undated_thr)},
    {"undated_near", offsetof(story_model, undated_near)},
    {"undated_place", offsetof(story_model, undated_place)},
    {"undated_sig", offsetof(story_model, undated_sig)},
};

/* One "name<TAB>value" line into m; 0 when the name is unknown. */
static int model_set(story_model *m, const char *name, double v)
{
    for (size_t i = 0; i < sizeof settings / sizeof *settings; i++)
        if (!strcmp(name, settings[i].name)) {
            *(double *)((char *)m + settings[i].off) = v;
            return 1;
        }
    for (int i = 0; i < SF_COUNT; i++)
        if (!strcmp(name, feature_names[i])) {
            m->w[i] = v;
            m->have |= 1u << i;
            return 1;
        }
    return 0;
}

rasd_status story_model_load(const char *path, story_model *m, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    char line[256];
    unsigned lineno = 0, need = (1u << SF_COUNT) - 1;
    memset(m, 0, sizeof *m);
    m->threshold = NAN;
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return RASD_EIO;
    }
    while (fgets(line, sizeof line, f)) {
        char name[64], *end;
        double v;
        lineno++;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if (sscanf(line, "%63s", name) != 1 || !strchr(line, '\t'))
            goto bad;
        v = strtod(strchr(line, '\t') + 1, &end);
        if (end == strchr(line, '\t') + 1 || !isfinite(v) || !model_set(m, name, v))
            goto bad;
    }
    fclose(f);
    if ((m->have & need) != need || isnan(m->threshold)) {
        snprintf(err, errlen, "%s: a feature weight or the threshold is missing", path);
        return RASD_EDATA;
    }
    return RASD_OK;
bad:
    fclose(f);
    snprintf(err, errlen, "%s:%u: expected a known name, a tab and a number", path, lineno);
    return RASD_EDATA;
}

/* Squared norms of a vector's entity-vector classes (STORY_KCLASS) into n2[class]. */
static void class_norms(const svec *v, double n2[4])
{
    for (size_t i = 0; i < v->n; i++)
        n2[STORY_KCLASS(v->e[i].key)] += (double)v->e[i].w * v->e[i].w;
}

void story_norms(const story_feat *sum, story_norm *out)
{
    double n2[4] = {0};
    class_norms(&sum->ent, n2);
    out->title = svec_dot(&sum->title, &sum->title);
    out->body = svec_dot(&sum->body, &sum->body);
    out->tb = svec_dot(&sum->title, &sum->body);
    out->all = svec_dot(&sum->ent, &sum->ent);
    if (n2[STORY_K_SIG] > 0)           /* the whole entity vector is that without the sig */
        out->all -= n2[STORY_K_SIG];
    out->ent = n2[STORY_K_ENT];
    out->place = n2[STORY_K_PLACE];
    out->sig = n2[STORY_K_SIG];
}

/* The dot products of a and b per class (entities, places, events, signature). */
static void class_dots(const svec *a, const svec *b, double d[4])
{
    size_t i = 0, j = 0;
    d[0] = d[1] = d[2] = d[3] = 0;
    while (i < a->n && j < b->n) {
        if (a->e[i].key < b->e[j].key)
            i++;
        else if (b->e[j].key < a->e[i].key)
            j++;
        else {
            d[STORY_KCLASS(a->e[i].key)] += (double)a->e[i].w * b->e[j].w;
            i++, j++;
        }
    }
}

static double cosn(double dot, double n2a, double n2b)
{
    return n2a > 0 && n2b > 0 ? dot / sqrt(n2a * n2b) : 0;
}

static double gauss(double dt)
{
    return exp(-dt * dt / (2 * STORY_SIGMA_DAYS * STORY_SIGMA_DAYS));
}

/* 1 when key is in v (sorted by key). */
static int svec_has(const svec *v, uint32_t key)
{
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v->e[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < v->n && v->e[lo].key == key;
}

/* The n heaviest keys of class c in v into top (a tie keeps the smaller key: v is by key);
 * returns how many (n at most, n in 1..STORY_PLACE_KEYS). */
static int class_top(const svec *v, int n, unsigned c, const sv_ent *top[STORY_PLACE_KEYS])
{
    int have = 0;
    for (size_t i = 0; i < v->n; i++) {
        const sv_ent *x = &v->e[i];
        int j;
        if (STORY_KCLASS(x->key) != c || (have == n && !(x->w > top[n - 1]->w)))
            continue;
        j = have < n ? have++ : n - 1;
        for (; j > 0 && top[j - 1]->w < x->w; j--)
            top[j] = top[j - 1];
        top[j] = x;
    }
    return have;
}

/* 1 when one of the n heaviest keys of class c in f is in story_ent (with sym, or one of the
 * n heaviest of story_ent in f), or when either side has none of that class. */
static int class_shared(const story_feat *f, const svec *story_ent, int n, unsigned c, int sym)
{
    const sv_ent *top[STORY_PLACE_KEYS];
    int story_has = 0, have;
    n = n < 1 ? 1 : n > STORY_PLACE_KEYS ? STORY_PLACE_KEYS : n;
    have = class_top(&f->ent, n, c, top);
    for (size_t i = 0; have && i < story_ent->n && !story_has; i++)
        story_has = STORY_KCLASS(story_ent->e[i].key) == c;
    if (!story_has)
        return 1;
    for (int j = 0; j < have; j++)
        if (svec_has(story_ent, top[j]->key))
            return 1;
    if (sym && have) {
        int k = class_top(story_ent, n, c, top);
        for (int j = 0; j < k; j++)
            if (svec_has(&f->ent, top[j]->key))
                return 1;
    }
    return 0;
}

int story_place_shared(const story_feat *f, const svec *story_ent, int n)
{
    return class_shared(f, story_ent, n, STORY_K_PLACE, 0);
}

int story_sig_shared(const story_feat *f, const svec *story_ent, int n)
{
    return class_shared(f, story_ent, n, STORY_K_SIG, 1);
}

double story_pair_both(const story_feat *a, const story_norm *na, const story_feat *b,
                       const story_norm *nb)
{
    double dot = svec_dot(&a->title, &b->title) + svec_dot(&a->body, &b->body) +
                 svec_dot(&a->title, &b->body) + svec_dot(&a->body, &b->title);
    return cosn(dot, na->title + na->body + 2 * na->tb, nb->title + nb->body + 2 * nb->tb);
}

double story_pair_ent(const story_feat *a, const story_norm *na, const story_feat *b,
                      const story_norm *nb)
{
    double d[4];
    if (!(na->ent > 0) || !(nb->ent > 0))
        return -1;
    class_dots(&a->ent, &b->ent, d);
    return cosn(d[STORY_K_ENT], na->ent, nb->ent);
}

#define SHORT_TERMS 24   /* an article with fewer body terms is short (a caption, a brief) */

static double related_of(const story_feat *f, const story_norm *fa, const story_view *s,
                         double bb, double tt, double ee);

void story_features(const story_feat *f, const story_view *s, double x[SF_COUNT])
{
    story_norm fa;
    story_norms(f, &fa);
    story_features_n(f, &fa, s, x);
}

/* What features() may leave at 0: a scorer whose weight for them is 0 does not need them. */
enum { SKIP_BOTH = 1, SKIP_CLASSES = 2 };

/* story_features_n, without the parts skip names (their features 0): the cross dot products
 * of title and body (cos_both), the per-class dot products of the entity vectors (cos_ent,
 * cos_place, event_shared, place_conflict, short_x_ent); in *sig_dot the signature's dot
 * product (0 unless both sides have lead persons). */
static void features(const story_feat *f, const story_norm *fn, const story_view *s,
                     double x[SF_COUNT], unsigned skip, double *sig_dot)
{
    const story_norm fa = *fn;
    double d[4] = {0, 0, 0, 0}, an2, sn2, ee;
    double tt = svec_dot(&f->title, s->title), bb = svec_dot(&f->body, s->body);
    if (!(skip & SKIP_CLASSES) || (fa.sig > 0 && s->n->sig > 0))
        class_dots(&f->ent, s->ent, d);  /* the signature's dot leaves the whole entities' */
    x[SF_COS_TITLE] = cosn(tt, fa.title, s->n->title);
    x[SF_COS_BODY] = cosn(bb, fa.body, s->n->body);
    an2 = fa.title + fa.body + 2 * fa.tb;
    sn2 = s->n->title + s->n->body + 2 * s->n->tb;
    x[SF_COS_BOTH] = skip & SKIP_BOTH ? 0
                     : cosn(tt + bb + svec_dot(&f->title, s->body) +
                                svec_dot(&f->body, s->title), an2, sn2);
    x[SF_COS_ENT] = cosn(d[STORY_K_ENT], fa.ent, s->n->ent);
    x[SF_COS_PLACE] = cosn(d[STORY_K_PLACE], fa.place, s->n->place);
    x[SF_EVENT_SHARED] = d[STORY_K_EVENT] > 0;
    x[SF_PLACE_CONFLICT] = !(skip & SKIP_CLASSES) && fa.place > 0 && s->n->place > 0 &&
                           x[SF_COS_PLACE] == 0;
    if (isnan(f->t) || isnan(s->mean)) {
        x[SF_G_NEWEST] = x[SF_G_OLDEST] = x[SF_G_MEAN] = 1;
        x[SF_AGE] = 0;
        x[SF_UNDATED] = 1;
    } else {
        double age = fabs(f->t - s->oldest);
        x[SF_G_NEWEST] = f->t >= s->oldest && f->t <= s->newest ? 1 : gauss(f->t - s->newest);
        x[SF_G_OLDEST] = gauss(f->t - s->oldest);
        x[SF_G_MEAN] = gauss(f->t - s->mean);
        x[SF_AGE] = (age < STORY_WINDOW_DAYS ? age : STORY_WINDOW_DAYS) / STORY_WINDOW_DAYS;
        x[SF_UNDATED] = 0;
    }
    x[SF_LOG_SIZE] = log1p((double)s->size) / 5;
    x[SF_SHORT] = f->body.n < SHORT_TERMS;
    x[SF_SHORT_X_ENT] = x[SF_SHORT] * x[SF_COS_ENT];
    ee = svec_dot(&f->ent, s->ent);
    if (d[STORY_K_SIG] != 0)            /* the whole entity vector is that without the sig */
        ee -= d[STORY_K_SIG];
    x[SF_COS_ENTALL] = cosn(ee, fa.all, s->n->all);
    x[SF_RELATED] = related_of(f, &fa, s, bb, tt, ee);   /* = story_related(f, s) */
    *sig_dot = d[STORY_K_SIG];
}

void story_features_n(const story_feat *f, const story_norm *fn, const story_view *s,
                      double x[SF_COUNT])
{
    double sig_dot;
    features(f, fn, s, x, 0, &sig_dot);
}

double story_score(const story_model *m, const story_feat *f, const story_view *s,
                   double *related)
{
    story_norm fa;
    story_norms(f, &fa);
    return story_score_n(m, f, &fa, s, related);
}

/* The time factor of story_related: 0.5 + 0.5 g, g the largest Gaussian of the time gaps
 * (1 inside the story's span); 1 when either side is undated. */
static double time_factor(const story_feat *f, const story_view *s)
{
    double g, go, gm;
    if (isnan(f->t) || isnan(s->mean))
        return 1;
    g = f->t >= s->oldest && f->t <= s->newest ? 1 : gauss(f->t - s->newest);
    go = gauss(f->t - s->oldest), gm = gauss(f->t - s->mean);
    g = g > go ? g : go;
    g = g > gm ? g : gm;
    return 0.5 + 0.5 * g;
}

double story_score_n(const story_model *m, const story_feat *f, const story_norm *fn,
                     const story_view *s, double *related)
{
    double x[SF_COUNT], z = m->bias, sig_dot;
    unsigned skip = 0;
    if (m->w[SF_COS_BOTH] == 0)
        skip |= SKIP_BOTH;       /* 0 * x adds nothing: the same z without computing x */
    if (m->w[SF_COS_ENT] == 0 && m->w[SF_COS_PLACE] == 0 && m->w[SF_EVENT_SHARED] == 0 &&
        m->w[SF_PLACE_CONFLICT] == 0 && m->w[SF_SHORT_X_ENT] == 0)
        skip |= SKIP_CLASSES;
    features(f, fn, s, x, skip, &sig_dot);
    /* the model's sig: the signature's cosine (from features' class dot) raises relatedness */
    if (m->sig > 0 && fn->sig > 0 && s->n->sig > 0)
        x[SF_RELATED] += m->sig * cosn(sig_dot, fn->sig, s->n->sig) * time_factor(f, s);
    if (related)
        *related = x[SF_RELATED];
    for (int i = 0; i < SF_COUNT; i++)
        z += m->w[i] * x[i];
    return 1 / (1 + exp(-(z > 30 ? 30 : z < -30 ? -30 : z)));
}

/* Relatedness from the dot products of f with s (body, title, whole entity vector) and f's
 * norms: story_related's formula, which story_features also needs. */
static double related_of(const story_feat *f, const story_norm *fa, const story_view *s,
                         double bb, double tt, double ee)
{
    double wt, we, c;
    wt = fa->title > 0 && s->n->title > 0 ? 0.2 : 0;
    we = fa->all > 0 && s->n->all > 0 ? 0.25 : 0;
    c = 0.55 * cosn(bb, fa->body, s->n->body);
    if (wt > 0)
        c += wt * cosn(tt, fa->title, s->n->title);
    if (we > 0)
        c += we * cosn(ee, fa->all, s->n->all);
    c /= 0.55 + wt + we;
    if (!isnan(f->t) && !isnan(s->mean))
        c *= time_factor(f, s);
    return c;
}

/* Relatedness, for threads (one matter over days) and as a feature of the model: the scorer
 * of stories before the model, weighted cosines (body 0.55, title 0.2, the whole entity
 * vector with places and events 0.25; a side either lacks is left out and the rest
 * renormalised), times 0.5 + 0.5 g, g the largest Gaussian of the time gaps (1 inside the
 * story's span). */
double story_related(const story_feat *f, const story_view *s)
{
    story_norm fa;
    double d[4], ee = svec_dot(&f->ent, s->ent);
    story_norms(f, &fa);
    class_dots(&f->ent, s->ent, d);
    if (d[STORY_K_SIG] != 0)            /* the whole entity vector is that without the sig */
        ee -= d[STORY_K_SIG];
    return related_of(f, &fa, s, svec_dot(&f->body, s->body), svec_dot(&f->title, s->title),
                      ee);
}
