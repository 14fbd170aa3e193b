#!/usr/bin/env python3
"""features.py (branch hist74, stop 60): do features rasd already has, or could read from the
article, separate the judged event rows that are wrong as history (an old deed given the
article's day) or as a campaign summed up from the right occurred rows of the same kinds?

    python3 bench/hist74/features.py [BUILD[:DATA]]   (default /tmp/end60/rasd.bin:/tmp/end60/data)

Rows: bench/judged/judge43.tsv … judge62.tsv, sample "events". Classes (by the judges'
reasons): hist = wrong, reason "historical…"; camp = wrong, reason "not one event…"; pold =
partly whose date fault is an old or summed event at the article's day (listed by hand, PARTLY);
right = right, occurred, of the kinds of hist/camp. Each row is found again in BUILD's output by
its trigger's byte offset (rows BUILD no longer makes are counted apart: "gone").
Caches the output in bench/hist74/out_judged.json (not committed). Writes bench/hist74/rows.tsv (a row per judged row, its features) and prints the rates."""
import csv
import datetime
import collections
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
import fresh as F  # noqa: E402

PARTLY = {("judge43", "10"), ("judge45", "53"), ("judge45", "54"), ("judge50", "44"),
          ("judge53", "28"), ("judge56", "23"), ("judge57", "6"), ("judge58", "32"),
          ("judge48", "5"), ("judge50", "42")}

MONTHS = ("يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|"
          "أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|"
          "محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|القعدة|الحجة")
RX = {
    "month": re.compile(r"(^|[\s(«،,])(في\s+|ب)?(شهر\s+)?(%s)(\s|$|[،,.)»])" % MONTHS),
    "kana": re.compile(r"(^|\s)[وف]?(كان|كانت|كانوا|وكان|وكانت)\s"),
    "qad": re.compile(r"(^|\s)[وف]?(قد|لقد)\s+\S+"),
    "relative": re.compile(r"(^|\s)(الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)\s"),
    "then": re.compile(r"آنذاك|وقتها|وقتذاك|حينها|حينذاك|يومها|يومذاك|في ذلك الوقت|في حينه|"
                       r"عندما|حين\s|حينما|لما\s|يوم أن|منذ|سابقا|سابقاً|في الماضي|قبل\s+\S*\s*(سنوات|أعوام|عقود|سنة|عام|عامين|سنتين|قرن)"),
    "recent": re.compile(r"(^|\s)[وب]?(أمس|امس|اليوم|الليلة|البارحة|صباح|مساء|فجر|ظهر|عصر|"
                         r"السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|"
                         r"الجمعة|أول من أمس|اول من امس)(\s|$|[،,.])"),
    "sum": re.compile(r"خلال\s+(ال)?(أشهر|الأشهر|الاشهر|أشهر|شهور|الشهور|سنوات|السنوات|الأعوام|"
                      r"أعوام|أسابيع|الأسابيع|الفترة|الماضي|الماضية)|يوما بعد|يوماً بعد|آلاف|"
                      r"مئات|عشرات|باستمرار|متواصل"),
    "opinion": re.compile(r"(^|\s)(أنا|إنني|انني|أعتقد|اعتقد|أرى|نحن|لقد|كاتب|مقال|مقالي|"
                          r"أتذكر|أذكر|ذكريات|مذكرات|رحمه الله|يرحمه)(\s|$|[،,.])"),
}
YEAR = re.compile(r"(?<!\d)(1[3-9]\d\d|20[0-2]\d)(?!\d)")


def rows():
    out = []
    for f in sorted(glob.glob(os.path.join(ROOT, "bench", "judged", "judge*.tsv"))):
        m = re.search(r"judge(\d+)\.tsv$", f)
        if not m or not 43 <= int(m.group(1)) <= 62:
            continue
        name = "judge" + m.group(1)
        with open(f, encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if r.get("sample") != "events":
                    continue
                r["file"] = name
                why = r["reason"]
                if r["verdict"] == "wrong" and re.match(r"(another actor and )?historical", why):
                    r["cls"] = "hist"
                elif r["verdict"] == "wrong" and why.startswith("not one event"):
                    r["cls"] = "camp"
                elif (name, r["no"]) in PARTLY:
                    r["cls"] = "pold"
                elif r["verdict"] == "right" and r["status"] == "occurred":
                    r["cls"] = "right"
                else:
                    r["cls"] = "o" + r["verdict"]     # owrong, opartly, oright (planned)
                out.append(r)
    kinds = {r["kind"] for r in out if r["cls"] in ("hist", "camp")}
    for r in out:       # right rows of other kinds: counted for the rules, not in the rates
        if r["cls"] == "right" and r["kind"] not in kinds:
            r["cls"] = "oright"
    # one row per (article, trigger, kind): judge53 45 repeats judge49 37. When judges
    # differ (judge60 37 was partly in judge57; judge61 24 right or partly in judge43), the
    # old-deed verdict is kept: those rows are the question.
    rank = {"hist": 0, "camp": 0, "pold": 1}
    seen, uniq = set(), []
    for r in sorted(out, key=lambda r: rank.get(r["cls"], 2)):
        k = (r["article"], r["start"], r["kind"])
        if k not in seen:
            seen.add(k)
            uniq.append(r)
    return uniq


def prior(value, pub, days):
    """The engine's date value (YYYY, YYYY-MM or YYYY-MM-DD) lies wholly before the article's
    day by more than days."""
    m = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?$", value or "")
    if not m:
        return False
    y, mo, d = int(m.group(1)), int(m.group(2) or 12), int(m.group(3) or 28)
    try:
        end = datetime.date(y, mo, d)
    except ValueError:
        return False
    return (datetime.date.fromisoformat(pub) - end).days > days


def paragraph(text, s0, s1):
    a = text.rfind(b"\n", 0, s0) + 1
    b = text.find(b"\n", s1)
    return a, len(text) if b < 0 else b


def features(doc, out, r):
    t = doc["text"].encode("utf-8")
    pub = doc["published"][:10]
    t0 = int(r["start"])
    ev = next((e for e in out.get("events", []) if e["trigger"][0] == t0
               and e["type"] == r["kind"]), None)
    f = {"gone": ev is None}
    if ev is None:
        return f
    s0, s1 = ev["sentence"]
    p0, p1 = paragraph(t, s0, s1)
    sent = t[s0:s1].decode("utf-8", "replace")
    para = t[p0:p1].decode("utf-8", "replace")
    sents = out.get("sentences", [])
    idx = next((i for i, s in enumerate(sents) if s[0] == s0), -1)
    f["undated_at_day"] = (not ev.get("dated")) and (ev.get("date") or "") == pub
    f["dated"] = bool(ev.get("dated"))
    f["first_sent"] = idx == 0
    f["first3_sent"] = 0 <= idx < 3
    f["first_para"] = p0 <= 2 or t[:p0].strip() == b""
    f["late_half"] = t0 > len(t) / 2
    f["sent_idx"] = idx
    y = int(pub[:4])
    f["old_year_sent"] = any(int(v) < y for v in YEAR.findall(sent))
    f["old_year_para"] = any(int(v) < y for v in YEAR.findall(para))
    f["old_year_art"] = any(int(v) < y - 0 for v in YEAR.findall(doc["text"]))
    ds = [d for d in out.get("dates", []) if s0 <= d["start"] < s1]
    dp = [d for d in out.get("dates", []) if p0 <= d["start"] < p1]
    f["eng_date_sent"] = bool(ds)
    f["eng_prior_date_sent"] = any(prior(d.get("value"), pub, 0) for d in ds)
    f["eng_old_date_sent"] = any(prior(d.get("value"), pub, 31) for d in ds)
    f["eng_old_date_before"] = any(prior(d.get("value"), pub, 31) for d in ds
                                   if d["start"] < t0)
    f["old_year_before"] = any(int(v) < y for v in YEAR.findall(
        t[s0:t0].decode("utf-8", "replace")))
    f["eng_old_date_para"] = any(prior(d.get("value"), pub, 31) for d in dp)
    for k, rx in RX.items():
        f[k + "_sent"] = bool(rx.search(sent))
    f["month_para"] = bool(RX["month"].search(para))
    f["then_para"] = bool(RX["then"].search(para))
    f["recent_para"] = bool(RX["recent"].search(para))
    f["opinion_art"] = len(RX["opinion"].findall(doc["text"])) >= 2
    f["long_art"] = len(t) > 6000
    trig = t[ev["trigger"][0]:ev["trigger"][1]].decode("utf-8", "replace").strip()
    f["trigger_again"] = doc["text"].count(trig) > 1 if trig else False
    f["no_actor"] = not ev.get("actors")
    f["target_only"] = bool(ev.get("target_only"))
    return f


def main(argv):
    build = argv[1] if len(argv) > 1 else "/tmp/end60/rasd.bin:/tmp/end60/data"
    rs = rows()
    ids = {r["article"] for r in rs}
    docs = {d["id"]: d for d in F.R.articles() if d["id"] in ids}
    outs = F.analyze_cached(build, list(docs.values()), os.path.join(HERE, "out_judged.json"))
    for r in rs:
        r.update(features(docs[r["article"]], outs.get(r["article"], {}), r))
    for r in rs:        # the judges' word on the date: the row's day wrong (or any fault of date)
        r["date_wrong"] = r["cls"] in ("hist", "camp", "pold") or (
            r["verdict"] != "right" and bool(re.search(
                r"date:|historical|article's day|not one event|summed up", r["reason"])))
    keys = [k for k in rs[0] if k not in ("sample", "file", "no", "article", "published",
                                             "kind", "start", "status", "date", "dated",
                                             "actors", "place|speaker", "cue", "text",
                                             "verdict", "reason", "cls", "gone", "change", "was")]
    keys = sorted({k for r in rs for k in r} - set(rs[0]) | set(keys))
    with open(os.path.join(HERE, "rows.tsv"), "w", encoding="utf-8") as w:
        w.write("\t".join(["file", "no", "article", "kind", "cls", "gone"] + keys) + "\n")
        for r in rs:
            w.write("\t".join([r["file"], r["no"], r["article"], r["kind"], r["cls"],
                               str(r["gone"])] + [str(r.get(k, "")) for k in keys]) + "\n")
    n = collections.Counter((r["cls"], r["gone"]) for r in rs)
    print("rows (class, gone at BUILD):", dict(n))
    live = [r for r in rs if not r["gone"]]
    groups = {c: [r for r in live if r["cls"] == c] for c in ("hist", "camp", "pold", "right")}
    groups["right@day"] = [r for r in groups["right"] if r["undated_at_day"]]
    print("%-20s" % "feature" + "".join("%12s" % c for c in groups))
    print("%-20s" % "n" + "".join("%12d" % len(v) for v in groups.values()))
    for k in keys:
        if k == "sent_idx":
            continue
        line = "%-20s" % k
        for v in groups.values():
            c = sum(1 for r in v if r.get(k) is True)
            line += "%12s" % ("%d (%.2f)" % (c, c / len(v) if v else 0))
        print(line)


if __name__ == "__main__":
    main(sys.argv)
