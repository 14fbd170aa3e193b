#!/usr/bin/env python3
"""stopwords.py RASD STOPWORDS_ISO_JSON LEXICON > data/stopwords.tsv — the stop words of
`GET /api/top?what=words` (docs/SERVER.md): the Arabic list of stopwords-iso (npm
`stopwords-iso`, MIT; `npm pack stopwords-iso@1.1.0` gives package/stopwords-iso.json),
normalised by `RASD normalize`, words that hold no Arabic letter left out; then every word
of the corpus lexicon (data/lexicon.tsv, SaudiNewsNet) that is و or ف before one of them
(وفي، ومن، فان…), as the light stemmer keeps such forms when they are frequent. One
normalised word a line, sorted; the same inputs always give the same file."""
import json
import re
import subprocess
import sys

rasd, iso, lexicon = sys.argv[1:4]
words = json.load(open(iso, encoding="utf-8"))["ar"]
arabic = re.compile("^[\u0621-\u064a\u0660-\u0669\u0671-\u06d3\u064b-\u065f\u0670\u0640]+$")
words = [w for w in words if arabic.match(w)]
out = subprocess.run([rasd, "normalize"], input="\n".join(words) + "\n", capture_output=True,
                     text=True, check=True).stdout.split("\n")
base = {w for w in out if w}
more = set()
for line in open(lexicon, encoding="utf-8"):
    if line.startswith("#"):
        continue
    w = line.split("\t")[0]
    if len(w) > 2 and w[0] in "وف" and w[1:] in base:
        more.add(w)
print("# stop words of rasd's top words: %d of stopwords-iso 1.1.0 (ar, MIT), normalised, and"
      % len(base))
print("# %d lexicon words that are و or ف before one of them; built by tools/stopwords.py"
      % len(more - base))
for w in sorted(base | more):
    print(w)
