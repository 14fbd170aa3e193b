#!/usr/bin/env python3
"""bench/attrml/attrml.py — a learned choice of speaker where the rules give none (issue 16,
branch attrml, stop 50): the study.

  attrml.py gather RASD OUT     rasd analyze --tokens of every article of the recall set's
                                read parts (tests/data/recall_snn.tsv: dev … unseen26, never
                                unseen27) into OUT (JSON Lines)
  attrml.py oracle OUT          the share of found quotes whose gold speaker is among the
                                candidates, by how many sentences back and which types
  attrml.py fresh OUT RASD SEED N ROWS
                                the fill model trained on every read part, applied to the
                                quotes rasd gives no speaker on N fresh articles (fresh.py's
                                pool less bench/judged, seed SEED): judge rows to ROWS
  attrml.py lopo OUT [--back K] leave one part out: train a ranker on the other read parts,
                                score the held part, sum over parts (figures in docs/EVENTS.md,
                                "Issue 16: a learned speaker where the rules give none")

A gold quote is found, and its speaker right, as recall.py counts them (recall.match_quotes,
recall.same_name). Candidates of a found quote: rasd's entity mentions (PER, ORG, LOC; a
title resolved to its holder counts with the holder's name) from K sentences before the
quote's sentence to the end of the sentence where the quote ends, rasd's own speaker of the
quote and the previous quote's speaker. Features name no open-class word: distances, the
candidate's place against the cue and the content, types, counts, who spoke before, a closed
class of prepositions and the cue's person letters. The learner is a conditional logit over a
quote's candidates plus "none" (softmax, SGD), stdlib only.
"""
import json, math, os, random, subprocess, sys, tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import recall  # noqa: E402

# The read parts with quotes labelled (recall.py score --split all, less dev5: events only).
PARTS = ["dev", "dev2", "dev3", "dev4", "unseen", "unseen2", "unseen3", "unseen4", "unseen5",
         "unseen6", "unseen7", "unseen8", "unseen9", "unseen10", "unseen11", "unseen12",
         "unseen13", "unseen14", "unseen15", "unseen16", "unseen17", "unseen18", "unseen19",
         "unseen20", "unseen21", "unseen22", "unseen23", "unseen24", "unseen25", "unseen26"]
# A closed class of prepositions (token norms: alef, ya and ta marbuta folded as rasd folds them).
PREPS = {"الي", "مع", "عن", "من", "علي", "في", "عند", "لدي", "امام", "بين", "ضد", "حول", "نحو",
         "ل", "لـ", "ب", "منذ", "بعد", "قبل", "خلال", "عبر", "تجاه", "دون"}
TYPES = ("PER", "ORG", "LOC")


def gather(rasd, out):
    gold = recall.load(recall.LABELS, "all")
    docs = list(recall.articles(set(gold)))
    text = {x["id"]: x["text"] for x in docs}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                     encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    try:
        res = subprocess.run([rasd, "analyze", "--tokens", "--threads", "1", t.name],
                             check=True, capture_output=True).stdout.decode()
    finally:
        os.unlink(t.name)
    with open(out, "w", encoding="utf-8") as o:
        for l in res.splitlines():
            d = json.loads(l)
            d["text"] = text[d["id"]]
            o.write(json.dumps(d, ensure_ascii=False) + "\n")


def bucket(n, edges):
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


class Doc:
    """One article's analysis with look-ups by byte offset."""

    def __init__(self, d, types=TYPES):
        self.d = d
        self.b = d["text"].encode()
        self.toks = d.get("tokens", [])
        self.tstart = [t["start"] for t in self.toks]
        self.sents = d["sentences"]
        self.quotes = sorted(d.get("quotes", []), key=lambda q: q["start"])
        self.ents = [e for e in d["entities"] if e["type"] in types]
        self.count = Counter(e["id"] for e in self.ents)

    def tok(self, off):
        """Index of the token at or after byte off."""
        lo, hi = 0, len(self.tstart)
        while lo < hi:
            m = (lo + hi) // 2
            if self.toks[m]["end"] <= off:
                lo = m + 1
            else:
                hi = m
        return lo

    def sent(self, off):
        for k, (a, z) in enumerate(self.sents):
            if off < z:
                return k
        return len(self.sents) - 1

    def cue(self, q):
        """Byte span of the quote's cue: the nearest token spelling it before the content (up
        to 12 tokens back), else after its end (up to 12 tokens on); None without one."""
        c = (q.get("cue") or "").encode()
        if not c:
            return None
        k = self.tok(q["start"])
        for j in range(k - 1, max(-1, k - 13), -1):
            t = self.toks[j]
            if self.b[t["start"]:t["end"]] == c or self.b[t["start"]:t["end"]].endswith(c):
                return t["start"], t["end"]
        k = self.tok(q["end"])
        for j in range(k, min(len(self.toks), k + 12)):
            t = self.toks[j]
            if self.b[t["start"]:t["end"]] == c:
                return t["start"], t["end"]
        return None


def candidates(doc, q, back, prev):
    """The candidate mentions of quote q: (start, end, name, key, kind) — kind "ent" with the
    entity, "self" rasd's speaker, "prev" the previous quote's."""
    s0 = max(0, doc.sent(q["start"]) - back)
    lo = doc.sents[s0][0]
    hi = doc.sents[doc.sent(max(q["start"], q["end"] - 1))][1]
    out = [(e["start"], e["end"], e["name"], e["id"], e) for e in doc.ents
           if lo <= e["start"] < hi]
    for sp, kind in ((q.get("speaker"), "self"), (prev, "prev")):
        if sp and sp.get("name") and sp.get("start") is not None and \
                not any(c[0] == sp["start"] for c in out):
            out.append((sp["start"], sp["end"], sp["name"], sp.get("id") or sp["name"], kind))
    return out


def letters(cue):
    """The cue's first letter (a conjunction و/ف off) and its last (two when it ends in alef:
    the plural وا, the adverbial accusative اً): person, number and form, no word."""
    w = (cue or "").strip()
    for p in ("و", "ف"):
        if w.startswith(p) and len(w) > 3:
            w = w[1:]
    w = w.replace("ً", "")
    last = w[-1:] if not w.endswith("ا") else w[-2:]
    return w[:1], last


def features(doc, q, c, cue, prev, cands, qi):
    """The features of candidate c of quote q (strings)."""
    f = []
    dr = "d" if q.get("direct") else "r"
    cs, ce, name, key, e = c
    ctype = e["type"] if isinstance(e, dict) else "SP"
    via = isinstance(e, dict) and e.get("via") == "title"
    sd = doc.sent(q["start"]) - doc.sent(cs)
    inq = q["start"] <= cs < q["end"]
    after_end = cs >= q["end"]
    anchor = cue if cue else (q["start"], q["start"])
    ti, ta = doc.tok(cs), doc.tok(anchor[0])
    if cs < anchor[0]:
        rel, td = "before", ta - doc.tok(ce)
    elif cs >= anchor[1] and cs < q["start"]:
        rel, td = "between", ti - doc.tok(anchor[1])
    elif inq:
        rel, td = "inside", ti - doc.tok(q["start"])
    else:
        rel, td = "after", ti - doc.tok(max(anchor[1], q["end"]))
    if after_end:
        rel = "after_end"
    f += ["rel=" + rel, "rel=%s&%s" % (rel, dr), "td=%s&%s" % (rel, bucket(td, (0, 1, 2, 4, 8, 16, 32))),
          "sd=" + bucket(sd, (-1, 0, 1, 2, 3)), "type=" + ctype, "type=%s&%s" % (ctype, rel),
          "cue=" + ("yes" if cue else "no")]
    if via:
        f.append("via_title")
    n = doc.count.get(key, 0)
    f.append("count=" + bucket(n, (0, 1, 2, 4, 8)))
    f.append("count=%s&%s" % (bucket(n, (1, 3)), ctype))
    # the token before: a preposition, a proclitic inside the token
    if ti > 0:
        pv = doc.toks[ti - 1]["norm"]
        if pv in PREPS:
            f.append("prep_before")
            f.append("prep_before&" + rel)
    t0 = doc.toks[ti] if ti < len(doc.toks) else None
    if t0 and t0["start"] < cs:
        pre = doc.b[t0["start"]:cs].decode(errors="ignore")
        f.append("procl=" + (pre if pre in ("ل", "ب", "و", "لل", "وال", "ال", "ف", "وب", "ول") else "other"))
    if ti > 0 and doc.toks[ti - 1]["kind"] != "arabic":
        f.append("tokbefore_punct")
    # sentence start: the candidate among the first two tokens of its sentence
    ss = doc.sents[doc.sent(cs)][0]
    if ti - doc.tok(ss) <= 1:
        f.append("sent_start")
    # inside another quote of rasd
    for o in doc.quotes:
        if o is not q and o["start"] <= cs < o["end"]:
            f.append("in_other_quote")
            break
    # a cue of another quote between the candidate and this one
    for o in doc.quotes:
        if o is not q and cs < o["start"] < q["start"]:
            f.append("quote_between")
            break
    # who spoke before
    if prev and (prev.get("id") == key or recall.same_name(prev.get("name") or "", name) and ctype != "LOC"):
        f.append("prev_speaker")
        f.append("prev_speaker&" + rel)
    sp = q.get("speaker")
    if sp and (sp.get("start") == cs or sp.get("id") == key):
        f.append("rasd_speaker")
    if isinstance(e, str):
        f.append("kind=" + e)
    # rank among candidates before the anchor, by nearness, of its type and of all
    before = sorted([x for x in cands if x[0] < anchor[0]], key=lambda x: -x[0])
    keys = []
    for x in before:
        if x[3] not in keys:
            keys.append(x[3])
    if key in keys:
        r = keys.index(key)
        f.append("rank=" + bucket(r, (0, 1, 2)))
        tk = [k for k in keys if any(y[3] == k and (y[4]["type"] if isinstance(y[4], dict) else "SP") == ctype for y in before)]
        if key in tk:
            f.append("rank_%s=%s" % (ctype, bucket(tk.index(key), (0, 1))))
    # nearness to the content: tokens from the candidate to the quote, and whether it is
    # the nearest mention of its type before the quote
    if ce <= q["start"]:
        f.append("to_content=" + bucket(doc.tok(q["start"]) - doc.tok(ce), (0, 1, 2, 4, 8, 16)))
        near = [x for x in cands if x[1] <= q["start"] and x[0] > cs and
                (x[4]["type"] if isinstance(x[4], dict) else "SP") == ctype and x[3] != key]
        if not near:
            f.append("nearest_%s_to_content" % ctype)
            f.append("nearest_%s_to_content&%s" % (ctype, rel))
    # the cue's person letters
    first, last = letters(q.get("cue"))
    f.append("cue_first=%s&%s" % (first, ctype))
    f.append("cue_last=%s&%s" % (last, ctype))
    fem = name.endswith("ة") or name.endswith("ه")
    f.append("cue_last=%s&fem=%d" % (last, fem))
    return f


def quote_cands(doc, q, back):
    """Quote q's candidates: name, key (entity id) and features."""
    qi = doc.quotes.index(q)
    prev = None
    for o in reversed(doc.quotes[:qi]):
        if o.get("speaker") and o["speaker"].get("name"):
            prev = o["speaker"]
            break
    cue = doc.cue(q)
    cands = candidates(doc, q, back, prev)
    return [{"name": c[2], "key": c[3], "start": c[0],
             "f": features(doc, q, c, cue, prev, cands, qi)} for c in cands]


def instances(path, back, types=TYPES):
    """Every found gold quote of the read parts: a dict with its part, rasd's names and whether
    they are right, the gold speaker, and the candidates with features and labels."""
    gold = recall.load(recall.LABELS, "all")
    part = {i: s for i, s in recall.drawn()}
    out = []
    for l in open(path, encoding="utf-8"):
        d = json.loads(l)
        i = d["id"]
        if i not in gold or part.get(i) not in PARTS:
            continue
        doc = Doc(d, types)
        g = gold[i]
        found, _, _ = recall.match_quotes(g["Q"], d.get("quotes", []))
        for gq, m in zip(g["Q"], found):
            if not m:
                continue
            q, names, ok = m
            rows = quote_cands(doc, q, back)
            for c in rows:
                c["y"] = recall.same_name(gq["speaker"], c["name"])
            out.append({"part": part[i], "id": i, "start": q["start"], "gold": gq["speaker"],
                        "names": names, "ok": ok, "empty": not names, "direct": q.get("direct"),
                        "cands": rows})
    return out


def oracle(path):
    for types in (("PER",), ("PER", "ORG"), ("PER", "ORG", "LOC")):
        for back in (0, 1, 2, 3, 5, 8):
            inst = instances(path, back, types)
            n = len(inst)
            hit = sum(any(c["y"] for c in x["cands"]) for x in inst)
            emp = [x for x in inst if x["empty"]]
            wr = [x for x in inst if not x["ok"] and not x["empty"]]
            he = sum(any(c["y"] for c in x["cands"]) for x in emp)
            hw = sum(any(c["y"] for c in x["cands"]) for x in wr)
            nc = sum(len(x["cands"]) for x in inst) / max(1, n)
            print("%-12s back %d: found %d, oracle %d (%.2f); empty %d/%d (%.2f); wrong %d/%d; "
                  "%.1f candidates a quote" % ("+".join(types), back, n, hit, hit / n, he,
                                                len(emp), he / max(1, len(emp)), hw, len(wr), nc))


# ---------------------------------------------------------------- the learner
NONE_F = ["NONE"]


def encode(inst, index, grow):
    for x in inst:
        for c in x["cands"]:
            ids = []
            for s in c["f"]:
                if s not in index and grow:
                    index[s] = len(index)
                if s in index:
                    ids.append(index[s])
            c["ix"] = ids
        x["none_ix"] = []
        for s in ("NONE", "NONE&" + ("d" if x["direct"] else "r"),
                  "NONE&n=" + bucket(len(x["cands"]), (0, 1, 2, 4, 8))):
            if s not in index and grow:
                index[s] = len(index)
            if s in index:
                x["none_ix"].append(index[s])


def probs(w, x):
    sc = [sum(w[k] for k in c["ix"]) for c in x["cands"]] + [sum(w[k] for k in x["none_ix"])]
    m = max(sc)
    e = [math.exp(s - m) for s in sc]
    z = sum(e)
    return [v / z for v in e]


def train(inst, epochs=12, lr=0.2, l2=1e-4, seed=50):
    """A conditional logit over each quote's candidates and "none" (the gold: the candidates
    naming the gold speaker, else none), SGD with a rate decaying by epoch."""
    index = {}
    encode(inst, index, True)
    w = [0.0] * len(index)
    rnd = random.Random(seed)
    order = list(range(len(inst)))
    for ep in range(epochs):
        rnd.shuffle(order)
        a = lr / (1 + ep)
        for j in order:
            x = inst[j]
            p = probs(w, x)
            gold = [k for k, c in enumerate(x["cands"]) if c["y"]] or [len(x["cands"])]
            pg = sum(p[k] for k in gold)
            grad = defaultdict(float)
            for k, c in enumerate(x["cands"] + [{"ix": x["none_ix"]}]):
                g = (p[k] / pg if k in gold else 0.0) - p[k]
                if g:
                    for f in c["ix"]:
                        grad[f] += g
            for f, g in grad.items():
                w[f] += a * (g - l2 * w[f])
    return index, w


def predict(model, inst):
    """Per quote: None (no candidate) or (name of the best entity, the probability summed
    over its mentions, right, whether "none" scored higher)."""
    index, w = model
    encode(inst, index, False)
    out = []
    for x in inst:
        p = probs(w, x)
        grp = defaultdict(float)
        rep = {}
        for k, c in enumerate(x["cands"]):
            grp[c["key"]] += p[k]
            rep.setdefault(c["key"], c)
        if not grp:
            out.append(None)
            continue
        key = max(grp, key=grp.get)
        if grp[key] < p[-1]:
            out.append((rep[key]["name"], grp[key], rep[key]["y"], True))
        else:
            out.append((rep[key]["name"], grp[key], rep[key]["y"], False))
    return out


def fill_pick(inst, pred, goal):
    """The lowest threshold at which the filled empties are right at least goal of the time
    (over inst, out of fold), and the overrule threshold keeping harm ≤ gain / 5."""
    rows = sorted([(p[1], p[2]) for x, p in zip(inst, pred) if x["empty"] and p],
                  key=lambda r: -r[0])
    best, right, n = 1.01, 0, 0
    for pr, y in rows:
        n += 1
        right += y
        if right / n >= goal and n >= 5:
            best = pr
    over = []
    for x, p in zip(inst, pred):
        if x["empty"] or not p or any(recall.same_name(p[0], m) for m in x["names"]):
            continue
        over.append((p[1], (p[2] and not x["ok"]) - (x["ok"] and not p[2])))
    over.sort(key=lambda r: -r[0])
    tover, gain, harm, bestnet = 1.01, 0, 0, 0
    for pr, d in over:
        gain += d > 0
        harm += d < 0
        if harm * 5 <= gain and gain - harm > bestnet:
            bestnet, tover = gain - harm, pr
    return best, tover


def oof(inst, folds):
    """Out-of-fold predictions over inst, parts split into folds groups."""
    parts = sorted({x["part"] for x in inst})
    pred = [None] * len(inst)
    for k in range(folds):
        held = set(parts[k::folds])
        tr = [x for x in inst if x["part"] not in held]
        te = [j for j, x in enumerate(inst) if x["part"] in held]
        m = train(tr)
        for j, p in zip(te, predict(m, [inst[j] for j in te])):
            pred[j] = p
    return pred


def blind(inst):
    """The instances without rasd's own speaker: its candidate (when not an entity or the
    previous speaker) and its feature taken out (the fill model, which learns to choose
    where the rules chose nobody)."""
    out = []
    for x in inst:
        y = dict(x)
        y["cands"] = [dict(c, f=[f for f in c["f"] if f not in ("rasd_speaker", "kind=self")])
                      for c in x["cands"] if "kind=self" not in c["f"] or
                      "prev_speaker" in c["f"]]
        out.append(y)
    return out


def lopo(path, back, goals=(0.0, 0.6, 0.75, 0.9), inner=3):
    """Leave one part out. The full model (with rasd's speaker as a feature) gives (a), (c)
    and the overrule; the blind model gives (b) and the fill. Thresholds from an inner split
    of the training parts (out-of-fold predictions over `inner` groups of parts)."""
    full = instances(path, back)
    bl = blind(full)
    c = Counter()
    curve = defaultdict(Counter)
    for part in PARTS:
        tr = [x for x in full if x["part"] != part]
        te = [x for x in full if x["part"] == part]
        btr = [x for x in bl if x["part"] != part]
        bte = [x for x in bl if x["part"] == part]
        if not te:
            continue
        pred = predict(train(tr), te)
        bpred = predict(train(btr), bte)
        ipred, ibpred = oof(tr, inner), oof(btr, inner)
        thr = {g: (fill_pick(btr, ibpred, g)[0], fill_pick(tr, ipred, g)[1]) for g in goals}
        pc = Counter()
        for x, p, bp in zip(te, pred, bpred):
            pc["right"] += x["ok"]
            if x["empty"] and bp and not bp[3]:
                pc["filled"] += 1
                pc["fill_right"] += bool(bp[2])
            kind = "empty" if x["empty"] else ("right" if x["ok"] else "wrong")
            c["n"] += 1
            c["n_" + kind] += 1
            c["full_" + kind] += bool(p and not p[3] and p[2])
            c["blind_" + kind] += bool(bp and not bp[3] and bp[2])
            c["oracle_" + kind] += any(k["y"] for k in x["cands"])
            for g in goals:
                tf, to = thr[g]
                if kind == "empty" and bp and not bp[3] and bp[1] >= tf:
                    curve[g]["filled"] += 1
                    curve[g]["fill_right"] += bool(bp[2])
                if kind != "empty" and p and not p[3] and p[1] >= to and \
                        not any(recall.same_name(p[0], m) for m in x["names"]):
                    curve[g]["overruled"] += 1
                    curve[g]["gain"] += bool(p[2] and not x["ok"])
                    curve[g]["harm"] += bool(x["ok"] and not p[2])
        print("%-9s found %3d right %3d (%.2f) empty %2d; fill-all %2d filled, %2d right: %.2f"
              % (part, len(te), pc["right"], pc["right"] / len(te),
                 sum(x["empty"] for x in te), pc["filled"], pc["fill_right"],
                 (pc["right"] + pc["fill_right"]) / len(te)), "; thresholds (fill, overrule)",
              {g: "%.2f %.2f" % t for g, t in thr.items()}, flush=True)
    print("counts", json.dumps(c, sort_keys=True))
    for g in goals:
        print("inner goal %.2f" % g, json.dumps(curve[g], sort_keys=True))


def fresh(path, rasd, seed, n, back, out):
    """The fill model trained on every read part, applied to the quotes rasd gives no speaker
    on n articles drawn outside drawn.txt and bench/judged (fresh.py's pool and sample, seed):
    one judge row a filled quote (probability, the name, the text before the quote)."""
    sys.path.insert(0, os.path.join(HERE, "..", "recall"))
    import fresh as F
    model = train(blind(instances(path, back)))
    docs = F.sample(F.pool(F.judged_ids()), seed, n)
    res = F.analyze(rasd, docs, ["--tokens"])
    text = {d["id"]: d["text"] for d in docs}
    w = open(out, "w", encoding="utf-8")
    w.write("\t".join(["no", "article", "start", "p", "none", "speaker", "cue", "before",
                       "quote", "verdict", "reason"]) + "\n")
    k = cnt = 0
    for d in docs:
        r = res[d["id"]]
        r["text"] = text[d["id"]]
        doc = Doc(r)
        for q in doc.quotes:
            if q.get("speaker") and q["speaker"].get("name"):
                continue
            cnt += 1
            x = {"cands": quote_cands(doc, q, back), "direct": q.get("direct")}
            for c in x["cands"]:
                c["y"] = False
            p = predict(model, blind([x]))[0]
            if not p:
                continue
            k += 1
            sp = next(c for c in x["cands"] if c["name"] == p[0])
            lo = max(0, min(sp["start"], q["start"] - 300))
            before = doc.b[lo:q["start"]].decode(errors="ignore").replace("\n", " ")
            w.write("\t".join([str(k), d["id"], str(q["start"]), "%.2f" % p[1],
                               "none" if p[3] else "", p[0], q.get("cue") or "",
                               before.replace("\t", " "), q["text"][:150].replace("\t", " ").replace("\n", " "),
                               "", ""]) + "\n")
    w.close()
    print("fresh: seed %d, %d articles, %d quotes with no speaker, %d with a candidate"
          % (seed, len(docs), cnt, k), file=sys.stderr)


def main(a):
    if not a or a[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    if a[0] == "gather":
        gather(a[1], a[2])
    elif a[0] == "oracle":
        oracle(a[1])
    elif a[0] == "lopo":
        back = int(a[a.index("--back") + 1]) if "--back" in a else 3
        inner = int(a[a.index("--inner") + 1]) if "--inner" in a else 3
        lopo(a[1], back, inner=inner)
    elif a[0] == "fresh":
        fresh(a[1], a[2], int(a[3]), int(a[4]), 3, a[5])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
