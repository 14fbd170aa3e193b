#!/usr/bin/env python3
"""bench/quotes53/misses.py RASD [OUT] — every missed gold quote of every read part of the
recall set (tests/data/recall_snn.tsv, all parts but the blind one of drawn.txt's last
split), with ~300 bytes before it and its start, classed by the form that would find it
(quotes53, stop 45). Prints the class table; writes the listing to OUT (default
/tmp/quotes53_misses.txt) and the rows to OUT.json. One rasd run over all read articles
(an article's output does not depend on its batch: tests/cli_batch.sh). Stdlib only."""
import sys, os, re, json, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

BLIND = [s for _, s in R.drawn()][-1]          # the part being labelled blind: never read
PRE = 300

# The forms, tried in order on the cue region (the bytes from the sentence's start, at most
# PRE back, to the quote's start) and the quote's first words; the first that holds wins.
NOUN_CUE = r"(?:تصريحات?|بيان|حديث|كلمة|مقابلة|لقاء|مؤتمر|رسالة|تغريدة|حوار|خطاب|تقرير|إفادة)"
CLASSES = [
    ("question", lambda pre, q: q.lstrip().startswith(("هل", "لماذا", "كيف", "متى", "ماذا", "من ", "أين")) or "؟" in q[:200] and "سأل" in pre[-120:]),
    ("noun cue (في تصريح، في بيان …)", lambda pre, q: re.search(r"(?:^|\s)(?:و|ف)?(?:في|خلال|وفي|ب|عبر)\s*" + NOUN_CUE + r"\S*(?:\s+\S+){0,8}\s*[:،,]?\s*$", pre[-160:]) is not None),
    ("according to (بحسب، وفقا لـ، نقلا عن، حسب)", lambda pre, q: re.search(r"(?:بحسب|حسب|وفقا|وفقاً|طبقا|طبقاً|نقلا|نقلاً|على حد|كما جاء|بما|بمقتضى)", pre[-200:] + q[:200]) is not None),
    ("participle/masdar cue (مشيرا، مؤكدة …)", lambda pre, q: re.search(r"(?:^|\s)(?:و)?م(?:شير|ؤكد|وضح|ضيف|عتبر|طالب|علن|شدد|بين|حذر|ذكر|نوه|لفت|عرب|رجح)\S*\s*(?:\S+\s*){0,3}$", pre[-60:]) is not None),
    ("bare و after a statement (no cue)", lambda pre, q: re.search(r"(?:^|[.،]\s*)و(?:أن|إن|ان)\s*$", pre[-20:]) is not None or re.match(r"\s*و", q) is not None and not re.search(r"(?:قال|أكد|أضاف|أشار|أوضح|تابع)\S*\s*(?:\S+\s*){0,4}$", pre[-80:])),
    ("cue + أن, content far/split", lambda pre, q: re.search(r"(?:قال|أكد|أضاف|أشار|أوضح|تابع|ذكر|أعلن|اعتبر|رأى|لفت|شدد|بين|نوه|كشف)\S*", pre[-PRE:]) is not None),
    ("cue verb not in quotes.tsv", lambda pre, q: re.search(r"(?:أن|إن|بأن)\s*$", pre[-15:]) is not None),
    ("other", lambda pre, q: True),
]


def hand_labels():
    """bench/quotes53/labels.tsv: (article, start) -> the hand class of the start build's misses."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels.tsv")
    out = {}
    if os.path.exists(path):
        for l in open(path, encoding="utf-8"):
            if not l.startswith("#") and l.strip():
                f = l.rstrip("\n").split("\t")
                out[(f[0], int(f[1]))] = f[3]
    return out


NAMES = {"V": "a verb no list makes a cue", "N": "a listed verb's nominal object not taken",
         "A": "an appeal, warning or thanks with its addressee first",
         "P": "a verb's complement with a preposition not taken",
         "S": "an information noun or unnamed source as speaker",
         "F": "the subject before its verb (timeline, headline, relative)",
         "D": "a document or saying noun (جاء في/فيه، بيان … فيه، بقوله)",
         "R": "according-to or parenthetical (بحسب، كما يقول، طبقا لـ)",
         "T": "a participle no list has or far from its verb",
         "Q": "a question (سأل، يتساءلون)",
         "C": "a cue with content but no connective, colon or marks opened",
         "L": "content far after a long subject or description",
         "O": "other (no cue near, narrative, verbal noun, passive, quote in quote)"}


def cls(pre, q):
    for name, f in CLASSES:
        if f(pre, q):
            return name


def main(a):
    rasd = a[0]
    out = a[1] if len(a) > 1 else "/tmp/quotes53_misses.txt"
    split = {i: s for i, s in R.drawn()}
    gold = {i: g for i, g in R.load(R.LABELS, "all").items()
            if split.get(i) != BLIND and g["Q"]}
    docs = {d["id"]: d for d in R.articles(set(gold))}
    res = R.analyze_docs(rasd, list(docs.values()))
    rows = []
    hand = hand_labels()
    for i, g in sorted(gold.items()):
        sq = res.get(i, {}).get("quotes", [])
        found, _, _ = R.match_quotes(g["Q"], sq)
        b = docs[i]["text"].encode()
        for q, m in zip(g["Q"], found):
            if m:
                continue
            s, e = q["start"], q["end"]
            pre = b[max(0, s - PRE):s].decode("utf-8", "ignore")
            body = b[s:e].decode("utf-8", "ignore")
            rows.append({"part": split.get(i, "?"), "id": i, "start": s, "end": e,
                         "speaker": q["speaker"], "direct": q["direct"],
                         "pre": pre, "quote": body,
                         "class": NAMES.get(hand.get((i, s)), "") or "(guess) " + cls(pre, body)})
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write("== %s %s %d-%d %s [%s] %s\n  PRE: %s\n  Q:   %s\n\n" % (
                r["part"], r["id"], r["start"], r["end"], "d" if r["direct"] else "r",
                r["class"], r["speaker"], r["pre"].replace("\n", " / "),
                r["quote"][:400].replace("\n", " / ")))
    json.dump(rows, open(out + ".json", "w", encoding="utf-8"), ensure_ascii=False, indent=0)
    tab = collections.defaultdict(list)
    for r in rows:
        tab[r["class"]].append(r)
    print("%-45s %6s %6s  examples" % ("class", "misses", "parts"))
    for c, rs in sorted(tab.items(), key=lambda x: -len(set(r["part"] for r in x[1]))):
        print("%-45s %6d %6d  %s" % (c, len(rs), len(set(r["part"] for r in rs)),
                                     "; ".join("%s %s %d" % (r["part"], r["id"], r["start"])
                                               for r in rs[:3])))
    print("total missed %d over %d parts" % (len(rows), len(set(r["part"] for r in rows))))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
