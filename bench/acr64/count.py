#!/usr/bin/env python3
"""count.py — acr64: acronyms spelt as Arabic letter names over the corpus, by spelling.

A run is two or more letter names (text/sentence.c's letter_names, normalised أ إ آ → ا)
joined by separators of dots, spaces and hyphens only (no line break); the first may carry
a proclitic (و ب ل ف ك) or ال. Its key is its letters (Latin, one per name; اي is I or E);
its spelling the kind of its separators: dot, dot+space, space, hyphen, mixed.
Usage: count.py CORPUS.jsonl.gz [drawn.txt] > report
"""
import gzip, json, re, sys, collections

NAMES = {"ايه": "A", "اي": "I", "بي": "B", "سي": "C", "دي": "D", "اف": "F", "جي": "G",
         "اتش": "H", "ايتش": "H", "جيه": "J", "جاي": "J", "كيه": "K", "كي": "K", "ال": "L",
         "ام": "M", "ان": "N", "او": "O", "كيو": "Q", "ار": "R", "اس": "S", "تي": "T",
         "يو": "U", "في": "V", "دبليو": "W", "اكس": "X", "واي": "Y", "زد": "Z", "زي": "Z"}
# letter names that are also common words (أن/إن، أو، في، أي، كي): a spaced run of two
# names with one of them is a phrase ("كان في", "أو في"), not counted
AMBIG = {"ان", "او", "في", "اي", "كي"}
DIAC = re.compile("[\u064B-\u065F\u0670\u0640]")
WORD = re.compile("[\u0621-\u064A\u064B-\u065F\u0670\u0640]+")
SEP = re.compile(r"^[ \u00a0.\-\u2013]*$")


def norm(w):
    w = DIAC.sub("", w)
    return re.sub("[أإآ]", "ا", w)


def name_of(w, first):
    n = norm(w)
    if n in NAMES:
        return NAMES[n], ""
    if first:
        for p in ("وال", "ال", "و"):
            r = n[len(p):]
            if n.startswith(p) and r in NAMES and len(r) >= 3 and r not in AMBIG:
                return NAMES[r], p
    return None, None


def kind(seps):
    ks = set()
    for s in seps:
        s = s.replace("\u00a0", " ").replace("\u2013", "-")
        if s == ".":
            ks.add("dot")
        elif s.strip(" ") == "." and s != ".":
            ks.add("dot+space")
        elif s.strip(" ") == "":
            ks.add("space")
        elif s.strip(" ") == "-":
            ks.add("hyphen")
        else:
            ks.add("other")
    return "+".join(sorted(ks)) if len(ks) > 1 else ks.pop()


def runs(text):
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    i = 0
    while i < len(words):
        l, pre = name_of(words[i][2], True)
        if not l:
            i += 1
            continue
        letters, seps, j = [l], [], i
        while j + 1 < len(words):
            gap = text[words[j][1]:words[j + 1][0]]
            l2, _ = name_of(words[j + 1][2], False)
            if not l2 or not SEP.match(gap) or gap == "" or len(gap) > 3:
                break
            letters.append(l2)
            seps.append(gap)
            j += 1
        names = [norm(w[2]) for w in words[i:j + 1]]
        spaced = any(g.strip(" \u00a0") == "" for g in seps)
        if len(letters) >= 2 and not (spaced and len(letters) == 2 and any(
                n in AMBIG or n[len(pre):] in AMBIG for n in names)) and not (
                spaced and all(n in AMBIG for n in names)):
            yield words[i][0], words[j][1], "".join(letters), kind(seps), pre
        i = j + 1


def main():
    drawn = set()
    if len(sys.argv) > 2:
        drawn = {l.split()[0] for l in open(sys.argv[2]) if l.strip()}
    by_key = collections.defaultdict(lambda: collections.defaultdict(set))  # key -> kind -> ids
    outlets = collections.defaultdict(lambda: collections.defaultdict(set))
    art_kinds = collections.defaultdict(lambda: collections.defaultdict(set))  # id -> key -> kinds
    examples = collections.defaultdict(dict)
    narts = 0
    for line in gzip.open(sys.argv[1], "rt"):
        a = json.loads(line)
        if a["id"] in drawn:
            continue
        narts += 1
        text = (a.get("title") or "") + "\n" + (a.get("text") or "")
        for s, e, key, k, pre in runs(text):
            by_key[key][k].add(a["id"])
            outlets[key][k].add(a["source"])
            art_kinds[a["id"]][key].add(k)
            examples[key].setdefault(k, text[s:e])
    print(f"articles read (outside drawn.txt): {narts}")
    arts_any = {i for i in art_kinds}
    print(f"articles with a run of 2+ letter names (any spelling): {len(arts_any)}")
    tot = collections.Counter()
    for key, ks in by_key.items():
        for k, ids in ks.items():
            tot[k] += len(ids)
    print("article-runs by spelling (article counted once per key and spelling):", dict(tot))
    multi_in = [i for i, keys in art_kinds.items() if any(len(v) > 1 for v in keys.values())]
    print(f"articles spelling one key two ways or more inside the article: {len(multi_in)}")
    multi_keys = {k: v for k, v in by_key.items() if len(v) > 1}
    arts_multi = set()
    for k, v in multi_keys.items():
        for ids in v.values():
            arts_multi |= ids
    print(f"keys spelt two ways or more across articles: {len(multi_keys)}; articles with those keys: {len(arts_multi)}")
    print()
    print("| key | spellings: articles (outlets) | examples |")
    print("|---|---|---|")
    for key in sorted(multi_keys, key=lambda k: -sum(len(x) for x in by_key[k].values())):
        ks = by_key[key]
        cell = "; ".join(f"{k} {len(ids)} ({len(outlets[key][k])})" for k, ids in sorted(ks.items(), key=lambda x: -len(x[1])))
        ex = " / ".join(f"«{examples[key][k]}»" for k in sorted(ks, key=lambda x: -len(ks[x]))[:4])
        print(f"| {key} | {cell} | {ex} |")
    print()
    print("keys spelt one way only, top 30 by articles:")
    single = sorted((k for k in by_key if len(by_key[k]) == 1), key=lambda k: -sum(len(x) for x in by_key[k].values()))
    for key in single[:30]:
        (k, ids), = by_key[key].items()
        print(f"  {key}: {k} {len(ids)} «{examples[key][k]}»")


main()
