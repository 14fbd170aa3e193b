/* lang.c — rasd_detect_lang: which language an article is in, for one decision above all:
 * whether the Arabic stages (entities, events) should read it.
 *
 * Two steps. First the script, from the code points of the first 16 KiB: an article whose
 * letters are mostly (>= 60%) of the Arabic script and that uses almost none (< 1%) of the
 * letters Persian, Urdu and their neighbours add to it (پ چ ژ گ ی ک ٹ ڈ ڑ ں ھ ہ ے), or
 * that has Arabic's ة often enough (>= 0.5% of its letters: text typed on a Persian
 * keyboard, ی for ي, is still Arabic; Persian and Urdu write ة only in loanwords), is
 * Arabic, at once: the common case costs one pass over bytes. Everything else (other
 * scripts, Persian or Urdu, mixed text) goes to libexttextcat (Debian's n-gram classifier,
 * LibreOffice's; Cavnar & Trenkle over 160 language profiles), which names the language
 * when the text is long enough; its answer keeps its first language code. Without it (its
 * data not installed), or on a text too short for it, the script decides alone: "ar" for
 * Arabic script as above, "fa" or "ur" by their letters, "und" otherwise.
 *
 * Limits: fewer than 20 letters is "und"; a short Arabic text typed with Persian letters
 * and without ة may be named "fa"; Arabic dialects are all "ar"; the
 * n-gram classifier confuses close languages on short texts (a 40-letter English headline
 * may come out "fr"), so it is asked only with 200 letters or more.
 *
 * libexttextcat's handle is not thread-safe and costs ~60 ms to load (160 profiles): the
 * engine loads it at the first text that needs it and serialises calls with a mutex, as
 * only non-Arabic text takes that path.
 */
#include "core/internal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <textcat.h>

#define SCAN_BYTES (16 << 10)
#define CLASSIFY_BYTES 4096
#define TEXTCAT_CONF "/usr/share/libexttextcat/fpdb.conf"
#define TEXTCAT_DIR "/usr/share/libexttextcat/"

typedef struct script_counts {
    size_t letters, arabic, extra_fa, extra_ur, taa;
} script_counts;

static int is_arabic_script(int32_t cp)
{
    return (cp >= 0x0620 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3) ||
           (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08FF) ||
           (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
}

/* Letters Persian adds (and Urdu shares): پ چ ژ گ ی ک */
static int is_persian_letter(int32_t cp)
{
    return cp == 0x067E || cp == 0x0686 || cp == 0x0698 || cp == 0x06AF || cp == 0x06CC ||
           cp == 0x06A9;
}

/* Letters of Urdu (and Sindhi, Pashto…) that Persian lacks: ٹ ڈ ڑ ں ھ ہ ے */
static int is_urdu_letter(int32_t cp)
{
    return cp == 0x0679 || cp == 0x0688 || cp == 0x0691 || cp == 0x06BA || cp == 0x06BE ||
           cp == 0x06C1 || cp == 0x06D2;
}

static int is_letter(int32_t cp)
{
    if (cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    if (is_arabic_script(cp))
        return 1;
    return cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) &&
           !(cp >= 0x0600 && cp <= 0x06FF) && !(cp >= 0xFE00 && cp <= 0xFE0F) &&
           !(cp >= 0x1F000);
}

static script_counts count_script(const char *text, size_t len)
{
    script_counts c = {0};
    const unsigned char *s = (const unsigned char *)text;
    size_t n = len < SCAN_BYTES ? len : SCAN_BYTES, i = 0;
    while (i < n) {
        int32_t cp;
        if (s[i] < 0x80) {
            c.letters += ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z');
            i++;
            continue;
        }
        if (i + 1 < n && (s[i] == 0xD8 ? s[i + 1] - 0xA0u < 0x20u
                                       : s[i] == 0xD9 && s[i + 1] - 0x80u < 0x0Bu)) {
            /* U+0620-U+064A (D8 A0-BF, D9 80-8A), most letters of an Arabic text: Arabic's
             * own, none of Persian's or Urdu's; the tests below give the same counts at a
             * quarter of the cost */
            c.letters++;
            c.arabic++;
            c.taa += s[i] == 0xD8 && s[i + 1] == 0xA9;         /* ة, U+0629 */
            i += 2;
            continue;
        }
        i += utf8_decode(s + i, n - i, &cp);
        if (cp < 0 || !is_letter(cp))
            continue;
        c.letters++;
        if (is_arabic_script(cp)) {
            c.arabic++;
            c.extra_fa += is_persian_letter(cp);
            c.extra_ur += is_urdu_letter(cp);
            c.taa += cp == 0x0629;                 /* ة: Arabic's, rare in Persian and Urdu */
        }
    }
    return c;
}

/* The language by script alone. */
static const char *by_script(const script_counts *c)
{
    if (c->letters < 20)
        return "und";
    if (c->arabic * 10 >= c->letters * 6) {
        if ((c->extra_fa + c->extra_ur) * 100 < c->arabic || c->taa * 200 >= c->arabic)
            return "ar";
        return c->extra_ur * 100 >= c->arabic ? "ur" : "fa";
    }
    return "und";
}

/* libexttextcat's answer "[en--utf8][sco--utf8]" → "en" into out; 0 when it gave none. */
static int first_code(const char *answer, char *out, size_t cap)
{
    size_t k = 0;
    if (!answer || answer[0] != '[')
        return 0;
    answer++;
    while (k + 1 < cap && answer[k] && answer[k] != '-' && answer[k] != ']' &&
           ((answer[k] >= 'a' && answer[k] <= 'z') || (answer[k] >= 'A' && answer[k] <= 'Z')))
        out[k] = answer[k], k++;
    out[k] = 0;
    return k >= 2;
}

/* The classifier's language for text into out (under the engine's mutex); 0: none. */
static int classify(const rasd_engine *ce, const char *text, size_t len, char *out, size_t cap)
{
    rasd_engine *e = (rasd_engine *)ce;    /* the mutex and the lazily loaded handle */
    int ok = 0;
    pthread_mutex_lock(&e->lang_mu);
    if (!e->textcat && !e->textcat_tried) {
        e->textcat_tried = 1;
        e->textcat = special_textcat_Init(TEXTCAT_CONF, TEXTCAT_DIR);
    }
    if (e->textcat) {
        const char *r = textcat_Classify(e->textcat, text,
                                         len < CLASSIFY_BYTES ? len : CLASSIFY_BYTES);
        ok = first_code(r, out, cap);
    }
    pthread_mutex_unlock(&e->lang_mu);
    return ok;
}

const char *rasd_detect_lang(const rasd_engine *e, const char *text, size_t len, char *out,
                             size_t cap)
{
    script_counts c;
    const char *l;
    if (!out || cap < 4)
        return NULL;
    c = count_script(text ? text : "", text ? len : 0);
    l = by_script(&c);
    if (strcmp(l, "ar") != 0 && e && c.letters >= 200 && classify(e, text, len, out, cap)) {
        /* the classifier may not turn clear Arabic script into a Latin language */
        if (c.arabic * 10 < c.letters * 6 || strcmp(out, "fa") == 0 || strcmp(out, "ur") == 0 ||
            strcmp(out, "ps") == 0 || strcmp(out, "ku") == 0 || strcmp(out, "sd") == 0)
            return out;
    }
    snprintf(out, cap, "%s", l);
    return out;
}

int rasd_lang_is_arabic(const char *lang)
{
    return !lang || !*lang || strcmp(lang, "ar") == 0 || strcmp(lang, "und") == 0;
}

void lang_engine_free(rasd_engine *e)
{
    if (e->textcat)
        textcat_Done(e->textcat);
    e->textcat = NULL;
}
