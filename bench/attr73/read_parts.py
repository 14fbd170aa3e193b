#!/usr/bin/env python3
"""bench/attr73/read_parts.py V.txt — the wrong speakers of `recall.py score --split all -v`
(lines «wrong speaker ID OFFSET GOLD <- [SYSTEM]») whose quote has an occasion phrase
(census.py PRON or CALL) in the 300 characters before its start: the form in the read parts."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import census as C  # noqa: E402
import recall as R  # noqa: E402

LINE = re.compile(r"^\s*wrong speaker (\S+) (\d+) (.*?) <- (\[.*\])\s*$")


def main(argv):
    text = {d["id"]: d["text"] for d in R.articles()}
    n = hit = 0
    for line in open(argv[1], encoding="utf-8"):
        m = LINE.match(line)
        if not m:
            continue
        n += 1
        b = text[m.group(1)].encode()
        off = int(m.group(2))
        before = C.STRIP.sub("", b[max(0, off - 600):off].decode(errors="replace"))[-300:]
        before = re.split(r"[.!?؟]\s", before)[-1]
        for form, rx in C.FORMS:
            if rx.search(before):
                hit += 1
                print(form, m.group(1), off, "gold", m.group(3), "rasd", m.group(4),
                      "|", before[-220:])
    print("wrong speakers", n, "with an occasion phrase before the quote", hit)


if __name__ == "__main__":
    main(sys.argv)
