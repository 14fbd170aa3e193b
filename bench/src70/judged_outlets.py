#!/usr/bin/env python3
"""List event rows of bench/judged/judge43.tsv .. judge61.tsv whose actor (or the
verdict's reason) names a news outlet or agency (branch src70, stop 59)."""
import csv, re, sys, os
AR = r"وكالة|صحيفة|جريدة|قناة|موقع|رويترز|فرانس ?برس|الأناضول|اسوشيتد|أسوشيتد|«آس»|^آس$|تلفزيون|التلفزيون|اذاعة|إذاعة|شبكة|مجلة|نيويورك تايمز|واشنطن بوست|بي بي سي|سي ان ان|الجزيرة|العربية"
EN = r"newspaper|agency|outlet|\bpaper\b|news site|channel|broadcaster|reporter|Reuters|AFP|Anadolu|\bAP\b"
ar, en = re.compile(AR), re.compile(EN, re.I)
root = os.path.join(os.path.dirname(__file__), "..", "judged")
for n in range(43, 62):
    path = os.path.join(root, f"judge{n}.tsv")
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["sample"] != "events":
                continue
            act, why = r["actors"] or "", r["reason"] or ""
            if ar.search(act) or en.search(why):
                print("\t".join([f"judge{n}", r["no"], r["article"], r["kind"], r["start"],
                                 act, r["verdict"], why[:160]]))
