#!/usr/bin/env python3
"""Class every missed gold quote of the read parts (bench/rep70/missed_raw.tsv, written by
missed.py at the start build 8cbc8b77) by why rasd misses it, in the brief's classes:
  a  no cue word rasd knows (the word; a noun cue بقوله/جاء فيه; a direct quote with no cue)
  b  a cue rasd knows, its subject not found (before the cue, a relative, an aside, far)
  c  the span found but overlapping less than half (rasd's quote overlaps it)
  d  a continuation: the cue opens its sentence with no subject written (وأكد، كما بين،
     وختم حديثه …), the speaker the one before
  e  a survey, vox-pop or feature line with no verb
  f  other: f1 a known cue whose complement or frame is not read (a noun object, an
     addressee first, a participle's frame, a document frame, a built rule's guard);
     f2 a label choice or no reporting word (letters, poems, broken text, a question)
By script from miss66's hand labels (bench/miss66/missed.tsv, stop 56: class and key of each
row still missed) and rep70's hand labels of the 30 rows miss66 did not have (unseen33-35),
then the d and c rules below over all. Writes bench/rep70/classes.tsv (one row a miss) and
prints the table. Usage: classify.py"""
import collections, re

NEW = {  # (article, start): (class, key) — read by hand at rep70
    ("snn-000216", "2603"): ("a", "تساءل عن"), ("snn-000216", "6769"): ("b", "relative: التي شرح"),
    ("snn-000300", "11965"): ("f2", "no verb: هي أن"), ("snn-000300", "14202"): ("f1", "b-view: يعتبرها"),
    ("snn-002191", "506"): ("f1", "b-appeal: يطالب … بأن"), ("snn-003053", "2833"): ("a", "قرر"),
    ("snn-003199", "2898"): ("f1", "b-view: ترى X ملاذا"), ("snn-003199", "4284"): ("f1", "b-noun: استبعد"),
    ("snn-004055", "1283"): ("b", "subject before: X بيّن"), ("snn-004055", "1558"): ("f1", "b-part: واصفا"),
    ("snn-004055", "1926"): ("e", "feature line, name and no verb"), ("snn-004055", "2994"): ("f1", "b-view: وصف ب"),
    ("snn-008935", "1227"): ("b", "relative: الذي يزعم"), ("snn-010488", "1004"): ("a", "عرف"),
    ("snn-010488", "1728"): ("f1", "b-part: شاكرا"), ("snn-011629", "287"): ("f1", "b-appeal: دعت X إلى"),
    ("snn-012686", "509"): ("a", "أبدى"), ("snn-013448", "475"): ("b", "aside: أعلنت X، من جانبها، …، عن"),
    ("snn-013448", "1390"): ("b", "comma: وعبر، X عن"), ("snn-016610", "810"): ("f2", "no verb in reach"),
    ("snn-019717", "1070"): ("a", "noun cue: بقوله"), ("snn-019717", "1217"): ("a", "noun cue: بقوله"),
    ("snn-020237", "756"): ("f1", "b-part: مطالبة"), ("snn-022491", "1342"): ("b", "source: الأنباء تشير"),
    ("snn-024216", "2205"): ("f1", "b-part: مطالبا X + noun"), ("snn-025391", "1558"): ("a", "أهاب"),
    ("snn-025698", "2900"): ("d", "ختم حديثه ب"), ("snn-026731", "712"): ("f1", "b-view: يقدر"),
    ("snn-028945", "490"): ("f1", "b-part: مقدما شرحا"), ("snn-028945", "1398"): ("a", "استعرض"),
}
CONT_KEYS = {"زاد", "ختم", "أضاف"}
# a second word that is no subject: an adverb, an object or an addressee (وأوصى حينها، وختم
# حديثه، وحث الجميع)
NOT_SUBJECT = {"حينها", "حديثه", "حديثها", "كلمته", "كلمتها", "الجميع", "أيضا", "أيضاً"}

def brief_class(c66, key, before, ovl):
    words = before.split()
    if ovl != "-":
        return "c", "overlap under half: " + c66
    bare = (len(words) == 1 and words[0][0] in "وف") or (len(words) == 2 and (
        words[0] == "كما" or (words[0][0] in "وف" and words[1] in NOT_SUBJECT)))
    if (key in CONT_KEYS or bare) and c66 != "f":
        return "d", c66 + ": " + " ".join(words)
    if c66 == "a":
        return "a", key
    if c66 == "b-clause":
        return "b", key
    if c66 in ("b-noun", "b-view", "b-appeal", "b-doc", "b-part", "e"):
        return "f1", c66 + ": " + key
    if c66 == "c":
        if re.search(r"قوله|جاء فيه|جاء ب", before):
            return "a", "noun cue: بقوله/جاء فيه"
        return "a", "direct quote, no cue read: " + key
    if c66 == "d":
        return "c", "overlap under half"
    if c66 == "f":
        return ("e", key) if key == "no_verb" else ("f2", key)
    return "f2", c66 + ": " + key

def main():
    lab = {}
    for l in open("bench/miss66/missed.tsv", encoding="utf-8"):
        if l.startswith("#") or l.startswith("no\t"):
            continue
        f = l.rstrip("\n").split("\t")
        lab[(f[2], f[3], f[4])] = (f[8], f[9])
    rows = []
    for l in list(open("bench/rep70/missed_raw.tsv", encoding="utf-8"))[1:]:
        f = l.rstrip("\n").split("\t")
        part, art, a, b, spk, dr, ovl, before, qs = f
        if (art, a, b) in lab:
            c66, key = lab[(art, a, b)]
            c, form = brief_class(c66, key, before, ovl)
        else:
            c, form = NEW[(art, a)]
            if c == "f1" and ovl != "-":
                c = "c"
        rows.append((part, art, a, b, spk, dr, c, form, before, qs))
    with open("bench/rep70/classes.tsv", "w", encoding="utf-8") as o:
        o.write("part\tarticle\tstart\tend\tspeaker\tdr\tclass\tform\tbefore\tquote_start\n")
        for r in rows:
            o.write("\t".join(r) + "\n")
    by = collections.defaultdict(list)
    for r in rows:
        by[r[6]].append(r)
    print("class\tmissed\tparts\tunseen33-35\ttop forms (count)")
    for c in sorted(by):
        rs = by[c]
        parts = {r[0] for r in rs}
        new = sum(r[0] in ("unseen33", "unseen34", "unseen35") for r in rs)
        forms = collections.Counter(r[7].split(":")[0] if c in ("f1", "c") else r[7] for r in rs)
        print("%s\t%d\t%d\t%d\t%s" % (c, len(rs), len(parts), new,
                                        ", ".join("%s %d" % kv for kv in forms.most_common(8))))
    print("all\t%d" % len(rows))

main()
