#!/usr/bin/env python3
"""camp70: every event row of bench/judged/judge43..judge61 judged wrong or partly because it
is a campaign summed up, a habit, a pattern or a generic deed given as one event, classed by
the form in the trigger's sentence that marks a campaign or habit, read by hand (HAND).
Rows are found by their reason (REASON), then read by hand: PICK lists the (judge, no) kept
(the reason's chief fault is the campaign or habit, or it names one beside another fault);
rows of the same article and trigger drawn again by a later sample count once (DEDUP).
Usage: python3 bench/camp70/collect.py  (writes bench/camp70/pool.tsv, prints the table)"""
import csv, re, sys

REASON = re.compile(r"not one event|campaign|habit|generic|summed|pattern|repeated|day after day|"
                    r"since|over (the year|four months|years|a period)|total|ongoing|continuing|"
                    r"known for|months of war|annual", re.I)
# read by hand: the rows whose fault is (or includes) a campaign, habit, pattern or generic deed
PICK = {(43, 10), (43, 38), (45, 23), (46, 28), (46, 37), (47, 47), (47, 58), (48, 57),
        (49, 30), (49, 33), (50, 29), (50, 42), (50, 44), (51, 7), (51, 51), (52, 8),
        (52, 23), (54, 60), (56, 46), (56, 51), (56, 54), (57, 35), (57, 46), (58, 31),
        (58, 32), (58, 46), (59, 18), (59, 54), (60, 17), (61, 24), (61, 60)}
# the form that marks each row's campaign or habit, read by hand in the trigger's sentence
# (the brief's classes; "none" classes name what the row is instead)
SINCE, COUNT, DAILY, OFTEN = ("منذ + a date or period", "a plural count (آلاف/عشرات/ألف)",
                              "day after day / several times (يوما بعد آخر، عدة مرات، أكثر من مرة)",
                              "كثيرا ما (wrong49's habit list, out of its reach)")
HAND = {(46, 28): SINCE, (49, 30): SINCE, (50, 44): SINCE, (58, 31): SINCE,
        (56, 46): "منذ + an event («ومنذ مقتل بروان»)",
        (47, 58): COUNT, (58, 32): COUNT, (60, 17): COUNT,   # 60 17 has «منذ أغسطس» too
        (61, 24): DAILY, (52, 23): DAILY, (48, 57): DAILY,   # 48 57: «أكثرة من مرة», a typo
        (49, 33): OFTEN, (59, 54): OFTEN,
        (58, 46): "لطالما / لوقت طويل", (59, 18): "لطالما / لوقت طويل",
        (54, 60): "known for (عُرف ب)", (57, 35): "كان + imperfect (habitual)",
        (61, 60): "comparison (أكثر مما)",
        (46, 37): "none: a present-tense pattern", (47, 47): "none: a present-tense pattern",
        (50, 42): "none: a present-tense pattern", (56, 51): "none: a present-tense pattern",
        (57, 46): "none: a present-tense pattern",
        (51, 7): "none: a toll or a period's total", (45, 23): "none: a toll or a period's total",
        (43, 10): "none: a toll or a period's total",
        (43, 38): "none: generic (no one deed)", (50, 29): "none: generic (no one deed)",
        (51, 51): "none: generic (no one deed)", (52, 8): "none: generic (no one deed)",
        (56, 54): "none: generic (no one deed)"}

def main():
    out, seen = [], set()
    for k in range(43, 62):
        for r in csv.DictReader(open(f"bench/judged/judge{k}.tsv"), delimiter="\t"):
            if r["sample"] != "events" or r["verdict"] not in ("wrong", "partly"):
                continue
            if not REASON.search(r["reason"]) or (k, int(r["no"])) not in PICK:
                continue
            key = (r["article"], r["kind"], r["start"])
            dup = key in seen
            seen.add(key)
            at_day = r["date"][:10] == r["published"][:10]
            out.append((k, r, at_day, HAND[(k, int(r["no"]))], dup))
    missing = PICK - {(k, int(r["no"])) for k, r, *_ in out}
    if missing:
        sys.exit(f"picked rows not found: {sorted(missing)}")
    w = csv.writer(open("bench/camp70/pool.tsv", "w"), delimiter="\t", lineterminator="\n")
    w.writerow(["judge", "no", "article", "kind", "start", "verdict", "at_day", "again", "form",
                "reason", "text"])
    for k, r, d, f, dup in out:
        w.writerow([k, r["no"], r["article"], r["kind"], r["start"], r["verdict"], int(d),
                    int(dup), f, r["reason"], r["text"]])
    tab = {}
    for k, r, d, f, dup in out:
        if dup:
            continue
        t = tab.setdefault(f, [0, 0, 0, set()])
        t[0 if r["verdict"] == "wrong" else 1] += 1
        t[2] += d
        t[3].add(k)
    print("rows", len(out), "distinct", sum(1 for o in out if not o[4]),
          "at the article's day", sum(1 for o in out if o[2] and not o[4]))
    print("form\twrong\tpartly\tat_day\tsamples")
    for f, (a, b, d, s) in sorted(tab.items(), key=lambda x: -(x[1][0] + x[1][1])):
        print(f"{f}\t{a}\t{b}\t{d}\t{len(s)} ({','.join(map(str, sorted(s)))})")

main()
