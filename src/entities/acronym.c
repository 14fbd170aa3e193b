/* acronym.c — the key of a name spelt as Latin letters' names (acr64, docs/STORIES.md "Issue
 * 13: one acronym, one entity"): «بي.بي.سي», «بي بي سي», «بي. بي. سي» and «بنك إتش.إس.بي.سي»
 * are one entity, keyed by the letters (=BBC, =HSBC) and the words after them, where the
 * resolver's key (the words as written) kept the dots, the head word and the clause the
 * recogniser ran into. Byte ranges and names are untouched: only the key changes.
 *
 * The words: data/acronyms.tsv (heads, everyday words). A run is two letter names or more
 * (text_letter_name; not one Arabic letter), joined one way:
 * each by one dot or hyphen token, or each by spaces alone; a spaced run holds a name that is
 * not an everyday word (أن/إن، أو، في، أي، كي). Before it: nothing, or one generic head (بنك،
 * شركة، شبكة …), dropped; any other word keeps the resolver's own key (أودي ايه جي, إير بي إن
 * بي: AG and BNB are parts of other names). After it: words, kept, up to a punctuation token,
 * a number or an everyday word (the clause: «سي.جي.إم إن السفن» → =CGM; «إتش. إس. بي. سي 1.5
 * في المائة» → =HSBC). */
#include "entities/res.h"

#include <string.h>

rasd_status acronyms_load(strmap *m, const rasd_engine *e, const char *path)
{
    static const char *const kinds[] = {"", "head", "everyday"};
    return ent_words_load(m, e, path, kinds, sizeof kinds / sizeof *kinds);
}

/* Whether w[0,n) is a letter name that is an everyday word (data/acronyms.tsv "everyday":
 * أن/إن، أو، في، أي، كي). */
static int everyday(const strmap *m, const char *w, size_t n)
{
    return m->n && strmap_get(m, w, n) == ACR_EVERYDAY;
}

/* Whether w[0,n) is the head of a company's, channel's or paper's name that the key drops
 * before the letters (data/acronyms.tsv "head": بنك، شركة، شبكة …). */
static int generic_head(const strmap *m, const char *w, size_t n)
{
    return m->n && strmap_get(m, w, n) == ACR_HEAD;
}

/* The letter of the mention's first word w[0,n) (strip: its proclitics' bytes): the name
 * after the proclitics and ال, when what is left is no everyday word (كان، الآن، التي). */
static char first_letter(const strmap *m, const char *w, size_t n, size_t strip)
{
    char c = text_letter_name(w + strip, n - strip);
    if (c)
        return strip && everyday(m, w + strip, n - strip) ? 0 : c;
    static const char *const pre[] = {"وال", "بال", "لل", "ال", "و", "ب", "ل"};
    for (size_t i = 0; i < sizeof pre / sizeof *pre; i++) {
        size_t k = strlen(pre[i]);
        if (n > k && memcmp(w, pre[i], k) == 0 && !everyday(m, w + k, n - k) &&
            (c = text_letter_name(w + k, n - k)) && !(k >= 4 && c == 'T'))
            return c;
    }
    return 0;
}

static int joiner(const rasd_token *t)
{
    return t->kind == RASD_TOK_PUNCT && t->norm_len == 1 &&
           (t->norm[0] == '.' || t->norm[0] == '-');
}

/* The run of letter names starting at token a (< te; its letter c): its end (one past its
 * last name), its letters in *out (cap bytes); 0 when there is no run. */
static size_t run_end(const strmap *m, const rasd_token *t, size_t a, size_t te, char c,
                      char *out, size_t cap, size_t *nl)
{
    int way = 0;                                  /* 1: dots or hyphens, 2: spaces */
    size_t k = a, n = 0, plain = !everyday(m, t[a].norm, t[a].norm_len);
    out[n++] = c;
    for (;;) {
        size_t b = k + 1 < te && joiner(&t[k + 1]) ? k + 2 : k + 1;
        int w = b == k + 2 ? 1 : 2;
        char d;
        if (b >= te || (way && w != way) || n >= cap || t[b].kind != RASD_TOK_ARABIC ||
            (w == 2 && t[k].end == t[b].start) ||
            !(d = text_letter_name(t[b].norm, t[b].norm_len)))
            break;
        plain |= !everyday(m, t[b].norm, t[b].norm_len);
        way = w;
        out[n++] = d;
        k = b;
    }
    *nl = n;
    return n >= 2 && (way == 1 || plain) ? k + 1 : 0;
}

int ent_acronym_key(const rasd_engine *e, const rasd_doc *doc, size_t ts, size_t te, size_t strip,
                    rbuf *key, rasd_status *rc)
{
    const strmap *m = &ENT_ENGINE(e)->acronyms;
    const rasd_token *t = doc->toks;
    char letters[32];
    size_t a = ts, nl = 0, end = 0;
    if (te - ts >= 2 && t[ts].kind == RASD_TOK_ARABIC &&
        generic_head(m, t[ts].norm + strip, t[ts].norm_len - strip))
        a = ts + 1, strip = 0;
    if (a >= te || t[a].kind != RASD_TOK_ARABIC)
        return 0;
    char c = a == ts ? first_letter(m, t[a].norm, t[a].norm_len, strip)
                     : text_letter_name(t[a].norm, t[a].norm_len);
    if (!c || !(end = run_end(m, t, a, te, c, letters, sizeof letters, &nl)))
        return 0;
    rbuf_addc(key, '=', rc);
    rbuf_add(key, letters, nl, rc);
    for (size_t i = end; i < te; i++) {
        if (t[i].kind == RASD_TOK_PUNCT || t[i].kind == RASD_TOK_SYMBOL ||
            t[i].kind == RASD_TOK_NUMBER || everyday(m, t[i].norm, t[i].norm_len))
            break;
        rbuf_addc(key, ' ', rc);
        rbuf_add(key, t[i].norm, t[i].norm_len, rc);
    }
    return 1;
}
