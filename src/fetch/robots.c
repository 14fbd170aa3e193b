/* robots.c — robots.txt as RFC 9309 reads it: groups of user-agent lines with their allow
 * and disallow rules; a crawler obeys the group that names its product token, else the
 * group "*"; the longest matching rule decides, allow winning a tie; '*' matches any run of
 * characters and a final '$' the end of the path. Crawl-delay (not in the RFC, common) is
 * kept too. */
#include "fetch/fetch.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct rule {
    char *pat;
    size_t len;
    int allow;
} rule;

typedef struct rules {
    rule *v;
    size_t n, cap;
    double delay;
    int seen;                 /* a group for this agent exists (even without rules) */
} rules;

struct robots {
    rules r;
    int fixed;                /* 1: allow everything, -1: disallow everything, 0: the rules */
};

static void rules_free(rules *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->v[i].pat);
    free(r->v);
    memset(r, 0, sizeof *r);
}

static int rules_add(rules *r, const char *pat, size_t len, int allow)
{
    if (r->n == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 8;
        rule *v = realloc(r->v, cap * sizeof *v);
        if (!v)
            return -1;
        r->v = v, r->cap = cap;
    }
    char *p = malloc(len + 1);
    if (!p)
        return -1;
    memcpy(p, pat, len);
    p[len] = 0;
    r->v[r->n++] = (rule){p, len, allow};
    return 0;
}

/* Whether the user-agent value names agent: its product token (letters, '-', '_') compared
 * without case, as RFC 9309 section 2.2.1 says. */
static int names_agent(const char *v, size_t n, const char *agent)
{
    size_t k = 0;
    while (k < n && (isalpha((unsigned char)v[k]) || v[k] == '-' || v[k] == '_'))
        k++;
    return k > 0 && k == strlen(agent) && strncasecmp(v, agent, k) == 0;
}

typedef struct parse_state {
    rules mine, star;
    int in_agents;            /* the last line was a user-agent line */
    int to_mine, to_star;     /* the current group applies to agent, to "*" */
} parse_state;

static void trim(const char **s, const char **e)
{
    while (*s < *e && isspace((unsigned char)**s))
        (*s)++;
    while (*e > *s && isspace((unsigned char)(*e)[-1]))
        (*e)--;
}

static int take_line(parse_state *p, const char *s, const char *e, const char *agent)
{
    const char *hash = memchr(s, '#', (size_t)(e - s)), *colon;
    if (hash)
        e = hash;
    if (!(colon = memchr(s, ':', (size_t)(e - s))))
        return 0;
    const char *k = s, *ke = colon, *v = colon + 1, *ve = e;
    trim(&k, &ke);
    trim(&v, &ve);
    size_t kn = (size_t)(ke - k), vn = (size_t)(ve - v);
    if (kn == 10 && strncasecmp(k, "user-agent", kn) == 0) {
        if (!p->in_agents)
            p->to_mine = p->to_star = 0;
        p->in_agents = 1;
        if (vn == 1 && *v == '*')
            p->to_star = p->star.seen = 1;
        else if (names_agent(v, vn, agent))
            p->to_mine = p->mine.seen = 1;
        return 0;
    }
    p->in_agents = 0;
    int allow = kn == 5 && strncasecmp(k, "allow", kn) == 0;
    if (allow || (kn == 8 && strncasecmp(k, "disallow", kn) == 0)) {
        if (vn == 0)          /* "Disallow:" with nothing: no rule */
            return 0;
        if ((p->to_mine && rules_add(&p->mine, v, vn, allow)) ||
            (p->to_star && rules_add(&p->star, v, vn, allow)))
            return -1;
    } else if (kn == 11 && strncasecmp(k, "crawl-delay", kn) == 0) {
        double d = strtod(v, NULL);
        if (d > 0 && d < 86400) {
            if (p->to_mine)
                p->mine.delay = d;
            if (p->to_star)
                p->star.delay = d;
        }
    }
    return 0;
}

rasd_status robots_parse(robots **out, const char *text, size_t len, const char *agent)
{
    parse_state p;
    memset(&p, 0, sizeof p);
    *out = NULL;
    robots *r = calloc(1, sizeof *r);
    if (!r)
        return RASD_ENOMEM;
    const char *s = text, *end = text + len;
    while (s < end) {
        const char *nl = s;
        while (nl < end && *nl != '\n' && *nl != '\r')
            nl++;
        if (take_line(&p, s, nl, agent)) {
            rules_free(&p.mine), rules_free(&p.star), free(r);
            return RASD_ENOMEM;
        }
        s = nl + 1;
    }
    if (p.mine.seen) {
        r->r = p.mine;
        rules_free(&p.star);
    } else {
        r->r = p.star;
        rules_free(&p.mine);
    }
    *out = r;
    return RASD_OK;
}

rasd_status robots_fixed(robots **out, int allow)
{
    if (!(*out = calloc(1, sizeof **out)))
        return RASD_ENOMEM;
    (*out)->fixed = allow ? 1 : -1;
    return RASD_OK;
}

void robots_free(robots *r)
{
    if (!r)
        return;
    rules_free(&r->r);
    free(r);
}

/* Whether pat[0, pn) matches a prefix of path (the whole path when pat ends with '$'):
 * the usual wildcard walk that backs up to the last '*', linear in path per star. */
static int match(const char *pat, size_t pn, const char *path)
{
    int anchored = pn > 0 && pat[pn - 1] == '$';
    size_t p = 0, s = 0, star = (size_t)-1, mark = 0, n = strlen(path);
    if (anchored)
        pn--;
    while (s < n) {
        if (p == pn && !anchored)
            return 1;
        if (p < pn && pat[p] == '*') {
            star = p++;
            mark = s;
        } else if (p < pn && pat[p] == path[s]) {
            p++, s++;
        } else if (star != (size_t)-1) {
            p = star + 1;
            s = ++mark;
        } else {
            return 0;
        }
    }
    while (p < pn && pat[p] == '*')
        p++;
    return p == pn;
}

int robots_allowed(const robots *r, const char *path)
{
    if (r->fixed)
        return r->fixed > 0;
    size_t best = 0;
    int allow = 1, any = 0;
    for (size_t i = 0; i < r->r.n; i++) {
        const rule *u = &r->r.v[i];
        if (!match(u->pat, u->len, path))
            continue;
        if (!any || u->len > best || (u->len == best && u->allow)) {
            allow = u->allow;
            best = u->len;
            any = 1;
        }
    }
    return allow;
}

double robots_delay(const robots *r)
{
    return r->fixed ? 0 : r->r.delay;
}
