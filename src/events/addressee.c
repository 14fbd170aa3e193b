/* addressee.c — the one an appeal is made to, right after a verb whose form it does not
 * agree with, is no speaker (issue 16, attr51, stop 43).
 *
 * A verb of appeal or warning takes its addressee as an object right after it when its
 * subject is the one who spoke before (كما دعا قيادة التمرد إلى …؛ ودعوا المقاومة إلى عدم
 * الالتفات؛ وحث أوروبا على …). subject_of took such an object for the speaker when it is an
 * organisation or a body's noun. Arabic tells them apart by agreement: a verb before its
 * subject is singular, so a plural verb (ودعوا، طالبوا) has its subject in itself and the
 * noun after it is its object; and a masculine verb (دعا، طالب) before a feminine noun (قيادة،
 * الحكومة التركية، الإدارة الأمريكية) is not that noun's: the subject would make it دعت. The
 * verbs are data/events.tsv "aguard appeal_object"; a masculine person's title with ة (فضيلة،
 * سماحة، العلامة: "aguard masc_title"), a courtesy title or rank ("lead"), an honorific and a
 * person's name agree with a masculine verb and stay. The speaker is then the one who goes on
 * (qt_continued), or none. */
#include "events/quotes.h"
#include "events/aguard.h"
#include "events/letters.h"

#include <string.h>

#define U_TEH_MARBUTA "\xd8\xa9"   /* ة U+0629, folded to ه in norms: read on the text */

/* Whether token k is a feminine noun by its ة (read on the text: its norm folds it to ه,
 * which is also a pronoun). */
static int feminine(const qctx *q, size_t k)
{
    const rasd_token *t = &q->s->t[k];
    size_t n;
    int v;
    if (t->end - t->start < LETTERS(3) ||
        memcmp(q->doc->text + t->end - LETTERS(1), U_TEH_MARBUTA, LETTERS(1)) != 0)
        return 0;
    if (ev_word_is(q->s, k, 0, EK_LEAD, &v, &n) && v == 1)
        return 0;                                 /* الداعية، الأميرة: a person's rank */
    return !ev_aguard_is(q->s, k, 1, AG_MASC_TITLE, &n) &&
           !ev_word_is(q->s, k, 0, EK_HONOR, &v, &n);
}

/* Whether the speaker sp starts with a person's mention. */
static int person(const qctx *q, const speaker *sp)
{
    for (size_t k = 0; k < q->ne; k++)
        if (q->en[k].start == sp->start)
            return strcmp(q->en[k].type, "PER") == 0;
    return 0;
}

void qt_addressee(qctx *q, const qcue *c, speaker *sp)
{
    size_t k = c->i + c->n, n;
    if (!sp->name || c->part || k >= q->s->nt || (c->gender != 1 && c->gender != 3) ||
        !ev_aguard_is(q->s, c->i, 1, AG_APPEAL_OBJECT, &n) || n != c->n)
        return;
    if (qt_mark(q, k) && k + 1 < q->s->nt)
        k++;
    if (q->s->t[k].start != sp->start)
        return;                                   /* not the word right after the verb */
    if (c->gender == 1 && (!feminine(q, k) || person(q, sp)))
        return;                                   /* دعا المجلس، دعا فضيلة الشيخ: its subject */
    *sp = qt_continued(q, c->i, c->gender, 1 + !!c->cut);
    QT_HOW(q, "addressee51");
}
