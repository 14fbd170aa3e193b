/* pairing.c — quote marks paired by what they are (issue 16, branch quotemarks), so that one
 * stray mark cannot shift the pairs after it.
 *
 * A paragraph is a line, or a run of text up to a gap of three or more blanks with a
 * no-break space in it (Sabq writes its paragraphs " \xa0 " apart on one line); pairs never
 * cross one, and a mark left open at a paragraph's end closes there (the press forgets
 * closing marks). A pair may cross sentences inside its paragraph.
 *
 * A mark's role is told by the text around it first, then by its glyph: written against the
 * word after it and apart from the one before ("خلية, :"كلنا) it opens; against what comes
 * before and apart from what follows (بالجبال" ، بالجبال".) it closes, or, when nothing is
 * open and the word before is a reporting verb, " “ ” open there (وأضاف" يتعين); otherwise
 * « and „
 * open, » closes and " “ ” ‘ ’ may do either. Marks pair within their family (« », " “ ”
 * „, ‘ ’), innermost first: a closing mark with no open mark of its family is stray and
 * ignored, unless one mark alone is open (“…»: the press mixes them); one that closes an
 * outer mark closes the marks opened inside it too. A mark that opens while one of its
 * family is open opens a quote inside it (مبادرة "عسير.. وجهة سياحية"), unless it stands in
 * a later sentence and is no short name ("… دمرنا "داعش". هذا …"): then the open one's
 * closing mark was forgotten, and it closes before the new one's sentence. Only the
 * outermost pairs are kept (quotes.c reads a quoted passage with what is quoted inside it).
 */
#include "events/quotes.h"
#include "events/letters.h"

#include <stdint.h>
#include <string.h>

enum { ROLE_EITHER, ROLE_OPEN, ROLE_CLOSE, ROLE_LEAN_CLOSE };
enum { FAMILY_GUIL, FAMILY_DOUBLE, FAMILY_SINGLE };
enum { DEPTH = 8 };            /* marks open at once, at most (news nests two) */
enum { BREAK_BLANKS = 3 };     /* blanks of a gap that ends a paragraph on one line */

typedef struct open_mark {
    size_t tok;
    int family;
} open_mark;

/* Whether the bytes [a, b) are a paragraph's end: a line break, or BREAK_BLANKS blanks or
 * more with a no-break space (U+00A0) among them. */
static int gap_breaks(const char *text, size_t a, size_t b)
{
    size_t blanks = 0;
    int nbsp = 0;
    for (size_t k = a; k < b; k++) {
        if (text[k] == '\n')
            return 1;
        if ((unsigned char)text[k] == 0xC2 && k + 1 < b && (unsigned char)text[k + 1] == 0xA0)
            nbsp = 1, k++;
        blanks++;
    }
    return nbsp && blanks >= BREAK_BLANKS;
}

/* Whether a paragraph ends before token i. */
int qt_para_break(const qctx *q, size_t i)
{
    const rasd_token *t = q->s->t;
    return i > 0 && i < q->s->nt && gap_breaks(q->doc->text, t[i - 1].end, t[i].start);
}

static int family_of(const rasd_token *t)
{
    if ((unsigned char)t->norm[0] == 0xC2)
        return FAMILY_GUIL;
    if (t->norm_len == 3 && (memcmp(t->norm, U_LSQUO, 3) == 0 || memcmp(t->norm, U_RSQUO, 3) == 0))
        return FAMILY_SINGLE;
    return FAMILY_DOUBLE;
}

/* Whether token i ends a sentence (. ! ? ؟): a mark against it after it closes. */
static int terminal(const qctx *q, size_t i)
{
    return ev_punct(q->s, i, ".") || ev_punct(q->s, i, "!") || ev_punct(q->s, i, "?") ||
           ev_punct(q->s, i, U_ARABIC_QUESTION);
}

/* Whether token i is a word, or ends a sentence (. ! ? ؟), or is a closing bracket: what a
 * closing mark is written against. */
static int closes_after(const qctx *q, size_t i)
{
    return q->s->t[i].kind != RASD_TOK_PUNCT || terminal(q, i) || ev_punct(q->s, i, ")");
}

/* The role of mark i by its neighbours, else by its glyph (glyph): written against the word
 * after it and apart from the token before, it opens ("خلية); against a word or a sentence's
 * end before it and apart from what follows, it closes (إرهابية" ، المستوى." ; not :"  إنه);
 * apart from the word before and against punctuation after, it closes (الخام ". ; not «(). */
static int role_of(const qctx *q, size_t i, int glyph)
{
    const rasd_token *t = q->s->t;
    size_t nt = q->s->nt;
    int before = i > 0 && t[i - 1].end == t[i].start;
    int after = i + 1 < nt && t[i].end == t[i + 1].start;
    int word_after = i + 1 < nt && t[i + 1].kind != RASD_TOK_PUNCT;
    int word_before = i > 0 && t[i - 1].kind != RASD_TOK_PUNCT;
    if (after && word_after && !before)
        return ROLE_OPEN;                      /* "خلية */
    if (before && !after && closes_after(q, i - 1))
        return ROLE_LEAN_CLOSE;                /* إرهابية" ، لهذا المستوى." ; وأضاف" يتعين */
    if (after && !word_after && !before && (terminal(q, i + 1) || qt_comma(q, i + 1)))
        return ROLE_CLOSE;                     /* الخام ". ; not «( nor «: */
    if (before && after && word_after && !word_before)
        return terminal(q, i - 1) ? ROLE_CLOSE : ROLE_OPEN;   /* شخص.”وفقا ; يقول :"كلنا */
    if (before && after && word_before && !word_after)
        return ROLE_CLOSE;                     /* بالجبال". */
    if (!before && !after)
        return ROLE_EITHER;                    /* apart from both: closes the one open
                                                  (المتطرف « . after :»إن), else opens */
    return glyph;                              /* لـ"الوطن" ; لـ«نمشي» */
}

/* The innermost open mark of family f in stack st (n deep), or -1. */
static int open_of(const open_mark *st, size_t n, int f)
{
    for (size_t k = n; k-- > 0;)
        if (st[k].family == f)
            return (int)k;
    return -1;
}

/* Whether the word before mark i is a reporting verb or participle (data/quotes.tsv "cue",
 * "part"), whose words follow it. */
static int said_before(const qctx *q, size_t i)
{
    size_t n;
    int v;
    return i > 0 && (ev_word_is(q->s, i - 1, 1, EK_CUE, &v, &n) ||
                     ev_word_is(q->s, i - 1, 1, EK_PART, &v, &n)) && n == 1;
}

/* Where mark open, left open before token end (its paragraph's end, or the sentence of an
 * opening mark of its family), closes: there, or
 * before the first reporting verb with و or ف after its sentence (… ضدي.وأشار علوي إلى;
 * … لا تزعجونا. السفر للترفيه وأوضح خالد الأدريسي أن: the writer's words again, in an
 * article printed as one line). */
static size_t open_until(const qctx *q, size_t open, size_t end)
{
    size_t n;
    for (size_t s = qt_send(q, open); s < end; s++)
        if (q->s->t[s].kind != RASD_TOK_PUNCT && ev_word_is(q->s, s, 1, EK_CUE, NULL, &n) &&
            q->s->cut && ev_conjunctions(&q->s->t[s], q->s->cut))
            return s;
    return end;
}

/* Whether opening mark i of family f starts a short quote inside an open one: at most
 * NESTED_WORDS words, then a mark of its family ("… إذا دمرنا "داعش". هذا …"). */
static int short_inner(const qctx *q, size_t i, int f)
{
    size_t j = i + 1, nt = q->s->nt;
    while (j < nt && j <= i + NESTED_WORDS && ev_is_word(&q->s->t[j]) && !qt_para_break(q, j))
        j++;
    return j > i + 1 && j < nt && qt_mark(q, j) && family_of(&q->s->t[j]) == f;
}

/* Mark i opens a passage in a later sentence than mark st[k] of its family, still open:
 * that one's closing mark was forgotten (بقوله: "سررنا … . وتابع:"نحن). It closes before
 * the sentence of i (or before, open_until), with the marks opened inside it. */
static void forgotten(qctx *q, size_t i, const open_mark *st, size_t *n, int k)
{
    size_t at = open_until(q, st[k].tok, qt_sent_start(q, i));
    if (k == 0)
        qt_add_pair(q, st[0].tok, at, q->s->t[at - 1].end);
    *n = (size_t)k;
}

/* Mark i read against the marks open (st, *n): pushed, or closing one (and those inside it),
 * the outermost a pair. */
static void read_mark(qctx *q, size_t i, open_mark *st, size_t *n, int glyph)
{
    int f = family_of(&q->s->t[i]), role = role_of(q, i, glyph), k = open_of(st, *n, f);
    if (k < 0 && *n == 1 && role != ROLE_OPEN && role != ROLE_EITHER)
        k = 0;             /* the one mark open, of another family: “حتى … النعمة ». */
    if (k < 0 && role == ROLE_LEAN_CLOSE && glyph == ROLE_EITHER && said_before(q, i))
        role = ROLE_EITHER;    /* against a reporting verb, nothing open: it opens the verb's
                                  words (وأضاف" يتعين; not تموز” إن, a stray one) */
    if (k >= 0 && role == ROLE_OPEN && qt_sent_start(q, i) > st[k].tok &&
        !short_inner(q, i, f)) {
        forgotten(q, i, st, n, k);
        k = -1;
    }
    if (k >= 0 && role != ROLE_OPEN) {
        if (k == 0)
            qt_add_pair(q, st[0].tok, i, q->s->t[i].start);
        *n = (size_t)k;
    } else if (role != ROLE_CLOSE && role != ROLE_LEAN_CLOSE && *n < DEPTH) {
        st[(*n)++] = (open_mark){i, f};
    }                                          /* else a stray closing mark: ignored */
}

static void close_open(qctx *q, size_t open, size_t end)
{
    size_t at = open_until(q, open, end);
    qt_add_pair(q, open, at, q->s->t[at - 1].end);
}

void qt_pair_marks(qctx *q)
{
    open_mark st[DEPTH];
    size_t n = 0, nt = q->s->nt;
    const rasd_token *t = q->s->t;             /* in locals (cost71): the walk asks every token */
    int co, cc;
    if (q->rc)
        return;
    for (size_t i = 0; i < nt; i++) {
        if (n && qt_para_break(q, i)) {        /* never across a paragraph: closes there */
            close_open(q, st[0].tok, i);
            n = 0;
        }
        if (t[i].kind == RASD_TOK_PUNCT && qt_mark_kind(q, i, &co, &cc))   /* a word: no call */
            read_mark(q, i, st, &n, co && cc ? ROLE_EITHER : co ? ROLE_OPEN : ROLE_CLOSE);
        if (q->rc)
            break;
    }
    if (n)
        close_open(q, st[0].tok, nt);
}
