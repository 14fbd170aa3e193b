#!/usr/bin/env python3
"""bench/attr73/census.py — whose is a quote whose reporting verb stands before an occasion
phrase with another party («وأكد [الوزير] خلال لقائه بالسفير … أن …»، «لدى استقباله …»، «وأكد
في اتصال هاتفي مع X أن …») in the corpus outside bench/recall/drawn.txt (branch attr73, stop 60).

  census.py BUILD[:DATA] [--cache F.json] [--show CLASS]

The forms (a sentence of rasd's, diacritics and tatweel stripped):
  PRON   meet71's: a word of occasion + a meeting, talks or hosting noun with a pronoun + بـ/مع;
  CALL   في/خلال/عبر + اتصال/مكالمة (هاتفي) + مع/بـ (a named other party, no pronoun);
  HOST   a word of occasion + استقباله/استقبالها + its guest with no بـ/مع (لدى استقباله الوزير).
A quote counts when its cue's text is in the sentence before the phrase and its words start
after the phrase. Its speaker (the build's) is:
  OBJ     named between the phrase and the quote's words (the occasion's other party);
  SUBJ    named in the sentence before the phrase;
  CARRIED named before the sentence;
  OTHER   named after the quote's start or elsewhere;  EMPTY  no speaker."""
import collections, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import recall as R  # noqa: E402
import fresh as F   # noqa: E402

STRIP = re.compile("[\u064b-\u0652\u0640]")
PRON = re.compile(r"(?:^|\s)[و]?(?:خلال|في|بعد|عقب|لدى|أثناء|اثناء|إبان) "
                  r"(?:ال)?(?:اجتماع|لقاء|استقبال|مباحثات|محادثات|مشاورات|اجتماعات|لقاءات)"
                  r"(?:ه|ها|هم|هما)(?: (?:اليوم|أمس|امس))? (?:ب|مع )")
CALL = re.compile(r"(?:^|\s)[و]?(?:خلال|في|عبر) (?:ال)?(?:اتصال|مكالمة|اتصالات)"
                  r"(?: (?:ال)?هاتفي(?:ة)?)?(?: (?:اليوم|أمس|امس))? (?:ب|مع )")
HOST = re.compile(r"(?:^|\s)[و]?(?:خلال|في|بعد|عقب|لدى|أثناء|اثناء|إبان) "
                  r"استقبال(?:ه|ها)(?: (?:اليوم|أمس|امس))? (?!ب|مع )\S+")
FORMS = (("PRON", PRON), ("CALL", CALL), ("HOST", HOST))


def bpos(raw, stripped_idx):
    """Byte offset in raw (a str with diacritics) of the stripped text's character index."""
    n = 0
    for k, ch in enumerate(raw):
        if n == stripped_idx:
            return len(raw[:k].encode())
        if not STRIP.match(ch):
            n += 1
    return len(raw.encode())


def rows_of(d, o):
    b = d["text"].encode()
    for s0, s1 in o.get("sentences", []):
        raw = b[s0:s1].decode(errors="replace")
        t = STRIP.sub("", raw)
        for form, rx in FORMS:
            m = rx.search(t)
            if not m:
                continue
            m0 = s0 + bpos(raw, m.start() + (1 if m.group(0)[0].isspace() else 0))
            m1 = s0 + bpos(raw, m.end())
            for q in o.get("quotes", []):
                cue = (q.get("cue") or "").encode()
                if not cue or q["start"] < m1 or q["start"] >= s1 or cue not in b[s0:m0]:
                    continue
                sp = q.get("speaker") or {}
                if not sp.get("name") and not sp.get("id"):
                    cls = "EMPTY"
                elif m0 <= sp.get("start", -1) < q["start"]:
                    cls = "OBJ"
                elif s0 <= sp.get("start", -1) < m0:
                    cls = "SUBJ"
                elif sp.get("start", 10 ** 9) < s0:
                    cls = "CARRIED"
                else:
                    cls = "OTHER"
                yield (d["id"], form, cls, sp.get("name") or "", t.strip())
                break


def main(argv):
    build = argv[1]
    cache = argv[argv.index("--cache") + 1] if "--cache" in argv else None
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    drawn = F.drawn_ids()
    docs = [d for d in R.articles() if d["id"] not in drawn
            and any(rx.search(STRIP.sub("", d["text"])) for _, rx in FORMS)]
    out = F.analyze_cached(build, docs, cache) if cache else F.analyze(build, docs)
    rows = [r for d in docs for r in rows_of(d, out.get(d["id"], {}))]
    print("articles outside drawn.txt with a form", len(docs),
          "sentences with a quote past the phrase", len(rows))
    c = collections.Counter((r[1], r[2]) for r in rows)
    for form, _ in FORMS:
        print(form, " ".join("%s %d" % (k, c[(form, k)])
                             for k in ("OBJ", "SUBJ", "CARRIED", "OTHER", "EMPTY")))
    for r in rows:
        if show in (r[2], "ALL"):
            print("\t".join((r[0], r[1], r[2], r[3], r[4][:300])))


if __name__ == "__main__":
    main(sys.argv)
