#!/usr/bin/env python3
"""Merge precision and recall of entity resolution on the hand-checked top 200
(tests/data/ner/top200.tsv; docs/NER.md, "One person, one entity").

usage: entity_merge_eval.py BEFORE.db AFTER.db [top200.tsv]

BEFORE.db is a store ingested with the resolver the list was checked on, AFTER.db the same
articles ingested with the resolver under test. Each checked entry is followed, mention by
mention (article id and start byte), into AFTER.db; the entity most of its mentions went to
is where it went. Then:
  merge recall    = of the pairs of entries that are each one real entity and the same
                    one (same group), how many went to one entity;
  merge precision = of the pairs of such entries that went to one entity, how many are
                    the same real entity;
  entries of several entities are left out of the pairs: where their mentions went is
  printed for reading;
  entry precision = of the top 200 of AFTER.db, how many are one real entity: an entry
                    that is where checked entries went takes their labels (wrong if it
                    joined two groups or a mixed entry); others are printed for checking.
"""
import collections
import itertools
import sqlite3
import sys


def load_labels(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        rows.append({"rank": int(f[0]), "type": f[1], "name": f[2], "one": f[4] == "1",
                     "group": f[5] if f[5] != "-" else "#%s" % f[0], "note": f[6]})
    return rows


def name_of(db, eid):
    row = db.execute("SELECT type, name FROM entities WHERE id = ?", (eid,)).fetchone()
    return "%s %s" % row if row else "no mention"


def main():
    before, after = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
    labels = load_labels(sys.argv[3] if len(sys.argv) > 3 else "tests/data/ner/top200.tsv")
    where = {}
    for r in labels:
        ids = before.execute("SELECT id FROM entities WHERE name = ? AND type = ? "
                             "ORDER BY mentions DESC LIMIT 1", (r["name"], r["type"])).fetchall()
        if not ids:
            sys.exit("not in %s: %s %s" % (sys.argv[1], r["type"], r["name"]))
        went = collections.Counter()
        for art, start in before.execute(
                "SELECT a.id, m.start FROM mentions m JOIN articles a ON a.docid = m.docid "
                "WHERE m.entity = ?", (ids[0][0],)):
            hit = after.execute(
                "SELECT m.entity FROM mentions m JOIN articles a ON a.docid = m.docid "
                "WHERE a.id = ? AND m.start <= ? AND m.end > ? ORDER BY m.start DESC LIMIT 1",
                (art, start, start)).fetchone()
            went[hit[0] if hit else None] += 1
        r["to"], r["kept"] = went.most_common(1)[0]
        r["total"] = sum(went.values())
    same = merged = 0
    ones = [r for r in labels if r["one"]]
    for r in labels:
        if not r["one"]:
            print("mixed %s %s (%d): %d of %d mentions went to %s" % (
                r["type"], r["name"], r["rank"], r["kept"], r["total"], name_of(after, r["to"])))
    for a, b in itertools.combinations(ones, 2):
        gold = a["group"] == b["group"]
        joined = a["to"] is not None and a["to"] == b["to"]
        same += gold
        merged += joined
        if gold != joined:
            print("%s: %s %s (%d) / %s %s (%d)" % ("missed" if gold else "WRONG", a["type"],
                  a["name"], a["rank"], b["type"], b["name"], b["rank"]))
    hits = sum(1 for a, b in itertools.combinations(ones, 2)
               if a["group"] == b["group"] and a["to"] is not None and a["to"] == b["to"])
    print("pairs of the same entity: %d, merged: %d (recall %.3f)" % (same, hits, hits / same))
    print("pairs merged: %d, right: %d (precision %s)" %
          (merged, hits, "%.3f" % (hits / merged) if merged else "-"))
    by_to = collections.defaultdict(list)
    for r in labels:
        by_to[r["to"]].append(r)
    top = after.execute("SELECT id, type, name, mentions FROM entities "
                        "ORDER BY mentions DESC, id LIMIT 200").fetchall()
    ones, unknown = 0, []
    for eid, ty, name, men in top:
        came = by_to.get(eid)
        if not came:
            unknown.append((ty, name, men))
            continue
        groups = {r["group"] for r in came}
        one = len(groups) == 1 and all(r["one"] for r in came)
        ones += one
        if not one:
            print("  not one: %s %s %d (from %s)" % (ty, name, men, ", ".join(
                "%s%s" % (r["name"], "" if r["one"] else "*") for r in came)))
    print("after: top 200 entries one real entity: %d of %d checked (%d not checked)" %
          (ones, 200 - len(unknown), len(unknown)))
    for u in unknown:
        print("  unchecked: %s %s %d" % u)
    print("before: %d of %d entries one real entity" % (sum(r["one"] for r in labels), len(labels)))


if __name__ == "__main__":
    main()
