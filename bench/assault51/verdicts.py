#!/usr/bin/env python3
"""assault51's judgments of its fresh rows (read once, conventions of docs/EVENTS.md "Stop 41:
a fresh judged sample"), written into the two blank columns of bench/assault51/fresh*.tsv
(bench/layer49/diff.py's output, start 3d40d56's data vs this branch's), then counted.

    python3 bench/assault51/verdicts.py        (rewrites the files, prints the counts)

Asir: the bombing of the emergency forces' mosque, Thursday 2015-08-06. "dup": the article also
holds an older row of the same deed at another place (الكويت، الطائف، أبها, later in the text);
the new row is the first mention, but the output now tells the deed twice: counted wrong when
strict about repeats."""
import glob, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
V = {  # (id, trigger start) -> (verdict, note)
    ("snn-027514", "138"): ("partly", "Asir at the article's day"),
    ("snn-028426", "305"): ("right", "Asir, dated 08-06"),
    ("snn-023856", "360"): ("right", "Asir, dated 08-06"),
    ("snn-025528", "408"): ("partly", "Asir at the article's day"),
    ("snn-027215", "172"): ("right", "Asir, dated 08-06"),
    ("snn-021059", "303"): ("right", "Asir, اليوم = 08-06"),
    ("snn-020605", "1683"): ("partly", "Tabgha church arson, June right; the cell not given"),
    ("snn-026228", "297"): ("partly", "Asir at the call's day"),
    ("snn-022506", "119"): ("right", "Asir, dated 08-06"),
    ("snn-025922", "1813"): ("-", "removed: the same row moved to its first mention (384)"),
    ("snn-025922", "384"): ("partly", "Asir at the article's day"),
    ("snn-024569", "415"): ("partly", "Asir at the article's day"),
    ("snn-024734", "63"): ("partly", "unchanged row (dated flag only): Asir at 08-07"),
    ("snn-025736", "365"): ("partly", "Asir, يوم أمس read from the visit's day: 08-07"),
    ("snn-025251", "226"): ("partly", "Asir at the call's day"),
    ("snn-026858", "166"): ("right", "Asir, dated 08-06"),
    ("snn-025551", "301"): ("partly", "Asir at the call's day"),
    ("snn-025505", "367"): ("right", "Asir, dated 08-06"),
    ("snn-028858", "10"): ("partly", "Asir at the article's day"),
    ("snn-025246", "325"): ("right", "Asir, dated 08-06"),
    ("snn-025250", "2628"): ("-", "removed: the same row moved to its first mention (88)"),
    ("snn-025250", "88"): ("right", "Asir, dated 08-06"),
    ("snn-030344", "518"): ("partly", "Asir at the article's day"),
    ("snn-030564", "166"): ("partly", "Asir at the article's day"),
    ("snn-026066", "348"): ("partly", "Asir at the call's day"),
    ("snn-023996", "314"): ("partly", "Asir at the article's day"),
    ("snn-030710", "1205"): ("partly", "Asir at the article's day"),
    ("snn-027718", "291"): ("partly", "Asir at the article's day"),
    ("snn-023860", "2425"): ("partly", "dup: Asir at the call's day; older row at الكويت"),
    ("snn-017030", "95"): ("partly", "Sitra bombing (07-28) at the article's day; doer الإرهابيون"),
    ("snn-025249", "81"): ("right", "dup: Asir dated 08-06; older row at الطائف"),
    ("snn-026861", "75"): ("partly", "Asir at the article's day"),
    ("snn-014107", "298"): ("partly", "Duma arson dated 07-31; doer مستوطنين not given"),
    ("snn-024843", "476"): ("partly", "dup: Asir at the call's day; older row at الكويت"),
    ("snn-026388", "303"): ("right", "Asir, dated 08-06"),
    ("snn-025217", "695"): ("right", "Asir, dated 08-06"),
    ("snn-030566", "351"): ("partly", "dup: Asir at the article's day; older row (عسير) later in the sentence"),
    ("snn-025252", "2846"): ("-", "removed: the same row moved to its first mention (340)"),
    ("snn-025252", "340"): ("partly", "Asir at the article's day"),
    ("snn-028527", "1418"): ("-", "removed: the same row moved to its first mention (179)"),
    ("snn-028527", "179"): ("right", "Asir, dated 08-06"),
    ("snn-015469", "1370"): ("partly", "Duma arson at the article's day; doer مستوطنين not given"),
    ("snn-030145", "472"): ("partly", "Asir at the article's day"),
    ("snn-028666", "263"): ("right", "dup: Asir dated 08-06; older row at أبها"),
    ("snn-028154", "164"): ("partly", "Asir at the article's day"),
    ("snn-029854", "648"): ("partly", "Asir at the article's day"),
    ("snn-020411", "126"): ("partly", "Duma arson by the suspect (قام), undated, no place"),
    ("snn-024160", "58"): ("right", "Asir, dated 08-06"),
    ("snn-024961", "307"): ("partly", "Asir at the article's day"),
    ("snn-029965", "326"): ("partly", "Asir at the article's day"),
    ("snn-016492", "130"): ("partly", "Duma arson at the article's day"),
    ("snn-027412", "348"): ("right", "Asir, dated 08-06"),
}
ARSON = ("حرق", "إحراق", "قام")
tot = collections.Counter()
seen = {}
for p in sorted(glob.glob(os.path.join(HERE, "fresh*.tsv"))):
    rows = [l.rstrip("\n").split("\t") for l in open(p, encoding="utf-8")]
    c = collections.Counter()
    with open(p, "w", encoding="utf-8") as w:
        for r in rows:
            v, note = V[(r[1], r[3])]
            r[-2:] = [v, note]
            w.write("\t".join(r) + "\n")
            if r[0] != "added":
                continue
            form = "arson" if any(a in r[10].split("›")[0].split("‹")[-1] for a in ARSON) else "condemned"
            c[form, v] += 1
            c[form, "dup"] += note.startswith("dup")
            seen[(r[1], r[3])] = (form, v, note.startswith("dup"))
    print(os.path.basename(p), dict(c))
u = collections.Counter()
for form, v, dup in seen.values():
    u[form, v] += 1
    u[form, "dup"] += dup
print("distinct rows", dict(u))
