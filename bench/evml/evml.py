#!/usr/bin/env python3
"""bench/evml/evml.py — how far a learned sentence-level event detector gets on the recall
set's labels, leave one part out (issue 16, branch evml, stop 50; docs/EVENTS.md "A learned
event detector, measured").

    python3 bench/evml/evml.py prepare [--rasd build/rasd]   rasd's analyses (build/evml/)
    python3 bench/evml/evml.py lopo [--judged] [--text-only] [--tag T]   LOPO model, tables
    python3 bench/evml/evml.py render [--tag T] [--judged N] [--text-only]   tables again
    python3 bench/evml/evml.py curve [--text-only] [--tag T] [--seed S]   learning curve (5..25 parts)
    python3 bench/evml/evml.py fresh --seed S --n N --kinds K,K  the model's additions on
                                                       fresh articles, as judge rows
    python3 bench/evml/evml.py misses                          bench/evml/misses.md
    python3 bench/evml/evml.py data                            bench/evml/sentences.tsv

Data. Every part of tests/data/recall_snn.tsv with events labelled (dev, unseen, dev5,
unseen2 … unseen26: `recall.load`; never unseen27, which this script neither reads nor runs
rasd on: its ids are only used to leave them out). The unit is a (sentence, kind) pair, the
sentences being rasd's ("sentences" of `rasd analyze`); a pair is positive when a gold event
of that kind overlaps the sentence (recall.py's precision rule), negative otherwise (the
labels are complete for these articles). rasd's own events come from three runs: rules
alone (`--no-event-triggers`), the default (rules + the default trigger kinds) and
`--event-triggers` (every layer kind).

Model. One logistic regression per kind (averaged SGD, Python stdlib), features of the
sentence: light stems (Larkey's light10, after hamza/teh/alef-maqsura folding), the word
pairs around candidate triggers (words of data/events.tsv's kinds and rasd's own triggers),
PER/ORG/GPE entities present and how many, rasd's events by kind in the sentence from the
rules, from the default layer and from the full layer (so the model can lean on them),
quote overlap, a date and whether it is before, on or after the publication day, the
sentence's place in the article. Hyper-parameters fixed before the first run (EPOCHS, ETA).

Scoring is recall.py's: a report (a sentence and a kind) is true when a gold event of its kind
overlaps its sentence, and finds one unused gold event of its kind there (greedy, best score
first). A model report in a sentence where the baseline (rasd) already reports that kind is
not added. Curves are pooled over the held parts (LOPO); recall at precision ≥ P is the best
prefix of the ranking; the threshold is also cross-checked (chosen on half the parts, applied
to the other half).
"""
import collections
import csv
import glob
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
import recall as R  # noqa: E402

CACHE = os.path.join(ROOT, "build", "evml")
KINDS = ["meet", "visit", "host", "agree", "sign", "appeal", "criticize", "accuse",
         "threaten", "assault", "fight"]
PARTS = ["dev", "unseen", "dev5"] + ["unseen%d" % k for k in range(2, 27)]
CONFIGS = {"rules": ["--no-event-triggers"], "default": [], "all": ["--event-triggers"]}
EPOCHS, ETA, SEED = 6, 0.1, 50


# ---------------------------------------------------------------- text

AR = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": None})
DIAC = re.compile(r"[\u064b-\u0652\u0670]")
TOK = re.compile(r"[\u0621-\u064a]+|[A-Za-z]+|\d+")
PREF = ["وال", "بال", "كال", "فال", "لل", "ال"]
SUFF = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"]


def norm(s):
    return DIAC.sub("", s).translate(AR)


def cut(t):
    """A token with its proclitics cut (و، ف، then ب، ل، ك, then ال)."""
    if len(t) > 3 and t[0] in "وف":
        t = t[1:]
    for p in PREF:
        if t.startswith(p) and len(t) - len(p) >= 2:
            return t[len(p):]
    if len(t) > 3 and t[0] in "بلك":
        t = t[1:]
    return t


def stem(t):
    """light10: proclitics, then one suffix at most, leaving two letters or more."""
    t = cut(t)
    for s in SUFF:
        if t.endswith(s) and len(t) - len(s) >= 2:
            return t[:-len(s)]
    return t


def tokens(text, a, b):
    """(start, end, normalised token) in bytes a..b of text (bytes)."""
    s = text[a:b].decode("utf-8", "ignore")
    out = []
    for m in TOK.finditer(s):
        st = a + len(s[:m.start()].encode())
        out.append((st, st + len(m.group().encode()), norm(m.group())))
    return out


def kind_rows():
    """(kind, words) of every row of data/events.tsv that names a guideline kind: the kinds'
    own rows and the trigger layer's rows (V % 16 is the kind); mstat59 reads them too."""
    for line in open(os.path.join(ROOT, "data", "events.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) < 3:
            continue
        k = f[0]
        if k == "trigger":
            try:
                v = int(f[1]) % 16
            except ValueError:
                continue
            if 1 <= v <= 11:
                k = KINDS[v - 1]
        if k in KINDS:
            yield k, f[2].split()


def lexicon():
    """stem -> kinds, from kind_rows (the first word of a phrase)."""
    lex = collections.defaultdict(set)
    for k, ws in kind_rows():
        lex[stem(norm(ws[0]))].add(k)
    return lex


# ---------------------------------------------------------------- data

def part_ids():
    """(id, part) of the parts with events labelled, in drawn.txt order."""
    keep = set(PARTS)
    return [(i, s) for i, s in R.drawn() if s in keep]


def judged_rows():
    """Event rows of bench/judged with a verdict: (article, kind, start, label 0/1).
    Articles of drawn.txt (every recall part, unseen27 too) are left out, and so is
    bench/judged/evml_fresh.tsv (made after the runs, from this model's rows)."""
    drawn = {i for i, _ in R.drawn()}
    rows = []
    for f in sorted(glob.glob(os.path.join(ROOT, "bench", "judged", "*.tsv"))):
        if os.path.basename(f).startswith("evml"):
            continue   # this study's own fresh check, judged after the runs
        lines = [l for l in open(f, encoding="utf-8") if not l.startswith("#")]
        rd = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        for r in rd:
            k = R.KIND.get(r.get("kind") or "", r.get("kind") or "")
            v = (r.get("verdict") or "").strip()
            if k not in KINDS or v not in ("right", "partly", "wrong") or \
                    not (r.get("start") or "").isdigit() or r["article"] in drawn:
                continue
            rows.append((r["article"], k, int(r["start"]), 0 if v == "wrong" else 1))
    return rows


def analyze(rasd, docs, flags):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                     encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    try:
        out = subprocess.run(["nice", "-n", "5", rasd, "analyze", "--threads", "1"] + flags +
                             [t.name], check=True, capture_output=True).stdout.decode()
    finally:
        os.unlink(t.name)
    return [json.loads(l) for l in out.splitlines()]


def prepare(rasd):
    os.makedirs(CACHE, exist_ok=True)
    ids = {i for i, _ in part_ids()} | {r[0] for r in judged_rows()}
    docs = [d for d in R.articles(ids)]
    with open(os.path.join(CACHE, "docs.jsonl"), "w", encoding="utf-8") as o:
        for d in docs:
            o.write(json.dumps(d, ensure_ascii=False) + "\n")
    for name, flags in CONFIGS.items():
        res = analyze(rasd, docs, flags)
        with open(os.path.join(CACHE, name + ".jsonl"), "w", encoding="utf-8") as o:
            for r in res:
                o.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(res), "articles", file=sys.stderr)


def load_cache():
    docs = {}
    for l in open(os.path.join(CACHE, "docs.jsonl"), encoding="utf-8"):
        d = json.loads(l)
        docs[d["id"]] = d
    out = {}
    for name in CONFIGS:
        for l in open(os.path.join(CACHE, name + ".jsonl"), encoding="utf-8"):
            r = json.loads(l)
            out.setdefault(r["id"], {})[name] = r
    return docs, out


# ---------------------------------------------------------------- features

def in_sent(a, b, s, e):
    return R.overlap(a, b, s, e) > 0


def sent_features(doc, an, lex, k, s, e, text_only=False):
    """The feature strings of sentence k [s, e) of doc, from its analyses an (by config);
    text_only: none of rasd's events (no rule or layer output, no rasd trigger as a
    candidate), so that no feature was tuned on the labelled parts' events."""
    text = doc["text"].encode()
    toks = tokens(text, s, e)
    st = [stem(t) for _, _, t in toks]
    f = {"b"}
    f.update("s:" + x for x in st if len(x) > 1)
    trig = set()
    for name in () if text_only else CONFIGS:
        for ev in an[name].get("events", []):
            tr = ev.get("trigger") or [0, 0]
            if s <= tr[0] < e:
                trig.add(tr[0])
    for j, (a, b, t) in enumerate(toks):
        ks = lex.get(st[j], ())
        if not ks and a not in trig:
            continue
        for kk in ks:
            f.add("lx:" + kk)
        prev = st[j - 1] if j else "^"
        nxt = st[j + 1] if j + 1 < len(st) else "$"
        f.add("p:%s_%s" % (prev, st[j]))
        f.add("n:%s_%s" % (st[j], nxt))
        if t[:2] in ("سي", "ست", "سن") or (j and toks[j - 1][2] in ("سوف", "لن")):
            f.add("fut:" + st[j])
        if j and toks[j - 1][2] in ("لم", "لا", "لن", "عدم", "ما"):
            f.add("neg:" + st[j])
    ents = collections.Counter(x["type"] for x in an["default"].get("entities", [])
                               if in_sent(x["start"], x["end"], s, e))
    for ty in ("PER", "ORG", "GPE", "LOC"):
        if ents[ty]:
            f.add("e:" + ty)
            f.add("ne:%s:%d" % (ty, min(ents[ty], 3)))
    n = ents["PER"] + ents["ORG"] + ents["GPE"]
    f.add("nent:%d" % min(n, 4))
    if text_only:
        f.add("pos:%d" % min(k, 3))
        return quote_date_feats(f, doc, an, s, e, toks)
    seen = {}
    for name, tag in (("rules", "R"), ("default", "D"), ("all", "A")):
        ks = {R.kind(ev) for ev in an[name].get("events", [])
              if in_sent(*(ev.get("sentence") or [0, 0]), s, e)}
        seen[tag] = ks
    for kk in seen["R"]:
        f.add("R:" + kk)
    for kk in seen["D"] - seen["R"]:
        f.add("D:" + kk)
    for kk in seen["A"] - seen["D"]:
        f.add("A:" + kk)
    for kk in seen["D"]:
        f.add("DR:" + kk)
    for ev in an["all"].get("events", []):
        tr = ev.get("trigger") or [0, 0]
        if s <= tr[0] < e:
            f.add("tw:%s:%s" % (R.kind(ev), stem(norm(text[tr[0]:tr[1]].decode("utf-8",
                                                                               "ignore")))))
    f.add("pos:%d" % min(k, 3))
    return quote_date_feats(f, doc, an, s, e, toks)


def quote_date_feats(f, doc, an, s, e, toks):
    """Quote overlap, dates (before, on, after the publication day), sentence length."""
    qin = sum(R.overlap(q["start"], q["end"], s, e) for q in an["default"].get("quotes", []))
    if qin:
        f.add("q:in")
        if qin * 2 >= e - s:
            f.add("q:most")
    pub = (doc.get("published") or "")[:10]
    for d in an["default"].get("dates", []):
        if in_sent(d["start"], d["end"], s, e):
            f.add("d:")
            v = (d.get("value") or "")[:10]
            if len(v) == 10 and pub:
                f.add("d:" + ("before" if v < pub else "same" if v == pub else "after"))
    f.add("len:%d" % min(len(toks) // 15, 4))
    return f


def build(docs, out, lex, gold_of, part_of, text_only=False):
    """Every sentence of the labelled articles: dicts with id, part, k, s, e, feats, gold
    (kind -> gold events overlapping), and rasd's event kinds by config."""
    rows = []
    for i, part in part_of.items():
        if i not in out:
            continue
        an = out[i]
        g = gold_of.get(i, {"E": []})["E"]
        for k, (s, e) in enumerate(an["default"]["sentences"]):
            gk = collections.Counter(x["type"] for x in g if in_sent(x["start"], x["end"], s, e))
            rows.append({"id": i, "part": part, "k": k, "s": s, "e": e,
                         "feats": sent_features(docs[i], an, lex, k, s, e, text_only),
                         "gold": gk})
    return rows


def judged_examples(docs, out, lex, jrows, text_only=False):
    """(features, kind, label) of the judged rows: the sentence holding the row's start."""
    ex = []
    for i, kind, start, y in jrows:
        if i not in out:
            continue
        an = out[i]
        for k, (s, e) in enumerate(an["default"]["sentences"]):
            if s <= start < e:
                ex.append((sent_features(docs[i], an, lex, k, s, e, text_only), kind, y))
                break
    return ex


# ---------------------------------------------------------------- model

def sigmoid(z):
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


class Vocab:
    def __init__(self):
        self.ids = {}

    def of(self, feats):
        ids = self.ids
        return [ids.setdefault(x, len(ids)) for x in feats]


def fit(data, nfeat, seed=SEED, epochs=EPOCHS, eta=ETA):
    """Averaged SGD logistic regression over data, (feature id list, 0/1 label) pairs, in
    the order a Random(seed) shuffles them each epoch (mstat59's mention model too)."""
    w, u = [0.0] * nfeat, [0.0] * nfeat
    c = 1
    rnd = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(epochs):
        rnd.shuffle(order)
        for j in order:
            x, y = data[j]
            g = y - sigmoid(sum([w[f] for f in x]))
            if -0.01 < g < 0.01:
                c += 1
                continue
            d = eta * g
            cd = c * d
            for f in x:
                w[f] += d
                u[f] += cd
            c += 1
    return [a - b / c for a, b in zip(w, u)]


def train(xs, ys, extra, nfeat, seed=SEED):
    """Per kind, averaged SGD logistic regression over xs (feature id lists) with ys (sets of
    positive kinds), plus extra (x, kind, y) rows for that kind alone. -> kind -> weights."""
    models = {}
    for kind in KINDS:
        data = [(x, 1.0 if kind in y else 0.0) for x, y in zip(xs, ys)]
        data += [(x, float(y)) for x, k, y in extra if k == kind]
        models[kind] = fit(data, nfeat, seed)
    return models


def predict(models, x):
    return {k: sigmoid(sum([m[f] for f in x if f < len(m)])) for k, m in models.items()}


# ---------------------------------------------------------------- scoring

def baseline_reports(out, part_of, name):
    """rasd's events of config name: id -> list of (sentence start, end, kind)."""
    return {i: [(*(ev.get("sentence") or [0, 0]), R.kind(ev))
                for ev in out[i][name].get("events", [])] for i in part_of if i in out}


def curve(rows, scores, gold_of, base, kinds=None):
    """The ranking of model reports (score desc) after the baseline's reports: returns
    (gold total, baseline found, baseline reports, baseline true, steps) with steps a list of
    (score, found so far, reports so far, true so far) at each distinct score."""
    kinds = set(kinds or KINDS)
    used = {}
    gold = {}
    for i in {r["id"] for r in rows}:
        gold[i] = [x for x in gold_of.get(i, {"E": []})["E"] if x["type"] in kinds]
        used[i] = [False] * len(gold[i])
    ng = sum(len(v) for v in gold.values())

    def take(i, s, e, k):
        """Report (s, e, k) in article i: (true, found one)."""
        tr = False
        for j, x in enumerate(gold[i]):
            if x["type"] == k and in_sent(x["start"], x["end"], s, e):
                tr = True
                if not used[i][j]:
                    used[i][j] = True
                    return True, True
        return tr, False

    # baseline first, in recall.py's order (gold order, first unused event)
    bf = bn = bt = 0
    for i in gold:
        se = [b for b in base.get(i, []) if b[2] in kinds]
        bn += len(se)
        hits, usedb = R.match_events(gold[i], [{"type": k, "sentence": [s, e]} for s, e, k in se])
        for j, h in enumerate(hits):
            if h is not None:
                used[i][j] = True
                bf += 1
        for (s, e, k), u in zip(se, usedb):
            bt += u or any(x["type"] == k and in_sent(x["start"], x["end"], s, e)
                           for x in gold[i])
    cand = []
    for r, sc in zip(rows, scores):
        for k in kinds:
            covered = any(i == r["id"] and k == kk and in_sent(s, e, r["s"], r["e"])
                          for i, s, e, kk in base_index(base, r["id"], k))
            if not covered:
                cand.append((sc[k], r["id"], r["s"], r["e"], k))
    cand.sort(key=lambda c: -c[0])
    steps = []
    f, n, t = bf, bn, bt
    for j, (sc, i, s, e, k) in enumerate(cand):
        tr, fd = take(i, s, e, k)
        n += 1
        t += tr
        f += fd
        if j + 1 == len(cand) or cand[j + 1][0] != sc:
            steps.append((sc, f, n, t))
    return ng, bf, bn, bt, steps


_BI = {}


def base_index(base, i, k):
    key = (id(base), i, k)
    if key not in _BI:
        _BI[key] = [(i, s, e, kk) for s, e, kk in base.get(i, []) if kk == k]
    return _BI[key]


def at_precision(steps, p, base=None):
    """(found, reports, true, threshold) of the best prefix with precision ≥ p (the baseline
    alone, score 1.01, when no prefix reaches it but the baseline does)."""
    best = None
    if base and base[1] and base[2] / base[1] >= p:
        best = (base[0], base[1], base[2], 1.01)
    for sc, f, n, t in steps:
        if n and t / n >= p and (best is None or f > best[0]):
            best = (f, n, t, sc)
    return best or (0, 0, 0, 1.01)


def apply_threshold(rows, scores, gold_of, base, kinds, th):
    ng, bf, bn, bt, steps = curve(rows, scores, gold_of, base, kinds)
    f, n, t = bf, bn, bt
    for sc, ff, nn, tt in steps:
        if sc >= th:
            f, n, t = ff, nn, tt
    return ng, f, n, t


# ---------------------------------------------------------------- runs

def setup(use_judged, text_only=False):
    docs, out = load_cache()
    lex = lexicon()
    gold_of = R.load(R.LABELS, "all")
    part_of = {i: p for i, p in part_ids()}
    gold_of = {i: g for i, g in gold_of.items() if i in part_of}
    rows = build(docs, out, lex, gold_of, part_of, text_only)
    voc = Vocab()
    xs = [voc.of(sorted(r["feats"])) for r in rows]
    extra = []
    if use_judged:
        jr = judged_rows()
        extra = [(voc.of(sorted(fs)), k, y) for fs, k, y in
                 judged_examples(docs, out, lex, jr, text_only)]
    return docs, out, lex, gold_of, part_of, rows, voc, xs, extra


def fold_scores(rows, xs, extra, nfeat, train_parts, test_parts):
    tr = [j for j, r in enumerate(rows) if r["part"] in train_parts]
    te = [j for j, r in enumerate(rows) if r["part"] in test_parts]
    m = train([xs[j] for j in tr], [set(rows[j]["gold"]) for j in tr], extra, nfeat)
    return te, [predict(m, xs[j]) for j in te]


def fmt(a, b):
    return "%.2f" % (a / b) if b else "-"


def report(rows, scores, gold_of, bases, o, title):
    """Per kind and overall: gold, rasd's configs (found/reports, precision), model alone and
    model + default layer at P ≥ 0.90, 0.80, 0.70."""
    o.write("## %s\n\n" % title)
    o.write("| kind | gold | rules | rules+layer | all layers | model R@P.90 | @P.80 | @P.70 "
            "| layer+model R@P.90 | @P.80 | @P.70 | gain@.90 |\n")
    o.write("|---|---|---|---|---|---|---|---|---|---|---|---|\n")
    gains = {}
    for kinds, label in [([k], k) for k in KINDS] + [(KINDS, "**all**")]:
        cells = []
        ng = None
        for name in ("rules", "default", "all"):
            ng, bf, bn, bt, _ = curve(rows, [{}] * 0, gold_of, bases[name], kinds)
            cells.append("%d (P %s)" % (bf, fmt(bt, bn)))
        ng0, _, _, _, st0 = curve(rows, scores, gold_of, {}, kinds)
        ngd, bfd, bnd, btd, std = curve(rows, scores, gold_of, bases["default"], kinds)
        m = [at_precision(st0, p) for p in (0.9, 0.8, 0.7)]
        u = [at_precision(std, p, (bfd, bnd, btd)) for p in (0.9, 0.8, 0.7)]
        gain = max(m[0][0], u[0][0]) - bfd
        gains[label] = (gain, m[0], u[0], bfd, btd, bnd)
        o.write("| %s | %d | %s | %s | %s | %s |\n" % (
            label, ng, " | ".join(cells),
            " | ".join("%d (%s)" % (x[0], fmt(x[0], ng)) for x in m),
            " | ".join("%d (%s)" % (x[0], fmt(x[0], ng)) for x in u), "%+d" % gain))
    o.write("\n")
    return gains


def lopo(use_judged, tag, text_only=False):
    docs, out, lex, gold_of, part_of, rows, voc, xs, extra = setup(use_judged, text_only)
    print("%d sentences, %d features, %d judged rows" % (len(rows), len(voc.ids), len(extra)),
          file=sys.stderr)
    allrows, allscores = [], []
    for p in PARTS:
        te, sc = fold_scores(rows, xs, extra, len(voc.ids), set(PARTS) - {p}, {p})
        allrows += [rows[j] for j in te]
        allscores += sc
        print("  fold", p, len(te), file=sys.stderr)
    with open(os.path.join(HERE, "scores%s.tsv" % tag), "w", encoding="utf-8") as o:
        o.write("id\tpart\tsentence\tstart\tend\tgold\t" + "\t".join(KINDS) + "\n")
        for r, sc in zip(allrows, allscores):
            o.write("%s\t%s\t%d\t%d\t%d\t%s\t%s\n" % (
                r["id"], r["part"], r["k"], r["s"], r["e"],
                ",".join("%s:%d" % kv for kv in sorted(r["gold"].items())) or "-",
                "\t".join("%.4f" % sc[k] for k in KINDS)))
    render(tag, "judged rows in training: %d" % len(extra) if use_judged else "",
           text_only)


def load_scores(tag):
    """The rows (id, part, k, s, e) and per-kind scores of bench/evml/scores{tag}.tsv."""
    rows, scores = [], []
    with open(os.path.join(HERE, "scores%s.tsv" % tag), encoding="utf-8") as fh:
        head = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            f = line.rstrip("\n").split("\t")
            rows.append({"id": f[0], "part": f[1], "k": int(f[2]), "s": int(f[3]),
                         "e": int(f[4])})
            scores.append({k: float(v) for k, v in zip(head[6:], f[6:])})
    return rows, scores


def render(tag, note="", text_only=False):
    """lopo{tag}.md from scores{tag}.tsv (no training)."""
    _, out = load_cache()
    gold_of = R.load(R.LABELS, "all")
    part_of = {i: q for i, q in part_ids()}
    gold_of = {i: g for i, g in gold_of.items() if i in part_of}
    allrows, allscores = load_scores(tag)
    use_judged = bool(note)
    extra = note.split(": ")[-1] if note else ""
    bases = {n: baseline_reports(out, part_of, n) for n in CONFIGS}
    with open(os.path.join(HERE, "lopo%s.md" % tag), "w", encoding="utf-8") as o:
        o.write("# evml LOPO%s%s: %d parts, %d articles, %d sentences, %d gold events\n\n" % (
            " (+ %s judged rows in training)" % extra if use_judged else "",
            ", text-only features (no rasd event output)" if text_only else "",
            len(PARTS), len(part_of), len(allrows),
            sum(len(g["E"]) for g in gold_of.values())))
        o.write("rasd's columns are in sample (its rules were written on these parts): found "
                "gold events (precision). Model columns: gold events found at the best "
                "threshold with precision ≥ P (pooled LOPO scores; threshold chosen on the "
                "test curve: optimistic, see the cross-check). layer+model: rasd's default "
                "(rules + default layer) plus the model's reports in sentences where the "
                "default has none of the kind. gain@.90: the better of the two at P ≥ 0.90 "
                "minus the default's found (whatever the default's own precision).\n\n")
        report(allrows, allscores, gold_of, bases, o, "Leave one part out")
        cross_check(allrows, allscores, gold_of, bases, o)
        per_part(allrows, allscores, gold_of, bases, o)


def cross_check(rows, scores, gold_of, bases, o):
    """Threshold chosen on half the parts (P ≥ 0.90 on their LOPO curve), applied to the
    other half: an honest point on the curve, per kind and over all kinds (global)."""
    half = [set(PARTS[0::2]), set(PARTS[1::2])]
    o.write("## Threshold cross-check (chosen at P ≥ 0.90 on one half of the parts, applied "
            "to the other; sums of both directions)\n\n")
    o.write("| kind | gold | default found (P) | model alone found (P) | default+model found "
            "(P) |\n|---|---|---|---|---|\n")
    for kinds, label in [([k], k) for k in KINDS] + [(KINDS, "**all**")]:
        tot = {"m": [0, 0, 0], "u": [0, 0, 0], "b": [0, 0, 0]}
        ng = 0
        for a, b in ((0, 1), (1, 0)):
            ra = [(r, s) for r, s in zip(rows, scores) if r["part"] in half[a]]
            rb = [(r, s) for r, s in zip(rows, scores) if r["part"] in half[b]]
            for key, base in (("m", {}), ("u", bases["default"])):
                _, bf, bn, bt, st = curve([r for r, _ in ra], [s for _, s in ra], gold_of,
                                          base, kinds)
                th = at_precision(st, 0.9, (bf, bn, bt))[3]
                g, f, n, t = apply_threshold([r for r, _ in rb], [s for _, s in rb], gold_of,
                                             base, kinds, th)
                tot[key] = [x + y for x, y in zip(tot[key], (f, n, t))]
                ng_b = g
            _, bf, bn, bt, _ = curve([r for r, _ in rb], [], gold_of, bases["default"], kinds)
            tot["b"] = [x + y for x, y in zip(tot["b"], (bf, bn, bt))]
            ng += ng_b
        o.write("| %s | %d | %s |\n" % (label, ng, " | ".join(
            "%d (%s)" % (tot[k][0], fmt(tot[k][2], tot[k][1])) for k in ("b", "m", "u"))))
    o.write("\n")


def per_part(rows, scores, gold_of, bases, o):
    """Per held part, at one global threshold (the pooled curve's P ≥ 0.90 point of
    default+model): gold, default found, default+model found."""
    _, bf, bn, bt, st = curve(rows, scores, gold_of, bases["default"], KINDS)
    th = at_precision(st, 0.9, (bf, bn, bt))[3]
    o.write("## Per held part (default+model at the pooled P ≥ 0.90 threshold %.3f)\n\n" % th)
    o.write("| part | gold | default found | default+model found (P) |\n|---|---|---|---|\n")
    for p in PARTS:
        rr = [(r, s) for r, s in zip(rows, scores) if r["part"] == p]
        g, f, n, t = apply_threshold([r for r, _ in rr], [s for _, s in rr], gold_of,
                                     bases["default"], KINDS, th)
        _, b0, _, _, _ = curve([r for r, _ in rr], [], gold_of, bases["default"], KINDS)
        o.write("| %s | %d | %d | %d (%s) |\n" % (p, g, b0, f, fmt(t, n)))
    o.write("\n")


def learning_curve(text_only, tag, seed=SEED):
    """Held groups of three parts (the last group of one); per group and size n, a model
    trained on n parts drawn (seeded) from the others; curves pooled over groups."""
    docs, out, lex, gold_of, part_of, rows, voc, xs, extra = setup(False, text_only)
    bases = {n: baseline_reports(out, part_of, n) for n in CONFIGS}
    order = PARTS[:]
    random.Random(seed).shuffle(order)
    groups = [order[j:j + 3] for j in range(0, len(order), 3)]
    sizes = [5, 10, 15, 20, 25]
    res = {}
    for n in sizes:
        allrows, allscores = [], []
        for gi, g in enumerate(groups):
            rest = [p for p in PARTS if p not in g]
            tr = random.Random(seed * 100 + n * 10 + gi).sample(rest, min(n, len(rest)))
            te, sc = fold_scores(rows, xs, extra, len(voc.ids), set(tr), set(g))
            allrows += [rows[j] for j in te]
            allscores += sc
        ng, bf, bn, bt, st0 = curve(allrows, allscores, gold_of, {}, KINDS)
        _, bfd, bnd, btd, std = curve(allrows, allscores, gold_of, bases["default"], KINDS)
        res[n] = (ng, [at_precision(st0, p) for p in (0.9, 0.8, 0.7)],
                  [at_precision(std, p, (bfd, bnd, btd)) for p in (0.9, 0.8, 0.7)], bfd,
                  (btd, bnd))
        print("  size", n, res[n][1][0][0], res[n][2][0][0], file=sys.stderr)
    with open(os.path.join(HERE, "curve%s.md" % tag), "w", encoding="utf-8") as o:
        o.write("# evml learning curve%s: %d held groups %s; training parts drawn from the "
                "other parts (seed %d)\n\n" % (" (text-only features)" if text_only else "",
                                                len(groups), groups, seed))
        o.write("| training parts | gold | model R@P.90 | @P.80 | @P.70 | default+model "
                "R@P.90 | @P.80 | @P.70 | default found (P) |\n|---|---|---|---|---|---|---|---|"
                "---|\n")
        for n in sizes:
            ng, m, u, bfd, (btd, bnd) = res[n]
            o.write("| %d | %d | %s | %s | %d (%s) |\n" % (
                n, ng, " | ".join("%d (%s)" % (x[0], fmt(x[0], ng)) for x in m),
                " | ".join("%d (%s)" % (x[0], fmt(x[0], ng)) for x in u), bfd,
                fmt(btd, bnd)))
        o.write("\n")


def lopo_thresholds(kinds, p=0.9):
    """Per kind, the threshold of default+model at precision ≥ p on the LOPO scores
    (bench/evml/scores.tsv, written by `lopo`), with the found count it gives."""
    gold_of = R.load(R.LABELS, "all")
    _, out = load_cache()
    part_of = {i: q for i, q in part_ids()}
    base = baseline_reports(out, part_of, "default")
    rows, scores = load_scores("")
    th = {}
    for k in kinds:
        _, bf, bn, bt, st = curve(rows, scores, gold_of, base, [k])
        th[k] = at_precision(st, p, (bf, bn, bt))
    return th


def fresh(seed, n, kinds, rasd):
    """The model's would-be additions of kinds on n fresh articles (fresh.py's pool: outside
    drawn.txt and every judged article; seed's sample): trained on every labelled part with
    every feature, each kind at its LOPO threshold of default+model at P ≥ 0.90; a sentence
    where the default already reports the kind adds nothing. Judge rows to stdout."""
    import fresh as F  # bench/recall/fresh.py
    th = lopo_thresholds(kinds)
    print("thresholds (found, reports, true, threshold):", th, file=sys.stderr)
    docs, out, lex, gold_of, part_of, rows, voc, xs, extra = setup(False)
    m = train(xs, [set(r["gold"]) for r in rows], extra, len(voc.ids))
    pick = F.sample(F.pool(exclude=F.judged_ids()), seed, n)
    an = {}
    for name, flags in CONFIGS.items():
        for r in analyze(rasd, pick, flags):
            an.setdefault(r["id"], {})[name] = r
    w = csv.writer(sys.stdout, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\",
                   lineterminator="\n")
    w.writerow(F.HEAD + ["score"])
    no = 0
    for d in pick:
        a = an.get(d["id"])
        if not a:
            continue
        text = d["text"].encode()
        for k, (s, e) in enumerate(a["default"]["sentences"]):
            have = {R.kind(ev) for ev in a["default"].get("events", [])
                    if in_sent(*(ev.get("sentence") or [0, 0]), s, e)}
            p = predict(m, voc.of(sorted(sent_features(d, a, lex, k, s, e))))
            for kind in kinds:
                if kind in have or p[kind] < th[kind][3]:
                    continue
                no += 1
                sent = " ".join(text[s:e].decode("utf-8", "ignore").split())
                w.writerow(["events", no, "added", d["id"], d.get("published", ""), kind, s,
                            "", "", "", "", "", "", sent, "", "", "", "%.3f" % p[kind]])
    print("%d rows from %d articles" % (no, len(pick)), file=sys.stderr)


def misses():
    """bench/evml/misses.md: the gold events the default misses, by whether their sentence
    holds a word of their kind in data/events.tsv (light stems): a new word or a known word
    in a form the rules and the layer do not take."""
    docs, out, lex, gold_of, part_of, rows, voc, xs, extra = setup(False)
    base = baseline_reports(out, part_of, "default")
    by = collections.defaultdict(list)
    for r in rows:
        by[r["id"]].append(r)
    ck = collections.defaultdict(collections.Counter)
    for i, g in gold_of.items():
        hits, _ = R.match_events(g["E"], [{"type": k, "sentence": [s, e]}
                                          for s, e, k in base.get(i, [])])
        for ev, h in zip(g["E"], hits):
            lx = any("lx:" + ev["type"] in r["feats"] for r in by[i]
                     if in_sent(ev["start"], ev["end"], r["s"], r["e"]))
            for k in (ev["type"], "**all**"):
                ck[k][("found" if h else "missed", lx)] += 1
    sw = collections.defaultdict(collections.Counter)
    for r in rows:
        for k in KINDS:
            if "lx:" + k in r["feats"]:
                for kk in (k, "**all**"):
                    sw[kk][k in r["gold"]] += 1
    with open(os.path.join(HERE, "misses.md"), "w", encoding="utf-8") as o:
        o.write("# Gold events by the default's result and whether their sentence holds a "
                "word of their kind (data/events.tsv, light stems); and the sentences that "
                "hold a word of the kind, with and without a gold event of it\n\n| kind | "
                "found, word | found, no word | missed, word | missed, no word | sentences "
                "with a word: event | no event |\n|---|---|---|---|---|---|---|\n")
        for k in KINDS + ["**all**"]:
            c = ck[k]
            o.write("| %s | %d | %d | %d | %d | %d | %d |\n" % (
                k, c[("found", True)], c[("found", False)], c[("missed", True)],
                c[("missed", False)], sw[k][True], sw[k][False]))


def data_file():
    """bench/evml/sentences.tsv: every labelled (sentence, kind) positive and rasd's kinds."""
    docs, out = load_cache()
    gold_of = R.load(R.LABELS, "all")
    part_of = {i: p for i, p in part_ids()}
    with open(os.path.join(HERE, "sentences.tsv"), "w", encoding="utf-8") as o:
        o.write("# evml data (branch evml, stop 50): one rasd sentence a line; gold: "
                "kind:status:actors of the gold events overlapping it; rules/default/all: "
                "rasd's event kinds there (--no-event-triggers, default, --event-triggers)\n")
        o.write("id\tpart\tsentence\tstart\tend\tgold\trules\tdefault\tall\n")
        for i, p in part_ids():
            if i not in out:
                continue
            g = gold_of.get(i, {"E": []})["E"]
            an = out[i]
            for k, (s, e) in enumerate(an["default"]["sentences"]):
                gk = ["%s:%s:%s" % (x["type"], x["status"], ";".join(x["actors"]) or "-")
                      for x in g if in_sent(x["start"], x["end"], s, e)]
                ks = [",".join(sorted(R.kind(ev) for ev in an[n].get("events", [])
                                      if in_sent(*(ev.get("sentence") or [0, 0]), s, e)))
                      or "-" for n in CONFIGS]
                o.write("%s\t%s\t%d\t%d\t%d\t%s\t%s\n" % (i, p, k, s, e, "|".join(gk) or "-",
                                                         "\t".join(ks)))


def main(a):
    if not a or a[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    if a[0] == "prepare":
        prepare(a[a.index("--rasd") + 1] if "--rasd" in a else
                os.path.join(ROOT, "build", "rasd"))
    elif a[0] == "lopo":
        lopo("--judged" in a, a[a.index("--tag") + 1] if "--tag" in a else "",
             "--text-only" in a)
    elif a[0] == "render":
        tag = a[a.index("--tag") + 1] if "--tag" in a else ""
        n = a[a.index("--judged") + 1] if "--judged" in a else ""
        render(tag, "judged rows in training: " + n if n else "", "--text-only" in a)
    elif a[0] == "curve":
        learning_curve("--text-only" in a, a[a.index("--tag") + 1] if "--tag" in a else "",
                       int(a[a.index("--seed") + 1]) if "--seed" in a else SEED)
    elif a[0] == "fresh":
        fresh(int(a[a.index("--seed") + 1]), int(a[a.index("--n") + 1]),
              a[a.index("--kinds") + 1].split(","),
              a[a.index("--rasd") + 1] if "--rasd" in a else os.path.join(ROOT, "build", "rasd"))
    elif a[0] == "misses":
        misses()
    elif a[0] == "data":
        data_file()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
