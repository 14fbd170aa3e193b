#!/usr/bin/env python3
"""tools/stories_train.py — trains the story scorer (data/stories.model) on the tuned days.

    build/rasd ingest --db S.db ../shared/data/saudinewsnet/articles.jsonl.gz
    python3 tools/stories_data.py S.db build/stories.pickle          # the dump
    python3 tools/stories_train.py build/stories.pickle [--cv] [--unseen] [--out data/stories.model]
                                   [--life DAYS] [--prior W [--prior-bias]] [--l2 L] [--drop F,..]
    python3 tools/stories_train.py build/stories.pickle --prior-only --prior 20 --prior-bias \
                                   --life 1 --member 0.2 --day --day-near 0.5 --place-key 2 \
                                   --prefer P \
                                   --out data/stories.model          # the shipped model

The trainer replays rasd's online clustering (src/store/stories.c: copies join their source's
story; candidates from the inverted index over the active stories, most shared keys first, at
most 24; join the most probable when it reaches the threshold, else a new story) over the
dump's articles in ingest order, with the features of src/stories/score.c for each (article,
candidate story): a change there is a change here. With the hand-set scorer this replay gives
the C ingest's figures within a few pairs (tuned days F1 0.796 against 0.800).

Training rows come from the TUNED days only: (1) every pair of labelled articles of one day
that share an index key, are one story or are a hard negative (the later article against a
story of the earlier alone); (2) in a replay with the hand-set scorer, the candidates of
labelled articles whose story holds labelled articles of the same day (positive when one of
them is in the article's gold story). The scorer is logistic regression (Newton's method) with
an L2 penalty towards a prior: --prior W centres the weight of "related" (the hand-set score)
on W and, with --prior-bias, the bias on -T W (T: --hand-thr, 0.30 by default), so that the
prior alone is the hand-set scorer (p = 0.5 at related = T); --rounds N adds DAgger rounds (rows of replays with the
last model). --cv: leave one tuned day out (train on the other three, replay, score the day),
pooled over the four days; --unseen: the final model's replay scored on the unseen days (a
milestone figure: never tune on it). The unseen days' labels are never read for training.
Replays cover the --span days (default 3) before each scored day, not the whole stream.
Standard library only; a cross-validation takes a few minutes of one core.
"""
import argparse, collections, math, os, pickle, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
import stories_eval  # noqa: E402

SIGMA = 3.0
WINDOW = 7.0
KEYS = 12          # body terms and entities; then TITLE_KEYS title terms (STORY_KEYS 14)
TITLE_KEYS = 2
KEY_LIMIT = 400
CANDIDATES = 24
MEMBERS = 16        # STORY_MEMBERS: the newest members (by docid) of the member check

# The features, in the order of data/stories.model.
FEATURES = ["cos_title", "cos_body", "cos_both", "cos_ent", "cos_place", "event_shared",
            "place_conflict", "g_newest", "g_oldest", "g_mean", "age", "log_size",
            "short", "short_x_ent", "undated", "cos_entall", "related"]


def gauss(dt):
    return math.exp(-dt * dt / (2 * SIGMA * SIGMA))


def dot(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum([a[k] * b[k] for k in a.keys() & b.keys()])     # the shared keys (fast)


def norm2(a):
    return sum(w * w for w in a.values())


# The signature (--sig): what the article is about beyond its words, as the C clustering's
# class-3 keys of the entity vector (STORY_K_SIG) read back from the dump, or, for a dump
# made before them, computed here from its stored mentions: the persons named in the first
# SIG["lead"] bytes of its text, each weighing its IDF over the dump's articles (SIG["df"]).
SIG = {"lead": 0, "types": ("PER",), "df": None, "n": 1}


def sig_of(a):
    """An article's signature vector from its stored mentions (L2-normalised)."""
    v = collections.Counter()
    for st, e, t in a.get("mentions", ()):
        if st < SIG["lead"] and t in SIG["types"]:
            v[e] += 1
    df, n = SIG["df"] or {}, SIG["n"]
    out = {k: (1 + math.log(c)) * math.log((n + 1) / (df.get(k, 0) + 1)) for k, c in v.items()}
    nn = math.sqrt(sum(x * x for x in out.values()))
    return {k: x / nn for k, x in out.items()} if nn else {}


def sig_df(raw):
    """SIG's document frequencies from a dump's articles (raw dicts)."""
    df = collections.Counter()
    for a in raw:
        df.update({m[1] for m in a.get("mentions", ())})
    SIG["df"], SIG["n"] = df, len(raw)


class Art:
    __slots__ = ("docid", "id", "t", "title", "body", "both", "ent", "place", "event", "keys",
                 "n2", "copies", "nbody", "entall", "date_at", "clu", "sig", "base",
                 "title_text", "_ords", "evk", "days", "spec")

    def __init__(self, a, kind):
        self.docid, self.id = a["docid"], a["id"]
        self.t = a.get("t")
        self.title_text = a.get("title", "")
        self.title = a.get("title_v", {})
        self.body = a.get("body_v", {})
        ent = a.get("ent_v", {})
        self.sig = {k: w for k, w in ent.items() if kind.get(k) == "sig"}
        if self.sig:
            ent = {k: w for k, w in ent.items() if kind.get(k) != "sig"}
        elif SIG["lead"]:
            self.sig = sig_of(a)
        self.entall = ent
        self.ent = {k: w for k, w in ent.items() if kind.get(k, "ent") == "ent"}
        self.place = {k: w for k, w in ent.items() if kind.get(k) == "place"}
        self.event = {k for k in ent if kind.get(k) == "event"}
        self.evk = event_keys(a)
        self.days = {v for v in a.get("dates", ()) if len(v) == 10}   # resolved to a day
        self.copies = a.get("copies", [])
        self.date_at = a.get("date_at", [])
        self.clu = a.get("clu_v", {})   # word-cluster ids' TF-IDF (the --clu experiment)
        self.spec = SPEC.get(self.id, {})   # specific tokens by kind (--spec, stories51)
        self.nbody = len(self.body)
        self.base = BASE.get(self.id, {})   # the baseline's whole-text vector, when loaded
        set_keys(self, TITLE_KEYS)
        self.both = dict(self.body)
        for k, w in self.title.items():
            self.both[k] = self.both.get(k, 0.0) + w
        self.n2 = {"title": norm2(self.title), "body": norm2(self.body), "ent": norm2(self.ent),
                   "place": norm2(self.place), "both": norm2(self.both),
                   "entall": norm2(self.entall), "clu": norm2(self.clu),
                   "sig": norm2(self.sig), "base": norm2(self.base)}


def event_keys(a):
    """The dump's events done as loose keys, kind (CAMEO root) + place id and kind + actor
    id, dates aside (the day bound keeps a story to a day): --evb (stories20)."""
    ev = a.get("events", ())
    return {(e[1][:2], "p", e[3]) for e in ev if e[3]} | \
        {(e[1][:2], "a", x) for e in ev for x in e[2] if x}


def set_keys(a, title_keys=TITLE_KEYS):
    """A's index keys as story_feat_keys: 8 heaviest body terms, 4 heaviest entities, then
    TITLE_KEYS (2) title terms not yet keys; --title-keys N (the model's title_keys,
    stories18): N of them."""
    b = sorted(a.body.items(), key=lambda kv: (-kv[1], kv[0]))[:KEYS - 4]
    e = sorted(a.entall.items(), key=lambda kv: (-kv[1], kv[0]))[:KEYS - len(b)]
    a.keys = [k for k, _ in b] + [k ^ 0x9E3779B9 for k, _ in e]
    t = [k for k, _ in sorted(a.title.items(), key=lambda kv: (-kv[1], kv[0]))
         if k not in a.keys]
    a.keys += t[:title_keys]


class Story:
    __slots__ = ("id", "title", "body", "both", "ent", "place", "event", "n2", "oldest",
                 "newest", "tsum", "ndated", "size", "keys", "members", "entall", "clu", "sig",
                 "base", "evk", "days", "spec")

    def __init__(self, sid):
        self.id = sid
        self.title, self.body, self.both, self.ent, self.place = {}, {}, {}, {}, {}
        self.entall, self.clu, self.sig, self.base = {}, {}, {}, {}
        self.event = collections.Counter()
        self.n2 = {"title": 0.0, "body": 0.0, "ent": 0.0, "place": 0.0, "both": 0.0,
                   "entall": 0.0, "clu": 0.0, "sig": 0.0, "base": 0.0}
        self.oldest = self.newest = None
        self.tsum, self.ndated, self.size = 0.0, 0, 0
        self.keys, self.members = set(), []
        self.evk, self.days = set(), set()
        self.spec = {}

    def add(self, a):
        for name in ("title", "body", "both", "ent", "place", "entall", "clu", "sig", "base"):
            s, x = getattr(self, name), getattr(a, name)
            self.n2[name] += 2 * dot(s, x) + a.n2[name]
            for k, w in x.items():
                s[k] = s.get(k, 0.0) + w
        self.event.update(a.event)
        self.evk |= a.evk
        self.days |= a.days
        for k, v in a.spec.items():
            self.spec.setdefault(k, collections.Counter()).update(v)
        if a.t is not None:
            self.oldest = a.t if self.oldest is None else min(self.oldest, a.t)
            self.newest = a.t if self.newest is None else max(self.newest, a.t)
            self.tsum += a.t
            self.ndated += 1
        self.size += 1
        self.members.append(a.docid)


def cos(a, a2, s, s2):
    return dot(a, s) / math.sqrt(a2 * s2) if a2 > 0 and s2 > 0 else 0.0


def features(a, s):
    ct = cos(a.title, a.n2["title"], s.title, s.n2["title"])
    cb = cos(a.body, a.n2["body"], s.body, s.n2["body"])
    # both: (title + body) of the article against (title + body) of the story
    cboth = cos(a.both, a.n2["both"], s.both, s.n2["both"])
    ce = cos(a.ent, a.n2["ent"], s.ent, s.n2["ent"])
    cp = cos(a.place, a.n2["place"], s.place, s.n2["place"])
    ev = 1.0 if any(k in s.event for k in a.event) else 0.0
    pconf = 1.0 if a.place and s.place and cp == 0 else 0.0
    if a.t is None or s.ndated == 0:
        gn = go = gm = 1.0
        age, und = 0.0, 1.0
    else:
        mean = s.tsum / s.ndated
        gn, go, gm = gauss(a.t - s.newest), gauss(a.t - s.oldest), gauss(a.t - mean)
        if s.oldest <= a.t <= s.newest:
            gn = 1.0
        age = min(abs(a.t - s.oldest), 7.0) / 7.0
        und = 0.0
    short = 1.0 if a.nbody < 24 else 0.0
    cea = cos(a.entall, a.n2["entall"], s.entall, s.n2["entall"])
    # related: the hand-set scorer before the model (story_related in score.c)
    wt = 0.2 if a.n2["title"] > 0 and s.n2["title"] > 0 else 0.0
    we = 0.25 if a.n2["entall"] > 0 and s.n2["entall"] > 0 else 0.0
    rel = (0.55 * cb + wt * ct + we * cea) / (0.55 + wt + we)
    if not und:
        rel *= 0.5 + 0.5 * max(gn, go, gm)
    x = [ct, cb, cboth, ce, cp, ev, pconf, gn, go, gm, age, math.log1p(s.size) / 5,
         short, short * ce, und, cea, rel]
    if "cos_base" in FEATURES:     # --base-feature: the baseline's whole-text cosine (stories15)
        x.insert(-1, cos(a.base, a.n2["base"], s.base, s.n2["base"]))
    return x


def pair_both(a, b):
    """story_pair_both: the cosine of two articles' titles and bodies together."""
    return cos(a.both, a.n2["both"], b.both, b.n2["both"])


def pair_title(a, b):
    return cos(a.title, a.n2["title"], b.title, b.n2["title"])


def member_check(a, s, opts, by_docid):
    """member_check of src/store/stories.c: is A near one of S's newest members? With
    --member-title T, a member whose title cosine reaches T passes at --member-lo."""
    if not opts.member > 0:
        return True
    me = getattr(opts, "member_ent", 0.0)
    for d in sorted(s.members, reverse=True)[:MEMBERS]:
        b = by_docid[d]
        c = pair_both(a, b)
        if c >= opts.member and (not me or member_ent_ok(a, b, c, opts)) and \
                member_sig_ok(a, b, opts) and member_ord_ok(a, b, opts):
            return True
        cm = getattr(opts, "clu_member", 0.0)
        if cm and cos(a.clu, a.n2["clu"], b.clu, b.n2["clu"]) >= cm:
            return True
        if opts.member_title and c >= opts.member_lo and pair_title(a, b) >= opts.member_title:
            return True
        sm = getattr(opts, "sig_member", 0.0)
        if sm and pair_sig(a, b) >= sm:
            return True
    return False


def member_ent_ok(a, b, c, opts):
    """--member-ent E (stories16): a member passes the member check only when it and the
    article also share named entities, their entity ids' cosine (class 0; with
    member_ent_all the whole entity vector) reaching E, unless either names none
    (member_ent_free) or their words are a reprint's (c >= member_ent_hi)."""
    hi = getattr(opts, "member_ent_hi", 0.0)
    if hi and c >= hi:
        return True
    name = "entall" if getattr(opts, "member_ent_all", False) else "ent"
    x, y = getattr(a, name), getattr(b, name)
    if getattr(opts, "member_ent_free", False) and (not x or not y):
        return True
    return cos(x, a.n2[name], y, b.n2[name]) >= opts.member_ent


def member_sig_ok(a, b, opts):
    """member_sig S (stories17, replay only): a member passes the member check only when its
    lead persons (the signature: persons named in the first 600 bytes) and the article's
    meet, their cosine reaching S, unless either names none or their words are a reprint's
    (member_ent_hi): two condolence calls, two officials' inspections, named by their
    receivers at their start."""
    ms = getattr(opts, "member_sig", 0.0)
    if not ms or not a.sig or not b.sig:
        return True
    hi = getattr(opts, "member_ent_hi", 0.0)
    if hi and pair_both(a, b) >= hi:
        return True             # a reprint's words (member_ent_hi) pass this check too
    se = getattr(opts, "member_sig_ent", 0.0)
    if se and pair_ent_ids(a, b) >= se:
        return True             # member_sig_ent: entities shared that much pass too
    return pair_sig(a, b) >= ms


ORDINALS = {"اول": 1, "الاول": 1, "اولى": 1, "الاولى": 1, "ثاني": 2, "الثاني": 2,
            "ثانية": 2, "الثانية": 2, "ثالث": 3, "الثالث": 3, "ثالثة": 3, "الثالثة": 3,
            "رابع": 4, "الرابع": 4, "رابعة": 4, "الرابعة": 4, "خامس": 5, "الخامس": 5,
            "خامسة": 5, "الخامسة": 5}


def title_ordinals(a):
    """The ordinal words (first .. fifth) of A's title, as a set of numbers."""
    if not hasattr(a, "_ords"):
        t = a.title_text.replace("أ", "ا").replace("إ", "ا")
        for ch in "\"'«»()[]{}.,:;!?؟،-–—/":
            t = t.replace(ch, " ")
        out = set()
        for w in t.split():
            w = w[1:] if w[:1] in ("و", "ب", "ل") and w[1:] in ORDINALS else w
            if w in ORDINALS:
                out.add(ORDINALS[w])
        a._ords = out
    return a._ords


def member_ord_ok(a, b, opts):
    """member_ord (stories17, replay only): a member whose title names an ordinal (the first,
    the second ...) none of which the article's title names, while the article's names one,
    does not pass: the first and the second relief plane to Aden."""
    if not getattr(opts, "member_ord", False):
        return True
    x, y = title_ordinals(a), title_ordinals(b)
    return not x or not y or bool(x & y)


def pair_ent_ids(a, b):
    return cos(a.ent, a.n2["ent"], b.ent, b.n2["ent"])


def story_ord_ok(a, s, by_docid, opts):
    """story_ord (stories17, replay only): an article whose title names an ordinal (the
    second plane) does not join a story one of whose members' titles names another and
    none names the article's."""
    if not getattr(opts, "story_ord", False):
        return True
    x = title_ordinals(a)
    if not x:
        return True
    y = set()
    for d in s.members:
        y |= title_ordinals(by_docid[d])
    return not y or bool(x & y)


def pair_ent(a, b):
    return cos(a.entall, a.n2["entall"], b.entall, b.n2["entall"])


SPEC = {}          # --spec: article id -> {kind: frozenset} (tools/stories_spec.py --sets)


def spec_shared(a, s, opts, by_docid):
    """--spec (stories51): how many of A's specific tokens of the kinds spec_kind (numbers,
    rare numbers, word 4-grams, quoted phrases, rare words: tools/stories_spec.py) the story
    holds: any member's (spec_mem 0) or, with spec_mem 1, the most one of its newest members
    shares with A."""
    kinds = opts.spec_kind.split(",")
    if getattr(opts, "spec_mem", 0):
        best = 0
        for d in sorted(s.members, reverse=True)[:MEMBERS]:
            b = by_docid[d]
            best = max(best, sum(len(a.spec.get(k, ()) & b.spec.get(k, frozenset()))
                                 for k in kinds))
        return best
    return sum(sum(1 for x in a.spec.get(k, ()) if x in s.spec.get(k, ())) for k in kinds)


BASE = {}          # --single's "base" pair: article id -> the baseline's whole-text vector
BASE80 = {}        # "base80": the same cut to its 80 heaviest words (rasd keeps 16 + 64)


XF = {}            # --xfacts (stories54): article id -> tools/stories_xfeat.py's facts_of


def x_agree(a, s, opts, by_docid, kinds):
    """stories54: does the extraction of A agree (tools/stories_xfeat.py's pair_x, any of
    KINDS: "ev_any", "spk", "num", "rdate", "agree", "agree2" ...) with that of one of S's
    newest members at least xg_lo near (story_pair_both)?"""
    import stories_xfeat as X
    fa = XF.get(a.id)
    if fa is None:
        return False
    lo = getattr(opts, "xg_lo", 0.0)
    for d in sorted(s.members, reverse=True)[:MEMBERS]:
        b = by_docid[d]
        fb = XF.get(b.id)
        if fb is None or (lo and pair_both(a, b) < lo):
            continue
        px = X.pair_x(fa, fb)
        if any(px[k] for k in kinds):
            return True
    return False


def x_conflict(a, s, opts, by_docid):
    """stories54's veto: A's extraction conflicts (kinds xv) with that of the story's
    nearest member, and agrees with it on none of xg's kinds (or "agree")."""
    import stories_xfeat as X
    fa = XF.get(a.id)
    if fa is None:
        return False
    b = max((by_docid[d] for d in sorted(s.members, reverse=True)[:MEMBERS]),
            key=lambda m: pair_both(a, m))
    fb = XF.get(b.id)
    if fb is None:
        return False
    px = X.pair_x(fa, fb)
    agree = (getattr(opts, "xg", "") or "agree").split(",")
    return any(px[k] for k in opts.xv.split(",")) and not any(px[k] for k in agree)


LEDE = {}          # --ledes (lede60): article id -> tools/stories_lede.py's {lede, title}


def lede_near(a, s, opts, by_docid):
    """lede60: the highest of A's lede measure (lede_k: "ll" lede-lede, "tl" title-lede, "hl"
    title and lede; tools/stories_lede.py's pair_lede) with one of S's newest members."""
    import stories_lede as L
    la = LEDE.get(a.id)
    if la is None:
        return 0.0
    k = getattr(opts, "lede_k", "hl") or "hl"
    return max((L.pair_lede(la, LEDE.get(by_docid[d].id, {}))[k]
                for d in sorted(s.members, reverse=True)[:MEMBERS]), default=0.0)


def link_score(a, s, by_docid, mode):
    """--single with another pair similarity (experiments): "title", the higher of
    story_pair_both and the titles' cosine; "ent", 0.75 story_pair_both + 0.25 the whole
    entity vectors' cosine (the hand-set scorer's share of entities); "base", the cosine of
    bench/stories_baseline.py's whole-text vectors (tools/stories_cv.py's base_vectors);
    "base80", those cut to their 80 heaviest words."""
    best = -1.0
    for d in sorted(s.members, reverse=True)[:MEMBERS]:
        b = by_docid[d]
        c = pair_both(a, b)
        if mode in ("base", "base80"):
            v = BASE if mode == "base" else BASE80
            c = dot(v.get(a.id, {}), v.get(b.id, {}))
        elif mode == "title":
            c = max(c, pair_title(a, b))
        elif mode == "ent":
            c = 0.75 * c + 0.25 * pair_ent(a, b)
        best = max(best, c)
    return best


def nearest_member(a, s, by_docid):
    return max(pair_both(a, by_docid[d]) for d in sorted(s.members, reverse=True)[:MEMBERS])


def same_day(a, s):
    """The calendar-day bound: A's day (UTC) is the day of S's first and newest article."""
    if a.t is None or s.oldest is None:
        return True
    d = math.floor(a.t)
    return math.floor(s.oldest) == d and math.floor(s.newest) == d


def near_day(a, s, by_docid):
    """--day-member (stories18): the cosine (story_pair_both) of A with the nearest of S's
    newest members published on A's calendar day (UTC); -1 when none is."""
    if a.t is None:
        return -1.0
    d = math.floor(a.t)
    c = [pair_both(a, by_docid[m]) for m in sorted(s.members, reverse=True)[:MEMBERS]
         if by_docid[m].t is not None and math.floor(by_docid[m].t) == d]
    return max(c) if c else -1.0


SEED = 3            # the story's first members that --seed compares the article with


def seed_near(a, s, by_docid):
    """The nearest of S's first SEED members (by docid) to A: how far the story has drifted."""
    return max(pair_both(a, by_docid[d]) for d in sorted(s.members)[:SEED])


def is_ahead(a, lead):
    """The model's ahead (story_ahead in src/stories/vec.c): a date of a full day after the
    article's publication day starts in the first LEAD bytes of its text: it announces a
    coming event (the labelling rule: an announcement before an event is not the event)."""
    if not lead or a.t is None:
        return False
    import datetime
    day = datetime.date(1970, 1, 1) + datetime.timedelta(days=math.floor(a.t))
    return any(st < lead and len(v) == 10 and v > day.isoformat() for st, v in a.date_at)


def top_keys(v, n):
    return [k for k, _ in sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def key_shared(a, s, opts):
    """--pkey N / --ekey N: one of A's N heaviest places (entities) is among the story's
    places (entities), when both have some."""
    for n, av, sv, sym in ((getattr(opts, "pkey", 0), a.place, s.place,
                            getattr(opts, "psym", False)),
                           (getattr(opts, "ekey", 0), a.ent, s.ent, getattr(opts, "psym", False)),
                           (getattr(opts, "skey", 0) if a.t is not None else 0, a.sig, s.sig,
                            getattr(opts, "ssym", False))):     # the sig key: dated only
        if n and av and sv and not any(k in sv for k in top_keys(av, n)):
            if sym and any(k in av for k in top_keys(sv, n)):
                continue    # --place-sym: the story's heaviest place is one of the article's
            return False
    return True


def related_var(x, a, s, opts):
    """`related` with another title weight (--title-w) or a decay against the story's newest
    article (--decay DAYS, a Gaussian of that sigma on top of the 3-day one)."""
    ct, cb, cea = x[0], x[1], x[15]
    gn, go, gm, und = x[7], x[8], x[9], x[14]
    tw = 0.2 if opts.title_w is None else opts.title_w
    wt = tw if a.n2["title"] > 0 and s.n2["title"] > 0 else 0.0
    ew = getattr(opts, "ent_w", None)      # --ent-w (stories22): the entities' weight
    we = (0.25 if ew is None else ew) if a.n2["entall"] > 0 and s.n2["entall"] > 0 else 0.0
    wc = getattr(opts, "clu", 0.0)
    cc = cos(a.clu, a.n2["clu"], s.clu, s.n2["clu"]) if wc else 0.0
    fl = getattr(opts, "clu_floor", 0.0)
    cc = max(0.0, (cc - fl) / (1 - fl)) if fl else cc
    wc = wc if a.clu and s.clu else 0.0
    wb = getattr(opts, "base_w", 0.0) if a.base and s.base else 0.0
    cbase = cos(a.base, a.n2["base"], s.base, s.n2["base"]) if wb else 0.0
    rel = (0.55 * cb + wt * ct + we * cea + wc * cc + wb * cbase) / (0.55 + wt + we + wc + wb)
    if not und:
        rel *= 0.5 + 0.5 * max(gn, go, gm)
        if opts.decay and a.t is not None and s.newest is not None:
            dt = max(0.0, a.t - s.newest)
            rel *= 0.5 + 0.5 * math.exp(-dt * dt / (2 * opts.decay * opts.decay))
    return rel


def sig_bonus(x, a, s, w):
    """--sig W (the model's sig): W times the cosine of the article's signature with the
    story's, times the time factor of `related` (0.5 + 0.5 g), added to `related`."""
    c = cos(a.sig, a.n2["sig"], s.sig, s.n2["sig"])
    if not c:
        return 0.0
    gn, go, gm, und = x[7], x[8], x[9], x[14]
    return w * c * (1.0 if und else 0.5 + 0.5 * max(gn, go, gm))


def pair_sig(a, b):
    return cos(a.sig, a.n2["sig"], b.sig, b.n2["sig"])


def hand_score(x):
    """The hand-set scorer of src/stories/vec.c before this model (the feature "related")."""
    return x[FEATURES.index("related")]


class Model:
    def __init__(self, w=None, b=0.0, thr=0.5):
        self.w, self.b, self.thr = w, b, thr

    def score(self, x):
        if self.w is None:
            return hand_score(x)
        z = self.b + sum(wi * xi for wi, xi in zip(self.w, x))
        return 1 / (1 + math.exp(-max(-30, min(30, z))))


def replay(arts, model, opts, lab=None, train_days=None):
    """Online clustering of ARTS in order. Returns ({docid: story id}, rows) where rows are
    (day, x, y) for the labelled articles of TRAIN_DAYS."""
    story_of, stories, index = {}, {}, collections.defaultdict(list)
    rows = []
    latest = swept = None
    active = set()
    next_id = 1
    life = opts.life
    by_docid = {}
    single = getattr(opts, "single", 0.0)
    thr = single if single else model.thr
    dmem = getattr(opts, "day_member", 0.0)
    bridges = []
    for a in arts:
        by_docid[a.docid] = a
        sid = None
        near_of = {}

        def near(s):
            """nearest_member(a, s), once per candidate"""
            if s.id not in near_of:
                near_of[s.id] = nearest_member(a, s, by_docid)
            return near_of[s.id]
        xg_of = {}
        lede_of = {}

        def lnear(s):
            """lede_near(a, s), once per candidate (lede60)"""
            if s.id not in lede_of:
                lede_of[s.id] = lede_near(a, s, opts, by_docid)
            return lede_of[s.id]

        def lgate(s, check):
            """lede60: lede_g T lets A past the check CHECK ("m", "p", "d"; lede_checks)
            when its lede measure with one of the story's newest members reaches T"""
            g = getattr(opts, "lede_g", 0.0)
            return bool(g) and check in getattr(opts, "lede_checks", "mpd") and lnear(s) >= g

        def xgate(s, check):
            """stories54: xg KINDS lets A past the check CHECK ("m" member, "p" place key,
            "d" day bound; xg_checks) when its extraction agrees with a newest member's"""
            xg = getattr(opts, "xg", "")
            if not xg or check not in getattr(opts, "xg_checks", "mpd"):
                return False
            if s.id not in xg_of:
                xg_of[s.id] = x_agree(a, s, opts, by_docid, xg.split(","))
            return xg_of[s.id]
        for c in (() if getattr(opts, "nocopy", False) else a.copies):
            if c in story_of:
                sid = story_of[c]
                break
        bridge = getattr(opts, "bridge", 0)
        csid = sid
        if bridge and csid is not None:
            # --bridge (stories50): a copy joins its source's story, but it links that story
            # to a second one of the same calendar day: 1 when its copies sit in both, 2 also
            # when it passes every check of the other story, as an article that is no copy
            for c in a.copies:
                o_ = story_of.get(c)
                if o_ is not None and o_ != csid and same_day(a, stories[o_]) and \
                        same_day(a, stories[csid]):
                    bridges.append((csid, o_))
        if sid is None or bridge >= 2:
            hits = collections.Counter()
            for k in a.keys:
                for s_id in index.get(k, ()):
                    s = stories[s_id]
                    if latest is not None and s.newest is not None and \
                            s.newest < latest - WINDOW:
                        continue
                    if a.t is not None and s.newest is not None:
                        if s.newest < a.t - WINDOW or s.oldest > a.t + WINDOW:
                            continue
                        if life and (a.t - s.oldest > life or s.newest - a.t > life) and \
                                not (dmem and a.t - s.oldest > life and
                                     s.newest - a.t <= life and
                                     math.floor(s.newest) == math.floor(a.t)):
                            continue    # --day-member: past its life, but it has
                            #             members of the article's day (a day-bound candidate)
                    if opts.day and not opts.day_near and not same_day(a, s):
                        continue
                    hits[s_id] += 1
            cands = sorted(hits, key=lambda i: (-hits[i], i))[:CANDIDATES]
            st = getattr(opts, "stats", None)
            if st is not None:      # candidates an article gets: eligible stories that share
                st["arts"] += 1     # a key, the scored ones, and the index's postings read
                st["touched"] += len(hits)
                st["scored"] += len(cands)
                st["postings"] += sum(len(index.get(k, ())) for k in a.keys)
            best, top, top_rank = None, -1.0, -1.0
            other = None
            lab_a = lab is not None and train_days and a.id in lab.day and \
                lab.day[a.id] in train_days
            for s_id in cands:
                s = stories[s_id]
                x = features(a, s) if not single or lab_a or getattr(opts, "prefer", 0.0) \
                    else None
                if x is None:
                    pass
                elif getattr(opts, "title_w", None) is not None or getattr(opts, "decay", 0.0) \
                        or getattr(opts, "clu", 0.0) or getattr(opts, "base_w", 0.0) \
                        or getattr(opts, "ent_w", None) is not None:
                    x[-1] = related_var(x, a, s, opts)
                if x is not None and getattr(opts, "sig", 0.0):
                    x[-1] += sig_bonus(x, a, s, opts.sig)
                if x is not None and getattr(opts, "nmax", None) is not None:
                    # --nmax D (stories22): the score is the higher of `related` (the story's
                    # sum) and the nearest of its newest members' cosine less D
                    x[-1] = max(x[-1], near(s) - opts.nmax)
                if x is not None and (getattr(opts, "evb", 0.0) or getattr(opts, "dtb", 0.0)):
                    # evb / dtb W: an event key / a date resolved to a day
                    x[-1] += getattr(opts, "evb", 0.0) * bool(a.evk & s.evk) + \
                        getattr(opts, "dtb", 0.0) * bool(a.days & s.days)  # shared (stories20)
                if x is not None and getattr(opts, "spec", 0.0):
                    # spec W (stories51): + W when the article and the story share at least
                    # spec_n specific tokens (numbers, 4-grams ...: spec_shared)
                    x[-1] += opts.spec * (spec_shared(a, s, opts, by_docid) >=
                                          getattr(opts, "spec_n", 1))
                if x is not None and getattr(opts, "xb", 0.0):
                    # xb W (stories54): + W when the extraction agrees (kinds xb_kind) with
                    # one of the story's newest members
                    x[-1] += opts.xb * x_agree(a, s, opts, by_docid,
                                               getattr(opts, "xb_kind", "agree").split(","))
                if x is not None and getattr(opts, "lede_b", 0.0):
                    # lede_b W (lede60): + W when the lede measure with one of the story's
                    # newest members reaches lede_t
                    x[-1] += opts.lede_b * (lnear(s) >= getattr(opts, "lede_t", 0.0))
                # --single C (the model's single): single link, the score is the cosine of
                # the nearest of the story's newest members, not the story's sum
                sc = (near(s) if not getattr(opts, "pair", "") else
                      link_score(a, s, by_docid, opts.pair)) if single else model.score(x)
                orc = getattr(opts, "oracle", None)
                o_ = None
                if orc is not None:     # stories53's ceiling: the labels decide a labelled
                    o_ = orc(a, s, by_docid)    # article's joins (1 or 0), None: the model
                    sc = sc if o_ is None else o_
                if sc >= thr and getattr(opts, "evkey", False) and a.event and s.event and \
                        not any(k in s.event for k in a.event):
                    sc = 0.0        # both report events, none shared (an experiment)
                if sc >= thr and getattr(opts, "seed", 0.0) and \
                        seed_near(a, s, by_docid) < opts.seed:
                    sc = 0.0        # drifted: not near the story's first members
                if sc >= thr and (getattr(opts, "pkey", 0) or getattr(opts, "ekey", 0) or
                                        getattr(opts, "skey", 0)) \
                        and not key_shared(a, s, opts) and \
                        not (getattr(opts, "place_near", 0.0) and
                             near(s) >= opts.place_near) and not xgate(s, "p") and \
                        not lgate(s, "p"):
                    sc = 0.0        # the article's own place or actor is not the story's
                    #                 (--place-near C: unless it restates one of its members)
                if sc >= thr and not member_check(a, s, opts, by_docid) and \
                        not xgate(s, "m") and not lgate(s, "m"):
                    sc = 0.0
                if sc >= thr and getattr(opts, "lede_v", 0.0) and lnear(s) < opts.lede_v:
                    sc = 0.0        # lede_v T (lede60): no member's lede is that near
                if sc >= thr and getattr(opts, "xv", "") and x_conflict(a, s, opts, by_docid):
                    sc = 0.0        # xv KINDS (stories54): the extraction conflicts
                sv = getattr(opts, "spec_veto", "")
                if sc >= thr and sv and a.spec.get(sv) and s.spec.get(sv) and \
                        not any(k in s.spec[sv] for k in a.spec[sv]):
                    sc = 0.0        # spec_veto K (stories51): both hold specific tokens of
                    #                 kind K (numbers ...) and share none
                if sc >= thr and not story_ord_ok(a, s, by_docid, opts):
                    sc = 0.0
                # --base-veto T (stories15): the baseline's whole-text cosine to one of the
                # story's newest members must reach T too; base_cveto: to the story's sum
                if sc >= thr and getattr(opts, "base_veto", 0.0) and \
                        link_score(a, s, by_docid, "base") < opts.base_veto:
                    sc = 0.0
                if sc >= thr and getattr(opts, "base_cveto", 0.0) and \
                        cos(a.base, a.n2["base"], s.base, s.n2["base"]) < opts.base_cveto:
                    sc = 0.0
                lead = getattr(opts, "ahead", 0)
                if sc >= thr and lead and \
                        is_ahead(a, lead) != is_ahead(by_docid[s.members[0]], lead):
                    sc = 0.0        # an announcement and the event's reports: two stories
                if sc >= thr and opts.day and not same_day(a, s) and \
                        near(s) < opts.day_near and \
                        not (dmem and near_day(a, s, by_docid) >= dmem) and \
                        not xgate(s, "d") and not lgate(s, "d"):
                    sc = 0.0        # another day's story, and no reprint of its members
                    #                 (--day-member C: nor that near one of its members
                    #                 of the article's own day)
                # --prefer L (best_story in stories.c): a candidate that passes ranks by
                # related + L ln(1 + size) / 5, above every one that does not
                pref = getattr(opts, "prefer", 0.0)
                rank = 2 + x[-1] + pref * x[11] if sc >= thr and pref > 0 else sc
                if sc >= thr and pref > 0 and getattr(opts, "day_last", False) and \
                        opts.day and not same_day(a, s):
                    rank -= 1       # --day-last: another day's story ranks below every
                    #                 passing story of the article's own day (stories18)
                if o_ == 1.0 and sc >= thr:
                    rank += 10      # the oracle's story (its mates) before any other
                if rank > top_rank:
                    best, top, top_rank = s_id, sc, rank
                if sc >= thr and csid is not None and s_id != csid and \
                        (other is None or rank > other[0]):
                    other = (rank, s_id)    # --bridge 2: the best passing story but the copy's
                if lab_a:
                    day = lab.day[a.id]
                    same = [by_docid[m].id for m in s.members
                            if by_docid[m].id in lab.day and lab.day[by_docid[m].id] == day]
                    if same:
                        y = 1 if any(lab.story[i] == lab.story[a.id] for i in same) else 0
                        rf = getattr(opts, "row_fn", None)     # stories19's richer rows
                        rows.append(rf(day, x, y, a, s, same, by_docid, near) if rf else
                                    (day, x, y))
            if opts.link and not (best is not None and top >= thr):
                # single link: the story of the nearest member, when near enough
                nl = [(nearest_member(a, stories[i], by_docid), -i) for i in cands]
                if nl and max(nl)[0] >= opts.link:
                    best, top = -max(nl)[1], thr
            if csid is not None:
                sid = csid          # --bridge 2: the copy stays in its source's story
                if bridge >= 3 and other is not None and not same_day(a, stories[csid]) and \
                        same_day(a, stories[other[1]]) and \
                        near(stories[other[1]]) >= getattr(opts, "bridge_near", 0.0):
                    sid = other[1]  # --bridge 3: a reprint of another day's story joins a
                    other = None    # story of its own day that it passes
                if other is not None and same_day(a, stories[other[1]]) and \
                        same_day(a, stories[csid]) and \
                        near(stories[other[1]]) >= getattr(opts, "bridge_near", 0.0):
                    bridges.append((csid, other[1]))
                    nb = getattr(opts, "bridge_log", None)
                    if nb is not None:
                        nb.append((a.id, [by_docid[m].id for m in stories[csid].members],
                                   [by_docid[m].id for m in stories[other[1]].members]))
            elif best is not None and top >= thr:
                sid = best
                if getattr(opts, "trace", None):
                    opts.trace(a, stories[sid], by_docid)
            else:
                sid = next_id
                next_id += 1
                stories[sid] = Story(sid)
                active.add(sid)
        s = stories[sid]
        s.add(a)
        story_of[a.docid] = sid
        for k in a.keys:
            if k not in s.keys:
                s.keys.add(k)
                lst = index[k]
                if len(lst) < KEY_LIMIT:
                    lst.append(sid)
        if a.t is not None and (latest is None or a.t > latest):
            latest = a.t
        if latest is not None and (swept is None or latest - swept >= 1.0):
            # as sweep() in stories.c: stories past the window leave the index
            gone = {i for i in active if stories[i].newest is not None and
                    stories[i].newest < latest - WINDOW}
            if gone:
                for k in list(index):
                    lst = [i for i in index[k] if i not in gone]
                    if lst:
                        index[k] = lst
                    else:
                        del index[k]
                active -= gone
            swept = latest
    if bridges:                 # --bridge: linked stories are scored as one
        up = {}

        def find(x):
            while up.get(x, x) != x:
                x = up[x]
            return x
        for x, y in bridges:
            rx, ry = find(x), find(y)
            if rx != ry:
                up[max(rx, ry)] = min(rx, ry)
        story_of = {d: find(x) for d, x in story_of.items()}
    return story_of, rows


def pair_rows(arts, lab, days):
    """Rows of labelled pairs of one day (the later article against a story of the earlier
    alone) that share an index key or are labelled one story or a hard negative."""
    hard = {frozenset(p) for p in lab.hard}
    by_day = collections.defaultdict(list)
    for a in arts:
        if a.id in lab.day and lab.day[a.id] in days:
            by_day[lab.day[a.id]].append(a)
    rows = []
    for day, lst in by_day.items():
        for j, a in enumerate(lst):
            ka = set(a.keys)
            for b in lst[:j]:
                same = lab.story[a.id] == lab.story[b.id]
                if same or frozenset((a.id, b.id)) in hard or ka & set(b.keys):
                    if b.docid in a.copies:
                        continue            # copies join their source's story unscored
                    s = Story(0)
                    s.add(b)
                    rows.append((day, features(a, s), 1 if same else 0))
    return rows


def window(arts, days, span):
    """The articles published within SPAN days before one of DAYS, or on it."""
    import datetime
    ep = datetime.date(1970, 1, 1)
    lo_hi = [((datetime.date.fromisoformat(d) - ep).days - span,
              (datetime.date.fromisoformat(d) - ep).days + 1) for d in days]
    return [a for a in arts if a.t is not None and any(lo <= a.t < hi for lo, hi in lo_hi)]


# ------------------------------------------------------------- logistic regression

def solve(A, v):
    n = len(v)
    M = [row[:] + [v[i]] for i, row in enumerate(A)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[p] = M[p], M[c]
        if abs(M[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c:
                f = M[r][c] / M[c][c]
                for k in range(c, n + 1):
                    M[r][k] -= f * M[c][k]
    return [M[i][n] / M[i][i] if abs(M[i][i]) > 1e-12 else 0.0 for i in range(n)]


DROP = set()


PRIOR = {}


def newton(X, Y, C, w0, l2, pen, rounds, ridge0=0.0, held=()):
    """Weights (bias first) minimising the log loss of rows X (each with a leading 1.0),
    labels Y and row weights C, plus an L2 pull of the indices in pen towards w0, by damped
    Newton steps (at most rounds); ridge0 is added to the bias's curvature; the indices in
    held stay at w0. Shared by train_lr and tools/stories_lodo_lr.py."""
    d = len(w0)
    w = list(w0)

    def loss(w):
        out = 0.5 * l2 * sum((w[i] - w0[i]) ** 2 for i in pen)
        for x, y, c in zip(X, Y, C):
            z = sum(wi * xi for wi, xi in zip(w, x))
            out += c * (math.log1p(math.exp(-abs(z))) + max(z, 0) - y * z)
        return out
    for _ in range(rounds):
        g = [0.0] * d
        H = [[0.0] * d for _ in range(d)]
        for x, y, c in zip(X, Y, C):
            z = sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            r, q = c * (p - y), c * p * (1 - p)
            for i in range(d):
                g[i] += r * x[i]
                qi, Hi = q * x[i], H[i]
                for j in range(i, d):
                    Hi[j] += qi * x[j]
        for i in range(d):
            for j in range(i):
                H[i][j] = H[j][i]
        for i in pen:
            g[i] += l2 * (w[i] - w0[i])
            H[i][i] += l2
        H[0][0] += ridge0
        for i in held:
            g[i] = 0.0
            H[i] = [0.0] * d
            H[i][i] = 1.0
        step = solve(H, g)
        cur, t = loss(w), 1.0
        while t > 1e-4:     # damped (stories19): undamped, nearly separable rows diverged
            nw = [wi - t * si for wi, si in zip(w, step)]
            if loss(nw) <= cur:
                break
            t /= 2
        else:
            break
        w = nw
        if max(abs(t * s) for s in step) < 1e-7:
            break
    return w[1:], w[0]


def train_lr(rows, l2=1.0, pos_weight=1.0):
    """Weights and bias by Newton's method on the log loss with an L2 penalty towards PRIOR
    (bias and weights by name; 0 for the others). Features in DROP are held at 0."""
    d = len(FEATURES) + 1
    w0 = [PRIOR.get("bias", 0.0)] + [PRIOR.get(n, 0.0) for n in FEATURES]
    X = [[1.0] + [0.0 if i in DROP else v for i, v in enumerate(x)] for _, x, _ in rows]
    Y = [y for _, _, y in rows]
    C = [pos_weight if y else 1.0 for y in Y]
    pen = range(0 if "bias" in PRIOR else 1, d)
    return newton(X, Y, C, w0, l2, pen, 25, ridge0=1e-6)


# ------------------------------------------------------------------- scoring

def clusters_of(arts, story_of):
    groups = collections.defaultdict(list)
    for a in arts:
        groups[story_of[a.docid]].append(a.id)
    return list(groups.values())


def evaluate(lab, arts, story_of, days):
    cluster_of = {}
    for a in arts:
        if a.id in lab.day:
            cluster_of[a.id] = story_of[a.docid]
    return stories_eval._part(lab, cluster_of, set(days))


def fmt(s):
    return (f"P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
            f"({s['tp']}/{s['pred_pairs']} of {s['gold_pairs']}) hard {s['hard_merged']}/"
            f"{s['hard_pairs']} {100 * s['hard_merged_share']:.1f}%")


def pick_threshold(model, rows):
    """The new-story decision: the probability threshold with the best F1 of the join
    decisions on the training rows (ties: the higher threshold)."""
    sc = sorted(((model.score(x), y) for _, x, y in rows), reverse=True)
    npos = sum(y for _, y in sc)
    best, thr, tp = -1.0, 0.5, 0
    for i, (p, y) in enumerate(sc):
        tp += y
        f1 = 2 * tp / (i + 1 + npos) if npos else 0.0
        if f1 > best and (i + 1 == len(sc) or sc[i + 1][0] < p):
            best, thr = f1, p
    return thr


def fit(arts, lab, days, opts, log, rows0):
    """The model trained on the labels of DAYS: ROWS0 (rows of every tuned day: the pairs and
    the hand-set scorer's replay), then DAgger rounds (rows of a replay with the last model
    over the days' windows, pooled)."""
    rows = [r for r in rows0 if r[0] in days]
    def train():
        w, b = train_lr(rows, opts.l2, opts.pos_weight)
        m = Model(w, b, opts.thr)
        if opts.auto_thr:
            m.thr = pick_threshold(m, rows)
        return m
    model = train()
    for r in range(1, opts.rounds):
        _, new = replay(window(arts, days, opts.span), model, opts, lab, set(days))
        rows += new
        model = train()
    log(f"  trained on {' '.join(days)}: {len(rows)} rows, {sum(y for _, _, y in rows)} positive,"
        f" threshold {model.thr:.3f}")
    return model


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump")
    ap.add_argument("--labels", default=os.path.join(HERE, "..", "bench", "stories", "labels.tsv"))
    ap.add_argument("--out", help="write the model here (data/stories.model)")
    ap.add_argument("--cv", action="store_true", help="leave one tuned day out")
    ap.add_argument("--unseen", action="store_true", help="score the unseen days (report only)")
    ap.add_argument("--hand", action="store_true", help="replay the hand-set scorer only")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--pos-weight", type=float, default=1.0)
    ap.add_argument("--thr", type=float, default=0.5)
    ap.add_argument("--auto-thr", action="store_true", help="threshold: best F1 on the rows")
    ap.add_argument("--hand-thr", type=float, default=0.30)
    ap.add_argument("--life", type=float, default=0.0, help="days from a story's first article")
    ap.add_argument("--member", type=float, default=0.0,
                    help="the member check: cosine to one of a story's newest members")
    ap.add_argument("--member-title", type=float, default=0.0,
                    help="a member this near by title passes the member check at --member-lo")
    ap.add_argument("--member-lo", type=float, default=0.2)
    ap.add_argument("--member-ent", type=float, default=0.0,
                    help="the member check's member must share entities at this cosine too, "
                         "unless either names none (the model's member_ent, stories16)")
    ap.add_argument("--day", action="store_true", help="the calendar-day bound")
    ap.add_argument("--day-near", type=float, default=0.0,
                    help="across the day bound when a member is this near (a reprint)")
    ap.add_argument("--link", type=float, default=0.0,
                    help="join the nearest member's story at this cosine, whatever the score")
    ap.add_argument("--place-key", dest="pkey", type=int, default=0,
                    help="a join needs one of the article's N heaviest places among the "
                         "story's (the model's place_key; at most 4)")
    ap.add_argument("--place-near", type=float, default=0.0,
                    help="across the place key when one of the story's newest members is "
                         "this near (story_pair_both; the model's place_near)")
    ap.add_argument("--prefer", type=float, default=0.0,
                    help="among the candidates that pass, join the one with the highest "
                         "related + PREFER ln(1 + size) / 5 (the model's prefer)")
    ap.add_argument("--ahead", type=int, default=0,
                    help="an article announcing a coming event (a later full date in the "
                         "first AHEAD bytes of its text) joins only such stories, and they "
                         "only such articles (the model's ahead)")
    ap.add_argument("--sig", type=float, default=0.0,
                    help="add SIG times the cosine of the article's signature (the persons "
                         "of its lead, class-3 keys of the entity vector) with the story's to "
                         "`related` (the model's sig)")
    ap.add_argument("--sig-key", dest="skey", type=int, default=0,
                    help="a join needs one of the article's N heaviest lead persons among the "
                         "story's, when both name some (the model's sig_key)")
    ap.add_argument("--single", type=float, default=0.0,
                    help="single link: join the story of the nearest member (story_pair_both) "
                         "when it reaches SINGLE, not the scorer (the model's single)")
    ap.add_argument("--base-w", type=float, default=0.0,
                    help="the baseline's whole-text cosine (df over the corpus) to the story's "
                         "sum, at this weight in `related` (stories15; replay only)")
    ap.add_argument("--base-veto", type=float, default=0.0,
                    help="a join needs that cosine to one of the story's newest members too")
    ap.add_argument("--base-cveto", type=float, default=0.0,
                    help="a join needs that cosine to the story's sum too")
    ap.add_argument("--base-feature", action="store_true",
                    help="that cosine as a feature of the learned scorer (cos_base)")
    ap.add_argument("--ekey", type=int, default=0,
                    help="the same for entities (an experiment; not in the C clustering)")
    ap.add_argument("--seed", type=float, default=0.0,
                    help="a join needs this cosine to one of the story's first 3 members "
                         "(an experiment)")
    ap.add_argument("--title-w", type=float, default=None,
                    help="the weight of the title in `related` (0.2; an experiment)")
    ap.add_argument("--decay", type=float, default=0.0,
                    help="`related` times 0.5 + 0.5 g of the gap to the story's newest "
                         "article, sigma DAYS (an experiment)")
    ap.add_argument("--span", type=float, default=3.0,
                    help="replay the SPAN days before a scored day (the whole stream: 30)")
    ap.add_argument("--no-replay-rows", action="store_true", help="pairs only")
    ap.add_argument("--prior", type=float, default=0.0,
                    help="centre the weights on the hand-set scorer, this weight on related")
    ap.add_argument("--prior-bias", action="store_true", help="the bias too (else free)")
    ap.add_argument("--prior-only", action="store_true",
                    help="write the prior (the hand-set scorer) as the model, untrained")
    ap.add_argument("--drop", default="", help="features left out (weight 0), comma-separated")
    o = ap.parse_args()
    o.member_ent_free = True       # the model's member_ent: a side naming none passes
    if o.base_feature and "cos_base" not in FEATURES:
        FEATURES.insert(-1, "cos_base")
    global DROP
    DROP = {FEATURES.index(n) for n in o.drop.split(",") if n}
    if o.prior:
        # the hand-set scorer as the prior: p = 0.5 at related = --hand-thr (its join
        # threshold, 0.30 by default)
        PRIOR["related"] = o.prior
        if o.prior_bias:
            PRIOR["bias"] = -o.hand_thr * o.prior
    if o.prior_only:
        # the prior alone as the model: the hand-set scorer in the model's form
        model = Model([PRIOR.get(n, 0.0) for n in FEATURES], PRIOR.get("bias", 0.0), o.thr)
        write_model(o, model)
        return
    log = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    with open(o.dump, "rb") as f:
        dump = pickle.load(f)
    kind = dump["kind"]
    if o.base_feature or o.base_w or o.base_veto or o.base_cveto:
        import stories_cv    # noqa: E402  (its base_vectors, made once into build/)
        BASE.update(stories_cv.base_vectors())
    arts = [Art(a, kind) for a in dump["arts"] if "body_v" in a]
    lab = stories_eval.load_labels(o.labels)
    tuned = sorted(d for d in lab.split if lab.split[d] == "tuned")
    unseen = sorted(d for d in lab.split if lab.split[d] == "unseen")
    if o.hand:
        story_of, _ = replay(window(arts, tuned, o.span), Model(thr=o.hand_thr), o)
        log("hand-set, tuned: " + fmt(evaluate(lab, window(arts, tuned, o.span), story_of, tuned)))
        return
    rows0 = pair_rows(arts, lab, set(tuned))
    log(f"pairs: {len(rows0)} rows, {sum(y for _, _, y in rows0)} positive")
    if not o.no_replay_rows:
        _, new = replay(window(arts, tuned, o.span), Model(thr=o.hand_thr), o, lab, set(tuned))
        rows0 += new
        log(f"hand-set replay: {len(new)} rows, {sum(y for _, _, y in new)} positive")
    if o.cv:
        cluster_of = {}
        for d in tuned:
            model = fit(arts, lab, [x for x in tuned if x != d], o, log, rows0)
            sub = window(arts, [d], o.span)
            story_of, _ = replay(sub, model, o)
            log(f"cv {d}: " + fmt(evaluate(lab, sub, story_of, [d])))
            for a in sub:
                if a.id in lab.day and lab.day[a.id] == d:
                    cluster_of[a.id] = (d, story_of[a.docid])
        log("CV tuned (pooled): " + fmt(stories_eval._part(lab, cluster_of, set(tuned))))
    model = fit(arts, lab, tuned, o, log, rows0)
    log("weights: " + " ".join(f"{n}={w:.3f}" for n, w in zip(FEATURES, model.w)) +
        f" bias={model.b:.3f} thr={model.thr}")
    if o.unseen:
        sub = window(arts, unseen, o.span)
        story_of, _ = replay(sub, model, o)
        log("UNSEEN: " + fmt(evaluate(lab, sub, story_of, unseen)))
    write_model(o, model)


def write_model(o, model):
    if o.out:
        with open(o.out, "w") as f:
            f.write("# stories.model: the story scorer, logistic regression over the features of\n"
                    "# src/stories/score.c; join the best story when p >= threshold; life: days\n"
                    "# from a story's first article; day 1: only its first article's calendar day.\n"
                    "# Built by tools/stories_train.py on the\n"
                    "# tuned days of bench/stories/labels.tsv (docs/STORIES.md, \"Scorer\").\n")
            f.write(f"# made by: tools/stories_train.py {' '.join(sys.argv[2:])}\n")
            f.write(f"threshold\t{model.thr}\nlife\t{o.life}\nbias\t{model.b:.6f}\n")
            f.write(f"member\t{o.member}\n")
            if o.day:
                f.write("day\t1\n")
            if o.day_near:
                f.write(f"day_near\t{o.day_near}\n")
            if o.pkey:
                f.write(f"place_key\t{o.pkey}\n")
            if o.place_near:
                f.write(f"place_near\t{o.place_near}\n")
            if o.prefer:
                f.write(f"prefer\t{o.prefer}\n")
            if o.ahead:
                f.write(f"ahead\t{o.ahead}\n")
            if o.sig:
                f.write(f"sig\t{o.sig}\n")
            if o.skey:
                f.write(f"sig_key\t{o.skey}\n")
            if o.single:
                f.write(f"single\t{o.single}\n")
            if o.member_ent:
                f.write(f"member_ent\t{o.member_ent}\n")
            for n, w in zip(FEATURES, model.w):
                f.write(f"{n}\t{w:.6f}\n")


if __name__ == "__main__":
    main()
