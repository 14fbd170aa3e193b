"""Judged rows (bench/judged/*.tsv) typed assault or fight whose text names soldiers, police or
a checkpoint, with their verdict and reason: the judges' conventions (arm69)."""
import csv, glob, sys
sys.path.insert(0, "bench/arm69")
from gold_targets_re import RE

for p in sorted(glob.glob("bench/judged/*.tsv")):
    with open(p, encoding="utf-8") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        h = next(r, None)
        if not h or "kind" not in h or "text" not in h or "verdict" not in h:
            continue
        ix = {k: h.index(k) for k in ("kind", "text", "verdict")}
        rs = h.index("reason") if "reason" in h else None
        for row in r:
            if len(row) <= max(ix.values()) or row[ix["kind"]] not in ("assault", "fight"):
                continue
            t = row[ix["text"]]
            m = RE.search(t)
            if m:
                a = max(0, m.start() - 60)
                print(p.split("/")[-1], row[ix["kind"]], row[ix["verdict"]],
                      (row[rs] if rs is not None and rs < len(row) else "")[:140],
                      t[a:m.end() + 60].replace("\n", " "), sep="\t")
