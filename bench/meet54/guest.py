"""The visit rows given in a sentence with a reception's verb (meet54, stop 46): visit53's
guest pronoun given to the host, counted on a draw.

  guest.py RASD SEED LO HI   the corpus outside drawn.txt sorted by id, shuffled by SEED,
                             articles LO..HI with استقبل and زيارت; prints each such row"""
import json, random, re, subprocess, sys, tempfile
sys.path.insert(0, __import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "..", "recall"))
import recall as R
STRIP = re.compile("[\u064b-\u0652\u0640]")
rasd, seed, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
drawn = {i for i, _ in R.drawn()}
docs = sorted([d for d in R.articles() if d["id"] not in drawn], key=lambda d: d["id"])
random.Random(seed).shuffle(docs)
docs = [d for d in docs[lo:hi] if re.search(r"[يت]?ستقبل|استقبل", STRIP.sub("", d["text"])) and "زيارت" in STRIP.sub("", d["text"])]
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
    for d in docs: t.write(json.dumps(d, ensure_ascii=False) + "\n")
out = subprocess.run([rasd, "analyze", "--threads", "2", t.name], check=True, capture_output=True).stdout.decode()
text = {d["id"]: d["text"].encode() for d in docs}
print("articles", len(docs))
for l in out.splitlines():
    a = json.loads(l)
    for e in a.get("events", []):
        if e["type"] != "visit": continue
        s = text[a["id"]][e["sentence"][0]:e["sentence"][1]].decode(errors="replace")
        ts = e.get("trigger") or ""
        if re.search(r"(?:^|\s)[وف]?(?:استقبل|يستقبل|سيستقبل|ستستقبل|استقبلت)", STRIP.sub("", s)) and re.search("زيارت", s):
            print(a["id"], e.get("status"), [x["name"] for x in e["actors"]], (e.get("place") or {}).get("name"), sep="\t")
            print("\t", s[:350].replace("\n", " "))
