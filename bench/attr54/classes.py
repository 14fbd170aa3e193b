#!/usr/bin/env python3
"""classes.py [WRONG.txt]: the class table of the wrong speakers of the read parts (branch attr54,
stop 46). WRONG.txt is bench/attr54/wrong.py's output at the start commit 2d9c27c
(bench/attr54/wrong_2d9c27c.txt, 192 rows, dev … unseen22); CODES below gives each row, in that
order, its class by mechanism, read one by one with the 400 bytes before it (one pass). Prints
the table (class, rows, parts touched, examples) and writes bench/attr54/classes.tsv."""
import collections, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = {
    "E": "the words after a bare verb read as an unknown subject: an addressee then adjuncts "
         "(لـ«الشرق الأوسط» في وقت سابق، أن: built), وتساءل أين، وقال (الظاهر، وحذرت سكان، وقال معلقا",
    "S": "a subject before its verb not reached: appositions or an aside between (الشافعي - رحمه الله -), "
         "a comma before كان قد, والذي/التي, after سبق ل, an indefinite description",
    "K": "carried: the subject of a verb that is no cue not taken (استهجن X …، مؤكدا; حيث أصدر البرنامج …، "
         "مبينا; ألقى/سمى with a title subject; VOS), على لسان",
    "R": "a participle or verb after a statement or period with nobody going on; its gender differs "
         "from the body's (أكد الاتحاد …، مشيرة; ودعتهن الوزارة …، موضحاً); a name in dashes",
    "H": "a chain: an earlier quote of the same speaker lost (a headline run into the subject, an "
         "untagged surname), the continuations with it",
    "F": "far back: across paragraphs, an asked topic (وحول …؛ قال), a source told before (فوفق المصدر)",
    "B": "someone else named since the last speaker blocks the continuation",
    "X": "carried past a new subject: another entity or the last speaker for a new (unnamed, "
         "indefinite or body) subject (W1)",
    "O": "an object, an aside, a genitive, a byline or a body for its spokesman taken (W3, W5)",
    "A": "the recogniser: a name clipped, split, missed, in marks, or a stray word tagged (W4, A/U/K)",
    "N": "an anaphoric description or title kept, the name elsewhere (العريس، المنظمة الدولية)",
    "Q": "the quote span: two statements in one, or one rasd quote for two gold quotes (W6)",
    "G": "gold a description, group, plural or number (72٪ منهم، المواطنون vs أهالي)",
    "P": "poetry or a literary text's author",
    "D": "gold doubtful or a scoring matter",
}
CODES = ("D K X K G G G X G B E O R F O O G G G O E D N P G R R R P P G S P P O G G A N N K K F G "
         "O E G Q G N N D G E O O G A A K H X X K H A A H H A A H A K G N N F F R K N A G A A G Q D "
         "X G Q O F A K X G G O F K H N N A A A A N D A P P G G G A N S H S N B S X G G O S Q E F A "
         "F A D H H H H H H H H H H H H S Q N A A O O X G G G G G G S S A H X K X F S Q A A G O Q A "
         "Q O R O G G A H X X X R O").split()


def main(path):
    rows = [l.split()[1:4] for l in open(path, encoding="utf-8") if l.startswith("### ")]
    assert len(rows) == len(CODES), (len(rows), len(CODES))
    by = collections.defaultdict(list)
    with open(os.path.join(HERE, "classes.tsv"), "w", encoding="utf-8") as w:
        w.write("# class\tpart\tarticle\tgold start (attr54, stop 46; bench/attr54/classes.py)\n")
        for c, (p, i, s) in zip(CODES, rows):
            by[c].append((p, i, s))
            w.write("%s\t%s\t%s\t%s\n" % (c, p, i, s))
    print("| class | rows | parts touched | what |\n|---|---|---|---|")
    for c in sorted(by, key=lambda c: (-len({r[0] for r in by[c]}), -len(by[c]))):
        print("| %s | %d | %d | %s |" % (c, len(by[c]), len({r[0] for r in by[c]}), NAMES[c]))
    print("| all | %d | %d | |" % (len(rows), len({r[0] for r in rows})))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "wrong_2d9c27c.txt"))
