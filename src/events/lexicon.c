/* lexicon.c — the word lists of src/events/ (data/dates.tsv, quotes.tsv, events.tsv): loaded
 * into one phrase table at engine open, normalised as texts are, and matched on a document's
 * tokens with up to two proclitics, each lookup made once a document (ev_scan's memos; ev.h).
 * Also loads the Hijri month starts (data/hijri.tsv). */
#include "events/ev.h"
#include "events/letters.h"
#include "events/support_verbs.h"
#include "events/banquets.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ----------------------------------------------------------------- loading */

/* The kinds' names in the files' first column, keyed by the kind. */
static const char *const kind_names[EK_COUNT] = {
    [EK_GMONTH] = "gmonth",     [EK_HMONTH] = "hmonth",     [EK_WEEKDAY] = "weekday",
    [EK_REL] = "rel",           [EK_PERIOD] = "period",     [EK_DIR] = "dir",
    [EK_THIS] = "this",         [EK_DAYPART] = "daypart",   [EK_DAY] = "day",
    [EK_MONTHCUE] = "monthcue", [EK_YEARCUE] = "yearcue",   [EK_ERA] = "era",
    [EK_BLOCK] = "block",       [EK_NOTDAY] = "notday",     [EK_LINK] = "link",
    [EK_NOTAFTER] = "notafter", [EK_OF] = "of",               [EK_ORD] = "ord",
    [EK_NDAYS] = "ndays",
    [EK_CUE] = "cue",           [EK_PART] = "part",         [EK_SOURCE] = "source",
    [EK_THAT] = "that",         [EK_STOP] = "stop",         [EK_ORGNOUN] = "org",
    [EK_BEHALF] = "behalf",     [EK_COMP] = "comp",         [EK_CPREP] = "cprep",
    [EK_CNOUN] = "cnoun",       [EK_BODY] = "body",         [EK_HONOR] = "honor",
    [EK_MEET] = "meet",         [EK_VISIT] = "visit",       [EK_HOST] = "host",
    [EK_AGREE] = "agree",       [EK_SIGN] = "sign",         [EK_APPEAL] = "appeal",
    [EK_CRITICIZE] = "criticize", [EK_ACCUSE] = "accuse",   [EK_THREATEN] = "threaten",
    [EK_ASSAULT] = "assault",   [EK_FIGHT] = "fight",       [EK_NEGATION] = "negation",
    [EK_LEAD] = "lead",         [EK_RELATIVE] = "relative", [EK_SUBJECT] = "subject",
    [EK_NOTACTOR] = "notactor", [EK_PRAY] = "pray",         [EK_SPEECH] = "speech",
    [EK_PREP] = "prep",         [EK_ABOUT] = "about",       [EK_PLACE] = "place",
    [EK_VENUE] = "venue",       [EK_WITH] = "with",         [EK_OBJPREP] = "objprep",
    [EK_AUX] = "aux",           [EK_NAMEHEAD] = "namehead",
    [EK_PLAN] = "plan",         [EK_DENY] = "deny",         [EK_BY] = "by",
    [EK_KILL] = "kill",         [EK_ASSASSINATE] = "assassinate", [EK_COORD] = "coord",
    [EK_GROUP] = "group",       [EK_CLAIM] = "claim",
    [EK_FPLURAL] = "fplural",   [EK_FACILITY] = "facility",
    [EK_MANNER] = "manner",
    [EK_TRIG] = "trigger",      [EK_TGUARD] = "tguard",     [EK_TSENSE] = "tsense",
    [EK_SUPPORT] = "support",   [EK_COPULA] = "copula",
    [EK_TNOT] = "tnot",         [EK_AGUARD] = "aguard",
    [EK_ENCOUNTER] = "encounter",
    [EK_ARRIVAL] = "arrival",   [EK_SIGNING] = "signing",
    [EK_GOVERN] = "govern",
    [EK_JOINT] = "joint",
    [EK_BLESS] = "bless",
    [EK_CALLED] = "called",
    [EK_VAGUE] = "vague",
    [EK_OFFICE] = "office",
    [EK_OWN] = "own",
    [EK_LASTTIME] = "lasttime",
    [EK_HABIT] = "habit",
    [EK_AFRAME] = "aframe",
    [EK_PASTMARK] = "pastmark",
};

/* The kinds of dates.tsv that share EK_TIMEX (or EK_NDAYS), each with its range of values
 * (ev.h TX_*). */
static const struct { const char *name; int kind, base; } timex_kinds[] = {
    {"decade", EK_TIMEX, TX_DECADE},   {"season", EK_TIMEX, TX_SEASON},
    {"century", EK_TIMEX, TX_CENTURY}, {"shift", EK_TIMEX, TX_SHIFT},
    {"future", EK_TIMEX, TX_FUTURE},   {"yearprep", EK_TIMEX, TX_YEARPREP},
    {"ago", EK_NDAYS, TX_AGO},         /* منذ is a yearprep too: another kind */
    {"feastday", EK_TIMEX, TX_FEASTDAY}, {"feast", EK_TIMEX, TX_FEAST},
    {"nyears", EK_TIMEX, TX_NYEARS},   {"nmonths", EK_TIMEX, TX_NMONTHS},
};

/* The kind named s (n bytes); for a kind of EK_TIMEX its base in *base. */
static int kind_of(const char *s, size_t n, int *base)
{
    *base = 0;
    for (size_t k = 0; k < sizeof timex_kinds / sizeof *timex_kinds; k++)
        if (strlen(timex_kinds[k].name) == n && memcmp(timex_kinds[k].name, s, n) == 0)
            return *base = timex_kinds[k].base, timex_kinds[k].kind;
    for (int k = 0; k < EK_COUNT; k++)
        if (kind_names[k] && strlen(kind_names[k]) == n && memcmp(kind_names[k], s, n) == 0)
            return k;
    return -1;
}

/* The names of the "aguard" lists, keyed by their ids (aguard.h). */
#define AGUARD_NAME_(id, name) [id] = name,
static const char *const aguard_names[AG_COUNT] = {AGUARD_LISTS(AGUARD_NAME_)};
#undef AGUARD_NAME_

static int value_of(int kind, const char *s, int *out)
{
    static const char *const periods[] = {"day", "week", "month", "year"};
    char *end;
    long v;
    if (kind == EK_AGUARD) {   /* a list's name, not a number */
        for (int l = 0; l < AG_COUNT; l++)
            if (strcmp(s, aguard_names[l]) == 0)
                return *out = l, 1;
        return 0;
    }
    if (kind == EK_PERIOD) {
        for (int i = 0; i < 4; i++)
            if (strcmp(s, periods[i]) == 0)
                return *out = i, 1;
        return 0;
    }
    if (kind == EK_ERA) {
        *out = strcmp(s, "g") == 0 ? ERA_G : strcmp(s, "h") == 0 ? ERA_H : 0;
        return *out != 0;
    }
    v = strtol(s, &end, 10);
    if (end == s || *end || v < -1000 || v > 2047)   /* "comp" bits reach 1024 (rep70) */
        return 0;
    *out = (int)v;
    return 1;
}

/* The normalised words of phrase p, joined by single spaces, in key; their count. */
static size_t phrase_key(const rasd_engine *e, rasd_doc *d, const char *p, size_t n, rbuf *key,
                         rasd_status *rc)
{
    size_t nt, words = 0;
    const rasd_token *t;
    key->n = 0;
    if ((*rc = doc_tokenize(e, d, p, n)) != RASD_OK)
        return 0;
    t = rasd_doc_tokens(d, &nt);
    for (size_t i = 0; i < nt; i++) {
        if (t[i].kind == RASD_TOK_PUNCT || t[i].kind == RASD_TOK_SYMBOL || !t[i].norm_len)
            continue;
        if (words++)
            rbuf_addc(key, ' ', rc);
        rbuf_add(key, t[i].norm, t[i].norm_len, rc);
    }
    return words;
}

/* Whether a phrase of kind (with value) can be the first words of a date (dates.c
 * match_at): the words that only come inside or around one (في، من، الماضي، م) cannot. */
static int starts_date(int kind, int value)
{
    switch (kind) {
    case EK_GMONTH: case EK_HMONTH: case EK_WEEKDAY: case EK_REL: case EK_PERIOD: case EK_THIS:
    case EK_DAYPART: case EK_DAY: case EK_MONTHCUE: case EK_YEARCUE: case EK_ORD:
        return 1;           /* an ordinal: a century, or a day (الخامس من مايو) */
    case EK_TIMEX:
        return (value >= TX_DECADE - 1 && value < TX_FUTURE - 1) ||  /* decade, season,
                                                                        century, shift, */
               (value >= TX_FEASTDAY - 1 && value < TX_FEAST - 1);   /* feastday */
    case EK_NDAYS:
        return value < 0;               /* ago */
    default:
        return 0;
    }
}

/* Whether a phrase of kind reports an event (events.c trigger): the kinds of event. */
static int starts_event(int kind, int value)
{
    return (kind >= EK_MEET && kind <= EK_FIGHT) || kind == EK_KILL || kind == EK_ASSASSINATE ||
           kind == EK_TRIG ||  /* read only with the trigger layer on (events9) */
           (kind == EK_ENCOUNTER && ((value >= 1 && value <= 4) || value == 9)) ||
                                                 /* a meeting's word (events27, events34) */
           (kind == EK_ARRIVAL && value != 2) ||  /* وصل، يصل، وقع (events32) */
           (kind == EK_ENCOUNTER && ev_support_verb(value)) || /* أجرى، قام (support_verbs.h) */
           (kind == EK_ENCOUNTER && ev_banquet_verb(value));  /* أقام، احتفى (banquets.h) */
}

/* The bit of ev_engine.fbits for the word w of n bytes (n > 0). A word of fewer than four
 * Arabic letters: a hash of its length, its second and fourth bytes and its last (an Arabic
 * letter's second byte tells it apart). A longer one: of its length and its first and last
 * eight bytes (cost45: the second and fourth bytes of every word with the article are those
 * of ال, and 38% of the words the bit let through were then no first word). */
static inline unsigned first_bit(const char *w, size_t n)
{
    const unsigned char *u = (const unsigned char *)w;
    uint64_t a, b;
    if (n < 8) {
        uint32_t x = (uint32_t)n << 24 | (uint32_t)u[n > 1] << 16 |
                     (uint32_t)u[n > 3 ? 3 : 0] << 8 | u[n - 1];
        return (x * 0x9e3779b1u) >> 16;
    }
    memcpy(&a, w, 8);
    memcpy(&b, w + n - 8, 8);
    return (unsigned)(((a ^ (b * 0x9e3779b97f4a7c15u) ^ n) * 0xff51afd7ed558ccdu) >> 48);
}

/* The first word's id in fkinds (assigned at its first phrase), with kind added to its kinds;
 * no id past UINT16_MAX (its look-ups are then made whatever the kind). */
static void first_kinds(ev_engine *ev, uint64_t *f, int kind, rasd_status *rc)
{
    uint64_t id = *f >> FIRST_ID_SHIFT;
    if (!id) {
        if (ev->nfirsts >= UINT16_MAX)
            return;
        ev->fkinds = grow_array(ev->fkinds, &ev->fkinds_cap, ev->nfirsts + 1,
                                sizeof *ev->fkinds, rc);
        if (*rc)
            return;
        memset(&ev->fkinds[ev->nfirsts], 0, sizeof *ev->fkinds);
        id = ++ev->nfirsts;
        *f |= id << FIRST_ID_SHIFT;
    }
    ev->fkinds[id - 1].kinds[kind >> 6] |= (uint64_t)1 << (kind & 63);
}

static rasd_status add_phrase(rasd_engine *e, rasd_doc *d, ev_engine *ev, int kind, int value,
                              const char *phrase, rbuf *key)
{
    rasd_status rc = RASD_OK;
    size_t words = phrase_key(e, d, phrase, strlen(phrase), key, &rc);
    uint64_t *slot;
    if (rc || words == 0 || words >= FIRST_LEN)   /* FIRST_LEN with every flag: FIRST_UNKNOWN */
        return rc ? rc : RASD_EDATA;
    slot = strmap_upsert(&ev->phrases, key->p, key->n, &rc);
    if (!slot)
        return rc;
    if (*slot == 0) {
        ev->words = grow_array(ev->words, &ev->words_cap, ev->nwords + 1, sizeof *ev->words, &rc);
        if (rc)
            return rc;
        memset(&ev->words[ev->nwords], 0, sizeof *ev->words);
        *slot = ++ev->nwords;
    }
    ev->words[*slot - 1].kinds[kind >> 6] |= (uint64_t)1 << (kind & 63);
    if (kind == EK_AGUARD)     /* a phrase may be in several lists: a bit each */
        ev->words[*slot - 1].aguards[value >> 6] |= (uint64_t)1 << (value & 63);
    else
        ev->words[*slot - 1].val[kind] = (int16_t)value;
    if (words > ev->maxlen)
        ev->maxlen = (unsigned)words;
    {                          /* the first word, with the longest phrase it starts and
                                  whether a date may start with it */
        const char *sp = memchr(key->p, ' ', key->n);
        size_t fn = sp ? (size_t)(sp - key->p) : key->n;
        uint64_t *f = strmap_upsert(&ev->firsts, key->p, fn, &rc);
        unsigned b = fn ? first_bit(key->p, fn) : 0;
        ev->fbits[b >> 6] |= (uint64_t)1 << (b & 63);
        if (f)
            first_kinds(ev, f, kind, &rc);
        if (f && (*f & FIRST_LEN) < words)
            *f = (*f & ~(uint64_t)FIRST_LEN) | words;
        if (f && starts_date(kind, value))
            *f |= FIRST_DATE;
        if (f && starts_event(kind, value))
            *f |= FIRST_EVENT;
        if (f && (kind == EK_CUE || kind == EK_PART))
            *f |= FIRST_QUOTE;
    }
    return rc;
}

/* ------------------------------------------------- verbs from their stems (evbreadth) */

/* Whether phrase p already has kind (a listed form keeps its own value: وقعت is sign 8). */
static int listed(rasd_engine *e, rasd_doc *d, ev_engine *ev, int kind, const char *p, rbuf *key,
                  rasd_status *rc)
{
    uint64_t k;
    if (!phrase_key(e, d, p, strlen(p), key, rc) || *rc)
        return 1;
    k = strmap_get(&ev->phrases, key->p, key->n);
    return k && EV_HAS_KIND(&ev->words[k - 1], kind);
}

/* Adds the form made of head (hn bytes), suffix and the phrase's other words (rest, may be
 * "") as a verb (value 1) of kind, and as a word of plan when it is a future (سـ). */
static rasd_status add_form(rasd_engine *e, rasd_doc *d, ev_engine *ev, int kind, const char *pre,
                            const char *head, size_t hn, const char *suf, const char *rest,
                            rbuf *key)
{
    char form[256];
    rasd_status rc = RASD_OK;
    int n = snprintf(form, sizeof form, "%s%.*s%s%s", pre, (int)hn, head, suf, rest);
    if (n < 0 || (size_t)n >= sizeof form)
        return RASD_EDATA;
    if (!listed(e, d, ev, kind, form, key, &rc) && !rc)
        rc = add_phrase(e, d, ev, kind, 1, form, key);
    if (!rc && *pre)
        rc = add_phrase(e, d, ev, EK_PLAN, 1, form, key);
    return rc;
}

/* A line "verb<TAB>kind<TAB>PAST|PRESENT[ words…]": the verb's inflected forms that report the
 * event, generated rather than listed. PAST, the third person masculine singular of the past
 * (دعا، التقى، طلب), gives the feminine and the plural (دعت، دعوا؛ التقت، التقوا؛ طلبت، طلبوا: a
 * final ا or ى is the weak root letter, which they drop); PRESENT, its third person (يطلب،
 * يدعو), gives the feminine with ت, the plural with ون (a final و or ي dropped: يدعون، يلتقون) and
 * the future with سـ (سيطلب، ستطلب), also a word of plan. "!" before PAST: the bare form is no
 * verb (طالب, a student) and is not added; "-" for PRESENT: none. The other words follow
 * each form (أطلق|يطلق النار على). Forms listed with the kind keep their own value. */
static rasd_status add_verb(rasd_engine *e, rasd_doc *d, ev_engine *ev, const char *kname,
                            const char *p, rbuf *key)
{
    int base, kind = kind_of(kname, strlen(kname), &base);
    int bare = *p != '!';
    const char *bar = strchr(p, '|'), *sp, *rest;
    size_t pn, rn;
    rasd_status rc = RASD_OK;
    if (kind < 0 || !((kind >= EK_MEET && kind <= EK_FIGHT) || kind == EK_ASSASSINATE) || !bar)
        return RASD_EDATA;
    p += !bare;
    sp = strchr(bar, ' ');
    rest = sp ? sp : "";
    pn = (size_t)(bar - p);
    rn = (size_t)((sp ? sp : bar + strlen(bar)) - (bar + 1));
    if (pn < LETTERS(2))
        return RASD_EDATA;
    {                          /* the past */
        int weak = ends_with(p, pn, U_ALEF) || ends_with(p, pn, U_ALEF_MAQSURA);
        size_t stem = weak ? pn - LETTERS(1) : pn;
        if (bare)
            rc = add_form(e, d, ev, kind, "", p, pn, "", rest, key);
        if (!rc)
            rc = add_form(e, d, ev, kind, "", p, stem, U_TEH, rest, key);
        if (!rc)
            rc = add_form(e, d, ev, kind, "", p, stem, U_WAW U_ALEF, rest, key);
    }
    if (!rc && !(rn == 1 && bar[1] == '-')) {   /* the present and the future */
        const char *r = bar + 1;
        size_t stem = ends_with(r, rn, U_WAW) || ends_with(r, rn, U_YEH) ? rn - LETTERS(1) : rn;
        if (rn < LETTERS(3) || !starts_with(r, rn, U_YEH))
            return RASD_EDATA;
        rc = add_form(e, d, ev, kind, "", r, rn, "", rest, key);
        if (!rc)
            rc = add_form(e, d, ev, kind, U_TEH, r + LETTERS(1), rn - LETTERS(1), "", rest, key);
        if (!rc)
            rc = add_form(e, d, ev, kind, "", r, stem, U_WAW U_NOON, rest, key);
        if (!rc)
            rc = add_form(e, d, ev, kind, U_SEEN, r, rn, "", rest, key);
        if (!rc)
            rc = add_form(e, d, ev, kind, U_SEEN U_TEH, r + LETTERS(1), rn - LETTERS(1), "", rest,
                          key);
    }
    return rc;
}

/* A line "tdefault<TAB>kind<TAB>forms" (events14): the trigger layer's forms of an event kind
 * on by default, words of "verb", "noun", "future", "lead" (events16: a past verb that starts
 * its clause), "deed" (events19: a noun after قام ب، أقدم على), "sides" (events20: a
 * meeting's past verb or noun with its sides named), "present" (events20: a present verb with
 * a name next to it), "occasion" (events25: a visit's noun after خلال with its visitor),
 * "said" (events31: an event a quote tells, statement.c) separated by spaces, into
 * ev->tdefault. */
static rasd_status add_tdefault(ev_engine *ev, const char *kname, const char *forms)
{
    static const char *const names[9] = {"verb", "noun", "future", "lead", "deed", "sides",
                                         "present", "occasion", "said"};
    int base, kind = kind_of(kname, strlen(kname), &base);
    if (kind < EK_MEET || kind > EK_FIGHT)
        return RASD_EDATA;
    while (*forms) {
        size_t n = strcspn(forms, " "), k = 0;
        while (k < 9 && !(strlen(names[k]) == n && memcmp(forms, names[k], n) == 0))
            k++;
        if (k == 9)
            return RASD_EDATA;
        ev->tdefault[kind] |= (uint16_t)(1u << k);
        forms += n + (forms[n] == ' ');
    }
    return RASD_OK;
}

/* One line "kind<TAB>value<TAB>phrase" (comments and blank lines skipped). */
static rasd_status parse_line(rasd_engine *e, rasd_doc *d, ev_engine *ev, char *line, rbuf *key)
{
    char *t1, *t2, *end = line + strcspn(line, "\r\n");
    int kind, value, base;
    *end = 0;
    if (line[0] == '#' || line[0] == 0)
        return RASD_OK;
    t1 = strchr(line, '\t');
    t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
    if (t2 && t1 - line == 4 && memcmp(line, "verb", 4) == 0) {
        *t2 = 0;
        return add_verb(e, d, ev, t1 + 1, t2 + 1, key);
    }
    if (t2 && t1 - line == 8 && memcmp(line, "tdefault", 8) == 0)
        return RASD_OK;        /* read before (tdefault_scan) */
    if (!t2 || (kind = kind_of(line, (size_t)(t1 - line), &base)) < 0)
        return RASD_EDATA;
    *t2 = 0;
    if (!value_of(kind, t1 + 1, &value) || !t2[1] ||
        (base && (value < -1 || value > TX_SPAN - 3)))
        return RASD_EDATA;
    if (kind >= EK_TRIG && kind <= EK_SUPPORT && !ev->tlayer)
        return RASD_OK;        /* the trigger layer's words (events9), read only when it runs:
                                  as first words of phrases they cost every look-up */
    return add_phrase(e, d, ev, kind, base + value, t2 + 1, key);
}

static int by_month(const void *a, const void *b)
{
    const hijri_row *x = a, *y = b;
    return (x->month > y->month) - (x->month < y->month);
}

/* data/hijri.tsv: "year<TAB>month<TAB>YYYY-MM-DD" (tools/hijri_table.py); none is fine. */
static rasd_status hijri_load(ev_engine *ev, const char *dir)
{
    char path[PATH_MAX + 32], line[128];
    rasd_status rc = RASD_OK;
    FILE *f;
    snprintf(path, sizeof path, "%s/hijri.tsv", dir);
    if (!(f = fopen(path, "r")))
        return RASD_OK;
    while (!rc && fgets(line, sizeof line, f)) {
        int hy, hm, y, m, d;
        char tail;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if (sscanf(line, "%d\t%d\t%d-%d-%d%c", &hy, &hm, &y, &m, &d, &tail) < 5 || hm < 1 ||
            hm > 12 || hy < 1 || hy > 3000 || m < 1 || m > 12 || d < 1 ||
            d > cal_month_len(y, m)) {
            rc = RASD_EDATA;
            break;
        }
        ev->hijri = grow_array(ev->hijri, &ev->hijri_cap, ev->nhijri + 1, sizeof *ev->hijri, &rc);
        if (!rc)
            ev->hijri[ev->nhijri++] = (hijri_row){12 * hy + hm - 1, cal_days(y, m, d)};
    }
    fclose(f);
    if (ev->nhijri > 1)
        qsort(ev->hijri, ev->nhijri, sizeof *ev->hijri, by_month);
    return rc;
}

/* Reads the lines of one word list into ev (a missing file: no words). */
static rasd_status load_list(rasd_engine *e, ev_engine *x, rasd_doc *d, const char *name,
                             rbuf *key)
{
    char path[PATH_MAX + 32], line[512];
    rasd_status rc = RASD_OK;
    size_t limit = e->cfg.max_doc_bytes, lineno = 0;
    FILE *f;
    snprintf(path, sizeof path, "%s/%s", e->data_dir, name);
    if (!(f = fopen(path, "r")))
        return RASD_OK;
    e->cfg.max_doc_bytes = sizeof line;   /* the configured limit is for documents */
    while (!rc && fgets(line, sizeof line, f)) {
        lineno++;
        if (!strchr(line, '\n') && !feof(f))
            rc = RASD_EDATA;      /* a line longer than any phrase */
        else
            rc = parse_line(e, d, x, line, key);
    }
    e->cfg.max_doc_bytes = limit;
    if (!rc && ferror(f))
        rc = RASD_EDATA;
    if (rc == RASD_EDATA) {       /* the line's kind: its words up to the first tab */
        int kn = (int)strcspn(line, "\t\r\n"), w;
        const char *what = "";
        char list[80] = "";
        if (kn == 6 && memcmp(line, "aguard", 6) == 0 && line[6] == '\t') {
            snprintf(list, sizeof list, "%.*s", (int)strcspn(line + 7, "\t\r\n"), line + 7);
            what = ", a list aguard.h does not name or no phrase: ";
        }
        w = snprintf(e->why, sizeof e->why, "%s:%zu: not a line this build reads (kind %.*s%s%s)",
                     path, lineno, kn, line, what, list);
        if (w < 0 || (size_t)w >= sizeof e->why)  /* a long folder: the file's name alone */
            snprintf(e->why, sizeof e->why, "%s:%zu: not a line this build reads (kind %.*s%s%s)",
                     name, lineno, kn > 64 ? 64 : kn, line, what, list);
    }
    fclose(f);
    return rc;
}

/* The "tdefault" lines of data/events.tsv, read before its words (the layer's are loaded
 * only when it runs), and the forms on in this engine into x->tforms. */
static rasd_status tdefault_scan(rasd_engine *e, ev_engine *x)
{
    char path[PATH_MAX + 32], line[512];
    rasd_status rc = RASD_OK;
    int mode = e->cfg.event_triggers;
    size_t lineno = 0;
    FILE *f;
    snprintf(path, sizeof path, "%s/events.tsv", e->data_dir);
    if ((f = fopen(path, "r")) != NULL) {
        while (!rc && fgets(line, sizeof line, f)) {
            char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
            lineno++;          /* a line longer than line is load_list's to refuse */
            if (!t2 || t1 - line != 8 || memcmp(line, "tdefault", 8) != 0)
                continue;
            *t2 = 0;
            t2[1 + strcspn(t2 + 1, "\r\n")] = 0;
            rc = add_tdefault(x, t1 + 1, t2 + 1);
            if (rc)
                snprintf(e->why, sizeof e->why, "events.tsv:%zu: a tdefault line this build "
                         "cannot read (kind %.32s)", lineno, t1 + 1);
        }
        fclose(f);
    }
    for (int k = EK_MEET; k <= EK_FIGHT; k++) {
        x->tforms[k] = mode > 0 ? TFORM_ALL   /* RASD_TRIGGERS_ALL; any other positive too */
                       : mode == RASD_TRIGGERS_DEFAULT ? x->tdefault[k] : 0;
        x->tlayer |= x->tforms[k] != 0;
    }
    return rc;
}

rasd_status ev_engine_load(rasd_engine *e, void **state)
{
    rasd_status rc = RASD_OK;
    rasd_doc *d = NULL;
    rbuf key = {0};
    ev_engine *x;
    if (!e->data_dir)
        return RASD_OK;
    if (!(x = *state = calloc(1, sizeof *x)) || rasd_doc_new(&d) != RASD_OK)
        rc = RASD_ENOMEM;
    if (!rc)
        rc = load_list(e, x, d, "dates.tsv", &key);
    if (!rc)
        rc = load_list(e, x, d, "quotes.tsv", &key);
    if (!rc)
        rc = tdefault_scan(e, x);
    if (!rc)
        rc = load_list(e, x, d, "events.tsv", &key);
    if (!rc)
        rc = ftab_build(&x->ftab, &x->firsts);
    if (!rc)
        rc = ftab_build(&x->ptab, &x->phrases);
    rasd_doc_free(d);
    rbuf_free(&key);
    return rc ? rc : hijri_load(x, e->data_dir);
}

void ev_engine_free(void *state)
{
    ev_engine *x = state;
    if (!x)
        return;
    strmap_free(&x->phrases);
    strmap_free(&x->firsts);
    ftab_free(&x->ftab);
    ftab_free(&x->ptab);
    free(x->fkinds);
    free(x->words);
    free(x->hijri);
    free(x);
}

/* ---------------------------------------------------------------- matching */

/* و ف ب ل ك (U+0648, 0641, 0628, 0644, 0643), tested on the two bytes at once: asked at
 * nearly every token (first_summary_fill), where it was a call of five letter_is (cost52). */
static inline int clitic_letter(const char *w)
{
#define CL_BIT_(u) (1ull << ((u)[1] & 0x3f))   /* the second byte of a letter of 0xd9 */
    const unsigned char *u = (const unsigned char *)w;
    unsigned low = (unsigned)u[1] - 0x80u;
    return (u[0] == 0xd9 && low < 64 &&
            (((CL_BIT_(U_WAW) | CL_BIT_(U_FEH) | CL_BIT_(U_LAM) | CL_BIT_(U_KAF)) >> low) & 1)) ||
           letter_is(w, U_BEH);
#undef CL_BIT_
}

/* How many proclitic letters (و ف ب ل ك, at most two: ولعام، وبالأمس) the word may lose
 * and keep three letters or more. */
static int is_proclitic(const char *w, size_t n)
{
    if (n < 8 || !clitic_letter(w))
        return 0;             /* three letters must stay: بحث is not ب + حث */
    return n >= 10 && clitic_letter(w + 2) ? 2 : 1;
}

int ev_conjunctions(const rasd_token *t, int cut)
{
    for (int k = 0; k < cut; k++) {
        const char *p = t->norm + LETTERS(k);
        if ((size_t)LETTERS(k) + 1 >= t->norm_len || !(letter_is(p, U_WAW) || letter_is(p, U_FEH)))
            return 0;
    }
    return 1;
}

int ev_name_word_is(const ev_engine *ev, const char *w, size_t n, int kind)
{
    uint64_t at = ev ? strmap_get(&ev->phrases, w, n) : 0;
    return at && EV_HAS_KIND(&ev->words[at - 1], kind);
}

int ev_is_word(const rasd_token *t)
{
    return t->kind == RASD_TOK_ARABIC || t->kind == RASD_TOK_LATIN;
}

/* The value of first word w of n bytes in ev->firsts, through its table (ftab.h). */
static inline uint64_t first_get(const ev_engine *ev, const char *w, size_t n)
{
    return ev->ftab.slots ? ftab_get(&ev->ftab, w, n) : strmap_get(&ev->firsts, w, n);
}

/* 1 + the index in ev->words of the phrase of `len` words at token i, its first word less
 * `cut` proclitic letters; 0 if the table has none. */
static uint64_t phrase_index(ev_scan *s, size_t i, size_t len, int cut)
{
    s->key->n = 0;
    for (size_t k = 0; k < len; k++) {
        const rasd_token *w = &s->t[i + k];
        size_t skip = k == 0 ? 2 * (size_t)cut : 0;
        if (!ev_is_word(w))
            return 0;
        if (k)
            rbuf_addc(s->key, ' ', &s->rc);
        rbuf_add(s->key, w->norm + skip, w->norm_len - skip, &s->rc);
    }
    if (s->rc)
        return 0;
    return s->ev->ptab.slots ? ftab_get(&s->ev->ptab, s->key->p, s->key->n)
                             : strmap_get(&s->ev->phrases, s->key->p, s->key->n);
}

/* The phrase of `len` words at token i, its first word without `cut` proclitic letters, if
 * the table has it and it can be `kind`. Each is looked up once a document (s->word). */
static const ev_word *phrase_at(ev_scan *s, size_t i, size_t len, int cut, int kind,
                                uint64_t mask)
{
    uint16_t *memo = s->word && len <= s->ev->maxlen
                         ? &s->word[(3 * i + (size_t)cut) * s->ev->maxlen + len - 1] : NULL;
    uint64_t at;
    if (memo && *memo)
        at = *memo - 1;
    else {
        at = phrase_index(s, i, len, cut);
        if (memo && !s->rc)
            *memo = (uint16_t)(at + 1);
    }
    if (!at || (kind >= 0 && !EV_HAS_KIND(&s->ev->words[at - 1], kind)) ||
        (mask && !(s->ev->words[at - 1].kinds[0] & mask)))
        return NULL;
    return &s->ev->words[at - 1];
}

/* The words of the longest phrase whose first word is token i less cut proclitic letters
 * (0: none), looked up once a token (s->first). */
static size_t longest_from(ev_scan *s, size_t i, int cut)
{
    const rasd_token *w = &s->t[i];
    uint8_t *memo = s->first ? &s->first[FIRST_SLOTS * i + (size_t)cut] : NULL;
    size_t longest;
    if (memo && *memo != FIRST_UNKNOWN)
        return *memo & FIRST_LEN;
    longest = (size_t)first_get(s->ev, w->norm + 2 * cut, w->norm_len - 2 * (size_t)cut);
    if (memo)
        *memo = (uint8_t)longest;           /* FIRST_LEN | FIRST_DATE | FIRST_EVENT: never
                                               FIRST_UNKNOWN */
    return longest & FIRST_LEN;
}

/* Token i's summary, computed once (s->first): bits 0-1 the proclitic letters it may carry,
 * bit 2 + cut set when a phrase starts with it less cut letters. Most words start none, and
 * the matchers ask about every token many times (issue 16: this paid for the quote rules).
 * first_summary_fill computes it, out of line: the matchers' million calls a 400-article run
 * mostly find it memoised, and inlined its loop made each of them save and restore the
 * registers of the look-up (stop 32: 1,053.9 → 953.8 instructions a token, bench/extract_cost.sh). */
static __attribute__((noinline)) unsigned first_summary_fill(ev_scan *s, size_t i)
{
    uint8_t *memo = &s->first[FIRST_SLOTS * i + FIRST_SLOTS - 1];
    const char *w = s->t[i].norm;
    size_t n = s->t[i].norm_len;
    unsigned sum;
    int pc;
    pc = is_proclitic(w, n);
    sum = (unsigned)pc;
    for (int cut = 0; cut <= pc; cut++) {   /* the slots of longest_from, filled here */
        size_t m = n - 2 * (size_t)cut;
        unsigned b = m ? first_bit(w + 2 * cut, m) : 0;
        uint64_t v = (s->ev->fbits[b >> 6] >> (b & 63)) & 1   /* costcut: most words are */
                         ? first_get(s->ev, w + 2 * cut, m) : 0;   /* no first word */
        s->first[FIRST_SLOTS * i + (size_t)cut] = (uint8_t)v;
        if (s->fid)
            s->fid[3 * i + (size_t)cut] = (uint16_t)(v >> FIRST_ID_SHIFT);
        if (!(v & FIRST_LEN))
            continue;
        sum |= 4u << cut;
        if (v & FIRST_QUOTE)
            sum |= SUM_QUOTE;
        if (v & FIRST_DATE)
            sum |= SUM_DATE;
        if (v & FIRST_EVENT)
            sum |= SUM_EVENT;
    }
    if (s->word && (sum & 0x1c))           /* the memo of the phrases that start here, zeroed
                                              now rather than the whole document's at once */
        memset(&s->word[3 * i * s->ev->maxlen], 0,
               (size_t)(pc + 1) * s->ev->maxlen * sizeof *s->word);
    return *memo = (uint8_t)sum;
}

unsigned ev_summary_fill(ev_scan *s, size_t i)
{
    return first_summary_fill(s, i);
}

/* The longest phrase at token i that can be kind (or one of mask's), its first word less
 * one of the proclitic cuts in the bits of cuts (bit c: c letters). */
static __attribute__((noinline)) const ev_word *lookup_cuts(ev_scan *s, size_t i, unsigned cuts,
                                                            int kind, uint64_t mask, size_t *n)
{
    const ev_word *best = NULL;
    size_t most = s->nt - i, best_len = 0;
    for (int cut = 0; cut <= 2; cut++) {
        /* the longest phrase that starts with this word, if any does (most words do not) */
        size_t longest;
        if (!(cuts & (1u << cut)))
            continue;
        longest = longest_from(s, i, cut);
        if (longest > most)
            longest = most;
        for (size_t len = longest; len > best_len; len--) {
            const ev_word *hit = phrase_at(s, i, len, cut, kind, mask);
            if (hit) {
                best = hit, best_len = len, s->cut = cut;
                break;
            }
        }
    }
    if (best)
        *n = best_len;
    return best;
}

/* Whether a phrase of kind (or of mask's kinds; neither: any) may start with the first word
 * of id (0: unknown, it may). */
static inline int first_may(const ev_scan *s, uint16_t id, int kind, uint64_t mask)
{
    const uint64_t *k;
    if (!id)
        return 1;
    k = s->ev->fkinds[id - 1].kinds;
    return kind >= 0 ? (int)((k[kind >> 6] >> (kind & 63)) & 1) : !mask || (k[0] & mask);
}

/* The cuts (bit c: c proclitic letters) with which a phrase may start at token i: 0 none;
 * LOOK_ALL when its summary is not known yet. No call on the way and few registers, so that
 * the callers' usual answer, none, costs no saved registers (costcut); the kinds are
 * kind_cuts's, out of line (cost52: with them here, every call saved six registers). */
#define LOOK_ALL 8u
static inline unsigned look_cuts(const ev_scan *s, size_t i, int strip)
{
    unsigned sum;
    if (i >= s->nt || !s->ev || !ev_is_word(&s->t[i]))
        return 0;
    if (!s->first || (sum = s->first[FIRST_SLOTS * i + FIRST_SLOTS - 1]) == FIRST_UNKNOWN)
        return LOOK_ALL;
    /* the cuts with which a phrase starts here (most words: none) */
    return (sum >> 2) & ((2u << (strip ? (sum & 3) : 0)) - 1);
}

/* Of cuts (look_cuts's, known), those with which a phrase of kind (or of mask's) may start. */
static inline unsigned kind_cuts(const ev_scan *s, size_t i, unsigned cuts, int kind,
                                 uint64_t mask)
{
    const uint16_t *id = s->fid ? &s->fid[3 * i] : NULL;
    if (!id)
        return cuts;
    /* unrolled (cuts has bits 0 to 2): a loop kept its invariants in six saved registers */
    return ((cuts & 1) && first_may(s, id[0], kind, mask) ? 1u : 0) |
           ((cuts & 2) && first_may(s, id[1], kind, mask) ? 2u : 0) |
           ((cuts & 4) && first_may(s, id[2], kind, mask) ? 4u : 0);
}

/* Whether token t is an Arabic letter group of a spelt name (text_letter_group). */
static int letter_group(const rasd_token *t)
{
    return t->kind == RASD_TOK_ARABIC && text_letter_group(t->norm, t->norm_len);
}

/* Whether token dot is a dot written against token b after it. */
static int glued_dot(const rasd_token *dot, const rasd_token *b)
{
    return dot->norm_len == 1 && dot->norm[0] == '.' && dot->end == b->start;
}

/* Whether token i is one letter group of a name spelt out with dots (إن.بي.سي، سي.إن.إن,
 * text/sentence.c keeps them in one sentence): no word of a list (إن there is no "that";
 * err61: five of 70 fresh rows of seed 6101 opened a quote inside such a name). */
static int spelt_letters(const ev_scan *s, size_t i)
{
    const rasd_token *t = s->t;    /* the dots first: they are rare, the list look-up is not */
    return (i + 2 < s->nt && t[i].end == t[i + 1].start && glued_dot(&t[i + 1], &t[i + 2]) &&
            letter_group(&t[i]) && letter_group(&t[i + 2])) ||
           (i >= 2 && t[i - 1].end == t[i].start && glued_dot(&t[i - 1], &t[i]) &&
            t[i - 2].end == t[i - 1].start && letter_group(&t[i]) && letter_group(&t[i - 2]));
}

/* lookup once look_cuts said a phrase may start and kind_cuts that it may be of the kind
 * asked (cs: the cuts, strip in bit STRIP_BIT); with a summary still to compute (LOOK_ALL),
 * computes it and asks again. */
#define STRIP_BIT 16u
static __attribute__((noinline)) const ev_word *lookup_at(ev_scan *s, size_t i, unsigned cs,
                                                          int kind, uint64_t mask, size_t *n)
{
    unsigned cuts = cs & ~STRIP_BIT;
    int strip = (cs & STRIP_BIT) != 0;
    if (spelt_letters(s, i))
        return NULL;
    if (cuts == LOOK_ALL) {
        if (s->first) {
            first_summary_fill(s, i);
            cuts = kind_cuts(s, i, look_cuts(s, i, strip), kind, mask);
        } else {
            cuts = (2u << (strip ? is_proclitic(s->t[i].norm, s->t[i].norm_len) : 0)) - 1;
        }
        if (!cuts)
            return NULL;
    }
    return lookup_cuts(s, i, cuts, kind, mask, n);
}

/* The callers' usual answers cost no saved registers (cost52: ev_word_is's 680,000 calls a
 * 400-article run paid 16 instructions each for them): look_cuts inline, then at the tokens
 * where a phrase starts, out of line and called last, kind_cuts (most of those start none of
 * the kind asked), and only then the look-up, which saves them. */
static __attribute__((noinline)) const ev_word *lookup_kind(ev_scan *s, size_t i, unsigned cs,
                                                            int kind, uint64_t mask, size_t *n)
{
    unsigned cuts = cs & ~STRIP_BIT;
    if (cuts != LOOK_ALL && !(cuts = kind_cuts(s, i, cuts, kind, mask)))
        return NULL;
    return lookup_at(s, i, cuts | (cs & STRIP_BIT), kind, mask, n);
}

static inline unsigned with_strip(unsigned cuts, int strip)
{
    return cuts | (strip ? STRIP_BIT : 0);
}

const ev_word *ev_lookup(ev_scan *s, size_t i, int strip, int kind, size_t *n)
{
    unsigned cuts = look_cuts(s, i, strip);
    return cuts ? lookup_kind(s, i, with_strip(cuts, strip), kind, 0, n) : NULL;
}

const ev_word *ev_lookup_any(ev_scan *s, size_t i, int strip, uint64_t mask, size_t *n)
{
    unsigned cuts = look_cuts(s, i, strip);
    return cuts ? lookup_kind(s, i, with_strip(cuts, strip), -1, mask, n) : NULL;
}

/* ev_word_is once kind_cuts said a phrase of kind may start (cs, as lookup_at's). */
static __attribute__((noinline)) int word_is_at(ev_scan *s, size_t i, unsigned cs, int kind,
                                                int *v, size_t *n)
{
    size_t len = 0;
    const ev_word *w = lookup_at(s, i, cs, kind, 0, &len);
    if (!w)
        return 0;
    if (v)
        *v = w->val[kind];
    *n = len;
    return 1;
}

/* ev_word_is at a token where a phrase starts (cs, as lookup_kind's). */
static __attribute__((noinline)) int word_is_kind(ev_scan *s, size_t i, unsigned cs, int kind,
                                                  int *v, size_t *n)
{
    unsigned cuts = cs & ~STRIP_BIT;
    if (cuts != LOOK_ALL && !(cuts = kind_cuts(s, i, cuts, kind, 0)))
        return 0;
    return word_is_at(s, i, cuts | (cs & STRIP_BIT), kind, v, n);
}

/* The phrase at i if it can be `kind`, its value in *v, its length in *n; else 0. */
int ev_word_is(ev_scan *s, size_t i, int strip, int kind, int *v, size_t *n)
{
    unsigned cuts = look_cuts(s, i, strip);
    return cuts ? word_is_kind(s, i, with_strip(cuts, strip), kind, v, n) : 0;
}

int ev_word_in(ev_scan *s, size_t a, size_t b, int strip, int kind)
{
    size_t n;
    for (size_t j = a; j < b; j++)
        if (ev_word_is(s, j, strip, kind, NULL, &n))
            return 1;
    return 0;
}

int ev_phrase_near(ev_scan *s, int kind, int v, size_t lo, size_t i, size_t j, size_t hi,
                   size_t before, size_t after)
{
    size_t n;
    int x;
    for (size_t k = i; k > lo && k + before > i; k--) {
        if (s->t[k - 1].kind == RASD_TOK_PUNCT)
            break;
        if (ev_word_is(s, k - 1, 1, kind, &x, &n) && x == v && k - 1 + n <= i)
            return 1;
    }
    for (size_t k = j; k < hi && k < j + after; k++) {
        if (s->t[k].kind == RASD_TOK_PUNCT)
            break;
        if (ev_word_is(s, k, 1, kind, &x, &n) && x == v)
            return 1;
    }
    return 0;
}

int ev_aguard_is(ev_scan *s, size_t i, int strip, int l, size_t *n)
{
    size_t len = 0;
    const ev_word *w = ev_lookup(s, i, strip, EK_AGUARD, &len);
    if (!w)
        return 0;
    *n = len;
    return (w->aguards[l >> 6] >> (l & 63)) & 1;
}

size_t ev_token_from(const ev_scan *s, uint32_t b)
{
    size_t lo = 0, hi = s->nt;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->t[mid].start < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t ev_token_at(const ev_scan *s, uint32_t b)
{
    size_t k = ev_token_from(s, b);
    return k < s->nt && s->t[k].start == b ? k : s->nt;
}

int ev_dash(const rasd_doc *doc, const rasd_token *t)
{
    static const char *const dashes[] = {"\xd9\x80", "\xe2\x80\x93", "\xe2\x80\x94", "-"};
    size_t len;
    const char *text = rasd_doc_text(doc, &len);
    if (!text || t->end > len || t->end <= t->start)
        return 0;
    for (size_t k = 0; k < sizeof dashes / sizeof *dashes; k++)
        if (t->end - t->start == strlen(dashes[k]) &&
            memcmp(text + t->start, dashes[k], t->end - t->start) == 0)
            return 1;
    return 0;
}
