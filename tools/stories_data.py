#!/usr/bin/env python3
"""tools/stories_data.py — reads what a whole-corpus ingest stored for story clustering.

    python3 tools/stories_data.py STORE OUT.pickle

The dump the story trainer (tools/stories_train.py) works from: for each article, in docid
(ingest) order, the features rasd clustered it with, as src/store/stories.c stored them in
story_members.vec (TF-IDF sub-vectors of stems over the title and the body, and the entity
vector with its event ids), its time, and its exact/near copies (dupes). The low two bits of an entity-vector key tell
an entity (0), a place (1) and an event (2) apart (src/stories/stories.h, STORY_KCLASS).
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
            kind[k] = ("ent", "place", "event", "ent")[k & 3]
    for docid, start, value in db.execute(
            "SELECT docid, start, value FROM dates WHERE value IS NOT NULL ORDER BY docid, n"):
        a = arts.get(docid)
        if a is not None:
            a.setdefault("dates", set()).add(value)
            a.setdefault("date_at", []).append((start, value))   # for the model's ahead
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
