#!/usr/bin/env python3
"""bench/dedup_quality.py ANALYSIS.jsonl DUPES.jsonl ARTICLES.jsonl — rasd's near and exact
duplicates against an exact all-pairs Jaccard similarity.

ANALYSIS.jsonl is `rasd analyze --tokens ARTICLES.jsonl`, DUPES.jsonl `rasd dupes --json` of a
store holding ARTICLES.jsonl. Shingles are built here as rasd builds them (5 consecutive
normalised words, punctuation and symbols left out; texts under 50 characters are debris and
left out), and the Jaccard similarity is computed exactly for every pair sharing a shingle
(shingles found in more than 200 articles are not used to propose pairs: a pair with J >= 0.8
shares many rarer ones). Recall: pairs with J >= 0.8 that rasd reports, directly or through
exact groups. Precision: reported near pairs with J >= 0.8, exact pairs with equal sets.
Reuse: each reported passage is checked word by word (the normalised words inside its two
byte spans, matched as a longest common subsequence), and each pair's direction (a published no later than b).

    head -5000 articles.jsonl > s.jsonl; rasd ingest --db s.db s.jsonl
    rasd dupes --db s.db --json > d.jsonl; rasd analyze --tokens s.jsonl > a.jsonl
    python3 bench/dedup_quality.py a.jsonl d.jsonl s.jsonl
"""
import json, sys, collections, itertools, difflib
an, dupes, texts = sys.argv[1], sys.argv[2], sys.argv[3]
length, published = {}, {}
for l in open(texts):
    d = json.loads(l); length[d["id"]] = len(d["text"]); published[d["id"]] = d.get("published") or ""
sets, located = {}, {}
for l in open(an):
    d = json.loads(l)
    toks = [t for t in d.get("tokens", []) if t["kind"] not in ("punct", "symbol") and t["norm"]]
    words = [t["norm"] for t in toks]
    located[d["id"]] = [(t["start"], t["end"], t["norm"]) for t in toks]
    if length.get(d["id"], 0) < 50:
        continue                         # debris: never grouped, by design
    if len(words) < 5:
        sh = {" ".join(words)} if words else set()
    else:
        sh = {" ".join(words[i:i + 5]) for i in range(len(words) - 4)}
    sets[d["id"]] = sh
inv = collections.defaultdict(list)
for i, s in sets.items():
    for x in s:
        inv[x].append(i)
cand = set()
for ids in inv.values():
    if 1 < len(ids) <= 200:
        for a, b in itertools.combinations(sorted(ids), 2):
            cand.add((a, b))
truth = {}
for a, b in cand:
    sa, sb = sets[a], sets[b]
    j = len(sa & sb) / len(sa | sb)
    if j >= 0.8:
        truth[(a, b)] = j
# rasd: exact groups (union-find) and near pairs between members of groups
parent = {}
def find(x):
    while parent.get(x, x) != x:
        x = parent[x]
    return x
near = set()
for l in open(dupes):
    d = json.loads(l)
    if d["kind"] == "exact":
        parent[find(d["b"])] = find(d["a"])
    elif d["kind"] == "near":
        near.add((d["a"], d["b"], d["similarity"]))
near_groups = set()
for a, b, s in near:
    near_groups.add(tuple(sorted((find(a), find(b)))))
def found(a, b):
    ra, rb = find(a), find(b)
    return ra == rb or tuple(sorted((ra, rb))) in near_groups
hit = sum(1 for p in truth if found(*p))
print(f"articles {len(sets)}, candidate pairs {len(cand)}, pairs with J >= 0.8: {len(truth)}")
print(f"recall at J >= 0.8: {hit}/{len(truth)} = {hit / max(1, len(truth)):.4f}")
# precision: every reported near pair checked against exact J (>= 0.8 claimed)
ok = 0
for a, b, s in near:
    sa, sb = sets.get(a, set()), sets.get(b, set())
    j = len(sa & sb) / max(1, len(sa | sb))
    ok += j >= 0.8 - 1e-9
print(f"near pairs reported {len(near)}, with exact J >= 0.8: {ok} = {ok / max(1, len(near)):.4f}")
ex_ok = ex = 0
for l in open(dupes):
    d = json.loads(l)
    if d["kind"] == "exact":
        ex += 1; ex_ok += sets.get(d["a"]) == sets.get(d["b"])
print(f"exact pairs reported {ex}, with equal shingle sets: {ex_ok}")
# reuse: the words inside each pair of spans, aligned (longest common subsequence; difflib's
# greedy blocks misalign repetitive texts such as weather reports)
def lcs(x, y):
    if len(x) * len(y) > 4_000_000:
        return sum(b.size for b in difflib.SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks())
    prev = [0] * (len(y) + 1)
    for a in x:
        cur = [0]
        for j, b in enumerate(y):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
def span_words(i, s, e):
    return [w for (a, b, w) in located.get(i, []) if a >= s and b <= e]
npas = good = words_in = 0
ratios = []
direction_ok = direction_n = 0
for l in open(dupes):
    d = json.loads(l)
    if d["kind"] != "reuse":
        continue
    pa, pb = published.get(d["a"], ""), published.get(d["b"], "")
    if pa and pb and pa != pb:
        direction_n += 1; direction_ok += pa < pb
    for sp in d["spans"]:
        x, y = span_words(d["a"], *sp["a"]), span_words(d["b"], *sp["b"])
        same = lcs(x, y)
        r = same / max(1, max(len(x), len(y)))
        ratios.append(r); npas += 1; good += r >= 0.9; words_in += len(x)
if npas:
    ratios.sort()
    print(f"reuse passages {npas} ({words_in / npas:.0f} words on average): words matched "
          f"in both spans: median {ratios[len(ratios) // 2]:.3f}, lowest {ratios[0]:.3f}; "
          f"{good} ({good / npas:.4f}) match 90 % or more")
    print(f"reuse pairs with two publication times: {direction_n}; source published first: "
          f"{direction_ok}")
