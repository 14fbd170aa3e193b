#!/usr/bin/env python3
"""nextword.py — what follows a speaker's PER/ORG mention in rasd's output (branch span70, stop
59): the next word's class and two candidate tests of "grow the span over it". Used by
classify_rows.py, read_parts.py and corpus.py; byte offsets, as rasd gives them."""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "data")
DIAC = re.compile("[\u064b-\u0652\u0640]")
FOLD = str.maketrans("أإآٱةىؤئ", "ااااهيءء")
PIECES = {"اوغلو", "بن", "ابن", "بنت", "ال", "ابو", "ام", "عبد", "عبدال"}
CLITIC = ("و", "ف", "ب", "ل", "ك")
WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0671-\u06d3A-Za-z]+")


def norm(w):
    return DIAC.sub("", w).translate(FOLD)


def rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]


def lists():
    """name-part words: persons.tsv's and the gazetteer's PER names (first words, later words),
    names.tsv; stop words; the quote cues."""
    first, later = set(), set()
    for r in rows("persons.tsv") + [r for r in rows("gazetteer.tsv") if r[0] == "PER"]:
        ws = [norm(w) for w in r[1].split()]
        if ws:
            first.add(ws[0])
            later.update(ws[1:])
    names = {norm(r[1]) for r in rows("names.tsv")}
    stop = {norm(r[0]) for r in rows("stopwords.tsv")}
    cues = {norm(r[2]) for r in rows("quotes.tsv") if len(r) > 2}
    titles = {norm(r[1]) for r in rows("titles.tsv") if len(r) > 1}
    return {"first": first, "later": later, "names": names, "stop": stop, "cues": cues,
            "titles": titles}


def after(text_b, o, e):
    """The word right after mention e: (word, gap) where gap is the bytes between (a space, or
    punctuation), and the entity starting at that word, if any."""
    rest = text_b[e["end"]:e["end"] + 200].decode("utf-8", "ignore")
    m = WORD.search(rest)
    if not m:
        return None, rest[:5], None
    gap = rest[:m.start()]
    start = e["end"] + len(rest[:m.start()].encode("utf-8"))
    tag = None
    for x in o["entities"]:
        if x["start"] <= start < x["end"]:
            tag = x
    return m.group(), gap, tag


def nclass(word, gap, tag, L):
    """The next word's class (first that applies)."""
    if word is None:
        return "end"
    if gap.strip():
        return "punct"
    if tag is not None:
        return "tagged-" + tag["type"]
    w = norm(word)
    if w in PIECES:
        return "piece"
    if w in L["later"]:
        return "later-name"
    if w in L["first"] or w in L["names"]:
        return "first-name"
    if w in L["stop"] or w in L["cues"]:
        return "stop/cue"
    if w.startswith("ال") and w.endswith("ي") and len(w) >= 5:
        return "nisba"
    return "other"


def test_list(word, gap, tag, L):
    """Candidate A: untagged, no punctuation between, and a later name word of persons.tsv /
    the gazetteer's PER names, or a piece (اوغلو بن ال ابو ...)."""
    return word is not None and not gap.strip() and tag is None and \
        (norm(word) in L["later"] or norm(word) in PIECES)


def test_open(word, gap, tag, L):
    """Candidate B (capital-free): untagged, no punctuation between, not a stop word or cue,
    no clitic (و ف ب ل ك before a word of 4+ letters), not a present-tense verb shape
    (ي/ت + 3 letters) unless a known name word, not a number."""
    if word is None or gap.strip() or tag is not None:
        return False
    w = norm(word)
    known = w in L["later"] or w in L["first"] or w in PIECES
    if known:
        return True
    if w in L["stop"] or w in L["cues"] or w.isdigit():
        return False
    if w.startswith(CLITIC) and len(w) >= 5 and not w.startswith("بن"):
        return False
    if w[0] in "يت" and len(w) == 4:
        return False
    return True


def test_strict(word, gap, tag, L):
    """Candidate C: test A, and the word is not a stop word (على folds to علي), a quote cue,
    a title word of data/titles.tsv or an honorific of names.tsv (ال- taken off), nor ملك."""
    w = norm(word or "")
    bare = w[2:] if w.startswith("ال") else w
    return test_list(word, gap, tag, L) and w not in L["stop"] and w not in L["cues"] and \
        bare not in L["titles"] and bare not in L["names"] and bare != "ملك"


def test_merge(tag, gap, L):
    """Candidate D' (join the next PER span): the word after the mention opens another PER
    mention, no punctuation between, and that mention's first word is not a title of
    titles.tsv or an honorific of names.tsv (ال- taken off), a stop word, a cue, nor a clitic
    word (و ل ف before 4+ letters: «وعبدالعزيز باوارث», «للنصر»; not ب: بوحبيب, بارباع)."""
    if tag is None or tag["type"] != "PER" or gap.strip():
        return False
    w = norm(tag["text"].split()[0])
    bare = w[2:] if w.startswith("ال") else w
    return not (bare in L["titles"] or bare in L["names"] or w in L["stop"] or
                w in L["cues"] or (w.startswith(("و", "ل", "ف")) and len(w) >= 5))
