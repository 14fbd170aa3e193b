#!/usr/bin/env python3
"""bench/place73/measure.py — how often a verb of ground (fight 16: سيطر، استولى، استعاد، حرر)
gives the place it took as an actor (stop 60, branch place73).

  measure.py --rasd R[:DATA] --seed S --n N [--skip S:N] [--show K] > out.txt

Draws N articles outside drawn.txt and bench/judged (fresh.py's pool) whose text holds one of
the verbs followed within 4 words by على or a direct object, runs `rasd analyze` on them in
batches of 250, and counts the fight rows whose trigger is one of the verbs: rows with an
actor that is a place (a LOC entity, or a name of data/places.tsv or data/gazetteer.tsv) after
the trigger, and whether each row's place is set. Prints K such rows with their sentence."""
import argparse, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
import fresh as F  # noqa: E402

VERB = r"(?:^|[\s،,.«(])[وف]?(?:سيطر|سيطرت|سيطروا|استولى|استولت|استولوا|استعاد|استعادت|استعادوا|حرر|حررت|حرروا)(?=[\s])"
GREP = re.compile(VERB)
TRIG = {"سيطر", "سيطرت", "سيطروا", "استولى", "استولت", "استولوا", "استعاد", "استعادت",
        "استعادوا", "حرر", "حررت", "حرروا"}


def gaz_names():
    names = set()
    for f in ("places.tsv", "gazetteer.tsv"):
        for line in open(os.path.join(ROOT, "data", f), encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) >= 2 and p[0] == "LOC":
                names.add(p[1])
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rasd", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--skip", default="")
    ap.add_argument("--show", type=int, default=30)
    a = ap.parse_args()
    docs = F.pool(exclude=F.judged_ids(), grep=GREP)
    docs = F.skip_draws(docs, a.skip)
    print("pool", len(docs))
    docs = F.sample(docs, a.seed, min(a.n, len(docs)))
    gaz = gaz_names()
    out = {}
    for k in range(0, len(docs), 250):
        out.update(F.analyze(a.rasd, docs[k:k + 250]))
    text = {d["id"]: d["text"] for d in docs}
    rows = placeact = placeset = placeact_set = 0
    shown = []
    for aid, o in sorted(out.items()):
        b = text[aid].encode()
        ents = {(e["start"], e["end"]): e for e in o.get("entities", [])}
        for ev in o.get("events", []):
            trig = b[ev["trigger"][0]:ev["trigger"][1]].decode()
            w = trig.split()[0].lstrip("وف") if trig else ""
            if ev["type"] != "fight" or (trig not in TRIG and w not in TRIG):
                continue
            rows += 1
            locs = [x["name"] for x in ev.get("actors", []) if x["start"] > ev["trigger"][0] and
                    ((ents.get((x["start"], x["end"])) or {}).get("type") == "LOC" or
                     x["name"] in gaz)]
            placeset += ev.get("place") is not None
            if locs:
                placeact += 1
                placeact_set += ev.get("place") is not None
                s0, s1 = ev["sentence"]
                shown.append((aid, trig, [x["name"] for x in ev["actors"]], ev.get("place"),
                              b[s0:s1].decode()))
    print("articles", len(docs), "ground rows", rows, "place set", placeset)
    print("rows with a place as actor after the verb", placeact,
          "of them place set", placeact_set)
    for r in shown[:a.show]:
        print("--", r[0], r[1], r[2], "place:", (r[3] or {}).get("name") if isinstance(r[3], dict)
              else r[3])
        print("   ", r[4][:300].replace("\n", " "))


if __name__ == "__main__":
    main()
