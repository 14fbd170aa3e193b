#!/usr/bin/env python3
"""cands.py RASD OUT.json: the speaker candidates of every found quote of the read parts (branch
spk55, stop 47; docs/EVENTS.md "Issue 16: a learned speaker choice").

Runs `RASD analyze` on the labelled articles of tests/data/recall_snn.tsv (the read parts; a
row of the blind part unseen24 stops it), matches gold quotes as bench/recall/recall.py does
and, for each found quote, lists its candidates from rasd's own output: the PER, ORG and MISC
entities of the quote's sentence and the three before it (one row per entity id, its nearest
mention outside a quote), the rules' speaker (type RULE when it is no entity: a title, a
group, a source) and the speakers of the three quotes before it (type PREV). Features: type,
token distance to the cue (the cue word nearest the quote), sentences back, inside a quote,
after لـ/إلى/مع/عن (addressee), a reporting word between it and the cue, the subject of a
reporting word (one within three tokens before it), spoke before, the last speaker, mentions
before the quote; quote: the cue, the word after the cue, direct or not. Label: the candidate
shares a name with the gold speaker (recall.py's same_name; the rules' candidate: the rules'
speakers as scored). Python stdlib only."""
import sys, json, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
import recall
from recall import same_name, match_quotes, quote_speakers

AR = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ـ": None})
def norm(w):
    return re.sub(r"[\u064b-\u0652]", "", w).translate(AR)

CUES = set(); PARTS = set()
for l in open(os.path.join(ROOT, "data", "quotes.tsv"), encoding="utf-8"):
    f = l.rstrip("\n").split("\t")
    if len(f) >= 3 and f[0] in ("cue", "part", "comp"):
        w = norm(f[2].split()[0])
        (CUES if f[0] != "part" else PARTS).add(w)
def strip_conj(w):
    return w[1:] if len(w) > 3 and w[0] in "وف" else w
def is_cue(w):
    w = norm(w)
    return w in CUES or strip_conj(w) in CUES or w in PARTS or strip_conj(w) in PARTS
ADDR = ("ل", "لل", "الي", "مع", "امام", "عن", "بحسب", "حسب", "باسم", "نظيره")

def tokens(b):
    t = b.decode("utf-8")
    pos = [0]
    for ch in t:
        pos.append(pos[-1] + len(ch.encode()))
    return [(pos[m.start()], pos[m.end()], m.group())
            for m in re.finditer(r"[^\s\"'«»()\[\],.:;!?،؛]+", t)]

def main(rasd, out):
    d = analyze(rasd)
    rows = []
    for i, g in sorted(d["gold"].items()):
        part = d["parts"][i]
        if part in recall.EVENTS_ONLY or not g["Q"]:
            continue
        r = d["out"].get(i, {})
        sq = r.get("quotes", [])
        found, _, _ = match_quotes(g["Q"], sq)
        b = d["texts"][i].encode()
        toks = tokens(b)
        sents = r.get("sentences", [])
        ents = [e for e in r.get("entities", []) if e["type"] in ("PER", "ORG", "MISC")]
        order = sorted(range(len(sq)), key=lambda k: sq[k]["start"])
        for q, m in zip(g["Q"], found):
            if not m:
                continue
            best = m[0]
            k = sq.index(best)
            rows.append(quote_rows(i, part, q, best, sq, b, toks, sents, ents))
    json.dump(rows, open(out, "w"), ensure_ascii=False)
    print(len(rows), "quotes")

def analyze(rasd):
    """rasd's output on the read parts' labelled articles, with their gold and texts."""
    gold = recall.load(recall.LABELS, "all")
    parts = {}
    for l in open(recall.LABELS, encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        f = l.rstrip("\n").split("\t")
        if f[1] == "unseen24":
            sys.exit("cands.py: unseen24 is blind at stop 47")
        parts[f[0]] = f[1]
    ids = [i for i in gold if parts[i] not in recall.EVENTS_ONLY]
    docs = list(recall.articles(set(ids)))
    return {"parts": parts, "gold": gold, "out": recall.analyze_docs(rasd, docs),
            "texts": {d["id"]: d["text"] for d in docs}}

def tok_at(toks, off):
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid][1] <= off: lo = mid + 1
        else: hi = mid
    return lo

def sent_of(sents, off):
    for k, s in enumerate(sents):
        if s[0] <= off < s[1]:
            return k
    return len(sents) - 1 if sents and off >= sents[-1][0] else 0

def find_cue(b, q, toks):
    """The cue's token index: the token reading q's cue nearest the quote, outside it."""
    cue = norm(q.get("cue") or "")
    best = None
    for t, (s, e, w) in enumerate(toks):
        if norm(w) != cue or q["start"] <= s < q["end"]:
            continue
        dist = q["start"] - e if e <= q["start"] else (s - q["end"]) * 2 + 1
        if dist < 0 or dist > 600:
            continue
        if best is None or dist < best[0]:
            best = (dist, t)
    return best[1] if best else None

def quote_rows(i, part, g, q, sq, b, toks, sents, ents):
    rules_names = quote_speakers(q)
    rules_sp = q.get("speaker")
    prev = [s for s in sq if s["start"] < q["start"] and s.get("speaker")]
    prev_names = [s["speaker"]["name"] for s in prev]
    last_name = prev_names[-1] if prev_names else None
    qs = sent_of(sents, q["start"])
    qe = sent_of(sents, max(q["start"], q["end"] - 1))
    cue_t = find_cue(b, q, toks)
    anchor = toks[cue_t][0] if cue_t is not None else q["start"]
    anchor_t = cue_t if cue_t is not None else tok_at(toks, q["start"])
    lo = sents[max(0, qs - 3)][0] if sents else 0
    hi = sents[qe][1] if sents else len(b)
    cands = {}
    def add(key, name, start, end, typ, eid=None):
        c = cands.get(key)
        st = tok_at(toks, start)
        dist_t = st - anchor_t
        sd = qs - sent_of(sents, start)
        inside = any(s["start"] <= start < s["end"] for s in sq)
        f = {"name": name, "start": start, "end": end, "typ": typ, "dist_t": dist_t,
             "sd": sd, "inside": inside, "mentions": 1}
        if c is None:
            cands[key] = f
        else:
            c["mentions"] += 1
            if abs(dist_t) < abs(c["dist_t"]) and not inside or c["inside"] and not inside:
                f["mentions"] = c["mentions"]; cands[key] = f
    for e in ents:
        if lo <= e["start"] < hi:
            add(e.get("id") or e["name"], e.get("name") or e["text"], e["start"], e["end"],
                e["type"], e.get("id"))
    ment = {}
    for e in ents:
        if e["start"] < q["start"]:
            ment[e.get("id") or e["name"]] = ment.get(e.get("id") or e["name"], 0) + 1
    rule_key = None
    if rules_sp:
        for key, c in cands.items():
            if same_name(rules_sp["name"], c["name"]) and (key == rules_sp.get("id") or
                    c["name"] == rules_sp["name"]):
                rule_key = key
        if rule_key is None:
            rule_key = "R:" + rules_sp["name"]
            st = rules_sp.get("start", q["start"]); en = rules_sp.get("end", st)
            cands[rule_key] = {"name": rules_sp["name"], "start": st, "end": en, "typ": "RULE",
                               "dist_t": tok_at(toks, st) - anchor_t,
                               "sd": qs - sent_of(sents, st), "inside": False, "mentions": 1}
    for s in prev[-3:]:
        sp = s["speaker"]
        key = sp.get("id") or sp["name"]
        if key not in cands and not any(same_name(sp["name"], c["name"]) and c["name"] == sp["name"]
                                        for c in cands.values()):
            cands["P:" + key] = {"name": sp["name"], "start": sp.get("start", 0),
                                 "end": sp.get("end", 0), "typ": "PREV",
                                 "dist_t": tok_at(toks, sp.get("start", 0)) - anchor_t,
                                 "sd": qs - sent_of(sents, sp.get("start", 0)), "inside": False,
                                 "mentions": 1}
    out = []
    for key, c in cands.items():
        st = tok_at(toks, c["start"])
        before = toks[st - 1][2] if st > 0 else ""
        nb = norm(before)
        addr = any(nb == a or nb.startswith(a) and a in ("ل",) and len(nb) <= 3 for a in ADDR) \
            or (st < len(toks) and norm(toks[st][2])[:1] == "ل" and not norm(toks[st][2]).startswith("ال"))
        a0, a1 = sorted((st, anchor_t))
        verb_between = any(is_cue(toks[t][2]) for t in range(a0 + 1, a1)) if a1 - a0 < 80 else True
        subj = any(is_cue(toks[t][2]) for t in range(max(0, st - 3), st))
        c.update(key=key, is_rule=key == rule_key, subj=subj, addr=addr, verb_between=verb_between,
                 spoke_before=any(same_name(n, c["name"]) for n in prev_names),
                 last_speaker=bool(last_name) and same_name(last_name, c["name"]),
                 prior_mentions=ment.get(key, 0),
                 after_quote=c["start"] >= q["end"], before_quote=c["end"] <= q["start"],
                 label=same_name(g["speaker"], c["name"]))
        if c["is_rule"]:
            c["label"] = any(same_name(g["speaker"], n) for n in rules_names)
        out.append(c)
    nxt = ""
    if cue_t is not None and cue_t + 1 < len(toks):
        gap = b[toks[cue_t][1]:toks[cue_t + 1][0]]
        nxt = norm(toks[cue_t + 1][2]) if not gap.strip() else "PUNCT"
    return {"id": i, "part": part, "cue_next": nxt, "gold": g["speaker"], "start": g["start"],
            "qstart": q["start"], "qend": q["end"], "direct": q["direct"], "cue": q.get("cue"),
            "cue_found": cue_t is not None, "rules": rules_sp["name"] if rules_sp else None,
            "rules_ok": any(same_name(g["speaker"], n) for n in rules_names), "cands": out}

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
