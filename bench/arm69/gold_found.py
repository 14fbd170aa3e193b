"""For each gold row of gold_targets.tsv (an assault or fight whose sentence names soldiers,
police or a checkpoint): rasd's events of those kinds whose sentence overlaps it. Run with
RASD_DATA set: python3 bench/arm69/gold_found.py RASD (arm69)."""
import sys
sys.path.insert(0, "bench/recall")
import recall
sys.path.insert(0, "bench/arm69")
import gold_targets_re as gt

rasd = sys.argv[1]
ids = {l.split("\t")[1] for l in open("bench/arm69/gold_targets.tsv", encoding="utf-8")}
gold = recall.load("tests/data/recall_snn.tsv", "all")
out = recall.run_rasd(rasd, ids)
for d in recall.articles(ids):
    b = d["text"].encode("utf-8")
    for e in gold[d["id"]]["E"]:
        if e["type"] not in ("assault", "fight"):
            continue
        if not gt.RE.search(b[e["start"]:e["end"]].decode("utf-8", "replace")):
            continue
        hits = [(x["type"], ";".join(a["name"] for a in x["actors"]))
                for x in out[d["id"]].get("events", [])
                if x["type"] in ("assault", "fight", "kill", "assassinate")
                and recall.overlap(e["start"], e["end"], x["sentence"][0], x["sentence"][1])]
        print(d["id"], e["type"], ";".join(e["actors"]), hits, sep="\t")
