#!/usr/bin/env python3
"""tools/hijri_table.py ARTICLES.jsonl.gz [--holdout] > data/hijri.tsv

The first day of Hijri months as Saudi news states them. Saudi Arabia dates by the Umm
al-Qura calendar, whose months start by astronomical rule, a day off the arithmetical
(tabular) calendar in some months. Articles often write both dates: "الأحد 16 شوال 1436هـ
الموافق 2 أغسطس 2015م". Each such statement implies the Gregorian date of the Hijri month's
first day; the month's row is the date most statements imply, kept when at least 3 do and two
thirds of them agree. rasd (src/events/calendar.c) uses a month's row when there is one and the
tabular calendar otherwise.

Output: "year<TAB>month<TAB>YYYY-MM-DD" lines (Hijri year and month, the Gregorian date of its
first day), sorted. --holdout derives the table from articles with even-numbered ids only and
reports, on stderr, how the statements of odd-numbered ones agree with it and with the tabular
calendar (an estimate of the table's accuracy on text it was not built from).
"""
import collections, datetime, gzip, json, re, sys

G = {"يناير": 1, "كانون الثاني": 1, "فبراير": 2, "شباط": 2, "مارس": 3, "آذار": 3, "أبريل": 4,
     "ابريل": 4, "إبريل": 4, "نيسان": 4, "مايو": 5, "أيار": 5, "يونيو": 6, "يونيه": 6,
     "حزيران": 6, "يوليو": 7, "يوليه": 7, "تموز": 7, "أغسطس": 8, "اغسطس": 8, "آب": 8,
     "سبتمبر": 9, "أيلول": 9, "أكتوبر": 10, "اكتوبر": 10, "تشرين الأول": 10, "نوفمبر": 11,
     "تشرين الثاني": 11, "ديسمبر": 12, "كانون الأول": 12}
H = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع الثاني": 4, "ربيع الآخر": 4,
     "ربيع الاخر": 4, "جمادى الأولى": 5, "جمادى الاولى": 5, "جمادى الآخرة": 6,
     "جمادى الاخرة": 6, "جمادى الثانية": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
     "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12}
gm = "|".join(sorted(map(re.escape, G), key=len, reverse=True))
hm = "|".join(sorted(map(re.escape, H), key=len, reverse=True))
SEP = r"\s*(?:هـ|ه|هجري|هجرية)?\s*[،,]?\s*(?:و?الموافق(?:\s+ل)?|الموافق\s+لـ?)\s*(?:ل)?"
H_THEN_G = re.compile(r"(\d{1,2})\s*(?:من\s+)?(" + hm + r")\s*(\d{4})" + SEP +
                      r"\s*(?:[^\d\s]+\s+)?(\d{1,2})\s*(?:من\s+)?(" + gm + r")(?:\s*[/(]\s*[^\s\d)]+\s*\)?)?\s*(\d{4})")
G_THEN_H = re.compile(r"(\d{1,2})\s*(?:من\s+)?(" + gm + r")(?:\s*[/(]\s*[^\s\d)]+\s*\)?)?\s*(\d{4})\s*(?:م|ميلادي|ميلادية)?"
                      r"\s*[،,]?\s*(?:و?الموافق(?:\s+لـ?)?)\s*(?:[^\d\s]+\s+)?(\d{1,2})\s*(?:من\s+)?(" + hm + r")\s*(\d{4})")

# Numeric statements (dates3): "1 / 12 / 1436هـ الموافق 14 / 9 / 2015م", "28/02/1437هـ الموافق
# 10/12/2015م" (day / month / year, with or without spaces, the Hijri year with its era or
# of the Hijri centuries), the Gregorian side numeric or named.
NUM = r"(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*"
N_THEN_G = re.compile(NUM + r"(1[34]\d\d)" + SEP + r"\s*(?:[^\d\s]+\s+)?(?:" + NUM +
                      r"(\d{4})|(\d{1,2})\s*(?:من\s+)?(" + gm + r")(?:\s*[/(]\s*[^\s\d)]+\s*\)?)?\s*(\d{4}))")


def tabular(y, m, d):
    jdn = d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439
    return datetime.date.fromordinal(jdn - 1721425)


def statements(path, keep):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if not keep(a["id"]):
                continue
            t = a["text"].replace("\u0640", "")
            for m in H_THEN_G.finditer(t):
                yield (int(m[3]), H[m[2]], int(m[1])), (int(m[6]), G[m[5]], int(m[4]))
            for m in G_THEN_H.finditer(t):
                yield (int(m[6]), H[m[5]], int(m[4])), (int(m[3]), G[m[2]], int(m[1]))
            for m in N_THEN_G.finditer(t):
                h = (int(m[3]), int(m[2]), int(m[1]))
                if not 1 <= h[1] <= 12:
                    continue
                if m[6]:
                    yield h, (int(m[6]), int(m[5]), int(m[4]))
                else:
                    yield h, (int(m[9]), G[m[8]], int(m[7]))


def first_days(stmts):
    votes = collections.defaultdict(collections.Counter)
    for (hy, hmo, hd), (gy, gmo, gd) in stmts:
        if not (1 <= hd <= 30 and 1300 <= hy <= 1500):
            continue
        try:
            g = datetime.date(gy, gmo, gd)
        except ValueError:
            continue
        votes[(hy, hmo)][g - datetime.timedelta(days=hd - 1)] += 1
    table = {}
    for k, c in votes.items():
        (day, n), total = c.most_common(1)[0], sum(c.values())
        if n >= 3 and 3 * n >= 2 * total and abs((day - tabular(*k, 1)).days) <= 2:
            table[k] = day
    return table


def idnum(i):
    digits = re.sub(r"\D", "", i)
    return int(digits) if digits else 0


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    path = sys.argv[1]
    if "--holdout" in sys.argv:
        table = first_days(statements(path, lambda i: idnum(i) % 2 == 0))
        same_t = same_tab = n = covered = 0
        for (hy, hmo, hd), (gy, gmo, gd) in statements(path, lambda i: idnum(i) % 2 == 1):
            try:
                g = datetime.date(gy, gmo, gd)
                tab = tabular(hy, hmo, hd)
            except ValueError:
                continue
            if abs((g - tab).days) > 2:
                continue          # a wrong statement or a misparse: neither calendar is judged
            n += 1
            same_tab += tab == g
            if (hy, hmo) in table:
                covered += 1
                same_t += table[(hy, hmo)] + datetime.timedelta(days=hd - 1) == g
            else:
                same_t += tab == g
        print(f"held-out statements {n}: tabular calendar exact {same_tab} ({same_tab / max(1, n):.3f}); "
              f"with the table (months covered: {covered}) exact {same_t} ({same_t / max(1, n):.3f})",
              file=sys.stderr)
        return 0
    table = first_days(statements(path, lambda i: True))
    print("# hijri.tsv — first days of Hijri months as Saudi news states them (tools/hijri_table.py)")
    for (hy, hmo), day in sorted(table.items()):
        print(f"{hy}\t{hmo}\t{day.isoformat()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
