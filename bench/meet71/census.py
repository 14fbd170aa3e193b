#!/usr/bin/env python3
"""bench/meet71/census.py — the meeting noun whose doer is a pronoun («خلال لقائه بالسفير»،
«وجاء ذلك خلال اجتماعه مع …») in the corpus outside bench/recall/drawn.txt, by noun and by what
the pronoun refers to, and whether a build gives the sentence a meet row (branch meet71, stop 60).

  census.py BUILD[:DATA] [--cache F.json] [--show CLASS N]

The form (on a sentence of rasd's, diacritics and tatweel stripped): a word of occasion (خلال،
في، بعد، عقب، لدى، أثناء) + a meeting noun with a pronoun (اجتماعه، لقائها، مباحثاته، محادثاتهم،
استقباله …) + بـ or مع. The referent, read from the build's output (rasd's, not a new reader):
  SUBJ     the speaker of a quote whose verb is before the noun and words after it, named in
           the sentence; else a person or body the build finds in the sentence before the noun;
  CARRIED  that quote's speaker is named outside the sentence (carried from before: «وأكد
           خلال لقائه …»), or the sentence opens «جاء ذلك» and the sentence before holds a
           quote with a named speaker;
  NONE     neither.
"meet" says whether the build gives the sentence a meet row (any actor). A quote's verb is
found by its text in the sentence (the output gives no cue offsets): approximate."""
import collections, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import recall as R  # noqa: E402
import fresh as F   # noqa: E402

STRIP = re.compile("[\u064b-\u0652\u0640]")
FORM = re.compile(r"(?:^|\s)[و]?(?:خلال|في|بعد|عقب|لدى|أثناء|اثناء) "
                  r"(?:ال)?(اجتماع|لقاء|لقاء|استقبال|مباحثات|محادثات|مشاورات|اجتماعات|لقاءات)"
                  r"(ه|ها|هم|هما)(?: (?:اليوم|أمس|امس))? (ب|مع )")
CAME = re.compile(r"^[و]?(?:جاء|يأتي|أتى|يجيء) (?:ذلك|هذا) ")
CUE = re.compile(r"(?:^|\s)[وف]?(?:اجتماع|لقاء|استقبال|مباحثات|محادثات|مشاورات|اجتماعات|"
                 r"لقاءات)(?:ه|ها|هم|هما)(?:\s|$)")


def sentences(d, o):
    b = d["text"].encode()
    for s0, s1 in o.get("sentences", []):
        yield s0, s1, STRIP.sub("", b[s0:s1].decode(errors="replace"))


def classify(d, o, s0, s1, m):
    """SUBJ, CARRIED or NONE for the sentence [s0, s1) whose noun starts at byte m: a quote
    whose verb is before the noun and words after it decides (its speaker named in the
    sentence: SUBJ; before it: CARRIED; unnamed: NONE); else a person or body named before the
    noun in the sentence (SUBJ)."""
    b = d["text"].encode()
    for q in o.get("quotes", []):
        if m <= q["start"] and q.get("cue") and q["cue"].encode() in b[s0:m]:
            sp = q.get("speaker") or {}
            if not sp.get("id"):
                return "NONE"
            return "SUBJ" if s0 <= sp["start"] < s1 else "CARRIED"
    for e in o.get("entities", []):
        if s0 <= e["start"] and e["end"] <= m and e["type"] in ("PER", "ORG"):
            return "SUBJ"
    if CAME.match(STRIP.sub("", b[s0:m].decode(errors="replace")).strip()):
        prev = [p for p in o.get("sentences", []) if p[1] <= s0][-1:]
        qs = [q for q in o.get("quotes", []) if prev and prev[0][0] <= q["start"] < s0]
        if qs and (qs[-1].get("speaker") or {}).get("id"):
            return "CARRIED"   # «جاء ذلك خلال اجتماعه»: the speaker of the sentence before
    return "NONE"


def main(argv):
    build = argv[1]
    cache = argv[argv.index("--cache") + 1] if "--cache" in argv else None
    show = argv[argv.index("--show") + 1:argv.index("--show") + 3] if "--show" in argv else None
    drawn = F.drawn_ids()
    docs = [d for d in R.articles() if d["id"] not in drawn
            and FORM.search(STRIP.sub("", d["text"]))]
    out = F.analyze_cached(build, docs, cache) if cache else F.analyze(build, docs)
    rows = []
    for d in docs:
        o = out.get(d["id"], {})
        meets = [e["sentence"] for e in o.get("events", []) if e["type"] == "meet"]
        for s0, s1, t in sentences(d, o):
            m = FORM.search(t)
            if not m:
                continue
            raw = d["text"].encode()[s0:s1].decode(errors="replace")
            k = STRIP.sub("", raw).find(m.group(1) + m.group(2))
            mb = s0 + len(raw[:max(k, 0)].encode())  # approximate when diacritics
            ref = classify(d, o, s0, s1, mb)
            meet = any(a <= s0 < b or s0 <= a < s1 for a, b in meets)
            rows.append((d["id"], m.group(1), m.group(3).strip(), ref, meet, t.strip()))
    arts = {r[0] for r in rows}
    print("articles outside drawn.txt with the form", len(arts), "sentences", len(rows))
    by = collections.Counter((r[1], r[3], r[4]) for r in rows)
    print("%-10s %-8s %6s %6s" % ("noun", "referent", "meet", "none"))
    for noun in sorted({r[1] for r in rows}):
        for ref in ("SUBJ", "CARRIED", "NONE"):
            y, n = by[(noun, ref, True)], by[(noun, ref, False)]
            if y or n:
                print("%-10s %-8s %6d %6d" % (noun, ref, y, n))
    for ref in ("SUBJ", "CARRIED", "NONE"):
        y = sum(1 for r in rows if r[3] == ref and r[4])
        n = sum(1 for r in rows if r[3] == ref and not r[4])
        print("%-10s %-8s %6d %6d" % ("all", ref, y, n))
    print("all sentences: meet row %d, none %d" % (sum(r[4] for r in rows),
                                                   sum(not r[4] for r in rows)))
    if show:
        import random
        pick = [r for r in rows if r[3] == show[0] or show[0] == "ALL"]
        for r in random.Random(71).sample(pick, min(int(show[1]), len(pick))):
            print(r[0], r[1], r[2], r[3], "meet" if r[4] else "-", r[5][:260])


if __name__ == "__main__":
    main(sys.argv)
