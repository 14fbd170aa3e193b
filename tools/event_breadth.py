#!/usr/bin/env python3
"""event_breadth.py — the frequency list of branch events26 (docs/EVENTS.md "Issue 16: event
recall by breadth"): each event kind's unlisted word forms in SaudiNewsNet sentences that
name two or more people, organisations or places and have no event.

    rasd analyze --tokens --threads 2 ARTICLES.jsonl > OUT.jsonl   (articles outside drawn.txt)
    tools/event_breadth.py OUT.jsonl [N]

Every token of such a sentence (distinct PER/ORG/LOC entity ids >= 2) is counted once per
sentence, apart for sentences with an event and without; a kind's family is a pattern on the
normalised token (its root's letters, any proclitic); a form whose word, less و or ف, starts
a phrase of data/events.tsv is marked *. Prints the N (default 30) most frequent forms of
each kind as form no-event/event. Python stdlib only."""
import collections
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMILY = {
    "meet": r"لتق|لقاء|جتمع|جتماع|باحث|محادث|فاوض|مفاوض",
    "visit": r"زار|يزور|تزور|زيار|وصل|يصل|تصل|وصول",
    "host": r"ستقبل|ستقبال|ستضاف|ستضيف",
    "appeal": r"^(و|ف)?(دعا|يدعو|تدعو|ندعو|دعت|دعوا|طالب|يطالب|تطالب|مطالب|حث|يحث|تحث|حاث|"
              r"ناشد|يناشد|تناشد|مناشد|اهاب|يهيب|تهيب|نهيب|طلب|يطلب|تطلب)",
    "criticize": r"نتقد|نتقاد|ندد|تنديد|ادان|يدين|تدين|ادانه|استنكر|ستنكار|شجب|يشجب",
    "accuse": r"تهم|تهام",
    "threaten": r"هدد|تهديد|توعد",
    "assault": r"هاجم|هجوم|هجمات|فجر|تفجير|اعتد|اقتحم|استهدف",
    "kill": r"قتل|غتال|غتيال|اعدم",
    "fight": r"قصف|شتبك|شتباك|معارك|معركه|غاره|غارات|مواجه",
    "agree": r"اتفق|يتفق|تتفق|وافق|يوافق|توافق|موافق",
    "sign": r"^(و|ف)?(وقع|يوقع|توقع|توقيع|التوقيع|وقعت|وقعا|وقعوا)",
}


def norm(w):
    w = re.sub("[أإآ]", "ا", w)
    return w.replace("ة", "ه").replace("ى", "ي").replace("ؤ", "ء").replace("ئ", "ء")


def counts(path):
    noev, ev = collections.Counter(), collections.Counter()
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        spans = [e["sentence"] for e in d.get("events", [])]
        ents, toks, ti = d.get("entities", []), d["tokens"], 0
        for s, e in d["sentences"]:
            words = []
            while ti < len(toks) and toks[ti]["start"] < e:
                if toks[ti]["start"] >= s and toks[ti]["kind"] == "arabic":
                    words.append(toks[ti]["norm"])
                ti += 1
            ids = {x["id"] for x in ents if s <= x["start"] < e and x["type"] in ("PER", "ORG", "LOC")}
            if len(ids) < 2:
                continue
            has = any(a < e and b > s for a, b in spans)
            for w in set(words):
                (ev if has else noev)[w] += 1
    return noev, ev


def main(a):
    noev, ev = counts(a[0])
    n = int(a[1]) if len(a) > 1 else 30
    listed = set()
    for line in open(os.path.join(ROOT, "data", "events.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(f) == 3 and f[2]:
            listed.add(norm(f[2].split()[0]))
    for kind, pat in FAMILY.items():
        r, out = re.compile(pat), []
        for w, k in noev.most_common():
            if r.search(w):
                mark = "*" if w in listed or re.sub("^(و|ف)", "", w) in listed else ""
                out.append("%s%s %d/%d" % (mark, w, k, ev[w]))
                if len(out) >= n:
                    break
        print("## %s: %s" % (kind, " | ".join(out)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
