/* test_quotes_uncovered.c — cover55 (docs/EVENTS.md "Issue 16: the rules no test reached (branch
 * cover55, stop 47)"): quote rules whose sites no test ran (`make coverage`), each case
 * sentences of a SaudiNewsNet article outside bench/recall/drawn.txt (the article in the
 * comment) that reach the site, checked for the speaker the site decides. Each case fails
 * with its site disabled (tried at 47fe77c). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* {text, published, the cue's first word, the speaker's name holds this ("": no speaker)} */
static const char *const cases[][4] = {
    /* continued.c topic_of, its return NULL at a non-word between أما and the name: the
     * candidates listed after a colon are no topic whose subject speaks (أما المرشحون
     * الجمهوريون …: جيب بوش، ودونالد ترامب، وسكوت ووكر، فقد دعوا), the quote has no speaker
     * ("" below) rather than the first of three (snn-000099) */
    {"أما المرشحون الجمهوريون للسباق الرئاسي: جيب بوش، ودونالد ترامب، وسكوت ووكر، فقد دعوا إلى رفع منع العسكريين من حمل أسلحة نارية داخل مراكز التجنيد.",
     "2015-07-21", "دعوا", ""},
};

/* The quote whose cue starts with cue in d's last analysis of text, or NULL. */
static const rasd_quote *quote_by_cue(const rasd_doc *d, const char *text, const char *cue)
{
    size_t n;
    const rasd_quote *q = rasd_doc_quotes(d, &n);
    for (size_t i = 0; i < n; i++)
        if (q[i].cue_end > q[i].cue_start && strncmp(text + q[i].cue_start, cue, strlen(cue)) == 0)
            return &q[i];
    return NULL;
}

int main(void)
{
    case_frame f;
    frame_open(&f, 0, 0);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        const rasd_quote *q;
        analyse(f.on, f.d, c[0], c[1]);
        q = quote_by_cue(f.d, c[0], c[2]);
        CHECKF(q != NULL, "case %zu: no quote of «%s»", i, c[2]);
        CHECKF(q && (c[3][0] ? q->speaker_name && strstr(q->speaker_name, c[3]) != NULL
                             : q->speaker_name == NULL),
               "case %zu: speaker «%s», want «%s»", i, q && q->speaker_name ? q->speaker_name : "",
               c[3]);
    }
    frame_close(&f);
    return check_done("test_quotes_uncovered");
}
