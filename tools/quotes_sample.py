#!/usr/bin/env python3
"""quotes_sample.py — random quotes with a speaker from a rasd store, for hand checks.

    tools/quotes_sample.py DB SEED [N] [--all]
    tools/quotes_sample.py DB --keys FILE

Prints N (default 50) quotes drawn with random.Random(SEED) among those with a speaker
(--all: among all quotes), each with its article id, quote start byte, cue, speaker and the
text around them marked: ‹cue›, [[speaker]], ⟦quote⟧ (long quotes cut in the middle).
Offsets are bytes into the stored text, as the store keeps them. --keys: the quotes of
FILE's lines "ARTICLE-ID START" instead (the quote that starts there, or holds that byte)."""
import random
import sqlite3
import sys

CONTEXT = 240      # bytes of text shown before the earliest and after the latest mark
QUOTE_MAX = 400    # bytes of a quote shown at most (its start and end)


def clean(b):
    return b.decode("utf-8", "replace").replace("\n", " ⏎ ")


def cut_quote(b):
    if len(b) <= QUOTE_MAX:
        return clean(b)
    return clean(b[:QUOTE_MAX // 2]) + " … " + clean(b[-QUOTE_MAX // 2:])


def boundary(text, i, step):
    """Moves i to a UTF-8 character boundary (step -1 or +1) inside text."""
    i = max(0, min(len(text), i))
    while 0 < i < len(text) and (text[i] & 0xC0) == 0x80:
        i += step
    return i


def show(text, row):
    start, end, cs, ce, ss, se = row
    marks = [(start, end, "⟦", "⟧"), (cs, ce, "‹", "›")]
    if ss is not None and se is not None and se > ss:
        marks.append((ss, se, "[[", "]]"))
    lo = boundary(text, min(m[0] for m in marks) - CONTEXT, 1)
    hi = boundary(text, max(m[1] for m in marks) + CONTEXT, -1)
    # opening and closing marks at their offsets; the quote's inside may be cut
    events = []
    for a, b, o, c in marks:
        events.append((a, 1, o))
        events.append((b, 0, c))
    events.sort()
    out, pos, in_quote = [], lo, False
    for off, _, mark in events:
        seg = text[pos:off]
        out.append(cut_quote(seg) if in_quote else clean(seg))
        out.append(mark)
        if mark == "⟦":
            in_quote = True
        elif mark == "⟧":
            in_quote = False
        pos = off
    out.append(clean(text[pos:hi]))
    return "".join(out)


def pick_random(con, args):
    seed = int(args[1])
    n = int(args[2]) if len(args) > 2 else 50
    where = "" if "--all" in sys.argv else "where speaker_name is not null"
    keys = con.execute("select docid, n from quotes %s order by docid, n" % where).fetchall()
    return random.Random(seed).sample(keys, min(n, len(keys)))


def pick_keys(con, path):
    pick = []
    for line in open(path, encoding="utf-8"):
        f = line.split()
        if len(f) < 2 or f[0].startswith("#"):
            continue
        row = con.execute(
            "select q.docid, q.n from quotes q join articles a using (docid) where a.id = ?"
            " and q.start <= ? and ? < q.end order by q.start desc limit 1",
            (f[0], int(f[1]), int(f[1]))).fetchone()
        if row:
            pick.append(row)
        else:
            print("# %s %s: no quote there" % (f[0], f[1]))
    return pick


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) < 2:
        sys.exit(__doc__)
    con = sqlite3.connect("file:%s?mode=ro" % args[0], uri=True)
    pick = pick_keys(con, args[1]) if "--keys" in sys.argv else pick_random(con, args)
    for k, (docid, qn) in enumerate(pick, 1):
        row = con.execute(
            "select q.start, q.end, q.cue_start, q.cue_end, q.speaker_start, q.speaker_end,"
            " q.cue, q.direct, q.speaker_name, a.id, a.published, cast(t.text as blob)"
            " from quotes q join articles a using (docid) join texts t using (docid)"
            " where q.docid = ? and q.n = ?", (docid, qn)).fetchone()
        start, end, cs, ce, ss, se, cue, direct, name, aid, pub, text = row
        print("#%d %s start=%d cue=%s %s speaker=%s (%s)" % (
            k, aid, start, cue, "direct" if direct else "reported", name, pub))
        print("   " + show(text, (start, end, cs, ce, ss, se)))
        print()


if __name__ == "__main__":
    main()
