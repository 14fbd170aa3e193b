#!/usr/bin/env python3
"""tools/persons.py RASD CORPUS OUT [--min-tagged N] [--min-share X] [--analysis FILE]
— builds OUT (data/persons.tsv): person names that the recogniser tags PER across the corpus
often and consistently, for the resolver only (src/entities/resolve.c: an untagged run of
tokens that is exactly such a name becomes a person's mention; docs/EVENTS.md "Quotes:
speakers from a corpus name list").

RASD analyses CORPUS (SaudiNewsNet's articles.jsonl.gz) with its data folder but without
persons.tsv (a temporary folder of links to every other file), so the list never feeds
itself; the articles of the recall set (bench/recall/drawn.txt, every part) are left out,
so no labelled article adds a name (and rasd never runs on them). A name is the text of a
PER mention that is no title, of two to four words, a leading و/ف/ب/ل/ك cut when the rest
is also a name, its first word without the article (a given name has none: not النبي صلى،
السيناتور الديمقراطي). It is kept when
it is tagged PER at least N times (default 3) and at least X (default 0.8) of its
occurrences in the text (the same normalised words, the first with or without such a
particle) are inside a PER mention. Rows "PER<TAB>name<TAB>name" (gazetteer.tsv's format),
the name as most often written, sorted: the same corpus and rasd give the same file.
--analysis FILE reads rasd's output from FILE instead of running it (the same filter).
Python stdlib only.
"""
import collections
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                      "ؤ": "و", "ئ": "ي"})
WORD = re.compile(r"[\w\u0600-\u06ff]+")
PARTICLES = ("و", "ف", "ب", "ل", "ك")


def norm(w):
    return DIAC.sub("", w).translate(FOLD)


def words(s):
    return [norm(m.group()) for m in WORD.finditer(s) if not m.group().isdigit()]


def drawn_ids():
    ids = set()
    for line in open(os.path.join(ROOT, "bench", "recall", "drawn.txt"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            ids.add(line.split()[0])
    return ids


def articles(corpus, skip):
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] not in skip:
                yield d


def analyse(rasd, corpus, skip, without="persons.tsv"):
    """rasd's output a line at a time, run on corpus without skip's ids and without the data
    file `without` (the list being built) in its data folder."""
    data = os.environ.get("RASD_DATA", os.path.join(ROOT, "data"))
    tmp = tempfile.mkdtemp(prefix=without.split(".")[0] + ".")
    for f in os.listdir(data):
        if f != without:
            os.symlink(os.path.join(os.path.abspath(data), f), os.path.join(tmp, f))
    inp = os.path.join(tmp, "in.jsonl")
    with open(inp, "w", encoding="utf-8") as o:
        for d in articles(corpus, skip):
            o.write(json.dumps(d, ensure_ascii=False) + "\n")
    p = subprocess.Popen([rasd, "analyze", "--threads", "2", "--data", tmp, inp],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    for line in p.stdout:
        yield json.loads(line)
    p.wait()
    for f in os.listdir(tmp):
        os.unlink(os.path.join(tmp, f))
    os.rmdir(tmp)


def char_span(b, start, end):
    return len(b[:start].decode("utf-8", "ignore")), len(b[:end].decode("utf-8", "ignore"))


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    rasd, corpus, out = argv[:3]
    opts = {"--min-tagged": "3", "--min-share": "0.8", "--analysis": None}
    k = 3
    while k < len(argv):
        opts[argv[k]] = argv[k + 1]
        k += 2
    min_tagged, min_share = int(opts["--min-tagged"]), float(opts["--min-share"])
    skip = drawn_ids()
    texts = {d["id"]: d["text"] for d in articles(corpus, skip)}
    if opts["--analysis"]:
        outs = (json.loads(l) for l in open(opts["--analysis"], encoding="utf-8"))
    else:
        outs = analyse(rasd, corpus, skip)
    tagged = collections.Counter()        # normalised name -> PER mentions
    written = collections.defaultdict(collections.Counter)
    spans = {}                            # article -> PER mention char spans
    for o in outs:
        if o["id"] not in texts:
            continue
        b = texts[o["id"]].encode()
        sp = []
        for e in o.get("entities", []):
            if e["type"] != "PER":
                continue
            sp.append(char_span(b, e["start"], e["end"]))
            if e.get("via"):
                continue
            w = words(e["text"])
            if 2 <= len(w) <= 4:
                key = " ".join(w)
                tagged[key] += 1
                written[key][" ".join(WORD.findall(e["text"]))] += 1
        spans[o["id"]] = sp
    # a particle written on the first word (ومجتبى سعيد): the name without it, when that is one
    for key in sorted(tagged):
        w = key.split(" ")
        if w[0][:1] in PARTICLES and len(w[0]) > 3:
            bare = " ".join([w[0][1:]] + w[1:])
            if bare in tagged and tagged[bare] >= tagged[key]:
                tagged[bare] += tagged.pop(key)
                for form, c in written.pop(key).items():
                    written[bare][form[1:]] += c
    # a given name has no article: النبي صلى، السيناتور الديمقراطي are titles and words
    cands = {k for k, c in tagged.items() if c >= min_tagged and not k.startswith("ال")}
    first = collections.defaultdict(list)
    for k in cands:
        w = k.split(" ")
        first[w[0]].append(w)
    occ, inside = collections.Counter(), collections.Counter()
    for i, text in texts.items():
        if i not in spans:
            continue
        toks = [(norm(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]
        sp = spans[i]
        for j, (w, s, _) in enumerate(toks):
            heads = [w] + ([w[1:]] if w[:1] in PARTICLES and len(w) > 3 else [])
            for h in heads:
                for name in first.get(h, ()):
                    n = len(name)
                    if j + n > len(toks) or any(toks[j + x][0] != name[x] for x in range(1, n)):
                        continue
                    key = " ".join(name)
                    occ[key] += 1
                    e = toks[j + n - 1][2]
                    if any(a < e and s < z for a, z in sp):
                        inside[key] += 1
    rows = []
    for k in cands:
        if occ[k] and tagged[k] >= min_tagged and inside[k] >= min_share * occ[k]:
            form = min(written[k].items(), key=lambda x: (-x[1], x[0]))[0]
            rows.append(form)
    with open(out, "w", encoding="utf-8") as o:
        o.write("# person names the recogniser tags PER across SaudiNewsNet (>= %d times, >= %.2f"
                " of their occurrences), for the resolver only; built by tools/persons.py\n"
                % (min_tagged, min_share))
        for form in sorted(set(rows)):
            o.write("PER\t%s\t%s\n" % (form, form))
    print("persons: %d names of %d candidates" % (len(set(rows)), len(cands)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
