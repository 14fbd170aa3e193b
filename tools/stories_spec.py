#!/usr/bin/env python3
"""tools/stories_spec.py — specific tokens shared by two reports of one day (issue 13, stories51).

    python3 tools/stories_spec.py CORPUS.jsonl.gz --labels L.tsv --hard H.tsv [--dump D.pickle]
                                 [--store S.db] [--df CACHE.pickle] [--show KIND]

Do two reports of one event share tokens that two reports of one topic do not? For every
pair of labelled articles of one day (the tuned days of the label file given: cut the unseen
days out of it first) it reads both texts (title and body) from the corpus and counts the
pairs that share at least one token of each kind:

  num_*    numbers (digits, Arabic-Indic or Latin, with their decimal or thousands marks), by
           kind: year (1900-2100 or 1400-1460), day (1-31 before a month's name), time
           (h:mm), pct (before % or في المئة / بالمئة), dec (a decimal: 7,512.34; 1.5), big
           (an integer of 100 or more), small (under 100); num_rare: any number of the
           corpus's df <= 20 (not a year, not a day)
  w_dfA-B  words (clitics و ب ل ف ك and the article ال cut, 3 letters or more) whose
           document frequency over the whole corpus is in [A, B]
  quote    a quoted phrase (between « » or " ", 2-12 words) of one found in the other's text
  g4       a word 4-gram (all four words of df <= 2000) of both texts

Pairs: gold (one story in the labels), hard (hard negatives), other (every other pair of one
day); with --store (a whole-corpus ingest), gold is split by its stories into found /
missed and hard into merged / apart, and pairs of exact or near copies
are left out. The unseen days are never read unless their labels are passed. Standard
library only.
"""
import argparse, collections, gzip, json, math, os, pickle, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
import stories_eval  # noqa: E402

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
DIAC = re.compile("[\u064B-\u0652\u0640]")
TOK = re.compile(r"[0-9]+(?:[.,٫:][0-9]+)*|[\u0621-\u064A]+|[A-Za-z]+|%")
QUOTE = re.compile(r"[«\"“]([^«»\"“”]{3,120})[»\"”]")
MONTHS = {"يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر",
          "اكتوبر", "نوفمبر", "ديسمبر", "محرم", "صفر", "ربيع", "جمادي", "رجب", "شعبان",
          "رمضان", "شوال", "القعده", "الحجه", "ذي", "تموز", "اب", "حزيران", "ايلول", "كانون",
          "تشرين", "شباط", "اذار", "نيسان", "ايار"}
BANDS = [(1, 2), (3, 5), (6, 20), (21, 100), (101, 500)]


def norm_word(w):
    w = w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي") \
         .replace("ة", "ه")
    for p in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    if w[:1] in "وبلفك" and len(w) >= 5:
        return w[1:]
    return w


def tokens(text):
    """[(kind, value)]: kind 'w' words, 'n' numbers (ASCII digits, '.' decimal), '%'."""
    text = DIAC.sub("", text.translate(DIGITS))
    out = []
    for m in TOK.finditer(text):
        t = m.group(0)
        if t[0].isdigit():
            t = t.replace("٫", ".")
            t = re.sub(r",(?=\d{3}(?!\d))", "", t)    # thousands marks
            out.append(("n", t.replace(",", ".")))
        elif t == "%":
            out.append(("%", t))
        else:
            out.append(("w", norm_word(t.lower())))
    return out


def num_kind(toks, i):
    v = toks[i][1]
    nxt = toks[i + 1][1] if i + 1 < len(toks) else ""
    nxt2 = toks[i + 2][1] if i + 2 < len(toks) else ""
    if ":" in v:
        return "time"
    if nxt == "%" or nxt in ("مئه", "مائه", "بالمئه", "بالمائه") or \
            (nxt == "في" and nxt2 in ("مئه", "مائه")):
        return "pct"
    if "." in v:
        return "dec"
    x = int(v) if v.isdigit() and len(v) < 10 else 10 ** 10
    if 1900 <= x <= 2100 or 1400 <= x <= 1460:
        return "year"
    if 1 <= x <= 31 and nxt in MONTHS:
        return "day"
    return "big" if x >= 100 else "small"


def features(text, df, ndoc):
    """An article's specific tokens: {kind: set(values)}."""
    toks = tokens(text)
    f = collections.defaultdict(set)
    for i, (k, v) in enumerate(toks):
        if k == "n":
            kind = num_kind(toks, i)
            f["num_" + kind].add(v)
            if kind not in ("year", "day") and df.get(("n", v), 0) <= 20:
                f["num_rare"].add(v)
        elif k == "w" and len(v) >= 3:
            d = df.get(("w", v), 0)
            for lo, hi in BANDS:
                if lo <= d <= hi:
                    f[f"w_df{lo}-{hi}"].add(v)
    words = [v for k, v in toks if k == "w"]
    for j in range(len(words) - 3):
        g = words[j:j + 4]
        if all(df.get(("w", w), 0) <= 2000 for w in g):
            f["g4"].add(" ".join(g))
    plain = " ".join(words)
    for m in QUOTE.finditer(DIAC.sub("", text.translate(DIGITS))):
        q = [v for k, v in tokens(m.group(1)) if k == "w"]
        if 2 <= len(q) <= 12:
            f["quote"].add(" ".join(q))
    f["_plain"] = plain
    return f


def corpus(path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def doc_freq(path):
    df, n = collections.Counter(), 0
    for a in corpus(path):
        n += 1
        df.update(set(tokens((a.get("title") or "") + "\n" + (a.get("text") or ""))))
    return df, n


KINDS = ["num_year", "num_day", "num_time", "num_pct", "num_dec", "num_big", "num_small",
         "num_rare"] + [f"w_df{lo}-{hi}" for lo, hi in BANDS] + ["quote", "g4"]


def shared(fa, fb, kind):
    if kind == "quote":     # a quoted phrase of one in the other's text
        return {q for q in fa["quote"] if q in fb["_plain"]} | \
            {q for q in fb["quote"] if q in fa["_plain"]}
    return fa.get(kind, set()) & fb.get(kind, set())


SET_KINDS = {"num": ("num_big", "num_dec", "num_pct", "num_time"), "numr": ("num_rare",),
             "g4": ("g4",), "quote": ("quote",), "w5": ("w_df1-2", "w_df3-5"),
             "w20": ("w_df1-2", "w_df3-5", "w_df6-20")}


def write_sets(o):
    """Every article's specific tokens by replay kind (SET_KINDS), as crc32 of the values."""
    import zlib
    with open(o.df, "rb") as fh:
        df, ndoc = pickle.load(fh)
    out = {}
    for a in corpus(o.corpus):
        f = features((a.get("title") or "") + "\n" + (a.get("text") or ""), df, ndoc)
        out[a["id"]] = {k: frozenset(zlib.crc32(v.encode()) for kk in ks for v in f.get(kk, ()))
                        for k, ks in SET_KINDS.items()}
    with open(o.sets, "wb") as fh:
        pickle.dump(out, fh)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--labels")
    ap.add_argument("--hard")
    ap.add_argument("--store", help="a whole-corpus ingest's store: main's stories and copies")
    ap.add_argument("--df", help="cache of the corpus's document frequencies")
    ap.add_argument("--show", help="print the missed gold / merged hard pairs' shared KIND")
    ap.add_argument("--sets", help="write every article's specific tokens (id -> {kind: set of"
                    " crc32}) here for the replay's --spec switch, and stop")
    o = ap.parse_args()
    if o.sets:
        write_sets(o)
        return
    lab = stories_eval.load_labels(o.labels, o.hard)
    tuned = {d for d, s in lab.split.items() if s == "tuned"}
    if o.df and os.path.exists(o.df):
        with open(o.df, "rb") as fh:
            df, ndoc = pickle.load(fh)
    else:
        df, ndoc = doc_freq(o.corpus)
        if o.df:
            with open(o.df, "wb") as fh:
                pickle.dump((df, ndoc), fh)
    feats, titles = {}, {}
    for a in corpus(o.corpus):
        if a["id"] in lab.day and lab.day[a["id"]] in tuned:
            feats[a["id"]] = features((a.get("title") or "") + "\n" + (a.get("text") or ""),
                                      df, ndoc)
            titles[a["id"]] = a.get("title") or ""
    story_of, copy = {}, set()
    if o.store:
        for n, g in enumerate(stories_eval.read_stories(o.store)):
            for i in g:
                story_of[i] = n
        import sqlite3
        db = sqlite3.connect(f"file:{o.store}?mode=ro", uri=True)
        for a, b in db.execute("SELECT x.id, y.id FROM dupes d JOIN articles x ON x.docid = d.a"
                               " JOIN articles y ON y.docid = d.b"
                               " WHERE d.kind IN ('exact', 'near')"):
            copy.add(frozenset((a, b)))
    hard = {frozenset(p) for p in lab.hard}
    byday = collections.defaultdict(list)
    for i in feats:
        byday[lab.day[i]].append(i)
    cnt = collections.defaultdict(collections.Counter)
    tot = collections.Counter()
    for d, ids in byday.items():
        ids.sort()
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                a, b = ids[x], ids[y]
                if frozenset((a, b)) in copy:
                    continue
                g = lab.story[a] == lab.story[b]
                cls = "gold" if g else "hard" if frozenset((a, b)) in hard else "other"
                if story_of:
                    same = story_of.get(a) == story_of.get(b)
                    if cls == "gold":
                        cls = "gold found" if same else "gold missed"
                    elif cls == "hard":
                        cls = "hard merged" if same else "hard apart"
                tot[cls] += 1
                fa, fb = feats[a], feats[b]
                for k in KINDS:
                    s = shared(fa, fb, k)
                    if s:
                        cnt[cls][k] += 1
                        if o.show == k and cls.startswith(("gold missed", "hard")):
                            print(f"{cls}\t{d}\t{a}\t{b}\t{' | '.join(sorted(s)[:6])}\t"
                                  f"{titles[a][:50]} || {titles[b][:50]}")
    classes = sorted(tot)
    print("| kind | " + " | ".join(f"{c} ({tot[c]})" for c in classes) + " |")
    print("|---|" + "---:|" * len(classes))
    for k in KINDS:
        print(f"| {k} | " + " | ".join(f"{cnt[c][k]} ({100 * cnt[c][k] / tot[c]:.0f} %)"
                                        for c in classes) + " |")


if __name__ == "__main__":
    main()
