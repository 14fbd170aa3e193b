#!/usr/bin/env python3
"""rules.py (branch hist74): candidate rules of one or two features (bench/hist74/rows.tsv,
written by features.py) counted on every judged event row of judge43-62 that BUILD still makes:
hits by the judges' verdict and by class (hist/camp/pold = the old-deed rows). A rule "removes"
its hits (or, for a date rule, leaves them undated): the right and partly hits are its cost."""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
T = lambda r, k: r[k] == "True"  # noqa: E731
D = lambda r: T(r, "undated_at_day")  # noqa: E731
RULES = {
    "R1 day & old year in sentence": lambda r: D(r) and T(r, "old_year_sent"),
    "R2 day & old year in paragraph": lambda r: D(r) and T(r, "old_year_para"),
    "R3 day & month name in sentence": lambda r: D(r) and T(r, "month_sent"),
    "R4 day & target only": lambda r: D(r) and T(r, "target_only"),
    "R5 day & old year para & not first 3 sent": lambda r: D(r) and T(r, "old_year_para")
    and not T(r, "first3_sent"),
    "R6 day & then-word in sentence": lambda r: D(r) and T(r, "then_sent"),
    "R7 day & engine's old date in sentence": lambda r: D(r) and T(r, "eng_old_date_sent"),
    "R7b day & engine's earlier date in sentence": lambda r: D(r) and T(r, "eng_prior_date_sent"),
    "R7c day & engine's old date in paragraph": lambda r: D(r) and T(r, "eng_old_date_para"),
    "R7N R7 & kind not appeal/criticize": lambda r: D(r) and T(r, "eng_old_date_sent")
    and r["kind"] not in ("appeal", "criticize"),
    "R7L R7 & long article": lambda r: D(r) and T(r, "eng_old_date_sent") and T(r, "long_art"),
    "R16 day & engine's old date before trigger": lambda r: D(r) and T(r, "eng_old_date_before"),
    "R17 R16 & not first sentence": lambda r: D(r) and T(r, "eng_old_date_before")
    and not T(r, "first_sent"),
    "R18 day & (R16 or old year before trigger)": lambda r: D(r) and (
        T(r, "eng_old_date_before") or T(r, "old_year_before")),
    "R8 day & month in sent & no recent word": lambda r: D(r) and T(r, "month_sent")
    and not T(r, "recent_sent"),
    "R9 day & old year para & no recent para": lambda r: D(r) and T(r, "old_year_para")
    and not T(r, "recent_para"),
    "R10 day & (old year|month) sent, no recent": lambda r: D(r) and (
        T(r, "old_year_sent") or T(r, "month_sent")) and not T(r, "recent_sent"),
    "R11 day & no actor & not first 3 sent": lambda r: D(r) and T(r, "no_actor")
    and not T(r, "first3_sent"),
    "R12 day & long article & not first 3": lambda r: D(r) and T(r, "long_art")
    and not T(r, "first3_sent"),
    "R13 day & old year para & long article": lambda r: D(r) and T(r, "old_year_para")
    and T(r, "long_art"),
    "R14 day & kana in sentence": lambda r: D(r) and T(r, "kana_sent"),
    "R15 day & old year para & not first para": lambda r: D(r) and T(r, "old_year_para")
    and not T(r, "first_para"),
}


def main():
    with open(os.path.join(HERE, "rows.tsv"), encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["gone"] == "False"]
    old = [r for r in rows if r["cls"] in ("hist", "camp", "pold")]
    verd = {"hist": "wrong", "camp": "wrong", "pold": "partly", "right": "right"}
    print("live judged rows %d; old-deed rows %d (hist %d, camp %d, pold %d)" % (
        len(rows), len(old), *(sum(r["cls"] == c for r in rows) for c in ("hist", "camp",
                                                                        "pold"))))
    print("%-44s %5s %6s %6s %6s %8s %7s %7s" % ("rule", "hits", "old", "wrong", "partly",
                                                  "right", "dateW", "dateOK"))
    for name, rule in RULES.items():
        h = [r for r in rows if rule(r)]
        v = lambda x: sum(1 for r in h if verd.get(r["cls"], r["cls"][1:]) == x)  # noqa
        dw = sum(1 for r in h if r["date_wrong"] == "True")
        print("%-44s %5d %6d %6d %6d %8d %7d %7d" % (name, len(h), sum(r["cls"] in (
              "hist", "camp", "pold") for r in h), v("wrong"), v("partly"), v("right"), dw,
              len(h) - dw))
    day = [r for r in rows if D(r)]
    dw = sum(1 for r in day if r["date_wrong"] == "True")
    print("all rows at the article's day, undated: %d; date wrong %d, date right %d" % (
        len(day), dw, len(day) - dw))


if __name__ == "__main__":
    main()
