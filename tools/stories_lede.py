#!/usr/bin/env python3
"""tools/stories_lede.py — the opening sentence (the lede) as evidence of one event (lede60,
issue 13).

    python3 tools/stories_lede.py make OUT.pickle [--rasd build/rasd] [--corpus C]
    python3 tools/stories_lede.py count DUMP.pickle --ledes L.pickle --labels L --hard H
                                  [--list] [--cut 0.29] [VARIANT-JSON]

make: every article of the corpus goes through `rasd analyze --tokens --no-entities
--no-events` twice, its text and its title as two records, so the sentences and the stems are
rasd's own (the light stemmer, as the story stage's). The lede is the text's first sentence by
rasd's splitter, extended by the next sentences while it holds fewer than LEDE_MIN content
terms (a dateline alone, "الرياض - واس", is no lede), at most LEDE_MAX sentences. Each lede
and each title becomes a stem TF-IDF vector the way src/stories/vec.c's add_terms and finish
make one (content tokens: Arabic and other words of two letters or more, Latin words and
hashtags of three; IDF from data/lexicon.tsv's count of the token's norm, story_idf; terms of
IDF 0.5 or less left out; (1 + ln tf) times the first occurrence's IDF; L2-normalised; no cut,
as story_sentence_vec), keyed by the stem's text rather than its hash. OUT: {id: {"lede":
{stem: w}, "title": {stem: w}, "nsent": sentences taken, "nterm": the lede's terms}}.

count: the decision (default: the shipped one) is replayed over the tuned days of L, as
tools/stories_xfeat.py does; every same-day pair of labelled articles (exact and near copies
out) is sorted into gold found / missed, hard negative merged / apart, other merged, and split
by the pair's `related` (the later article scored against a story of the earlier one alone)
below the cut (lo) or not (hi). For each group: the quantiles of `related`, of the lede-lede
cosine (ll), of the higher of the two title-lede cosines (tl: A's title against B's lede and
B's title against A's lede) and of the title-and-lede cosine (hl: title + lede of each, summed
and renormalised). Among the lo pairs (gold against hard): each measure's AUC and its best F1.
The unseen days are never read. Standard library only.
"""
import argparse, collections, gzip, json, math, os, pickle, subprocess, sys, threading

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "saudinewsnet", "articles.jsonl.gz")
LEX = os.path.join(HERE, "..", "data", "lexicon.tsv")
LEX_DOCS = 31030.0          # vec.c's LEX_DOCS
LEX_UNSEEN = 5.0            # vec.c's LEX_UNSEEN
LEDE_MIN = 4                # content terms a lede must hold (else the next sentence joins)
LEDE_MAX = 3                # sentences at most


def lexicon(path=LEX):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            w, _, c = line.rstrip("\n").partition("\t")
            if c:
                out[w] = int(c)
    return out


def idf(lex, norm):
    """story_idf of src/stories/vec.c."""
    c = lex.get(norm, 0)
    if c < 1:
        c = LEX_UNSEEN
    df = LEX_DOCS * (1.0 - math.exp(-c / LEX_DOCS))
    return math.log((LEX_DOCS + 1) / (df + 1))


def content(t):
    """content_token of vec.c: norm_len in bytes."""
    n = len(t["norm"].encode("utf-8"))
    if t["kind"] in ("arabic", "word"):
        return n >= 4
    if t["kind"] in ("latin", "hashtag"):
        return n >= 3
    return False


def terms(lex, toks, lo, hi):
    """add_terms over [lo, hi): (stem, idf) of each content token of IDF above 0.5."""
    out = []
    for t in toks:
        if t["start"] < lo or t["end"] > hi or not content(t):
            continue
        w = idf(lex, t["norm"])
        if w > 0.5:
            out.append((t["stem"], w))
    return out


def vec(raw):
    """finish(): (1 + ln tf) times the first occurrence's weight, L2-normalised."""
    first, cnt = {}, collections.Counter()
    for k, w in raw:
        first.setdefault(k, w)
        cnt[k] += 1
    v = {k: (1 + math.log(cnt[k])) * first[k] for k in first}
    n = math.sqrt(sum(x * x for x in v.values()))
    return {k: x / n for k, x in v.items()} if n else {}


def lede_of(lex, rec):
    """The lede's raw terms: the first sentence, then the next while fewer than LEDE_MIN."""
    toks, sents = rec.get("tokens", []), rec.get("sentences", [])
    raw, k = [], 0
    for k, (lo, hi) in enumerate(sents[:LEDE_MAX], 1):
        raw += terms(lex, toks, lo, hi)
        if len({s for s, _ in raw}) >= LEDE_MIN:
            break
    return raw, k


def make(o):
    lex = lexicon()
    p = subprocess.Popen([o.rasd, "analyze", "--tokens", "--no-entities", "--no-events",
                          "--threads", "2", "-"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True, encoding="utf-8")

    def feed():
        with gzip.open(o.corpus, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                p.stdin.write(json.dumps({"id": r["id"], "text": r.get("text") or ""},
                                         ensure_ascii=False) + "\n")
                p.stdin.write(json.dumps({"id": r["id"] + "|t", "text": r.get("title") or ""},
                                         ensure_ascii=False) + "\n")
        p.stdin.close()
    th = threading.Thread(target=feed)
    th.start()
    out = {}
    for line in p.stdout:
        rec = json.loads(line)
        i = rec["id"]
        if i.endswith("|t"):
            out.setdefault(i[:-2], {})["title"] = vec(terms(lex, rec.get("tokens", []),
                                                             0, 1 << 62))
        else:
            raw, k = lede_of(lex, rec)
            d = out.setdefault(i, {})
            d["lede"], d["nsent"], d["nterm"] = vec(raw), k, len({s for s, _ in raw})
    th.join()
    p.wait()
    with open(o.out, "wb") as f:
        pickle.dump(out, f)
    print(f"{len(out)} articles; ledes of 1 sentence: "
          f"{sum(d.get('nsent') == 1 for d in out.values())}, empty: "
          f"{sum(not d.get('lede') for d in out.values())}", file=sys.stderr)


def cosd(a, b):
    """The cosine of two unit vectors (dicts)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[k] for k, w in a.items() if k in b)


def unit_sum(a, b):
    v = dict(a)
    for k, w in b.items():
        v[k] = v.get(k, 0.0) + w
    n = math.sqrt(sum(x * x for x in v.values()))
    return {k: x / n for k, x in v.items()} if n else {}


def pair_lede(la, lb):
    """The measures of two articles' ledes and titles (each {lede, title})."""
    ta, tb = la.get("title", {}), lb.get("title", {})
    ea, eb = la.get("lede", {}), lb.get("lede", {})
    return {"ll": cosd(ea, eb), "tl": max(cosd(ta, eb), cosd(tb, ea)),
            "hl": cosd(unit_sum(ta, ea), unit_sum(tb, eb))}


def quant(xs, qs=(0.1, 0.25, 0.5, 0.75, 0.9)):
    if not xs:
        return "–"
    xs = sorted(xs)
    return " / ".join(f"{xs[min(len(xs) - 1, int(q * len(xs)))]:.2f}" for q in qs)


def auc(pos, neg):
    """P(a gold pair scores above a hard one), ties halved."""
    if not pos or not neg:
        return float("nan")
    allv = sorted([(x, 1) for x in pos] + [(x, 0) for x in neg])
    rank, i, rsum = 1, 0, 0.0
    while i < len(allv):
        j = i
        while j < len(allv) and allv[j][0] == allv[i][0]:
            j += 1
        r = (rank + rank + (j - i) - 1) / 2
        rsum += r * sum(1 for k in range(i, j) if allv[k][1])
        rank += j - i
        i = j
    return (rsum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def best_f1(pos, neg):
    """The best F1 of `score >= t` over every t, gold the positives: (F1, t, tp, fp)."""
    best = (0.0, None, 0, 0)
    for t in sorted(set(pos) | set(neg)):
        tp = sum(x >= t for x in pos)
        fp = sum(x >= t for x in neg)
        f = 2 * tp / (tp + fp + len(pos)) if tp else 0.0
        if f > best[0]:
            best = (f, t, tp, fp)
    return best


def pairs(o, ledes):
    """(day, group, band, rel, measures, a, b) of every same-day labelled pair of the tuned
    days under the replayed decision (gold, hard, other merged)."""
    import stories_train as T
    import stories_eval as E
    import stories_errors as R
    v = json.loads(o.variant)
    lab = E.load_labels(o.labels, o.hard)
    days = sorted(d for d in lab.split if lab.split[d] == "tuned")
    with open(o.dump, "rb") as fh:
        d = pickle.load(fh)
    arts = [T.Art(a, d["kind"]) for a in d["arts"] if "body_v" in a]
    sub = T.window(arts, days, 0 if v.get("day") and not v.get("day_near") else 2)
    story_of, _ = T.replay(sub, T.Model(thr=v.get("thr", 0.30)), R.opts_of(v))
    la = [a for a in sub if a.id in lab.day and lab.day[a.id] in days]
    hard = {frozenset(p) for p in lab.hard}
    out = []
    for day in days:
        xs = [a for a in la if lab.day[a.id] == day]
        for j, b in enumerate(xs):
            for a in xs[:j]:
                if b.docid in a.copies or a.docid in b.copies:
                    continue
                g = lab.story[a.id] == lab.story[b.id]
                p = story_of[a.docid] == story_of[b.docid]
                h = frozenset((a.id, b.id)) in hard
                if not (g or h or p):
                    continue
                name = ("gold " + ("found" if p else "missed")) if g else \
                    (("hard " if h else "other ") + ("merged" if p else "apart"))
                s = T.Story(0)
                s.add(a)
                rel = T.features(b, s)[-1]
                m = pair_lede(ledes.get(a.id, {}), ledes.get(b.id, {}))
                out.append((day, name, "lo" if rel < o.cut else "hi", rel, m, a, b))
    return out


def count(o):
    with open(o.ledes, "rb") as f:
        ledes = pickle.load(f)
    rows = pairs(o, ledes)
    ms = ("rel", "ll", "tl", "hl")
    val = lambda r, k: r[3] if k == "rel" else r[4][k]   # noqa: E731
    print("| pairs | n | " + " | ".join(f"{k} q10/25/50/75/90" for k in ms) + " |")
    print("|---|---:|" + "---|" * len(ms))
    for name in ("gold found", "gold missed", "hard merged", "hard apart", "other merged"):
        for band in (None, "lo", "hi"):
            rs = [r for r in rows if r[1] == name and (band is None or r[2] == band)]
            if not rs:
                continue
            nm = name + (" " + band if band else "")
            print(f"| {nm} | {len(rs)} | " +
                  " | ".join(quant([val(r, k) for r in rs]) for k in ms) + " |")
    lo = [r for r in rows if r[2] == "lo" and r[1].split()[0] in ("gold", "hard")]
    pos = lambda k: [val(r, k) for r in lo if r[1].startswith("gold")]   # noqa: E731
    neg = lambda k: [val(r, k) for r in lo if r[1].startswith("hard")]   # noqa: E731
    print(f"\nlo pairs: {len(pos('rel'))} gold, {len(neg('rel'))} hard")
    for k in ms:
        f, t, tp, fp = best_f1(pos(k), neg(k))
        print(f"  {k}: AUC {auc(pos(k), neg(k)):.3f}; best F1 {f:.3f} at >= {t:.3f} "
              f"({tp} gold, {fp} hard)")
    for k in ("ll", "tl", "hl"):        # within the lo band, above rel's own order?
        for lo_r, hi_r in ((0.0, 0.15), (0.15, 0.29)):
            p_ = [val(r, k) for r in lo if r[1].startswith("gold") and lo_r <= r[3] < hi_r]
            n_ = [val(r, k) for r in lo if r[1].startswith("hard") and lo_r <= r[3] < hi_r]
            print(f"  {k}, rel in [{lo_r}, {hi_r}): {len(p_)} gold, {len(n_)} hard, "
                  f"AUC {auc(p_, n_):.3f}")
    # beyond step 2's line: where a gate (the hi band, which a check refuses) or a veto (the
    # merged pairs) would act
    for title, gp, hp in (("hi band: gold missed vs hard apart (a gate for the checks)",
                           "gold missed", "hard apart"),
                          ("merged: gold found vs hard merged (a veto)", "gold found",
                           "hard merged")):
        band = "hi" if "hi band" in title else None
        P = [r for r in rows if r[1] == gp and (band is None or r[2] == band)]
        N = [r for r in rows if r[1] == hp and (band is None or r[2] == band)]
        print(f"\n{title}: {len(P)} gold, {len(N)} hard")
        for k in ms:
            pv, nv = [val(r, k) for r in P], [val(r, k) for r in N]
            line = f"  {k}: AUC {auc(pv, nv):.3f};"
            for t in (0.2, 0.3, 0.4, 0.5):
                line += f" >= {t}: {sum(x >= t for x in pv)}/{sum(x >= t for x in nv)}"
            print(line)
    if o.list:
        for day, name, band, rel, m, a, b in rows:
            if name == "gold missed" or name.startswith("hard"):
                print(f"{day} {name:<12} {band} rel {rel:.2f} ll {m['ll']:.2f} tl {m['tl']:.2f} "
                      f"hl {m['hl']:.2f} {a.id} {b.id}\n      {a.title_text[:80]}\n"
                      f"      {b.title_text[:80]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sp = ap.add_subparsers(dest="cmd", required=True)
    m = sp.add_parser("make")
    m.add_argument("out")
    m.add_argument("--rasd", default=os.path.join(HERE, "..", "build", "rasd"))
    m.add_argument("--corpus", default=CORPUS)
    c = sp.add_parser("count")
    c.add_argument("dump")
    c.add_argument("variant", nargs="?")
    c.add_argument("--ledes", required=True)
    c.add_argument("--labels", required=True)
    c.add_argument("--hard", required=True)
    c.add_argument("--cut", type=float, default=0.29)
    c.add_argument("--list", action="store_true")
    o = ap.parse_args()
    if o.cmd == "make":
        make(o)
    else:
        if o.variant is None:
            import stories_errors as R
            o.variant = json.dumps(R.SHIPPED)
        count(o)


if __name__ == "__main__":
    main()
