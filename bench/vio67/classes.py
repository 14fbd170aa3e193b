#!/usr/bin/env python3
"""bench/vio67/classes.py — the classes of missed.tsv's rows (branch vio67, stop 57).

  classes.py missed.tsv [alone.tsv] > missed_classed.tsv
  classes.py --table missed.tsv [alone.tsv]

Rows are coded a1 … (assault) and f1 … (fight) in file order. A row of dev … unseen25 keeps
the letter assault54 (stop 46) or fight57 (stop 49) gave it after reading it
(bench/assault54/misses.tsv, bench/fight57/misses.tsv; matched by part, article, kind and the
gold actors or the sentence's start); the 20 rows of unseen26 … unseen33 (and one older
unmatched) were read here and classed in NEW. alone.tsv (alone.py) says whether the start build
gives an event of the row's kind for its sentence analysed alone."""
import collections, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CLASS = {  # letter -> (the brief's family, what would have to be read)
    "G": ("history", "assault: history or background told in passing (Rafah 2012, 1981, 2003)"),
    "fG": ("history", "fight: history or background (Badr, 2003's invasion, a 1999 ambush)"),
    "J": ("generic", "assault: generic or figurative (اغتيال الفرح، أبت أياد الإجرام، counts)"),
    "fQ": ("hypothetical", "fight: planned or hoped (أن يتم تحرير … قريبا، سنعلن تحرير)"),
    "F": ("several", "assault: several events in one sentence (lists, a chain of attacks)"),
    "fF": ("several", "fight: several events in one sentence (the Observatory's lists)"),
    "A": ("noun", "assault: an attack noun, no doer (الهجوم على، تفجير مسجد أبها)"),
    "I": ("noun", "assault: an explosion, no doer (انفجار هز، انفجرت سيارات، انفجر لغم)"),
    "D": ("noun", "assault: an arson by its noun and victim (إحراق منزل، حرق عائلة)"),
    "fN": ("noun", "fight: a noun alone, no doer (تحرير عدن، كمين تعرضوا له، المعارك)"),
    "fK": ("noun", "fight: a bare clash noun (اشتباكات عنيفة تجري، خلفت الاشتباكات)"),
    "fS": ("noun", "fight: strikes or sorties counted (N ضربة جوية، طلعة)"),
    "fP": ("noun", "fight: an advance, control or entry by a noun (تقدم المقاومة، تحت سيطرة)"),
    "C": ("passive", "assault: a killing in the passive or told by its victim (قُتل، مقتل X، "
                     "عثر على جثة، استشهد فيه)"),
    "E": ("passive", "assault: a bomber who blew himself up (الانتحاري الذي فجر نفسه)"),
    "B": ("actor", "assault: a killing verb whose doer is described (قتلت مجموعة من القرويين)"),
    "H": ("verb", "assault: a verb or deed of attack with its doer or target (اغتيل، قام "
                  "بالاعتداء على، ضرب في قلب مسجد)"),
    "fV": ("verb", "fight: a verb of force no list reads, or its subject before it (فتحوا "
                   "النار، طردوا، استعادها، قتلتهم، استهدفت بقصف)"),
    "fR": ("verb", "fight: a siege (حاصرهم، تعرضه للحصار)"),
    "fM": ("fold", "fight: a row folded into another of the article (same actors)"),
    "fL": ("other", "fight: found by the trigger layer only"),
}

NEW = {  # row code -> (letter, note): read at stop 57
    "f1": ("fG", "Magna Carta column: the king's wars with France"),
    "a14": ("J", "اغتيال الفرح: figurative"),
    "f5": ("fS", "شاركوا في ضربات جوية في سوريا, inside a quote"),
    "a34": ("I", "انفجر لغم أرضي … إصابة ثلاثة عسكريين"),
    "f24": ("fV", "القوات المسلحة … تنفذ عمليات … حيث استهدفت بقصف مدفعي"),
    "a35": ("A", "بالهجوم على متحف «باردو» في مارس الماضي"),
    "a36": ("A", "الهجوم الذي استهدف فندقا (ast66's form; the gunman not in the sentence)"),
    "f25": ("fV", "وكانت المقاومة قد تقدمت … كما سيطرت على"),
    "f26": ("fF", "the same sentence's وقد خلفت الاشتباكات قتلى"),
    "f27": ("fK", "اشتباكات عنيفة تجري الان في مدينة لودر"),
    "a37": ("A", "جراء هجومين كبيرين شنهما متشددون (a noun, its doer in شنهما)"),
    "a65": ("G", "a cinema shooting of 2012 in a court's ruling"),
    "a66": ("G", "لقتله الهرمزان: early Islam"),
    "a67": ("F", "بتفجير المجمعات السكنية … بتفجير المساجد: two in one sentence"),
    "a68": ("F", "the same sentence's بتفجير المساجد"),
    "a78": ("C", "الذين قضوا في مسجد قوات الطوارئ: the victims, in a quote"),
    "a88": ("C", "جريمة قتل العقيد حسان الشيخ"),
    "a89": ("J", "قد نفذوا 11 عملية انتحارية: a count over years"),
    "f67": ("fN", "في المعارك اللاحقة مع الأكراد"),
    "a95": ("C", "استشهد وأصيب فيه عدد من منسوبي قوة الطوارئ بعد عملية تفجير"),
}


def old_classes():
    old = {}
    for p in ("assault54", "fight57"):
        for l in open(os.path.join(HERE, "..", p, "misses.tsv"), encoding="utf-8"):
            if l.startswith("#"):
                continue
            f = l.rstrip("\n").split("\t")
            old.setdefault((f[0], f[1], f[2], f[4]), f[3])
            old.setdefault((f[0], f[1], f[2], f[6][:60]), f[3])
    return old


def rows(path):
    old, n = old_classes(), {"assault": 0, "fight": 0}
    lines = open(path, encoding="utf-8").read().splitlines()
    for l in lines[1:]:
        f = l.split("\t")
        n[f[4]] += 1
        code = ("a" if f[4] == "assault" else "f") + str(n[f[4]])
        if code in NEW:
            cl, note = NEW[code]
        else:
            cl = old.get((f[0], f[1], f[4], f[5])) or old[(f[0], f[1], f[4], f[8][:60])]
            note = "assault54/fight57's class"
        yield code, cl, note, f


def main(a):
    table = a[0] == "--table"
    a = a[1:] if table else a
    alone = {}
    if len(a) > 1:
        for l in open(a[1], encoding="utf-8"):
            c, tag = l.rstrip("\n").split("\t")[:2]
            alone[c] = tag
    if not table:
        print("row\tclass\tfamily\talone\tnote\t" + open(a[0], encoding="utf-8").readline()
              .rstrip("\n"))
    cnt = {}
    for code, cl, note, f in rows(a[0]):
        if table:
            c = cnt.setdefault(cl, [0, set(), 0, 0])
            c[0] += 1
            c[1].add(f[0])
            c[2] += f[0] in ("unseen26", "unseen27", "unseen28", "unseen29", "unseen30",
                             "unseen31", "unseen32", "unseen33")
            c[3] += alone.get(code) == "alone"
        else:
            print("\t".join([code, cl, CLASS[cl][0], alone.get(code, "-"), note] + f))
    if table:
        print("| class | family | what would have to be read | rows | read parts | "
              "of them unseen26–33 | given alone |")
        print("|---|---|---|---|---|---|---|")
        for cl, (k, parts, new, al) in sorted(cnt.items(), key=lambda x: (-x[1][0], x[0])):
            print("| %s | %s | %s | %d | %d | %d | %d |" % (cl, CLASS[cl][0], CLASS[cl][1], k,
                                                         len(parts), new, al))
        print("rows %d" % sum(c[0] for c in cnt.values()))


if __name__ == "__main__":
    main(sys.argv[1:])
