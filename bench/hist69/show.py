#!/usr/bin/env python3
"""hist69: the changed rows of fresh files, each with the rule whose form stands before its
trigger (1 بعد/عقب, 2 استجابة/تلبية, 3 relative + تم/جرى, else 4: an earlier year or month), to judge and tally.
Usage: python3 bench/hist69/show.py FILE.tsv..."""
import csv, re, sys

R1 = re.compile(r"(^|\s)[وف]?(بعد|عقب)\s*$")
R2 = re.compile(r"(^|\s)[وف]?(استجابة|استجابةً|تلبية|تلبيةً)\s*$")
R3 = re.compile(r"(^|\s)(الذي|التي|اللذين|اللتين|الذين) (تم|جرى)\s*$")
R3T = re.compile(r"(^|\s)(الذي|التي|اللذين|اللتين|الذين)\s*$")


def rule(text):
    pre, _, trig = text.partition("‹")
    if R2.search(pre) or re.match(r"[وف]?(استجابة|تلبية)", trig):
        return "2"
    if R1.search(pre):
        return "1"
    if R3.search(pre) or (R3T.search(pre) and re.match(r"(تم|جرى)", trig)):
        return "3"
    return "4"


CTX = {}


def main():
    if sys.argv[1] == "-c":        # with 400 characters of the article before each sentence
        sys.argv.pop(1)
        sys.path.insert(0, __import__("os").path.join(__import__("os").path.dirname(
            __file__), "..", "recall"))
        import recall as R
        ids = {r["article"] for f in sys.argv[1:] for r in csv.DictReader(
            open(f, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE)}
        CTX.update((d["id"], d["text"]) for d in R.articles(ids))
    for f in sys.argv[1:]:
        for r in csv.DictReader(open(f, encoding="utf-8"), delimiter="\t",
                                quoting=csv.QUOTE_NONE):
            t = r["text"]
            k = t.find("‹")
            print(f"{f.split('/')[-1]}\t{r['no']}\t{r['change']}\trule {rule(t)}\t{r['kind']}\t"
                  f"{r['published'][:10]}\t{r['date']}\t{r['was']}\t{r['verdict']}")
            print("   ", t[max(0, k - 250):k + 150])
            if CTX and r["article"] in CTX:
                a = CTX[r["article"]]
                j = a.find(t.replace("‹", "").replace("›", "")[:40])
                print("    BEFORE:", a[max(0, j - 400):j].replace("\n", " / "))


main()
