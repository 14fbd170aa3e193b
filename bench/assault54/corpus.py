#!/usr/bin/env python3
"""assault54: how often each missed form of the read parts' census occurs outside drawn.txt,
and how many of its hits a rasd build's default output already covers.

    corpus.py RASD [OUT.tsv]   per form: hits, articles, hits inside a sentence of an assault or
                               fight row of RASD's default output (covered); OUT gets every hit
                               (form, id, covered, context)
Regular expressions over the raw text (no normalisation beyond the alternations written out);
articles outside drawn.txt (tools/judge_sample.load_articles)."""
import json, os, re, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from judge_sample import load_articles  # noqa: E402

W = r"(?:\S+\s+)"
FORMS = [
    # class A: a bombing's noun, no doer, and a relative clause of its place or target
    ("A_bomb_rel", r"(?:التفجير|الاعتداء|الهجوم|الحادث|حادث التفجير|الجريمة)\s+" + W + r"{0,2}(?:الذي|التي)\s+(?:وقع|وقعت|استهدف|استهدفت|حدث)"),
    ("A_l_bomb", r"(?:للاعتداء|للتفجير|للهجوم|للحادث)\s+(?:الآثم|الإرهابي|الارهابي|الغاشم|الإجرامي|الجبان|الغادر)"),
    # class B: a killing by a verb, described doer first
    ("B_desc_killed", r"(?:مجموعة|مسلحون|مسلحين|مليشيا|ميليشيا|عناصر|مجهولون)\s+" + W + r"{0,3}(?:قتلت|قتلوا|قتل)\s"),
    ("B_aqdam_kill", r"(?:أقدم|اقدم|أقدمت|أقدموا)\s+" + W + r"{0,6}على\s+(?:قتل|طعن|نحر)"),
    # class C: a killing in the passive or by its victim, doer after على يد
    ("C_kill_byhand", r"(?:قتل|مقتل|اغتيال|استشهاد|إعدام|اعدام|طعن|قتلوا|قتلت|اغتيل)[^.،\n]{0,60}على (?:يد|أيدي)"),
    ("C_found_killed", r"(?:عثر|عثرت|العثور)[^.،\n]{0,40}(?:مقتولا|مقتولة|جثة)"),
    # class D, E, I
    ("D_arson", r"(?:حرق|إحراق|احراق)\s+(?:منزل|عائلة|أسرة|كنيسة|مسجد|الطفل|طفل|الرضيع)"),
    ("E_blew_self", r"(?:فجر|فجرت|يفجر|مفجر)\s+(?:نفسه|نفسها)"),
    ("I_blast_hit", r"انفجار\s+" + W + r"{0,2}(?:هز|هزت|وقع|استهدف)"),
    # class H: a verb of attack with its doer or target
    ("H_fire_on", r"(?:فتح|فتحوا|فتحت|أطلق|اطلق|أطلقوا|اطلقوا|أطلقت|اطلقت)\s+" + W + r"{0,3}النار على"),
    ("H_qam_fire", r"(?:قام|قامت|قاموا|أقدم|اقدم)\s+" + W + r"{0,4}ب(?:إطلاق|اطلاق) (?:النار|الرصاص|عيار)"),
    ("H_qam_assault", r"(?:قام|قامت|قاموا|أقدم|اقدم)\s+" + W + r"{0,4}بالاعتداء على"),
    # fight: verbs no list reads, sorties counted, advance/control nouns, a noun alone
    ("V_aghara", r"(?<!\S)و?(?:أغار|اغار|أغارت|اغارت|أغاروا)(?!\S)"),
    ("V_drop_bomb", r"(?:أسقط|اسقط|ألقت|القت|ألقى|القى|أسقطت|اسقطت)\s+" + W + r"{0,3}(?:قنبلة|قنابل|براميل|برميلا)"),
    ("V_shell_on", r"(?:أطلق|اطلق|أطلقت|اطلقت|أطلقوا|اطلقوا)\s+" + W + r"{0,3}(?:قذيفة|قذيفتي|قذائف|صاروخا|صواريخ)\s+" + W + r"{0,3}على"),
    ("V_tared", r"(?:طردوا|طردت|وطردت|وطردوا)\s+" + W + r"{0,3}(?:الحوثي|الميليشيات|المليشيات|داعش|مسلحي|عناصر)"),
    ("S_sorties", r"(?:\d+|عشرات)\s+(?:طلعة|غارة|ضربة)(?:\s+جوية)?"),
    ("N_under_control", r"تحت سيطرة"),
    ("N_liberation", r"(?:بعد|عقب|منذ)\s+(?:تحرير|تحرر)\s+(?:عدن|المدينة|مدينة)"),
]


def run(rasd, docs):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    try:
        out = subprocess.run(["nice", "-n", "5", rasd, "analyze", "--threads", "2", t.name],
                             check=True, capture_output=True).stdout.decode()
    finally:
        os.unlink(t.name)
    return {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}


def main(rasd, out=None):
    pats = [(k, re.compile(v)) for k, v in FORMS]
    hits = []
    for d in load_articles():
        for k, p in pats:
            for m in p.finditer(d["text"]):
                hits.append((k, d, m.start(), m.end()))
    docs = {d["id"]: d for _, d, _, _ in hits}
    a = run(rasd, docs.values())
    stats = {k: [0, set(), 0] for k, _ in pats}
    rows = []
    for k, d, s, e in hits:
        b = len(d["text"][:s].encode()), len(d["text"][:e].encode())
        cov = any(ev["type"] in ("assault", "fight") and ev["sentence"][0] <= b[0] < ev["sentence"][1]
                  for ev in a.get(d["id"], {}).get("events", []))
        st = stats[k]
        st[0] += 1; st[1].add(d["id"]); st[2] += cov
        rows.append((k, d["id"], str(int(cov)), d["text"][max(0, s - 80):e + 60].replace("\n", " ").replace("\t", " ")))
    for k, _ in pats:
        print("%-16s hits %4d  articles %4d  covered %4d" % (k, stats[k][0], len(stats[k][1]), stats[k][2]))
    if out:
        with open(out, "w", encoding="utf-8") as f:
            for r in rows:
                f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
