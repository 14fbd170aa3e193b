/* exec_notice.c — the crime told in an execution notice is history (issue 16, branch exec58,
 * stop 50; docs/EVENTS.md "Issue 16: the crime told in an execution notice (branch exec58,
 * stop 50)").
 *
 * The Interior Ministry's notices (تنفيذ حكم القتل قصاصا في … أقدم على قتل …، وأسفر التحقيق
 * معه عن اتهامه …، صدر بحقه صك شرعي …، وصدر أمر ملكي …) tell a crime done long before the
 * article, then its sentence and the execution. An article is such a notice when it holds a
 * phrase of the execution (data/events.tsv "aguard" execution: حكم القتل، القتل قصاصا،
 * القتل تعزيرا) and one of the verdict ("aguard" verdict: صك شرعي; every notice of exec58's
 * count holds it, 37 of 50 أمر ملكي too, which other news has: not a verdict here). There an event
 * of crime (assault, fight, killing, accusation) whose word stands before the last such
 * phrase is no event of the article's day: dropped (exec58's count: its 14 rows in 50 notices
 * were all past crimes given the article's day). A word inside the phrase (the execution
 * itself: حكم ‹القتل›) and any event after the last phrase stay.
 *
 * Hook: report_guards.c rg_unreported (both event paths). The article is read once, at its
 * first event of crime (ev_doc.notice_end).
 */
#include "events/report_guards.h"
#include "core/internal.h"

#include <string.h>

enum { PHRASE_MAX = 2 };        /* words of the longest phrase: حكم القتل */

/* Whether the text holds «صك شرع» (صك شرعي، صك شرعى), found by its ص (0xd8 0xb5) with memchr:
 * the notice's verdict, looked for in the bytes before any word is looked up (cost). */
static int verdict_bytes(const char *text, size_t len)
{
    static const char want[] = "\xd8\xb5\xd9\x83 \xd8\xb4\xd8\xb1\xd8\xb9";   /* صك شرع */
    const char *p = text, *end = text + len;
    while ((p = memchr(p, 0xb5, (size_t)(end - p))) != NULL) {
        if (p > text && (size_t)(end - p) >= sizeof want - 2 &&
            memcmp(p - 1, want, sizeof want - 1) == 0)
            return 1;
        p++;
    }
    return 0;
}

/* The token right after the article's last phrase of "aguard" execution or verdict when it
 * holds one of each, else 0. */
static uint32_t notice_end(ev_scan *s)
{
    size_t n;
    uint32_t end = 0;
    int exec = 0, verdict = 0;
    for (size_t k = 0; k < s->nt; k++) {
        if (s->t[k].kind == RASD_TOK_PUNCT)
            continue;
        if (ev_aguard_is(s, k, 1, AG_EXECUTION, &n))
            exec = 1, end = (uint32_t)(k + n);
        else if (ev_aguard_is(s, k, 1, AG_VERDICT, &n))
            verdict = 1, end = (uint32_t)(k + n);
    }
    return exec && verdict ? end : 0;
}

/* Whether token i is inside a phrase of the execution (حكم ‹القتل›): the execution itself. */
static int in_execution(ev_scan *s, size_t i)
{
    size_t n;
    for (size_t k = i + 1; k > 0 && k + PHRASE_MAX > i; k--)
        if (s->t[k - 1].kind != RASD_TOK_PUNCT && ev_aguard_is(s, k - 1, 1, AG_EXECUTION, &n) &&
            k - 1 + n > i)
            return 1;
    return 0;
}

/* Whether kind is one of a crime's: assault, fight, killing, accusation. */
static int crime(int kind)
{
    return kind == EK_ASSAULT || kind == EK_FIGHT || kind == EK_ACCUSE || kind == EK_KILL ||
           kind == EK_ASSASSINATE;
}

int rg_notice_history(sent_ctx *c, size_t i, int kind)
{
    if (!crime(kind) || !c->x)
        return 0;
    if (!c->x->notice_read)                    /* read once an article */
        c->x->notice_end = verdict_bytes(c->doc->text, c->doc->len) ? notice_end(c->s) : 0,
        c->x->notice_read = 1;
    return i < c->x->notice_end && !in_execution(c->s, i);
}
