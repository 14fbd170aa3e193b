#!/usr/bin/env python3
"""tools/stories_evshare.py — how often pairs of labelled articles share what rasd knows
of their events (stories20).

    python3 tools/stories_evshare.py STORE DUMP.pickle --labels L --hard H [VARIANT-JSON]

Replays the decision (default: the shipped one, tools/stories_errors.py's SHIPPED) over the
tuned days of L and sorts each same-day pair of labelled articles into gold found, gold
missed, hard negative merged, hard negative apart, other negative merged and other negative
apart. For each group it counts the pairs that share
  ev_place   an event key kind + place id + date (the event's resolved date, else the
             article's day), kind the event's type (meet, visit, assault, ...)
  ev_actor   an event key kind + actor (entity id, or a description's words) + date
  ev_any     either
  ev_both    both articles hold an event key (coverage); ev_none: both do, none shared
  ev_loose   an event key without its date (kind + place, kind + actor)
  ev_lead    the same, of each article's first event with a place or an actor only
  ev_kind    an event of one kind at all (any place, actor or date)
  evid       rasd's own event id (CAMEO root, actors, date: the entity vector's class 2)
  place      a place id at all (a LOC mention or an event's place)
  date       a resolved date mention (a full day) at all
Events planned or announced are left out, as the entity vector leaves them. The unseen days
of the labels are never read (only tuned days are replayed). Standard library only.
"""
import argparse, collections, json, os, pickle, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
import stories_train as T  # noqa: E402
import stories_eval as E  # noqa: E402
import stories_errors as R  # noqa: E402


def article_facts(store, docids):
    """docid -> {"kinds", "pkeys", "akeys", "evid", "places", "dates"} from the store."""
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    db.text_factory = lambda b: b.decode("utf-8", "replace")
    day = {d: p[:10] for d, p in db.execute("SELECT docid, published FROM articles")
           if d in docids and p}
    f = {d: {"kinds": set(), "pkeys": set(), "akeys": set(), "evid": set(), "places": set(),
             "dates": set(), "loose": set(), "lead": set(), "lead_at": None} for d in docids}
    actors = collections.defaultdict(list)
    for docid, n, ent, name in db.execute("SELECT docid, n, entity, name FROM event_actors"):
        if docid in f:
            actors[(docid, n)].append(ent or "~" + name)
    for docid, n, eid, typ, place, date, status, start in db.execute(
            "SELECT docid, n, id, type, place, date, status, start FROM events ORDER BY docid, start"):
        if docid not in f or status == "planned":
            continue
        x = f[docid]
        d = date if date and len(date) == 10 else day.get(docid)
        x["kinds"].add(typ)
        x["evid"].add(eid)
        keys = [(typ, place, d)] if place else []
        keys += [(typ, a, d) for a in actors.get((docid, n), ())]
        if place:
            x["pkeys"].add(keys[0])
            x["places"].add(place)
        x["akeys"].update(keys[1:] if place else keys)
        x["loose"].update(k[:2] for k in keys)
        if keys and x["lead_at"] in (None, start):
            x["lead_at"] = start        # the article's first event with a place or actor
            x["lead"].update(k[:2] for k in keys)
    for docid, ent in db.execute("SELECT m.docid, m.entity FROM mentions m JOIN entities e"
                                 " ON e.id = m.entity WHERE m.via IS NULL AND e.type = 'LOC'"):
        if docid in f:
            f[docid]["places"].add(ent)
    for docid, value in db.execute("SELECT docid, value FROM dates WHERE value IS NOT NULL"):
        if docid in f and len(value) == 10:
            f[docid]["dates"].add(value)
    return f


def shares(x, y):
    p, a = bool(x["pkeys"] & y["pkeys"]), bool(x["akeys"] & y["akeys"])
    both = bool(x["pkeys"] | x["akeys"]) and bool(y["pkeys"] | y["akeys"])
    return {"ev_place": p, "ev_actor": a, "ev_any": p or a, "ev_both": both,
            "ev_none": both and not (p or a), "ev_loose": bool(x["loose"] & y["loose"]),
            "ev_lead": bool(x["lead"] & y["lead"]),
            "ev_kind": bool(x["kinds"] & y["kinds"]), "evid": bool(x["evid"] & y["evid"]),
            "place": bool(x["places"] & y["places"]), "date": bool(x["dates"] & y["dates"])}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("store")
    ap.add_argument("dump")
    ap.add_argument("variant", nargs="?", default=json.dumps(R.SHIPPED))
    ap.add_argument("--labels", required=True)
    ap.add_argument("--hard", required=True)
    ap.add_argument("--list", action="store_true", help="print the gold-missed and hard pairs")
    o = ap.parse_args()
    v = json.loads(o.variant)
    lab = E.load_labels(o.labels, o.hard)
    days = sorted(d for d in lab.split if lab.split[d] == "tuned")
    with open(o.dump, "rb") as fh:
        d = pickle.load(fh)
    title = {a["id"]: a["title"] for a in d["arts"]}
    arts = [T.Art(a, d["kind"]) for a in d["arts"] if "body_v" in a]
    opts = R.opts_of(v)
    sub = T.window(arts, days, 0 if opts.day and not opts.day_near else 2)
    story_of, _ = T.replay(sub, T.Model(thr=v.get("thr", 0.30)), opts)
    la = [a for a in sub if a.id in lab.day and lab.day[a.id] in days]
    facts = article_facts(o.store, {a.docid for a in la})
    hard = {frozenset(p) for p in lab.hard}
    groups = collections.defaultdict(collections.Counter)
    for day in days:
        xs = [a for a in la if lab.day[a.id] == day]
        for j, b in enumerate(xs):
            for a in xs[:j]:
                g = lab.story[a.id] == lab.story[b.id]
                p = story_of[a.docid] == story_of[b.docid]
                h = frozenset((a.id, b.id)) in hard
                name = ("gold " + ("found" if p else "missed")) if g else \
                    (("hard " if h else "other ") + ("merged" if p else "apart"))
                sh = shares(facts[a.docid], facts[b.docid])
                groups[name]["pairs"] += 1
                for k, yes in sh.items():
                    groups[name][k] += yes
                if o.list and (name.startswith("gold missed") or h):
                    flags = " ".join(k for k, yes in sh.items() if yes)
                    print(f"{day} {name:<12} {a.id} {b.id} [{flags}]\n      "
                          f"{title.get(a.id, '')[:80]}\n      {title.get(b.id, '')[:80]}")
    cols = ["pairs", "ev_place", "ev_actor", "ev_any", "ev_both", "ev_none", "ev_loose", "ev_lead", "ev_kind", "evid", "place", "date"]
    print("| group | " + " | ".join(cols) + " |")
    for name in ("gold found", "gold missed", "hard merged", "hard apart", "other merged",
                 "other apart"):
        c = groups[name]
        print(f"| {name} | " + " | ".join(str(c[k]) for k in cols) + " |")


if __name__ == "__main__":
    main()
