#!/usr/bin/env python3
"""bench/mstat59/mstat.py — mentions of the event kinds' words, what they are when they
are no event, and a mention classifier measured leave one part out (issue 16, branch
mstat59, stop 51; docs/EVENTS.md "What a kind word's mention is when it is no event").

    python3 bench/mstat59/mstat.py prepare [--rasd build/rasd]   rasd analyze → build/mstat59/
    python3 bench/mstat59/mstat.py mentions     bench/mstat59/all_mentions.tsv and counts
    python3 bench/mstat59/mstat.py sample       the labelling sample (seed SEED) → sample.tsv
    python3 bench/mstat59/mstat.py show FILE [A Z]   the sample's rows A..Z with their context
    python3 bench/mstat59/mstat.py file         sample.tsv + labels.txt (the classes read) and
                                                the cues → mentions.tsv
    python3 bench/mstat59/mstat.py classes      the class table (Wilson), by kind → stdout
    python3 bench/mstat59/mstat.py cues         each cue's precision and reach, cues as adders
    python3 bench/mstat59/mstat.py lopo [--rasd] [--tag T]   the mention classifier, leave
                                                one part out → lopo{T}.md, scores{T}.tsv

Parts: every part of recall.py's `all` with events labelled (dev, unseen, dev5, unseen2 …
unseen27; dev2–dev4 have quotes only). unseen28 is blind: its ids are never read here.
A mention is a token whose light stem is a word of a kind in data/events.tsv (evml's
lexicon: the kinds' own rows and the trigger layer's rows); it is *in a gold event* when a
gold event of its kind overlaps its rasd sentence (the labels name no trigger word).
"""
import collections
import json
import math
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "evml"))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
import evml as E  # noqa: E402
import recall as R  # noqa: E402

CACHE = os.path.join(ROOT, "build", "mstat59")
PARTS = E.PARTS + ["unseen27"]
KINDS = E.KINDS
SEED = 5951          # the labelling sample's draw
NNEG, NPOS, MINK = 400, 100, 20


# The vocabulary: the one-word rows of data/events.tsv's kinds and of its trigger layer (V %
# 16 is the kind), as evml reads them; the first words of phrases only when they are a kind's
# own verb or verbal noun (ADD); light verbs that tell a kind only with their object (DROP:
# «قام بزيارة», «عقد اجتماعا», «فتح النار», «بدأ الهجوم»). A token matches a form as written,
# with و/ف and ب/ل/ك/ال cut, and with one object pronoun off.
ADD = {"meet": "اجتماعاته الاجتماع اللقاء القمه لقاءات مفاوضات المفاوضات مفاوضاته",
       "sign": "وقعا وقعوا",
       "assault": "الاعتداءات احراق اطلاق حرق",
       "fight": "الضربه الهجوم هجوم ضربه اندلعت"}
DROP = {"قام", "قامت", "عقد", "عقدت", "اجرت", "اجري", "فتح", "فتحت", "فتحوا", "نار", "النار",
        "بدا", "بدات"}
OBJ = ("هما", "هم", "ها", "ه")


def lexicon():
    """normalised form -> kinds."""
    lex = collections.defaultdict(set)
    for k, ws in E.kind_rows():
        if len(ws) == 1 and E.norm(ws[0]) not in DROP:
            lex[E.norm(ws[0])].add(k)
    for k, ws in ADD.items():
        for w in ws.split():
            lex[w].add(k)
    stems = collections.defaultdict(set)
    for w, ks in lex.items():
        if len(E.stem(w)) >= 4:
            stems[E.stem(w)].update(ks)
    lex["#stems"] = stems
    return lex


def match(lex, t, raw=""):
    """The kinds of token t (normalised; raw as written): the form, its proclitics cut, one
    object pronoun off (not on a word ending in teh marbuta: «وزارة» is no «زاره»), or the
    light stem of a form of four letters or more (present tense, plural, suffixes)."""
    for x in (t, E.cut(t)):
        if x in lex:
            return lex[x]
        if raw.endswith("ة"):
            continue
        for o in OBJ:
            if x.endswith(o) and len(x) - len(o) >= 3 and x[:-len(o)] in lex:
                return lex[x[:-len(o)]]
    st, c = E.stem(t), E.cut(t)
    if c.endswith(("ي", "يه", "ين", "ون", "ات", "ان", "تي")):
        return ()   # by stem only: no nisba (الاجتماعية), no plural of a person (المسؤولين)
    if len(st) >= 4 and st in lex.get("#stems", {}) and st != "مسؤول":
        return lex["#stems"][st]
    return ()


def part_of():
    keep = set(PARTS)
    return {i: s for i, s in R.drawn() if s in keep}


def prepare(rasd):
    os.makedirs(CACHE, exist_ok=True)
    po = part_of()
    docs = list(R.articles(set(po)))
    with open(os.path.join(CACHE, "docs.jsonl"), "w", encoding="utf-8") as o:
        for d in docs:
            o.write(json.dumps(d, ensure_ascii=False) + "\n")
    res = E.analyze(rasd, docs, [])
    with open(os.path.join(CACHE, "default.jsonl"), "w", encoding="utf-8") as o:
        for r in res:
            o.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(docs), "articles", len(res), "analyses", file=sys.stderr)


def load():
    docs, an = {}, {}
    for l in open(os.path.join(CACHE, "docs.jsonl"), encoding="utf-8"):
        d = json.loads(l)
        docs[d["id"]] = d
    for l in open(os.path.join(CACHE, "default.jsonl"), encoding="utf-8"):
        r = json.loads(l)
        an[r["id"]] = r
    return docs, an


# ---------------------------------------------------------------- mentions

def raw_of(text, a, b):
    return text[a:b].decode("utf-8", "ignore")


def mentions(docs, an, lex, gold):
    """Every (article, token) whose stem is a kind's word: dicts with id, part, start, end,
    word, kind, sentence index and span, token index in the sentence, gold (a gold event of
    the kind overlaps the sentence), rasd (the default reports the kind there)."""
    po = part_of()
    out = []
    for i in sorted(an):
        text = docs[i]["text"].encode()
        g = gold.get(i, {"E": []})["E"]
        evs = an[i].get("events", [])
        for k, (s, e) in enumerate(an[i]["sentences"]):
            toks = E.tokens(text, s, e)
            for j, (a, b, t) in enumerate(toks):
                for kind in sorted(match(lex, t, raw_of(text, a, b))):
                    out.append({
                        "id": i, "part": po[i], "start": a, "end": b, "kind": kind,
                        "word": text[a:b].decode("utf-8", "ignore"), "k": k, "s": s, "e": e,
                        "j": j,
                        "gold": sum(1 for x in g if x["type"] == kind and
                                    E.in_sent(x["start"], x["end"], s, e)),
                        "rasd": any(R.kind(ev) == kind and E.in_sent(
                            *(ev.get("sentence") or [0, 0]), s, e) for ev in evs)})
    return out


def setup():
    docs, an = load()
    lex = lexicon()
    po = part_of()
    gold = {i: g for i, g in R.load(R.LABELS, "all").items() if i in po}
    return docs, an, lex, gold, mentions(docs, an, lex, gold)


def cmd_mentions():
    docs, an, lex, gold, ms = setup()
    with open(os.path.join(HERE, "all_mentions.tsv"), "w", encoding="utf-8") as o:
        o.write("# every mention of a kind's word (evml lexicon) in the read parts; gold: "
                "gold events of the kind overlapping the sentence; rasd: the default reports "
                "the kind there\nid\tpart\tstart\tend\tword\tkind\tsentence\tgold\trasd\n")
        for m in ms:
            o.write("%s\t%s\t%d\t%d\t%s\t%s\t%d\t%d\t%d\n" % (
                m["id"], m["part"], m["start"], m["end"], m["word"], m["kind"], m["k"],
                m["gold"], m["rasd"]))
    by = collections.defaultdict(collections.Counter)
    for m in ms:
        for k in (m["kind"], "all"):
            by[k]["m"] += 1
            by[k]["g"] += m["gold"] > 0
    cover = collections.defaultdict(collections.Counter)
    idx = collections.defaultdict(set)
    for m in ms:
        idx[(m["id"], m["kind"])].add((m["s"], m["e"]))
    for i, g in gold.items():
        for x in g["E"]:
            hit = any(E.in_sent(x["start"], x["end"], s, e) for s, e in idx[(i, x["type"])])
            for k in (x["type"], "all"):
                cover[k]["n"] += 1
                cover[k]["w"] += hit
    print("| kind | mentions | in a gold event's sentence | share | gold events | with a "
          "mention | without (vocabulary misses) |\n|---|---|---|---|---|---|---|")
    for k in KINDS + ["all"]:
        c, v = by[k], cover[k]
        print("| %s | %d | %d | %.3f | %d | %d | %d |" % (
            k, c["m"], c["g"], c["g"] / max(c["m"], 1), v["n"], v["w"], v["n"] - v["w"]))


# ---------------------------------------------------------------- sample

def cmd_sample():
    docs, an, lex, gold, ms = setup()
    rnd = random.Random(SEED)
    neg = [m for m in ms if not m["gold"]]
    pos = [m for m in ms if m["gold"]]
    byk = collections.defaultdict(list)
    for m in neg:
        byk[m["kind"]].append(m)
    # in proportion to the kind's negatives, at least MINK where they exist
    quota = {k: max(min(MINK, len(v)), round(NNEG * len(v) / len(neg))) for k, v in byk.items()}
    over = sum(quota.values()) - NNEG
    while over > 0:   # take the excess off the largest kinds
        k = max(quota, key=lambda x: quota[x])
        quota[k] -= 1
        over -= 1
    pick = []
    for k in KINDS:
        pick += [("neg", m) for m in rnd.sample(byk[k], min(quota.get(k, 0), len(byk[k])))]
    pick += [("pos", m) for m in rnd.sample(pos, NPOS)]
    with open(os.path.join(HERE, "sample.tsv"), "w", encoding="utf-8") as o:
        o.write("n\tset\tid\tpart\tstart\tend\tword\tkind\tsentence\n")
        for n, (st, m) in enumerate(pick, 1):
            o.write("%d\t%s\t%s\t%s\t%d\t%d\t%s\t%s\t%d\n" % (
                n, st, m["id"], m["part"], m["start"], m["end"], m["word"], m["kind"], m["k"]))
    print(quota, len(pick), file=sys.stderr)


def cmd_show(path, a=1, z=10 ** 9):
    docs, an = load()
    gold = R.load(R.LABELS, "all")
    for l in open(path, encoding="utf-8"):
        f = l.rstrip("\n").split("\t")
        if not f[0].isdigit() or not a <= int(f[0]) <= z:
            continue
        i, s0, e0 = f[2], int(f[4]), int(f[5])
        text = docs[i]["text"].encode()
        for s, e in an[i]["sentences"]:
            if s <= s0 < e:
                break
        left = text[max(s, s0 - 420):s0].decode("utf-8", "ignore")
        right = text[e0:min(e, e0 + 300)].decode("utf-8", "ignore")
        ge = [x for x in gold.get(i, {"E": []})["E"] if x["type"] == f[7]]
        print("%s %s %s %s pub %s G%d | %s [[%s]] %s" % (
            f[0], f[1], f[7], i, (docs[i].get("published") or "")[:10], len(ge),
            " ".join(left.split()), f[6], " ".join(right.split())))



# ---------------------------------------------------------------- cues

def W(*ws):
    return {E.norm(w) for w in ws}


FUT = W("سوف", "لن")
PLAN = W("يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "المقرر", "مقرر", "المزمع", "مزمع",
         "المرتقب", "مرتقب", "المرتقبة", "مرتقبة", "يرتقب", "المنتظر", "المتوقع", "يتوقع",
         "يتوقع", "متوقع", "تستعد", "يستعد", "يسعى", "تسعى", "يريد", "تريد", "يرغب", "ترغب",
         "يأمل", "تأمل", "نأمل", "يخطط", "تخطط", "خطة", "قرر", "قررت", "تقرر", "سيتم",
         "يعتزمان", "تزمع", "يزمع", "بصدد", "الاستعداد", "استعدادا", "تمهيدا", "موعد")
NEXT = W("المقبل", "القادم", "المقبلة", "القادمة", "غدا", "لاحقا", "المقبلين")
NEG = W("لم", "لا", "لن", "عدم", "ما", "ليس", "ليست", "دون", "بدون", "غير", "نفى", "نفت",
        "ينفي", "تنفي", "رفض", "رفضت", "يرفض", "ترفض", "نفي", "لما")
# as written (folding would make «إن» «أن»): the clause's last eight words
COND = {"إذا", "إن", "لو", "لولا", "كلما", "مهما", "متى", "حال", "حالة", "وإذا", "فإذا", "ولو"}
NEED = W("أهمية", "ضرورة", "يجب", "ينبغي", "لابد", "بد", "وجوب", "يتعين", "أهميه", "ضروره")
GEN = W("كل", "دائما", "عادة", "ظاهرة", "مكافحة", "محاربة", "أشكال", "جميع", "أنواع",
        "مختلف", "منع", "لمنع", "حماية", "التصدي", "ضد")
PASTP = W("منذ", "سابق", "سابقة", "السابق", "السابقة", "سابقا", "آنذاك", "وقتها", "حينها",
          "التاريخ", "تاريخ", "عهد", "إبان", "ذكرى", "الذكرى")
DO = W("أجرى", "أجرت", "عقد", "عقدت", "شن", "شنت", "قام", "قامت", "نفذ", "نفذت", "شهد",
       "شهدت", "جرى", "جرت", "تم", "وقع", "وقعت", "أسفر", "أسفرت", "خلال", "اثر", "إثر")
YEAR = re.compile(r"\b(1[89]\d\d|20[0-4]\d)\b")


def cue_set(m, docs, an, toks):
    """The cues at mention m (its sentence's tokens toks; j its index): strings."""
    j = m["j"]
    t = toks[j][2]
    before = [x[2] for x in toks[max(0, j - 4):j]]
    near = [x[2] for x in toks[max(0, j - 2):j]]
    after = [x[2] for x in toks[j + 1:j + 5]]
    clause = [x[2] for x in toks[:j]]
    c = set()
    if any(w in FUT for w in before) or any(len(w) > 3 and w[0] == "س" and w[1] in "يتنا"
                                           for w in before[-3:]) or \
            (len(t) > 3 and t[0] == "س" and t[1] in "يتنا"):
        c.add("future")
    if any(w in PLAN for w in before) or any(w.lstrip("وف") in PLAN for w in before):
        c.add("plan")
    if any(w in NEXT for w in after + before):
        c.add("next")
    if any(w in NEG or w.lstrip("وف") in NEG for w in near):
        c.add("negated")
    text = docs[m["id"]]["text"].encode()
    raw = [E.DIAC.sub("", text[a:b].decode("utf-8", "ignore"))
           for a, b, _ in toks[max(0, j - 8):j]]
    if any(w in COND or w[1:] in COND and w[0] in "وف" for w in raw):
        c.add("conditional")
    if any(w.lstrip("وفبل") in NEED for w in near) or any(w.lstrip("وفبل") in NEED
                                                         for w in before):
        c.add("need")
    if any(w.lstrip("وفبل") in GEN for w in before):
        c.add("generic")
    if any(w.lstrip("وفبل") in PASTP for w in clause + after):
        c.add("pastword")
    if any(w.lstrip("وف") in DO for w in before):
        c.add("doverb")
    sent = text[m["s"]:m["e"]].decode("utf-8", "ignore")
    pub = (docs[m["id"]].get("published") or "")[:10]
    if pub and any(int(y) < int(pub[:4]) for y in YEAR.findall(sent)):
        c.add("oldyear")
    for d in an[m["id"]].get("dates", []):
        if E.in_sent(d["start"], d["end"], m["s"], m["e"]):
            v = (d.get("value") or "")[:10]
            if len(v) == 10 and pub:
                c.add("date_before" if v < pub else "date_same" if v == pub else "date_after")
    bare = t[1:] if len(t) > 3 and t[0] in "وف" else t
    if bare.startswith("ال") or bare[:3] in ("بال", "لل", "كال"):
        c.add("definite")
    elif bare[:1] in "يتن" and len(bare) > 3:
        c.add("present")
    for x in an[m["id"]].get("entities", []):
        if x["start"] <= m["start"] and m["end"] <= x["end"]:
            c.add("in_name:" + x["type"])
        elif j + 1 < len(toks) and x["start"] == toks[j + 1][0]:
            c.add("idafa_ent:" + x["type"])
    for q in an[m["id"]].get("quotes", []):
        if q["start"] <= m["start"] < q["end"]:
            c.add("in_quote")
    return c


def with_cues(docs, an, ms):
    toks = {}
    for m in ms:
        key = (m["id"], m["s"])
        if key not in toks:
            toks[key] = E.tokens(docs[m["id"]]["text"].encode(), m["s"], m["e"])
        m["toks"] = toks[key]
        m["cues"] = cue_set(m, docs, an, toks[key])
    return ms



# ---------------------------------------------------------------- classifier

EPOCHS, ETA = 6, 0.1      # as evml, fixed before the first run


def mention_feats(m, an, use_rasd):
    """A mention's features: its kind and stem, the stems around it, its cues (alone and
    with the kind), the sentence's entities; use_rasd adds the default's kinds in the
    sentence and whether a default event's trigger is this token (in sample: the rules were
    written on these parts)."""
    toks, j, k = m["toks"], m["j"], m["kind"]
    st = lambda x: E.stem(toks[x][2]) if 0 <= x < len(toks) else ("^" if x < 0 else "$")
    f = {"b", "k:" + k, "w:%s:%s" % (k, st(j))}
    for d in (-2, -1, 1, 2):
        f.add("n%d:%s" % (d, st(j + d)))
        f.add("kn%d:%s:%s" % (d, k, st(j + d)))
    for c in m["cues"]:
        f.add("c:" + c)
        f.add("kc:%s:%s" % (k, c))
    ents = collections.Counter(x["type"] for x in an.get("entities", [])
                               if E.in_sent(x["start"], x["end"], m["s"], m["e"]))
    for ty in ("PER", "ORG", "GPE"):
        f.add("e:%s:%d" % (ty, min(ents[ty], 2)))
    f.add("pos:%d" % min(m["k"], 3))
    f.add("j:%d" % min(j // 5, 4))
    if use_rasd:
        if m["rasd"]:
            f.add("D:" + k)
        for ev in an.get("events", []):
            tr = ev.get("trigger") or [0, 0]
            if tr[0] <= m["start"] < max(tr[1], tr[0] + 1):
                f.add("T:%s:%s" % (k, R.kind(ev)))
    return f


def train(xs, ys, nfeat, seed=E.SEED):
    return E.fit(list(zip(xs, ys)), nfeat, seed, EPOCHS, ETA)


def sentence_rows(an, po):
    return [{"id": i, "part": po[i], "k": k, "s": s, "e": e}
            for i in sorted(an) for k, (s, e) in enumerate(an[i]["sentences"])]


def to_sentences(rows, ms, sc):
    """Per sentence row, kind -> the best mention score of the kind there (0 without)."""
    best = collections.defaultdict(float)
    for m, p in zip(ms, sc):
        key = (m["id"], m["s"], m["kind"])
        best[key] = max(best[key], p)
    return [{k: best.get((r["id"], r["s"], k), 0.0) for k in KINDS} for r in rows]


def held_out_kinds(rows, scores, gold, base, parts, p=0.9):
    """As held_out, with a threshold per kind chosen on the other parts: part -> (gold,
    default found, found, reports, true, added reports, added true)."""
    res = {q: [0] * 7 for q in parts}
    for k in KINDS:
        for q in parts:
            ra = [(r, s) for r, s in zip(rows, scores) if r["part"] != q]
            rb = [(r, s) for r, s in zip(rows, scores) if r["part"] == q]
            _, bf, bn, bt, st = E.curve([r for r, _ in ra], [s for _, s in ra], gold, base,
                                        [k])
            th = E.at_precision(st, p, (bf, bn, bt))[3]
            g, f, n, t = E.apply_threshold([r for r, _ in rb], [s for _, s in rb], gold, base,
                                           [k], th)
            _, b0, bn0, bt0, _ = E.curve([r for r, _ in rb], [], gold, base, [k])
            res[q] = [a + b for a, b in zip(res[q], (g, b0, f, n, t, n - bn0, t - bt0))]
    return res


def held_out(rows, scores, gold, base, parts, p=0.9):
    """Per held part, the threshold chosen at precision ≥ p on the other parts' (LOPO)
    curve of default+model, applied to the part: part -> (gold, default found, found,
    reports, true, added reports, added true, threshold)."""
    res = {}
    for q in parts:
        ra = [(r, s) for r, s in zip(rows, scores) if r["part"] != q]
        rb = [(r, s) for r, s in zip(rows, scores) if r["part"] == q]
        _, bf, bn, bt, st = E.curve([r for r, _ in ra], [s for _, s in ra], gold, base, KINDS)
        th = E.at_precision(st, p, (bf, bn, bt))[3]
        g, f, n, t = E.apply_threshold([r for r, _ in rb], [s for _, s in rb], gold, base,
                                       KINDS, th)
        _, b0, bn0, bt0, _ = E.curve([r for r, _ in rb], [], gold, base, KINDS)
        res[q] = (g, b0, f, n, t, n - bn0, t - bt0, th)
    return res


def cmd_lopo(use_rasd, tag):
    docs, an, lex, gold, ms = setup()
    with_cues(docs, an, ms)
    po = part_of()
    voc = E.Vocab()
    xs = [voc.of(sorted(mention_feats(m, an[m["id"]], use_rasd))) for m in ms]
    ys = [1.0 if m["gold"] else 0.0 for m in ms]
    sc = [0.0] * len(ms)
    for q in PARTS:
        tr = [j for j, m in enumerate(ms) if m["part"] != q]
        w = train([xs[j] for j in tr], [ys[j] for j in tr], len(voc.ids))
        for j, m in enumerate(ms):
            if m["part"] == q:
                sc[j] = E.sigmoid(sum([w[f] for f in xs[j] if f < len(w)]))
        print("  fold", q, file=sys.stderr)
    with open(os.path.join(HERE, "scores%s.tsv" % tag), "w", encoding="utf-8") as o:
        o.write("id\tpart\tstart\tkind\tgold\tscore\n")
        for m, p in zip(ms, sc):
            o.write("%s\t%s\t%d\t%s\t%d\t%.4f\n" % (m["id"], m["part"], m["start"], m["kind"],
                                                   m["gold"] > 0, p))
    rows = sentence_rows(an, po)
    scores = to_sentences(rows, ms, sc)
    gold_all = {i: gold.get(i, {"Q": [], "E": []}) for i in an}
    base = {i: [(*(ev.get("sentence") or [0, 0]), R.kind(ev)) for ev in an[i].get("events", [])]
            for i in an}
    with open(os.path.join(HERE, "lopo%s.md" % tag), "w", encoding="utf-8") as o:
        o.write("# mstat59 mention classifier, LOPO%s: %d parts, %d articles, %d mentions "
                "(%d in a gold event's sentence of their kind), %d features, %d gold events\n\n"
                % (" with rasd's default output as features (in sample)" if use_rasd else
                   ", text only (no rasd event output)", len(PARTS), len(an), len(ms),
                   sum(ys), len(voc.ids), sum(len(g["E"]) for g in gold_all.values())))
        o.write("A sentence's score for a kind is its best mention's. Pooled: the threshold "
                "read off the pooled LOPO curve (optimistic, as evml's R@P). Held out: per "
                "part, the threshold chosen at P ≥ 0.90 on the other parts' curve.\n\n")
        gains = E.report(rows, scores, gold_all, {"rules": base, "default": base, "all": base},
                         o, "Pooled LOPO curve (rules/all columns repeat the default)")
        ho = held_out(rows, scores, gold_all, base, PARTS)
        o.write("## Held out: threshold from the other parts (P ≥ 0.90 of default+model)\n\n"
                "| part | gold | default found | default+model found | reports | true | P "
                "| added reports | added true | threshold |\n|---|---|---|---|---|---|---|---|"
                "---|---|\n")
        tot = [0] * 7
        for q in PARTS:
            v = ho[q]
            tot = [a + b for a, b in zip(tot, v[:7])]
            o.write("| %s | %d | %d | %d | %d | %d | %s | %d | %d | %.3f |\n" % (
                q, v[0], v[1], v[2], v[3], v[4], E.fmt(v[4], v[3]), v[5], v[6], v[7]))
        o.write("| **all** | %d | %d | %d | %d | %d | %s | %d | %d | |\n\n" % (
            tot[0], tot[1], tot[2], tot[3], tot[4], E.fmt(tot[4], tot[3]), tot[5], tot[6]))
        gained = sum(1 for q in PARTS if ho[q][2] > ho[q][1])
        o.write("Gold events gained held out: %+d over %d parts (added reports %d, of them "
                "true %d).\n\n" % (tot[2] - tot[1], gained, tot[5], tot[6]))
        hk = held_out_kinds(rows, scores, gold_all, base, PARTS)
        tk = [sum(hk[q][x] for q in PARTS) for x in range(7)]
        o.write("## Held out, a threshold per kind (P ≥ 0.90 of default+model of the kind on "
                "the other parts)\n\n| part | gold | default found | default+model found | "
                "added reports | added true |\n|---|---|---|---|---|---|\n")
        for q in PARTS:
            v = hk[q]
            o.write("| %s | %d | %d | %d | %d | %d |\n" % (q, v[0], v[1], v[2], v[5], v[6]))
        o.write("| **all** | %d | %d | %d (P %s) | %d | %d |\n\n" % (
            tk[0], tk[1], tk[2], E.fmt(tk[4], tk[3]), tk[5], tk[6]))
        o.write("Per-kind thresholds: %+d gold events over %d parts (added reports %d, true "
                "%d).\n" % (tk[2] - tk[1], sum(1 for q in PARTS if hk[q][2] > hk[q][1]),
                             tk[5], tk[6]))
    print(open(os.path.join(HERE, "lopo%s.md" % tag), encoding="utf-8").read())



# ---------------------------------------------------------------- labels and cues

CLASSES = [("gen", "generic / habitual"), ("plan", "planned / future / expected"),
           ("hyp", "hypothetical / conditional / a wish"), ("neg", "negated / denied"),
           ("hist", "historical (before the article's news)"),
           ("sense", "other sense (no event of its kind)"), ("name", "part of a name or title"),
           ("fig", "figurative"), ("rep", "a repeat mention of a gold event told elsewhere"),
           ("miss", "a reportable event the labels miss (label error)"), ("oth", "other")]


def wilson(k, n, z=1.96):
    if not n:
        return (0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def labelled():
    """The sample's rows with their class and note (labels.txt), cues and context."""
    docs, an, lex, gold, ms = setup()
    with_cues(docs, an, ms)
    by = {(m["id"], m["start"], m["kind"]): m for m in ms}
    lab = {}
    for l in open(os.path.join(HERE, "labels.txt"), encoding="utf-8"):
        f = l.rstrip("\n").split("\t")
        lab[int(f[0])] = (f[1], f[2] if len(f) > 2 else "")
    rows = []
    for l in open(os.path.join(HERE, "sample.tsv"), encoding="utf-8"):
        f = l.rstrip("\n").split("\t")
        if not f[0].isdigit():
            continue
        m = by[(f[2], int(f[4]), f[7])]
        c, note = lab[int(f[0])]
        toks = m["toks"]
        j = m["j"]
        ctx = " ".join(x[2] for x in toks[max(0, j - 6):j]) + " [" + m["word"] + "] " + \
            " ".join(x[2] for x in toks[j + 1:j + 5])
        rows.append(dict(m, n=int(f[0]), set=f[1], cls=c, note=note, ctx=ctx))
    return rows, ms


def cmd_file():
    rows, _ = labelled()
    with open(os.path.join(HERE, "mentions.tsv"), "w", encoding="utf-8") as o:
        o.write("# mstat59 labelled mentions (seed %d): 400 outside a gold event's sentence of "
                "their kind (neg) and 100 inside one (pos); class: %s; pos: trg (the gold "
                "event's trigger) or notrg (another word of the kind in its sentence); cues: "
                "mstat.py's cue_set; context: normalised tokens around the mention\n" % (
                    SEED, ", ".join("%s = %s" % c for c in CLASSES)))
        o.write("n\tset\tid\tpart\tstart\tend\tword\tkind\tclass\tnote\tcues\tcontext\n")
        for r in rows:
            o.write("%d\t%s\t%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n" % (
                r["n"], r["set"], r["id"], r["part"], r["start"], r["end"], r["word"],
                r["kind"], r["cls"], r["note"], ",".join(sorted(r["cues"])), r["ctx"]))


def cmd_classes():
    rows, ms = labelled()
    neg = [r for r in rows if r["set"] == "neg"]
    n = len(neg)
    out = ["| class | count | share | 95% Wilson | share weighted by kind | examples |",
           "|---|---|---|---|---|---|"]
    ms_neg = collections.Counter(m["kind"] for m in ms if not m["gold"])
    samp = collections.Counter(r["kind"] for r in neg)
    wsum = sum(ms_neg[r["kind"]] / samp[r["kind"]] for r in neg)
    for c, name in CLASSES:
        rs = [r for r in neg if r["cls"] == c]
        lo, hi = wilson(len(rs), n)
        ex = "; ".join("«%s» (%s, %s: %s)" % (r["ctx"], r["kind"], r["id"], r["note"])
                       for r in rs[:2])
        wsh = sum(ms_neg[r["kind"]] / samp[r["kind"]] for r in rs) / wsum
        out.append("| %s | %d | %.3f | [%.3f, %.3f] | %.3f | %s |" % (
            name, len(rs), len(rs) / n, lo, hi, wsh, ex))
    out.append("| **all** | %d | | | | |" % n)
    out += ["", "By kind (negatives):", "",
            "| kind | n | " + " | ".join(c for c, _ in CLASSES) + " |",
            "|---|---|" + "---|" * len(CLASSES)]
    for k in KINDS:
        rs = [r for r in neg if r["kind"] == k]
        cc = collections.Counter(r["cls"] for r in rs)
        out.append("| %s | %d | %s |" % (k, len(rs), " | ".join(str(cc[c]) for c, _ in
                                                                 CLASSES)))
    pos = [r for r in rows if r["set"] == "pos"]
    cc = collections.Counter(r["cls"] for r in pos)
    out += ["", "Positives: %d, trigger %d, another word of the kind in the gold sentence %d."
            % (len(pos), cc["trg"], cc["notrg"])]
    print("\n".join(out))



def cmd_cues():
    """Each cue over every mention (gold as the label) and over the labelled sample."""
    rows, ms = labelled()
    allc = collections.Counter(c for m in ms for c in m["cues"])
    gold = collections.Counter(c for m in ms if m["gold"] for c in m["cues"])
    nneg = sum(1 for m in ms if not m["gold"])
    npos = len(ms) - nneg
    base = nneg / len(ms)
    out = ["Every mention (%d; %d in a gold event's sentence of their kind, %d not: a mention "
           "picked at random is no event with probability %.3f):" % (len(ms), npos, nneg, base),
           "", "| cue | mentions | in gold | not gold | P(no event) [95%%] | reach: share of "
           "the %d no-event mentions | gold lost | sample: negatives with it, by class | "
           "sample: positives |" % nneg, "|---|---|---|---|---|---|---|---|---|"]
    for c, n in sorted(allc.items(), key=lambda x: -x[1]):
        g = gold[c]
        lo, hi = wilson(n - g, n)
        cl = collections.Counter(r["cls"] for r in rows if r["set"] == "neg" and c in r["cues"])
        pp = sum(1 for r in rows if r["set"] == "pos" and c in r["cues"])
        out.append("| %s | %d | %d | %d | %.2f [%.2f, %.2f] | %.3f | %d | %s | %d |" % (
            c, n, g, n - g, (n - g) / n, lo, hi, (n - g) / nneg, g,
            ", ".join("%s %d" % kv for kv in cl.most_common(4)), pp))
    out += ["", "A cue as a rule that adds events: every mention with the cue (or, for the "
            "no-event cues, every mention *without* it) reported as an event of its kind in "
            "a sentence where rasd's default has none of the kind; scored as recall.py "
            "(one gold event per report, a report true when a gold event of its kind is in "
            "its sentence):", "", "| rule | reports | true | precision | gold events gained | "
            "parts gained |", "|---|---|---|---|---|---|"]
    docs, an = load()
    po = part_of()
    gold_of = R.load(R.LABELS, "all")
    base = {i: [(*(ev.get("sentence") or [0, 0]), R.kind(ev)) for ev in an[i].get("events", [])]
            for i in an}
    rules = [("with " + c, lambda m, c=c: c in m["cues"]) for c in sorted(allc)]
    rules += [("every mention", lambda m: True),
              ("no no-event cue (negated, conditional, future, plan, need, generic, next, "
               "oldyear, in_name)", lambda m: not m["cues"] & {
                   "negated", "conditional", "future", "plan", "need", "generic", "next",
                   "oldyear", "in_name:PER", "in_name:ORG", "in_name:LOC", "in_name:MISC"})]
    for name, ok in rules:
        rep = collections.defaultdict(list)
        for m in ms:
            if ok(m) and not m["rasd"] and (m["s"], m["e"], m["kind"]) not in rep[m["id"]]:
                rep[m["id"]].append((m["s"], m["e"], m["kind"]))
        n = t = f = 0
        parts = set()
        for i, rs in rep.items():
            g = gold_of.get(i, {"E": []})["E"]
            hits, _ = R.match_events(g, [{"type": k, "sentence": [a, b]}
                                         for a, b, k in base[i]])
            used = [h is not None for h in hits]
            for a, b, k in rs:
                n += 1
                tr = False
                for j, x in enumerate(g):
                    if x["type"] == k and E.in_sent(x["start"], x["end"], a, b):
                        tr = True
                        if not used[j]:
                            used[j] = True
                            f += 1
                            parts.add(po[i])
                            break
                t += tr
        if n:
            out.append("| %s | %d | %d | %.2f | %d | %d |" % (name, n, t, t / n, f, len(parts)))
    print("\n".join(out))


if __name__ == "__main__":
    a = sys.argv[1:]
    if not a:
        print(__doc__)
    elif a[0] == "prepare":
        prepare(a[a.index("--rasd") + 1] if "--rasd" in a else os.path.join(ROOT, "build",
                                                                                "rasd"))
    elif a[0] == "mentions":
        cmd_mentions()
    elif a[0] == "sample":
        cmd_sample()
    elif a[0] == "lopo":
        cmd_lopo("--rasd" in a, a[a.index("--tag") + 1] if "--tag" in a else "")
    elif a[0] == "file":
        cmd_file()
    elif a[0] == "classes":
        cmd_classes()
    elif a[0] == "cues":
        cmd_cues()
    elif a[0] == "show":
        cmd_show(a[1], *[int(x) for x in a[2:4]])
