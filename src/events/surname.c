/* surname.c — a bare reporting verb whose subject stands before it as a surname the
 * recogniser left untagged (issue 16, attrc53, stop 45; docs/EVENTS.md "speakers lost on a
 * continuation").
 *
 * A person named in full earlier (وزير النفط الإيراني، بيجان نامدار زانجانة) is taken up
 * again by the last word of the name before the verb, subject first: لكن زانجانة يقول إنه
 * …. The recogniser often leaves that word untagged, so the verb has no subject after it
 * and nobody before it (speakers.c "bare+"); the last speaker then goes on only if nobody
 * was named since, and here the person was: the quote lost its speaker (class C of the
 * census). The word right before the verb is the speaker when it is the last word of a
 * person's name of two words or more named before, outside quote marks, that can speak;
 * the word is no title, body or source word, no date and nobody's mention; and it opens its
 * clause: the sentence's start, a comma or a word of data/events.tsv "subject" 0 (لكن، إن،
 * أن، بينما، حيث) before it. One auxiliary (قد) may stand between it and the verb. Not for
 * a verb with و or ف, nor a participle (their subject is the one going on). */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

/* The latest person named before token j, in full (two words or more), outside quote marks,
 * that can speak, whose name's last word is the word at token j. */
static const rasd_entity *named_before(qctx *q, size_t j)
{
    const rasd_token *t = q->s->t;
    for (size_t k = qt_ent_from(q, j); k-- > 0;) {
        const rasd_entity *en = &q->en[k];
        const rasd_token *last = &t[en->tok_end - 1];
        if (en->tok_end > j || strcmp(en->type, "PER") != 0 || qt_title_mention(en) ||
            en->tok_end < en->tok_start + 2 || last->norm_len != t[j].norm_len ||
            memcmp(last->norm, t[j].norm, last->norm_len) != 0)
            continue;
        return qt_in_pair(q, en->tok_start) || !qt_can_speak(q, en) ? NULL : en;
    }
    return NULL;
}

/* The speaker of bare cue c (no word after it that could be its subject) when the word
 * before it is the surname of a person named before, opening its clause (above). */
int qt_surname_fronted(qctx *q, const qcue *c, speaker *sp)
{
    const rasd_token *t = q->s->t;
    const rasd_entity *en;
    size_t j = c->i, n, s0;
    int v;
    if (c->cut || c->part || j == 0)
        return 0;
    if (ev_word_is(q->s, j - 1, 0, EK_AUX, NULL, &n) && n == 1)
        j--;                                       /* لكن زانجانة قد قال */
    if (j == 0)
        return 0;
    j--;
    s0 = qt_sent_start(q, c->i);
    if (j < s0 || !ev_is_word(&t[j]) || t[j].norm_len <= LETTERS(3) || qt_in_entity(q, j) ||
        qt_in_date(q, j) || qt_in_pair(q, j) || qt_title_word(q, j) ||
        ev_word_is(q->s, j, 0, EK_LEAD, NULL, &n) || ev_word_is(q->s, j, 0, EK_BODY, NULL, &n) ||
        ev_word_is(q->s, j, 0, EK_SOURCE, NULL, &n))
        return 0;
    if (!(j == s0 || qt_comma(q, j - 1) ||
          (ev_word_is(q->s, j - 1, 0, EK_SUBJECT, &v, &n) && n == 1 && v == 0)))
        return 0;                                  /* the word opens its clause */
    if ((en = named_before(q, j)) == NULL)
        return 0;
    qt_speaker_is(sp, en, t[j].start, t[j].end);
    return 1;
}

/* Whether token j is written with a hamza on its first alef before lam (ألقى، ألغى، ألمح):
 * its ال is no article, whatever the norm (which folds أ to ا) says. carried.c's walk back
 * over a subject's titles took such a verb for a definite title word and ran past it (وقد
 * ألقى مدير إدارة الموارد البشرية عبد العزيز الضاوي كلمة …، وأكد: lost; follow49's "verbs
 * spelled with ال"); the article itself is not written so. */
int qt_hamza_word(const qctx *q, size_t j)
{
    static const char hl[] = "\xd8\xa3\xd9\x84";   /* أل: U+0623 U+0644 */
    size_t len;
    const char *text = rasd_doc_text(q->doc, &len);
    const rasd_token *t = &q->s->t[j];
    return text && t->end <= len && t->end - t->start > sizeof hl - 1 &&
           memcmp(text + t->start, hl, sizeof hl - 1) == 0;
}
