#!/usr/bin/env python3
"""bench/recall/recall.py — the quotes-and-events recall set (docs/EVENTS.md "Recall set").

  recall.py draw                 the 60 article ids (seed 16) and their split, from the corpus
                                 (as drawn at d4fac8e: bench/recall/drawn.txt, which the
                                 other commands use)
  recall.py show ID...           an article's text, one sentence-ish line per paragraph, with
                                 byte offsets (for labelling)
  recall.py resolve WORK OUT     labels written with excerpts (WORK) → byte offsets (OUT)
  recall.py draw2                the 20 ids of dev2 (seed 1602), drawn outside the first 60
  recall.py draw3                the 20 ids of dev3 (seed 1603), drawn outside the first 80
  recall.py draw4                the 20 ids of dev4 (seed 1604, quotes), outside the first 100
  recall.py draw5                the 30 ids of dev5 (seed 1605, events), outside the first 120
  recall.py draw6                the 24 ids of unseen2 (seed 1606, quotes and events), outside
                                 the first 150: labelled from the text alone and scored only
                                 at the end of a stop (the first unseen part became dev then)
  recall.py draw7                the 24 ids of unseen3 (seed 1707, quotes and events), outside
                                 the first 174: labelled blind at stop 25, when unseen2's
                                 errors were opened for development
  recall.py draw8                the 24 ids of unseen4 (seed 1808, quotes and events), outside
                                 the first 198: labelled blind at stop 26, when unseen3's
                                 errors were opened for development
  recall.py draw9                the 24 ids of unseen5 (seed 1909, quotes and events), outside
                                 the first 222: labelled blind at stop 27, when unseen4's
                                 errors were opened for development
  recall.py draw10               the 24 ids of unseen6 (seed 2010, quotes and events), outside
                                 the first 246: labelled blind at stop 28, when unseen5's
                                 errors were opened for development
  recall.py draw11               the 24 ids of unseen7 (seed 2111, quotes and events), outside
                                 the first 270: labelled blind at stop 29, when unseen6's
                                 errors were opened for development
  recall.py draw12               the 24 ids of unseen8 (seed 2212, quotes and events), outside
                                 the first 294: labelled blind at stop 30, when unseen7's
                                 errors were opened for development
  recall.py draw13               the 24 ids of unseen9 (seed 2313, quotes and events), outside
                                 the first 318: labelled blind at stop 31, when unseen8's
                                 errors were opened for development
  recall.py draw14               the 24 ids of unseen10 (seed 2414, quotes and events), outside
                                 the first 342: labelled blind at stop 33, when unseen9's
                                 errors were opened for development
  recall.py draw15               the 24 ids of unseen11 (seed 2515, quotes and events), outside
                                 the first 366: labelled blind at stop 34, when unseen10's
                                 errors were opened for development
  recall.py draw16               the 24 ids of unseen12 (seed 2616, quotes and events), outside
                                 the first 390: labelled blind at stop 35, when unseen11's
                                 errors were opened for development
  recall.py draw17               the 24 ids of unseen13 (seed 2717, quotes and events), outside
                                 the first 414: labelled blind at stop 36, when unseen12's
                                 errors were opened for development
  recall.py draw18               the 24 ids of unseen14 (seed 2818, quotes and events), outside
                                 the first 438: labelled blind at stop 37, when unseen13's
                                 errors were opened for development
  recall.py draw19               the 24 ids of unseen15 (seed 2919, quotes and events), outside
                                 the first 462: labelled blind at stop 38, when unseen14's
                                 errors were opened for development
  recall.py draw20               the 24 ids of unseen16 (seed 3020, quotes and events), outside
                                 the first 486: labelled blind at stop 39, when unseen15's
                                 errors were opened for development
  recall.py draw21               the 24 ids of unseen17 (seed 3121, quotes and events), outside
                                 the first 510: labelled blind at stop 40, when unseen16's
                                 errors were opened for development
  recall.py draw22               the 24 ids of unseen18 (seed 3222, quotes and events), outside
                                 the first 534: labelled blind at stop 41, when unseen17's
                                 errors were opened for development
  recall.py draw23               the 24 ids of unseen19 (seed 3323, quotes and events), outside
                                 the first 558: labelled blind at stop 42, when unseen18's
                                 errors were opened for development
  recall.py draw24               the 24 ids of unseen20 (seed 3424, quotes and events), outside
                                 the first 582: labelled blind at stop 43, when unseen19's
                                 errors were opened for development
  recall.py draw25               the 24 ids of unseen21 (seed 3525, quotes and events), outside
                                 the first 606: labelled blind at stop 44, when unseen20's
                                 errors were opened for development
  recall.py draw26               the 24 ids of unseen22 (seed 3626, quotes and events), outside
                                 the first 630: labelled blind at stop 45, when unseen21's
                                 errors were opened for development
  recall.py draw27               the 24 ids of unseen23 (seed 3727, quotes and events), outside
                                 the first 654: labelled blind at stop 46, when unseen22's
                                 errors were opened for development
  recall.py draw28               the 24 ids of unseen24 (seed 3828, quotes and events), outside
                                 the first 678: labelled blind at stop 47, when unseen23's
                                 errors were opened for development
  recall.py draw29               the 24 ids of unseen25 (seed 3929, quotes and events), outside
                                 the first 702: labelled blind at stop 48, when unseen24's
                                 errors were opened for development
  recall.py draw30               the 24 ids of unseen26 (seed 4030, quotes and events), outside
                                 the first 726: labelled blind at stop 49, when unseen25's
                                 errors were opened for development
  recall.py draw31               the 24 ids of unseen27 (seed 4131, quotes and events), outside
                                 the first 750: labelled blind at stop 50, when unseen26's
                                 errors were opened for development
  recall.py draw32               the 24 ids of unseen28 (seed 4232, quotes and events), outside
                                 the first 774: labelled blind at stop 51, when unseen27's
                                 errors were opened for development
  recall.py draw33               the 24 ids of unseen29 (seed 4333, quotes and events), outside
                                 the first 798: labelled blind at stop 52, when unseen28's
                                 errors were opened for development
  recall.py draw34               the 24 ids of unseen30 (seed 4434, quotes and events), outside
                                 the first 822: labelled blind at stop 53, when unseen29's
                                 errors were opened for development
  recall.py draw35               the 24 ids of unseen31 (seed 4535, quotes and events), outside
                                 the first 846: labelled blind at stop 54, when unseen30's
                                 errors were opened for development
  recall.py draw36               the 24 ids of unseen32 (seed 4636, quotes and events), outside
                                 the first 870: labelled blind at stop 55, when unseen31's
                                 errors were opened for development
  recall.py draw37               the 24 ids of unseen33 (seed 4737, quotes and events), outside
                                 the first 894: labelled blind at stop 56, when unseen32's
                                 errors were opened for development
  recall.py draw38               the 24 ids of unseen34 (seed 4838, quotes and events), outside
                                 the first 918: labelled blind at stop 57, when unseen33's
                                 errors were opened for development
  recall.py draw39               the 24 ids of unseen35 (seed 4939, quotes and events), outside
                                 the first 942: labelled blind at stop 58, when unseen34's
                                 errors were opened for development
  recall.py draw40               the 24 ids of unseen36 (seed 5040, quotes and events), outside
                                 the first 966: labelled blind at stop 59, when unseen35's
                                 errors were opened for development
  recall.py draw41               the 24 ids of unseen37 (seed 5141, quotes and events), outside
                                 the first 990: labelled blind at stop 60, when unseen36's
                                 errors were opened for development
  recall.py score [--rasd R] [--split dev|dev2|dev3|dev4|dev4a|dev4b|dev5|dev5a|dev5b|unseen|unseen2|
                  unseen3|unseen3a|unseen3b|unseen4|unseen5|unseen6|unseen7|unseen8|unseen9|
                  unseen10|unseen11|unseen12|unseen13|unseen14|unseen15|unseen16|unseen17|
                  unseen18|unseen19|unseen20|unseen21|unseen22|unseen23|unseen24|unseen25|
                  unseen26|unseen27|unseen28|unseen29|unseen30|unseen31|unseen32|
                  unseen33|unseen34|unseen35|unseen36|unseen37|all]
                  [--labels F] [-v]
                  [--min-recall X] [--min-attribution X] [--min-precision X]
                  [--min-event-recall X] [--min-event-precision X]
                                 runs `rasd analyze` on the labelled articles and reports
                                 recall, precision and attribution by kind (exit 1 when a
                                 figure of a part is under its floor); dev2, dev3 and
                                 dev4 have quotes only, so they give no event figures;
                                 dev5 has events only, so it gives no quote figures;
                                 dev4a and dev4b are dev4's first and last 10 articles
                                 (drawn.txt order): its working and held-back halves
                                 (branch quotes5);
                                 dev5a is its first 20 articles in drawn.txt order (the
                                 working part of branch events5), dev5b its last 10 (held
                                 back: their errors are read only at the end);
                                 unseen3a and unseen3b are unseen3's first and last 12
                                 (stop 26: unseen3 opened as dev, 3a's errors read, 3b's
                                 kept unread until the end);
                                 unseen8 (labelled blind at stop 30, branch label12) joined
                                 all once scored, at the end of stop 30;
                                 unseen9 (labelled blind at stop 31, branch label13) joined
                                 all once scored, at the start of stop 33;
                                 unseen10 (labelled blind at stop 33, branch label14)
                                 joined all once scored, at the end of stop 33;
                                 unseen11 (labelled blind at stop 34, branch label15)
                                 joined all once scored, at the end of stop 34;
                                 unseen12 (labelled blind at stop 35, branch label16)
                                 joined all once scored, at the end of stop 35;
                                 unseen13 (labelled blind at stop 36, branch label17)
                                 joined all once scored, at the end of stop 36;
                                 unseen14 (labelled blind at stop 37, branch label18)
                                 joined all once scored, at the end of stop 37;
                                 unseen15 (labelled blind at stop 38, branch label19)
                                 joined all once scored, at the end of stop 38;
                                 unseen16 (labelled blind at stop 39, branch label20)
                                 joined all once scored, at the end of stop 39;
                                 unseen17 (labelled blind at stop 40, branch label21)
                                 joined all once scored, at the end of stop 40;
                                 unseen18 (labelled blind at stop 41, branch label22)
                                 joined all once scored, at the end of stop 41;
                                 unseen19 (labelled blind at stop 42, branch label23)
                                 joined all once scored, at the end of stop 42;
                                 unseen20 (labelled blind at stop 43, branch label24)
                                 joined all once scored, at the end of stop 43;
                                 unseen21 (labelled blind at stop 44, branch label25)
                                 joined all once scored, at the end of stop 44;
                                 unseen22 (labelled blind at stop 45, branch label26)
                                 joined all once scored, at the end of stop 45;
                                 unseen23 (labelled blind at stop 46, branch label27)
                                 joined all once scored, at the end of stop 46;
                                 unseen24 (labelled blind at stop 47, branch label28)
                                 joined all once scored, at the end of stop 47;
                                 unseen25 (labelled blind at stop 48, branch label29)
                                 joined all once scored, at the end of stop 48;
                                 unseen26 (labelled blind at stop 49, branch label30)
                                 joined all once scored, at the end of stop 49;
                                 unseen27 (labelled blind at stop 50, branch label31)
                                 joined all once scored, at the end of stop 50;
                                 unseen28 (labelled blind at stop 51, branch label32)
                                 joined all once scored, at the end of stop 51;
                                 unseen29 (labelled blind at stop 52, branch label33)
                                 joined all once scored, at the end of stop 52;
                                 unseen30 (labelled blind at stop 53, branch label34)
                                 joined all once scored, at the end of stop 53;
                                 unseen31 (labelled blind at stop 54, branch label35)
                                 joined all once scored, at the end of stop 54;
                                 unseen32 (labelled blind at stop 55, branch label36)
                                 joined all once scored, at the end of stop 55;
                                 unseen33 (labelled blind at stop 56, branch label37)
                                 joined all once scored, at the end of stop 56;
                                 unseen34 (labelled blind at stop 57, branch label38)
                                 joined all once scored, at the end of stop 57;
                                 unseen35 (labelled blind at stop 58, branch label39)
                                 joined all once scored, at the end of stop 58;
                                 unseen36 (labelled blind at stop 59, branch label40)
                                 joined all once scored, at the end of stop 59;
                                 unseen37 (labelled blind at stop 60, branch label41)
                                 joined all once scored, at the end of stop 60

The corpus is ../shared/data/saudinewsnet/articles.jsonl.gz (SNN); only ids, byte offsets and
short names are stored in the labels (tests/data/recall_snn.tsv). Python stdlib only.
"""
import gzip, json, os, random, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SNN = os.environ.get("SNN", os.path.join(ROOT, "..", "shared", "data", "saudinewsnet",
                                         "articles.jsonl.gz"))
LABELS = os.path.join(ROOT, "tests", "data", "recall_snn.tsv")
SEED, N, DEV = 16, 60, 40
SEED2, N2 = 1602, 20          # dev2 (branch quotes3): drawn after the first 60
SEED3 = 1603                  # dev3 (branch quotes4): 20 more, drawn after the first 80
SEED4, SEED5, N5 = 1604, 1605, 30   # dev4 (quotes) and dev5 (events), drawn at stop 23
SEED6, N6 = 1606, 24          # unseen2 (quotes and events), drawn at stop 24: the new unseen
SEED7 = 1707                  # unseen3 (24, quotes and events), drawn at stop 25: the new unseen
SEED8 = 1808                  # unseen4 (24, quotes and events), drawn at stop 26: the new unseen
SEED9 = 1909                  # unseen5 (24, quotes and events), drawn at stop 27: the new unseen
SEED10 = 2010                 # unseen6 (24, quotes and events), drawn at stop 28: the new unseen
SEED11 = 2111                 # unseen7 (24, quotes and events), drawn at stop 29: the new unseen
SEED12 = 2212                 # unseen8 (24, quotes and events), drawn at stop 30: the new unseen
SEED13 = 2313                 # unseen9 (24, quotes and events), drawn at stop 31: the new unseen
SEED14 = 2414                 # unseen10 (24, quotes and events), drawn at stop 33: the new unseen
SEED15 = 2515                 # unseen11 (24, quotes and events), drawn at stop 34: the new unseen
SEED16 = 2616                 # unseen12 (24, quotes and events), drawn at stop 35: the new unseen
SEED17 = 2717                 # unseen13 (24, quotes and events), drawn at stop 36: the new unseen
SEED18 = 2818                 # unseen14 (24, quotes and events), drawn at stop 37: the new unseen
SEED19 = 2919                 # unseen15 (24, quotes and events), drawn at stop 38: the new unseen
SEED20 = 3020                 # unseen16 (24, quotes and events), drawn at stop 39: the new unseen
SEED21 = 3121                 # unseen17 (24, quotes and events), drawn at stop 40
SEED22 = 3222                 # unseen18 (24, quotes and events), drawn at stop 41
SEED23 = 3323                 # unseen19 (24, quotes and events), drawn at stop 42
SEED24 = 3424                 # unseen20 (24, quotes and events), drawn at stop 43
SEED25 = 3525                 # unseen21 (24, quotes and events), drawn at stop 44
SEED26 = 3626                 # unseen22 (24, quotes and events), drawn at stop 45
SEED27 = 3727                 # unseen23 (24, quotes and events), drawn at stop 46
SEED28 = 3828                 # unseen24 (24, quotes and events), drawn at stop 47
SEED29 = 3929                 # unseen25 (24, quotes and events), drawn at stop 48
SEED30 = 4030                 # unseen26 (24, quotes and events), drawn at stop 49
SEED31 = 4131                 # unseen27 (24, quotes and events), drawn at stop 50
SEED32 = 4232                 # unseen28 (24, quotes and events), drawn at stop 51
SEED33 = 4333                 # unseen29 (24, quotes and events), drawn at stop 52
SEED34 = 4434                 # unseen30 (24, quotes and events), drawn at stop 53
SEED35 = 4535                 # unseen31 (24, quotes and events), drawn at stop 54
SEED36 = 4636                 # unseen32 (24, quotes and events), drawn at stop 55
SEED37 = 4737                 # unseen33 (24, quotes and events), drawn at stop 56
SEED38 = 4838                 # unseen34 (24, quotes and events), drawn at stop 57
SEED39 = 4939                 # unseen35 (24, quotes and events), drawn at stop 58
SEED40 = 5040                 # unseen36 (24, quotes and events), drawn at stop 59
SEED41 = 5141                 # unseen37 (24, quotes and events), drawn at stop 60
# The unseen parts' draws of N6 ids each: command -> (seed, split).
UNSEEN_DRAWS = {"draw6": (SEED6, "unseen2"), "draw7": (SEED7, "unseen3"),
                "draw8": (SEED8, "unseen4"), "draw9": (SEED9, "unseen5"),
                "draw10": (SEED10, "unseen6"), "draw11": (SEED11, "unseen7"),
                "draw12": (SEED12, "unseen8"), "draw13": (SEED13, "unseen9"),
                "draw14": (SEED14, "unseen10"), "draw15": (SEED15, "unseen11"),
                "draw16": (SEED16, "unseen12"), "draw17": (SEED17, "unseen13"),
                "draw18": (SEED18, "unseen14"), "draw19": (SEED19, "unseen15"),
                "draw20": (SEED20, "unseen16"), "draw21": (SEED21, "unseen17"),
                "draw22": (SEED22, "unseen18"), "draw23": (SEED23, "unseen19"),
                "draw24": (SEED24, "unseen20"), "draw25": (SEED25, "unseen21"),
                "draw26": (SEED26, "unseen22"), "draw27": (SEED27, "unseen23"),
                "draw28": (SEED28, "unseen24"), "draw29": (SEED29, "unseen25"),
                "draw30": (SEED30, "unseen26"), "draw31": (SEED31, "unseen27"),
                "draw32": (SEED32, "unseen28"), "draw33": (SEED33, "unseen29"),
                "draw34": (SEED34, "unseen30"), "draw35": (SEED35, "unseen31"),
                "draw36": (SEED36, "unseen32"), "draw37": (SEED37, "unseen33"),
                "draw38": (SEED38, "unseen34"), "draw39": (SEED39, "unseen35"),
                "draw40": (SEED40, "unseen36"), "draw41": (SEED41, "unseen37")}
QUOTES_ONLY = {"dev2", "dev3", "dev4", "dev4a", "dev4b"}  # parts with no events labelled
EVENTS_ONLY = {"dev5", "dev5a", "dev5b"}  # parts whose quotes were not labelled (no quotes)
# The read parts, which `--split all` scores and load(.., "all") returns: never the part still
# blind (a script that loads "all" must not run rasd on it; vio67 found one that did).
READ_PARTS = ["dev", "dev2", "dev3", "dev4", "dev5", "unseen", "unseen2", "unseen3", "unseen4",
              "unseen5", "unseen6", "unseen7", "unseen8", "unseen9", "unseen10", "unseen11",
              "unseen12", "unseen13", "unseen14", "unseen15", "unseen16", "unseen17",
              "unseen18", "unseen19", "unseen20", "unseen21", "unseen22", "unseen23",
              "unseen24", "unseen25", "unseen26", "unseen27", "unseen28", "unseen29",
              "unseen30", "unseen31", "unseen32", "unseen33", "unseen34", "unseen35",
              "unseen36", "unseen37"]

# Parts of a drawn part, by drawn.txt order: name -> (part, first, end).
SUBPARTS = {"dev4a": ("dev4", 0, 10), "dev4b": ("dev4", 10, 20),
            "dev5a": ("dev5", 0, 20), "dev5b": ("dev5", 20, 30),
            "unseen3a": ("unseen3", 0, 12), "unseen3b": ("unseen3", 12, 24)}


def used_ids(skip=None):
    """Article ids that tests, benches, tools or docs already name (not to be drawn); files
    for which skip(path) holds are not read (default: this set's labels and draws)."""
    skip = skip or (lambda p: p == LABELS or p.startswith(HERE))
    ids = set()
    for top in ("tests", "bench", "docs", "tools"):
        for d, _, fs in os.walk(os.path.join(ROOT, top)):
            for f in fs:
                p = os.path.join(d, f)
                if skip(p):
                    continue
                try:
                    ids.update(re.findall(r"snn-\d{6}", open(p, encoding="utf-8",
                                                              errors="ignore").read()))
                except OSError:
                    pass
    return ids


def articles(ids=None):
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if ids is None or d["id"] in ids:
                yield d


def draw():
    """SEED's sample of N ids among those not used elsewhere; the first DEV drawn are dev."""
    avoid = used_ids()
    pool = [d["id"] for d in articles() if d["id"] not in avoid]
    pick = random.Random(SEED).sample(pool, N)
    return [(i, "dev" if k < DEV else "unseen") for k, i in enumerate(pick)]


def draw2():
    """dev2: SEED2's sample of N2 ids among those not used elsewhere nor in the first draw
    (bench/recall/drawn.txt holds both draws as made)."""
    avoid = used_ids() | {i for i, s in drawn() if s in ("dev", "unseen")}
    pool = [d["id"] for d in articles() if d["id"] not in avoid]
    return [(i, "dev2") for i in random.Random(SEED2).sample(pool, N2)]


def draw_after(seed, n, name):
    """seed's sample of n ids among those not used elsewhere nor in any earlier draw
    (dev3, dev4, dev5: appended to bench/recall/drawn.txt as made)."""
    avoid = used_ids() | {i for i, s in drawn()}
    pool = [d["id"] for d in articles() if d["id"] not in avoid]
    return [(i, name) for i in random.Random(seed).sample(pool, n)]


def draw3():
    """dev3: SEED3's sample of N2 ids after the earlier draws."""
    return draw_after(SEED3, N2, "dev3")


def show(ids):
    for d in articles(set(ids)):
        b = d["text"].encode()
        print("=" * 20, d["id"], d["published"], d["title"])
        pos = 0
        for para in b.split(b"\n"):
            if para.strip():
                print("[%d] %s" % (pos, para.decode()))
            pos += len(para) + 1


# ---------------------------------------------------------------- labels
# Work file (excerpts): one label a line, fields separated by " | ":
#   ID | Q | speaker | content-first-words … content-last-words | d|r   (a quote)
#   ID | E | type | actor; actor | place | date | planned|occurred | sentence-first-words … last
#   ID | -                                                   (an article with nothing to label)
# Out file (offsets), tab-separated:
#   ID split Q start end speaker direct
#   ID split E sent_start sent_end type actors place date status
#   ID split -


def span(text, excerpt, after=0):
    a, _, z = excerpt.partition(" … ")
    s = text.find(a.encode(), after)
    if s < 0:
        s = text.find(a.encode())
    if s < 0:
        raise ValueError("not found: " + a)
    if not z:
        return s, s + len(a.encode())
    e = text.find(z.encode(), s)
    if e < 0:
        raise ValueError("end not found: " + z)
    return s, e + len(z.encode())


def drawn():
    """The draw as made (bench/recall/drawn.txt): ids named in the repository since then
    would change what draw() computes now."""
    rows = [l.split() for l in open(os.path.join(HERE, "drawn.txt"), encoding="utf-8")
            if l.strip() and not l.startswith("#")]
    return [(r[0], r[1]) for r in rows]


def resolve(work, out):
    split = dict(drawn())
    rows, texts = [], {}
    lines = [l.rstrip("\n") for l in open(work, encoding="utf-8") if l.strip() and
             not l.startswith("#")]
    need = {l.split(" | ")[0].strip() for l in lines}
    for d in articles(need):
        texts[d["id"]] = d["text"].encode()
    last = {}
    bad = 0
    for l in lines:
        f = [x.strip() for x in l.split(" | ")]
        i = f[0]
        if i not in split:
            print("not in the set:", i, file=sys.stderr)
            bad += 1
            continue
        try:
            if f[1] == "Q":
                s, e = span(texts[i], f[3], last.get(i, 0))
                last[i] = s
                rows.append([i, split[i], "Q", s, e, f[2], f[4]])
            elif f[1] == "E":
                s, e = span(texts[i], f[7])
                rows.append([i, split[i], "E", s, e, f[2], f[3].replace("; ", ";"), f[4], f[5],
                             f[6]])
            else:
                rows.append([i, split[i], "-"])
        except (ValueError, IndexError) as x:
            print(i, x, "::", l[:120], file=sys.stderr)
            bad += 1
    with open(out, "w", encoding="utf-8") as o:
        o.write("# recall set (docs/EVENTS.md \"Recall set\"): SaudiNewsNet ids, byte offsets\n")
        o.write("# Q: id split Q start end speaker direct(d|r)\n")
        o.write("# E: id split E sent_start sent_end type actors(;) place date status\n")
        o.write("# -: id split -  (an article with no quote and no event)\n")
        for r in rows:
            o.write("\t".join(str(x) for x in r) + "\n")
    print("%d labels, %d bad" % (len(rows), bad), file=sys.stderr)
    return bad


def load(path, which):
    keep = None
    if which in SUBPARTS:
        part, a, z = SUBPARTS[which]
        keep = set([i for i, s in drawn() if s == part][a:z])
        which = part
    gold = {}
    for l in open(path, encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        f = l.rstrip("\n").split("\t")
        if which == "all" and f[1] not in READ_PARTS:
            continue
        if which != "all" and f[1] != which or keep is not None and f[0] not in keep:
            continue
        g = gold.setdefault(f[0], {"Q": [], "E": []})
        if f[2] == "Q":
            g["Q"].append({"start": int(f[3]), "end": int(f[4]), "speaker": f[5],
                           "direct": f[6] == "d"})
        elif f[2] == "E":
            g["E"].append({"start": int(f[3]), "end": int(f[4]), "type": f[5],
                           "actors": [a for a in f[6].split(";") if a.strip() not in ("", "-")],
                           "place": f[7], "date": f[8], "status": f[9]})
    return gold


# ---------------------------------------------------------------- scoring
AR = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ـ": None})


def words(s):
    s = re.sub(r"[\u064b-\u0652]", "", s or "").translate(AR)
    return {w[2:] if w.startswith("ال") and len(w) > 4 else w
            for w in re.findall(r"\w+", s) if len(w) > 2}


def same_name(gold, sys_name):
    """A system speaker or actor is the gold one when they share a word of three letters or
    more (ال- taken off): فلاديمير بوتين ~ بوتين; an unnamed source ~ its description. A name
    with no such word (لو جي وي) is the same when its words are all the other's (quotes7)."""
    if words(gold) & words(sys_name):
        return True
    short = lambda x: set(re.findall(r"\w+", re.sub(r"[\u064b-\u0652]", "", x or "").translate(AR)))
    g, n = short(gold), short(sys_name)
    return bool(n) and not words(sys_name) and n <= g


def overlap(a0, a1, b0, b1):
    return max(0, min(a1, b1) - max(a0, b0))


def run_rasd(rasd, ids):
    return analyze_docs(rasd, list(articles(set(ids))))


def analyze_docs(rasd, docs):
    """`rasd analyze` (one thread) of docs (records with id, published, text): id -> its
    analysis (bench/seeds/events.py uses it too)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    try:
        out = subprocess.run([rasd, "analyze", "--threads", "1", t.name], check=True,
                             capture_output=True).stdout.decode()
    finally:
        os.unlink(t.name)
    res = {}
    for l in out.splitlines():
        d = json.loads(l)
        res[d["id"]] = d
    return res


# The guideline's kinds: rasd's killings (1823) and assassinations (186) are CAMEO 18x, which
# the guideline labels assault ("bombings, suicide attacks, assassinations, killings outside
# combat").
KIND = {"kill": "assault", "assassinate": "assault"}


def kind(s):
    """The guideline's kind of a system event."""
    return KIND.get(s["type"], s["type"])


def quote_speakers(q):
    sp = q.get("speaker")
    names = [sp.get("name") or ""] if sp else []
    names += [s.get("name") or "" for s in q.get("speakers", []) or []]
    return [n for n in names if n]


def match_quotes(gold_q, sq):
    """One article's gold quotes (start, end, speaker) against rasd's quotes sq, as the
    recall set counts them (bench/seeds/quotes.py too). A gold quote is found by a quote of
    rasd overlapping it by at least half of the shorter; its speaker is right when one of the
    speakers of rasd's quotes with that span shares a name with it (people named together
    are one quote a speaker, the same span: quotes2; two parties, quotes7). Returns, for each
    gold quote, None (missed) or (rasd's first quote finding it, those speakers' names, right
    or not); for each of rasd's quotes, whether it found a gold quote, and whether it is true
    (it found one, or overlaps one at all)."""
    hit = [False] * len(sq)
    found = []
    for q in gold_q:
        best = None
        for k, s in enumerate(sq):
            o = overlap(q["start"], q["end"], s["start"], s["end"])
            if o * 2 >= min(q["end"] - q["start"], s["end"] - s["start"]):
                hit[k] = True
                best = best or s
        if best is None:
            found.append(None)
            continue
        names = [n for s in sq if (s["start"], s["end"]) == (best["start"], best["end"])
                 for n in quote_speakers(s)]
        found.append((best, names, any(same_name(q["speaker"], n) for n in names)))
    true = [hit[k] or any(overlap(s["start"], s["end"], q["start"], q["end"]) > 0
                          for q in gold_q) for k, s in enumerate(sq)]
    return found, hit, true


def match_events(gold_e, se):
    """The greedy matching of gold events to rasd's events se: a gold event is found by the
    first unused event of its kind whose sentence overlaps its span. Returns (hits, used): per
    gold event the event that found it or None; per event of se whether it found one."""
    used, hits = [False] * len(se), []
    for e in gold_e:
        hit = None
        for k, s in enumerate(se):
            ss = s.get("sentence") or [0, 0]
            if not used[k] and kind(s) == e["type"] and \
                    overlap(e["start"], e["end"], ss[0], ss[1]) > 0:
                used[k], hit = True, s
                break
        hits.append(hit)
    return hits, used


def score(rasd, which, labels, verbose):
    gold = load(labels, which)
    out = run_rasd(rasd, gold.keys())
    c = {"gq": 0, "fq": 0, "aq": 0, "sq": 0, "tq": 0, "gdir": 0, "fdir": 0, "grep": 0, "frep": 0}
    ev = {}
    for i, g in sorted(gold.items()):
        r = out.get(i, {})
        text = None
        sq = [] if which in EVENTS_ONLY else r.get("quotes", [])
        found, hit, true = match_quotes(g["Q"], sq)
        for q, m in zip(g["Q"], found):
            c["gq"] += 1
            c["gdir" if q["direct"] else "grep"] += 1
            if m:
                best, _names, ok = m
                c["fq"] += 1
                c["fdir" if q["direct"] else "frep"] += 1
                c["aq"] += ok
                if verbose and not ok:
                    print("  wrong speaker", i, q["start"], q["speaker"], "<-",
                          quote_speakers(best))
            elif verbose:
                print("  missed", i, q["start"], q["end"], q["speaker"])
        for k, s in enumerate(sq):
            c["sq"] += 1
            c["tq"] += true[k]
            if verbose and not hit[k]:
                print("  extra", i, s["start"], s["end"], quote_speakers(s))
        se = [] if which in QUOTES_ONLY else r.get("events", [])
        hits, used = match_events(g["E"], se)
        for e, s in zip(g["E"], hits):
            t = ev.setdefault(e["type"], [0, 0, 0, 0, 0, 0])
            t[0] += 1
            if s is not None:
                t[1] += 1
                names = [a.get("name") or "" for a in s.get("actors", [])]
                t[2] += all(any(same_name(a, n) for n in names) for a in e["actors"])
                t[5] += s.get("status", "occurred") == e["status"]
            elif verbose:
                print("  missed event", i, e["type"], e["actors"])
        for k, s in enumerate(se):
            t = ev.setdefault(kind(s), [0, 0, 0, 0, 0, 0])
            t[3] += 1
            ss = s.get("sentence") or [0, 0]
            t[4] += used[k] or any(overlap(e["start"], e["end"], ss[0], ss[1]) > 0 and
                                   e["type"] == kind(s) for e in g["E"])
            if verbose and not used[k]:
                print("  extra event", i, s["type"], [a.get("name") for a in s["actors"]])
    f = lambda a, b: "%.2f" % (a / b) if b else "-"
    print("%s: %d articles" % (which, len(gold)))
    print("quotes  gold %d found %d recall %s attribution %s | system %d true %d precision %s"
          % (c["gq"], c["fq"], f(c["fq"], c["gq"]), f(c["aq"], c["fq"]), c["sq"], c["tq"],
             f(c["tq"], c["sq"])))
    print("  direct   %d/%d recall %s; reported %d/%d recall %s"
          % (c["fdir"], c["gdir"], f(c["fdir"], c["gdir"]), c["frep"], c["grep"],
             f(c["frep"], c["grep"])))
    tot = [0] * 6
    for k in sorted(ev):
        t = ev[k]
        tot = [a + b for a, b in zip(tot, t)]
        print("event %-10s gold %3d found %3d recall %s actors %s status %s | system %3d "
              "precision %s" % (k, t[0], t[1], f(t[1], t[0]), f(t[2], t[1]), f(t[5], t[1]),
                                t[3], f(t[4], t[3])))
    t = tot
    if which in QUOTES_ONLY:
        print("events  not labelled in %s" % which)
    else:
        print("events all        gold %3d found %3d recall %s actors %s status %s | system %3d "
              "precision %s" % (t[0], t[1], f(t[1], t[0]), f(t[2], t[1]), f(t[5], t[1]), t[3],
                                f(t[4], t[3])))
    r = lambda a, b: a / b if b else 1.0
    return {"recall": r(c["fq"], c["gq"]), "attribution": r(c["aq"], c["fq"]),
            "precision": r(c["tq"], c["sq"]), "event-recall": r(t[1], t[0]),
            "event-precision": r(t[4], t[3])}


def main(a):
    if not a or a[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    if a[0] == "draw":
        for i, s in draw():
            print(i, s)
    elif a[0] == "draw2":
        for i, s in draw2():
            print(i, s)
    elif a[0] == "draw3":
        for i, s in draw3():
            print(i, s)
    elif a[0] in ("draw4", "draw5"):
        four = a[0] == "draw4"
        for i, s in draw_after(SEED4 if four else SEED5, N2 if four else N5,
                               "dev4" if four else "dev5"):
            print(i, s)
    elif a[0] in UNSEEN_DRAWS:
        seed, name = UNSEEN_DRAWS[a[0]]
        for i, s in draw_after(seed, N6, name):
            print(i, s)
    elif a[0] == "show":
        show(a[1:])
    elif a[0] == "resolve":
        return 1 if resolve(a[1], a[2]) else 0
    elif a[0] == "score":
        rasd, which, labels, v = os.path.join(ROOT, "build", "rasd"), "all", LABELS, False
        floor = {}
        k = 1
        while k < len(a):
            if a[k] in ("--min-recall", "--min-attribution", "--min-precision",
                        "--min-event-recall", "--min-event-precision"):
                floor[a[k][6:]], k = float(a[k + 1]), k + 2
                continue
            if a[k] == "--rasd":
                rasd, k = a[k + 1], k + 1
            elif a[k] == "--split":
                which, k = a[k + 1], k + 1
            elif a[k] == "--labels":
                labels, k = a[k + 1], k + 1
            elif a[k] == "-v":
                v = True
            k += 1
        if not os.path.exists(SNN):
            print("recall: skipped (no ../shared)")
            return 0
        low = 0
        for w in (READ_PARTS if which == "all" else [which]):
            got = score(rasd, w, labels, v)
            for m, x in floor.items():
                if got[m] < x:
                    print("%s: %s %.2f under the floor %.2f" % (w, m if m.startswith("event")
                                                                  else "quote " + m, got[m], x))
                    low += 1
        return 1 if low else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
