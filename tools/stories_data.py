#!/usr/bin/env python3
"""tools/stories_data.py — reads what a whole-corpus ingest stored for story clustering.

    python3 tools/stories_data.py STORE OUT.pickle

The dump the story trainer (tools/stories_train.py) works from: for each article, in docid
(ingest) order, the features rasd clustered it with, as src/store/stories.c stored them in
story_members.vec (TF-IDF sub-vectors of stems over the title and the body, and the entity
vector with its event ids), its time, and its exact/near copies (dupes). The low two bits of an entity-vector key tell
an entity (0), a place (1), an event (2) and a signature key (3) apart (src/stories/stories.h, STORY_KCLASS).
Standard library only.
"""
import pickle, sqlite3, struct, sys

def decode(blob):
    """story_vec_encode's blob -> (title, body, ent) as {key: weight}."""
    n = struct.unpack_from("<3H", blob, 0)
    off, out = 6, []
    for k in n:
        d = {}
        for i in range(k):
            key, w = struct.unpack_from("<If", blob, off + 8 * i)
            d[key] = w
        off += 8 * k
        out.append(d)
    return out


def sig(db, arts):
    """What rasd knows of each article beyond its words, for the signature experiments
    (tools/stories_sig.py): its named mentions (start, entity id, type; titles standing for
    their holder left out, as the entity vector leaves them), its quotes' named speakers
    (start, entity id) and the events it reports as done (CAMEO code, actor ids, place id,
    date, whether the sentence states the date)."""
    for docid, start, ent, typ in db.execute(
            "SELECT m.docid, m.start, m.entity, e.type FROM mentions m JOIN entities e"
            " ON e.id = m.entity WHERE m.via IS NULL ORDER BY m.docid, m.start"):
        a = arts.get(docid)
        if a is not None:
            a.setdefault("mentions", []).append((start, ent, typ))
    for docid, start, spk in db.execute(
            "SELECT docid, start, speaker FROM quotes WHERE speaker IS NOT NULL"
            " ORDER BY docid, n"):
        a = arts.get(docid)
        if a is not None:
            a.setdefault("speakers", []).append((start, spk))
    actors = {}
    for docid, n, ent in db.execute("SELECT docid, n, entity FROM event_actors"
                                    " ORDER BY docid, n, k"):
        actors.setdefault((docid, n), []).append(ent)
    for docid, n, cameo, place, date, dated, status, start in db.execute(
            "SELECT docid, n, cameo, place, date, dated, status, start FROM events"
            " ORDER BY docid, n"):
        a = arts.get(docid)
        if a is not None and status != "planned":
            a.setdefault("events", []).append(
                (start, cameo, tuple(actors.get((docid, n), ())), place, date, dated))


def main():
    store, out = sys.argv[1], sys.argv[2]
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    arts = {}
    for docid, aid, pub, title in db.execute(
            "SELECT docid, id, published, title FROM articles ORDER BY docid"):
        arts[docid] = {"docid": docid, "id": aid, "published": pub, "title": title or ""}
    for docid, t, blob in db.execute("SELECT docid, t, vec FROM story_members"):
        a = arts.get(docid)
        if a is not None:
            a["t"] = t
            a["title_v"], a["body_v"], a["ent_v"] = decode(blob)
    kind = {}        # entity-vector key -> "ent" / "place" / "event" (its low two bits)
    for a in arts.values():
        for k in a.get("ent_v", {}):
            kind[k] = ("ent", "place", "event", "sig")[k & 3]
    for docid, start, value in db.execute(
            "SELECT docid, start, value FROM dates WHERE value IS NOT NULL ORDER BY docid, n"):
        a = arts.get(docid)
        if a is not None:
            a.setdefault("dates", set()).add(value)
            a.setdefault("date_at", []).append((start, value))   # for the model's ahead
    sig(db, arts)
    copy = {}
    for a_, b_, k in db.execute("SELECT a, b, kind FROM dupes WHERE kind IN ('exact', 'near')"):
        copy.setdefault(a_, []).append(b_)
        copy.setdefault(b_, []).append(a_)
    for d, lst in copy.items():
        if d in arts:
            arts[d]["copies"] = sorted(lst)
    with open(out, "wb") as f:
        pickle.dump({"arts": [arts[d] for d in sorted(arts)], "kind": kind}, f)
    print(f"{len(arts)} articles, {len(kind)} typed keys", file=sys.stderr)


if __name__ == "__main__":
    main()
