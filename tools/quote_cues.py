#!/usr/bin/env python3
"""quote_cues.py — reporting words mined from the corpus by a rule stated before the counts
were read (branch qcue58, docs/EVENTS.md "Reporting words mined from the corpus").

    rasd analyze --tokens --threads 2 ARTICLES.jsonl > OUT.jsonl
    tools/quote_cues.py OUT.jsonl > bench/qcue58/cues.tsv        # every form, counted
    tools/quote_cues.py OUT.jsonl --sample 10 > bench/qcue58/sample.txt   # selected, in use
    tools/quote_cues.py OUT.jsonl --min-share 0.075 [--sample 10]        # rule 2

OUT.jsonl may hold any SaudiNewsNet articles; those of bench/recall/drawn.txt are skipped.
Outlets are read from ../shared/data/saudinewsnet/articles.jsonl.gz (or $SNN).

**The frame.** A word W (an Arabic token) whose subject, a PER or ORG mention of rasd's
entities, stands right before or after it, and whose content a connective opens:
  VS  a mention starts at the token right after W, and a connective stands within the 8
      tokens after the mention's last token;
  SV  a mention ends at the token right before W, and a connective is the token right after
      W or the one after that;
with no sentence end (. ! ? ؟ ؛) between W and the connective. Connectives: أن إن بأن and
their pronoun forms (أنه، إنها، بأنهم …), إلى أن (إلى before أن/أنه/أنها), a colon, a
quote mark (" « “ ”). W's form: its normalised text less one proclitic و or ف when three
letters or more are left (وقال → قال). A form's occurrences are every token of that form in
the same articles; its frame share is frames / occurrences.

**The rule** (stated before any count was read; bench/qcue58/README.md). A form is selected
when (1) it has at least 20 frames in at least 10 articles from at least 3 outlets; (2) its
frame share is at least 0.30; (3) it is not the first word of a "cue" or "part" row of
data/quotes.tsv (normalised, the same proclitic cut); (4) it is not a function word (FUNC
below) and does not start with ال; (5) it is inside a PER or ORG mention in at most half of
its occurrences (a name part, not a verb). Printed: every form with 5 frames or more, as
form, frames, articles, outlets, occurrences, share, listed (1 when (3) fails), selected.
--min-share X replaces (2)'s 0.30 (rule 2 of the README: 0.075, the lower quartile of the
listed cues' shares; rule 1's 0.30 is above every listed cue's, قال 0.26).
With --sample N: for each selected form, N of its frames (random.Random(58), the sentence
with W in [ ] and the connective in { }).

**--nouns** (branch qnoun58, bench/qnoun58/README.md, the rule stated first): the nouns a
listed cue's nominal object opens. Cues: the forms of data/quotes.tsv "comp" rows with bit 32
(COMP_NOUN). A frame is a cue W, its subject and the token N right after the subject: VS (a
PER/ORG mention starts right after W, N right after the mention), SV (a mention ends right
before W, N right after W), BODY (a one-token "body" noun right after W, N after it); N an
Arabic word outside mentions, no sentence end between. Counted by N's key (less و/ف, ال and
a suffix ها/هم/هما); share = frames / the key's occurrences. The threshold is the lower
quartile of the shares of the listed "cnoun" 0/2 keys with >= 20 frames (printed first as a
comment); a key is selected with >= 20 frames, 10 articles, 3 outlets, share >= it, not a
listed cnoun, not a first word of the rows in NOUN_KINDS, not FUNC, not a number, inside a
mention in at most half its uses. --sample N reads N frames of each selected key (W in [ ],
N in { }); the forms column lists the surface forms with their frames.
--wide (rule 2, stated after rule 1's counts): the mention may start within TITLE_GAP tokens
after W with only Arabic words between (a title before the name), N may follow the comma
that closes an apposition after the mention (within APPOS_GAP tokens) or a comma after a
body noun; T from the listed keys with >= 10 frames (>= 20 under rule 1).

Python stdlib only."""
import collections
import gzip
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import quote_breadth  # noqa: E402  (its list reader and drawn.txt reader)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SNN = os.environ.get("SNN", os.path.join(ROOT, "..", "shared", "data", "saudinewsnet",
                                         "articles.jsonl.gz"))
THAT = {"ان", "انه", "انها", "انهم", "انهما", "انني", "اننا", "بان", "بانه", "بانها",
        "بانهم", "بانهما"}
MARKS = {":", '"', "«", "“", "”"}
ENDS = {".", "!", "?", "؟", "؛"}
FUNC = set("""في من الي علي عن مع ان لا لم لن ما قد كما كان كانت يكون تكون ليس هذا هذه ذلك
تلك التي الذي الذين حيث بعد قبل عند حول خلال بين منذ ضد حتى او ثم اذا لكن لان كل بعض غير
عبر وفق حسب بحسب نحو لدي امام اي هو هي هم انه انها وهو وهي لها له لهم به بها منه منها عليه
عليها فيه فيها اليه اما بل ايضا اليوم امس مساء صباح""".split())
GAP_VS, GAP_SV = 8, 2
MIN_FRAMES, MIN_ARTICLES, MIN_OUTLETS, MIN_SHARE = 20, 10, 3, 0.30


def norm(w):
    t = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ئ": "ء", "ؤ": "ء",
                       "ـ": None})
    return re.sub("[\u064b-\u0652]", "", w).translate(t)


def form(w):
    return w[1:] if len(w) >= 4 and w[0] in "وف" else w


def listed():
    """The first words of quotes.tsv's "cue" and "part" rows, as this tool's forms."""
    return quote_breadth.listed(lambda w: form(norm(w)))


drawn = quote_breadth.drawn


def outlets():
    out = {}
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            out[d["id"]] = d["source"]
    return out


def tokens(d):
    """(start, end, norm, kind) of rasd's tokens, from rasd's JSON or its short form."""
    if "t" in d:
        return [(t[0], t[1], t[2], {"a": "arabic", "p": "punct"}.get(t[4], "other"))
                for t in d["t"]]
    return [(t["start"], t["end"], t["norm"], t["kind"]) for t in d["tokens"]]


def mentions(d, toks):
    """Token spans [i, j] of PER and ORG mentions."""
    ents = d["e"] if "e" in d else [(e["start"], e["end"], e["type"]) for e in d["entities"]]
    first = {t[0]: k for k, t in enumerate(toks)}
    last = {t[1]: k for k, t in enumerate(toks)}
    return [(first[s], last[e]) for s, e, ty in ents
            if ty in ("PER", "ORG") and s in first and e in last]


def is_connective(toks, j):
    w, kind = toks[j][2], toks[j][3]
    if kind == "punct":
        return w in MARKS
    if kind != "arabic":
        return False
    if w == "الي":
        return j + 1 < len(toks) and toks[j + 1][2] in ("ان", "انه", "انها", "انهم")
    return w in THAT


def connective_within(toks, a, b):
    """The first connective in tokens a..b, stopping at a sentence end; None if none."""
    for j in range(a, min(b + 1, len(toks))):
        if toks[j][2] in ENDS:
            return None
        if is_connective(toks, j):
            return j
    return None


def frames(toks, spans):
    """(i, j): W at i, its connective at j, for every VS and SV frame of an article."""
    starts = {i: j for i, j in spans}
    ends = {j: i for i, j in spans}
    out = []
    for i, t in enumerate(toks):
        if t[3] != "arabic":
            continue
        c = None
        if i + 1 in starts and starts[i + 1] >= i + 1:
            c = connective_within(toks, starts[i + 1] + 1, starts[i + 1] + GAP_VS)
        if c is None and i - 1 in ends:
            c = connective_within(toks, i + 1, i + GAP_SV)
        if c is not None:
            out.append((i, c))
    return out


def walk(path, skip, fold, st):
    """Every analysed article of path outside skip as (d, toks, spans), after counting each
    Arabic token under fold(text) in st["occ"] and, when inside a mention, st["inname"]."""
    opener = gzip.open if path.endswith(".gz") else open
    for line in opener(path, "rt", encoding="utf-8"):
        d = json.loads(line)
        if d["id"] in skip:
            continue
        toks = tokens(d)
        spans = mentions(d, toks)
        inside = {k for i, j in spans for k in range(i, j + 1)}
        for k, t in enumerate(toks):
            if t[3] == "arabic":
                f = fold(t[2])
                st["occ"][f] += 1
                st["inname"][f] += k in inside
        yield d, toks, spans


def count(path, skip):
    st = {"frames": collections.Counter(), "occ": collections.Counter(),
          "inname": collections.Counter(), "arts": collections.defaultdict(set),
          "where": collections.defaultdict(list)}
    for d, toks, spans in walk(path, skip, form, st):
        for i, c in frames(toks, spans):
            f = form(toks[i][2])
            st["frames"][f] += 1
            st["arts"][f].add(d["id"])
            st["where"][f].append((d["id"], toks[i][0], toks[i][1], toks[c][0], toks[c][1]))
    return st


def candidates(st, src, known, floor):
    """Each key of st with 5 frames or more, as (key, frames, articles, outlets, share, listed,
    counted): counted when it has MIN_FRAMES frames in MIN_ARTICLES articles from MIN_OUTLETS
    outlets, a share of at least floor, is not in known and is inside a mention in at most half
    of its occurrences (both rules' shared part; each adds its own)."""
    for f, n in st["frames"].items():
        if n < 5:
            continue
        arts = st["arts"][f]
        outs = len({src.get(a) for a in arts})
        share = n / st["occ"][f]
        is_listed = f in known
        counted = (n >= MIN_FRAMES and len(arts) >= MIN_ARTICLES and outs >= MIN_OUTLETS and
                   share >= floor and not is_listed and st["inname"][f] * 2 <= st["occ"][f])
        yield f, n, len(arts), outs, share, is_listed, counted


def select(st, src, known, min_share=MIN_SHARE):
    rows = []
    for f, n, na, outs, share, is_listed, counted in candidates(st, src, known, min_share):
        ok = counted and f not in FUNC and not f.startswith("ال")
        rows.append((f, n, na, outs, st["occ"][f], share, int(is_listed), int(ok)))
    rows.sort(key=lambda r: -r[1])
    return rows


def texts(ids):
    out = {}
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in ids:
                out[d["id"]] = d["text"].encode("utf-8")
    return out


def sample(st, rows, n):
    rng = random.Random(58)
    picks = {r[0]: rng.sample(st["where"][r[0]], min(n, len(st["where"][r[0]])))
             for r in rows if r[7]}
    text = texts({w[0] for ws in picks.values() for w in ws})
    for f, ws in picks.items():
        print("== %s" % f)
        for i, a, b, c0, c1 in ws:
            t = text[i]
            lo, hi = max(t.rfind(b".", 0, a), a - 300) + 1, min(c1 + 120, len(t))
            s = (t[lo:a] + b"[" + t[a:b] + b"]" + t[b:c0] + b"{" + t[c0:c1] + b"}" +
                 t[c1:hi]).decode("utf-8", "replace").replace("\n", " ")
            print("%s\t%s" % (i, s))


NOUN_KINDS = ("cue", "part", "source", "stop", "org", "behalf", "body", "honor", "that",
              "cprep")


def rows_of(kinds):
    """(kind, value, normalised phrase) of data/quotes.tsv rows of the given kinds."""
    out = []
    for line in open(os.path.join(ROOT, "data", "quotes.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) == 3 and f[0] in kinds:
            out.append((f[0], f[1], norm(f[2])))
    return out


def key(w):
    """A noun's key: less one و/ف, ال and a pronoun suffix, three letters or more left."""
    w = form(w)
    if w.startswith("ال") and len(w) >= 5:
        w = w[2:]
    for suf in ("هما", "هم", "ها"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[:-len(suf)]
    return w


TITLE_GAP, APPOS_GAP = 5, 10


def vs_noun(toks, i, starts, wide):
    """N's index after a mention after cue i (rule 2: title words before the mention, an
    apposition closed by a comma after it), else None."""
    for g in range(1, (TITLE_GAP if wide else 0) + 2):
        m = i + g
        if m >= len(toks):
            return None
        if m in starts:
            n = starts[m] + 1
            if wide and n < len(toks) and toks[n][2] == "،":
                for k in range(n + 1, min(n + 1 + APPOS_GAP, len(toks))):
                    if toks[k][2] in ENDS:
                        return None
                    if toks[k][2] == "،":
                        return k + 1
                return None
            return n
        if toks[m][3] != "arabic":
            return None
    return None


def noun_frames(toks, spans, cues, bodies, wide=False):
    """(w, n): cue at w, the noun after its subject at n (VS, SV, BODY frames)."""
    starts = {i: j for i, j in spans}
    ends = {j for i, j in spans}
    inside = {k for i, j in spans for k in range(i, j + 1)}
    out = []
    for i, t in enumerate(toks):
        if t[3] != "arabic" or form(t[2]) not in cues:
            continue
        n = vs_noun(toks, i, starts, wide)
        if n is not None:
            pass
        elif i - 1 in ends:
            n = i + 1
        elif i + 1 < len(toks) and toks[i + 1][3] == "arabic" and i + 1 not in inside and \
                form(toks[i + 1][2]) in bodies:
            n = i + 2
            if wide and n < len(toks) and toks[n][2] == "،":
                n += 1
        else:
            continue
        if n < len(toks) and toks[n][3] == "arabic" and n not in inside and \
                not any(toks[k][2] in ENDS for k in range(i + 1, n)):
            out.append((i, n))
    return out


def count_nouns(path, skip, wide=False):
    cues = {form(p.split()[0]) for k, v, p in rows_of(("comp",)) if int(v) & 32}
    bodies = {form(p) for k, v, p in rows_of(("body",)) if " " not in p}
    st = {"frames": collections.Counter(), "occ": collections.Counter(),
          "inname": collections.Counter(), "arts": collections.defaultdict(set),
          "where": collections.defaultdict(list), "forms": collections.defaultdict(
              collections.Counter)}
    for d, toks, spans in walk(path, skip, key, st):
        for i, n in noun_frames(toks, spans, cues, bodies, wide):
            f = key(toks[n][2])
            st["frames"][f] += 1
            st["arts"][f].add(d["id"])
            st["forms"][f][form(toks[n][2])] += 1
            st["where"][f].append((d["id"], toks[i][0], toks[i][1], toks[n][0], toks[n][1]))
    return st


def select_nouns(st, src, wide=False):
    listed_n = {key(p) for k, v, p in rows_of(("cnoun",)) if " " not in p}
    taken = {key(p) for k, v, p in rows_of(("cnoun",)) if v in ("0", "2") and " " not in p}
    firsts = {form(p.split()[0]) for k, v, p in rows_of(NOUN_KINDS)}
    least = 10 if wide else 20
    shares = sorted(st["frames"][f] / st["occ"][f] for f in taken if st["frames"][f] >= least)
    q1 = shares[len(shares) // 4] if shares else 1.0
    print("# listed cnoun 0/2 keys with >= %d frames: %d; shares lower quartile %.4f, "
          "median %.4f" % (least, len(shares), q1, shares[len(shares) // 2] if shares else 0))
    rows = []
    for f, n, na, outs, share, is_listed, counted in candidates(st, src, listed_n, q1):
        ok = (counted and f not in firsts and form(f) not in FUNC and
              not re.search(r"[0-9٠-٩]", f))
        fs = ",".join("%s:%d" % x for x in st["forms"][f].most_common(6))
        rows.append((f, n, na, outs, st["occ"][f], share, int(is_listed), int(ok), fs))
    rows.sort(key=lambda r: -r[1])
    return rows


def main_nouns(a):
    wide = "--wide" in a
    st = count_nouns(a[0], drawn(), wide)
    rows = select_nouns(st, outlets(), wide)
    if "--sample" in a:
        sample(st, rows, int(a[a.index("--sample") + 1]))
        return
    print("key\tframes\tarticles\toutlets\toccurrences\tshare\tlisted\tselected\tforms")
    for r in rows:
        print("%s\t%d\t%d\t%d\t%d\t%.3f\t%d\t%d\t%s" % r)


def main(a):
    if not a or a[0] in ("-h", "--help"):
        sys.exit(__doc__)
    if "--nouns" in a:
        main_nouns(a)
        return
    st = count(a[0], drawn())
    ms = float(a[a.index("--min-share") + 1]) if "--min-share" in a else MIN_SHARE
    rows = select(st, outlets(), listed(), ms)
    if "--sample" in a:
        sample(st, rows, int(a[a.index("--sample") + 1]))
        return
    print("form\tframes\tarticles\toutlets\toccurrences\tshare\tlisted\tselected")
    for r in rows:
        print("%s\t%d\t%d\t%d\t%d\t%.3f\t%d\t%d" % r)


if __name__ == "__main__":
    main(sys.argv[1:])
