#!/usr/bin/env python3
"""src70 (stop 59): event rows whose actor is a news outlet, over a slice of the corpus
outside drawn.txt, and the frame the outlet stands in within the event's sentence.

    python3 bench/src70/count.py BUILD[:DATA] SEED N [--flags "--event-triggers"] [--cache F]
        [--rows OUT.tsv]

Classes (a first pass by regex; the column "class" of --rows is then written by hand): reporter (a report verb or بحسب/وفقا/نقلا عن/حسب just before the outlet's name in
the sentence: the outlet introduces the report), addressee/venue (قال لـ X، في مقال في X,
ذكر لـ X), absent (the actor is not in the event's sentence: carried from before), other (the
outlet in the sentence in no such frame: a party, or a frame not listed)."""
import argparse, collections, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import fresh as F  # noqa: E402

OUTLET = re.compile(r"^(?:[وف]?(?:ب|ل|ال|لل)?)?(?:وكال|صحيف|جريد|قنا[ةه]|موقع|شبك[ةه]|مجل[ةه]|"
                    r"تلفزيون|تليفزيون|إذاع|اذاع|رويترز|فرانس ?برس|ا?أ?سوشيت?د ?برس|الأناضول|"
                    r"الاناضول|سبق$|آس$|وول ستريت|نيويورك تايمز|واشنطن بوست|بي ?بي ?سي|"
                    r"سي ?[اإ]ن ?[اإ]ن|الغارديان|الجارديان|التايمز|لوموند|فايننشال|دير شبيغل|"
                    r"هآرتس|يديعوت|معاريف|إنترفاكس|انترفاكس|إيتار|ايتار|تاس|ارنا|إرنا|فارس|"
                    r"تسنيم|سانا|واس|العربية نت|الجزيرة نت|سكاي نيوز|الحياة$|عكاظ|المدينة$|"
                    r"الوطن$|اليوم$|الشرق$|نوفوستي|بلومبرغ|بلومبيرغ|فوكس نيوز|دويتشه)")
REPORT = (r"(?:نقل|ذكر|قال|أفاد|افاد|أورد|اورد|نشر|كشف|أكد|اكد|أشار|اشار|أضاف|اضاف|أوضح|اوضح|"
          r"بث|أعلن|اعلن|تابع|زعم|رجح|رجّح|علم|أوردت|نسب)[تا]?|بحسب|حسب|وفق(?:ا|اً|ًا)|طبق(?:ا|اً)|"
          r"نقل(?:ا|اً|ًا) عن|استنادا|استناداً|نقلته|ذكرته|أوردته|اوردته|بثته|نشرته")
ADDR = r"(?:قال|قالت|صرح|صرحت|أكد|أكدت|اكد|اكدت|أوضح|أوضحت|ذكر|ذكرت|أضاف|أضافت|تحدث|مقال|حديث|مقابلة|لقاء|تصريح|تصريحات)(?:ه|ها|هم)?"


def outlet(name):
    name = (name or "").strip()
    return bool(name) and bool(OUTLET.search(name))


def frame(sent, name):
    """The outlet's frame in the sentence (its first mention)."""
    core = name.split()[0] if name.split() else name
    k = sent.find(name)
    if k < 0:
        k = sent.find(core)
    if k < 0:
        return "absent"
    before = sent[max(0, k - 40):k]
    if re.search(ADDR + r"[^.،]{0,25}(?:\sل|\sفي\s|\sل?ـ?\s?)\S{0,6}$", before) and \
       re.search(r"(?:\sل|\sلـ\s?|\sفي\s\S{0,3}|\s(?:ل)?)$", before) and \
       not re.search(r"(?:وفق|طبق|بحسب|حسب|نقل[اًا]* عن)[^ ]*\s*\S{0,3}$", before):
        if re.search(r"(?:\sل[ـ]?\s?|\sفي\s)[\"«]?$", before):
            return "addressee"
    if re.search(r"(?:^|[\s،,])(?:[وف]?(?:" + REPORT + r"))\s+(?:ل|لـ\s?|ال|[\"«])?\S{0,12}\s?[\"«]?$",
                 before):
        return "reporter"
    if re.search(r"(?:بحسب|حسب|وفق(?:ا|اً|ًا)?|طبق(?:ا|اً)?|نقل(?:ا|اً|ًا)? عن|عن)\s*(?:ل|لـ)?\s*\S{0,12}\s?[\"«]?$",
                 before):
        return "reporter"
    return "other"


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("build"); ap.add_argument("seed"); ap.add_argument("n")
    ap.add_argument("--flags", default="--event-triggers")
    ap.add_argument("--cache"); ap.add_argument("--rows")
    a = ap.parse_args(argv)
    docs = F.sample(F.pool(), a.seed, a.n)
    if a.cache and os.path.exists(a.cache):
        out = json.load(open(a.cache, encoding="utf-8"))
    else:
        out = F.analyze(a.build, docs, a.flags.split())
        if a.cache:
            json.dump(out, open(a.cache, "w", encoding="utf-8"))
    byid = {d["id"]: d for d in docs}
    n_ev = n_act = 0
    cls = collections.Counter(); kinds = collections.Counter(); names = collections.Counter()
    rows = []
    for i, o in out.items():
        b = byid[i]["text"].encode("utf-8")
        for e in o.get("events") or []:
            n_ev += 1
            hit = [x for x in e.get("actors") or [] if outlet(x.get("name"))]
            if not hit:
                continue
            n_act += 1
            s0, s1 = e["sentence"]
            sent = b[s0:s1].decode("utf-8", "replace")
            for x in hit:
                c = frame(sent, x["name"])
                cls[c] += 1; kinds[e["type"]] += 1; names[x["name"]] += 1
                rows.append([c, i, e["type"], str(e["trigger"][0]), x["name"],
                             "; ".join(y.get("name") or "" for y in e["actors"]),
                             F.event_row(byid[i], e)[-1] if hasattr(F, "event_row") else sent])
    print(f"articles {len(out)}, events {n_ev}, with an outlet actor {n_act}")
    print("frames", dict(cls)); print("kinds", dict(kinds))
    print("names", names.most_common(25))
    if a.rows:
        with open(a.rows, "w", encoding="utf-8") as w:
            w.write("frame\tarticle\tkind\tstart\toutlet\tactors\ttext\tverdict\n")
            for r in sorted(rows):
                w.write("\t".join(r) + "\t\n")


if __name__ == "__main__":
    main(sys.argv[1:])
