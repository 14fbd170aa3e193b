"""Gold assault/fight events of the read parts (unseen35 left out) whose sentence names soldiers,
police or a checkpoint: how the labels type an attack on them (arm69)."""
import re, sys
sys.path.insert(0, "bench/recall")
import recall
from gold_targets_re import RE
gold = recall.load("tests/data/recall_snn.tsv", "all")
parts = {}
for l in open("tests/data/recall_snn.tsv", encoding="utf-8"):
    f = l.split("\t")
    if len(f) > 2 and not l.startswith("#"):
        parts[f[0]] = f[1]
ids = {i for i in gold if parts.get(i) != "unseen35"}
for d in recall.articles(ids):
    b = d["text"].encode("utf-8") if "text" in d else None
    for e in gold[d["id"]]["E"]:
        if e["type"] not in ("assault", "fight"):
            continue
        s = b[e["start"]:e["end"]].decode("utf-8", "replace")
        if RE.search(s):
            print(parts[d["id"]], d["id"], e["type"], ";".join(e["actors"]), "|", s[:300].replace("\n", " "), sep="\t")
