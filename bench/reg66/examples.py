#!/usr/bin/env python3
"""reg66: the examples in src/events/*.c's comments, run through rasd and checked.

Usage: python3 bench/reg66/examples.py RASD [--old OLD_RASD]... [OUT.tsv]
       (default bench/reg66/examples.tsv; each --old build adds a column: ok/fail there, so a
       failing example can be told from one that never passed)

Each comment starting a line (a file's head comment and the comments before functions and
tables) is read; an example is a run of three or more Arabic words (commas and «» inside it;
split at ؛ ; : ( ) and Latin text). A run is left out when the Latin text before it in its
clause says it is what the rule must not take (not, never, nor, no, unless, …), and when it is
a word list (every comma part one word). Each example becomes a minimal article: the corpus
sentence holding its text (SaudiNewsNet outside bench/recall/drawn.txt, so never a blind
part), else the phrase itself with a full stop (marked "fragment"). rasd analyzes them all in
one batch; what is expected is read from the file: a file that includes events/quotes.h
expects a quote overlapping the example, an event file an event overlapping it, date files
are skipped. The check is mechanical: a row marked "fail" is to be read by hand (the example
may show a quote's speaker while the rule is about its end, and so on).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
import recall as R  # noqa: E402

AR = "\u0600-\u06FF"
WORD = re.compile(r"[%s]+" % AR)
RUN = re.compile(r"[«]?[%s][%s«»ـ0-9… ،.]*" % (AR, AR))
NEG = re.compile(r"\b(not|Not|never|Never|nor|no|No|unless|neither|without|except)\b")


# Files whose examples are what must not be taken (guards, frames that name no event, words
# that are not the speaker): there an example passes when nothing stands on it.
NEGATIVE = {"assault_frames.c", "assault_feared.c", "assault_forecast.c", "assault_aframe.c",
            "any_deed.c", "launch_subjunctive.c", "possible_deed.c", "habits.c",
            "condition_after.c", "negated_about.c", "thing_relative.c", "trigger_guards.c",
            "report_guards.c", "objects.c", "addressee.c", "told_to.c", "bless.c",
            "column_title.c", "cue_sense.c", "prep_pronoun.c"}


def comments(src):
    """(line, text) of each /* */ comment that starts a line, text without ' * ' margins."""
    out = []
    for m in re.finditer(r"(?m)^/\*.*?\*/", src, re.S):
        line = src.count("\n", 0, m.start()) + 1
        text = re.sub(r"\n \* ?", "\n", m.group(0)[2:-2])
        out.append((line, text))
    return out


def examples(path):
    src = open(path, encoding="utf-8").read()
    for line0, text in comments(src):
        for m in RUN.finditer(text):
            phrase = m.group(0).strip(" ،.\n")
            phrase = re.sub(r"\s+", " ", phrase)
            words = WORD.findall(phrase)
            if len(words) < 3:
                continue
            parts = [p for p in phrase.split("،") if p.strip()]
            if all(len(WORD.findall(p)) <= 1 for p in parts):
                continue                        # a word list
            before = text[:m.start()]
            clause = re.split(r"[.;]\s", before)[-1][-90:]
            latin = re.sub(r"[%s«»]" % AR, " ", clause)
            if NEG.search(latin):
                continue
            line = line0 + text.count("\n", 0, m.start())
            yield line, phrase


def corpus_sentences():
    drawn = {i for i, _ in R.drawn()}
    docs = [d for d in R.articles() if d["id"] not in drawn]
    return docs


def find_sentence(phrase, docs, big, starts):
    key = phrase.split("…")[0].strip(" ،.")
    if len(WORD.findall(key)) < 3:
        return None
    at = big.find(key)
    if at < 0:
        return None
    import bisect
    k = bisect.bisect_right(starts, at) - 1
    d = docs[k]
    off = at - starts[k]
    t = d["text"]
    lo = max(t.rfind(".", 0, off), t.rfind("\n", 0, off), t.rfind("؟", 0, off)) + 1
    hi = min([x for x in (t.find(".", off + len(key)), t.find("\n", off + len(key)))
              if x >= 0] or [len(t)])
    return d["id"], t[lo:hi + 1].strip()


def kind_of(path):
    src = open(path, encoding="utf-8").read()
    base = os.path.basename(path)
    if base.startswith(("date", "calendar", "weeks")) or '"events/dates.h"' in src and \
            '"events/quotes.h"' not in src:
        return None
    return "quote" if '"events/quotes.h"' in src or base in ("quotes.c", "marks.c",
                                                              "pairing.c") else "event"


def span(phrase, text):
    """The bytes of text from the phrase's first part (before a …) to the end of its last part
    found in order after it; the whole text when the first part is not there."""
    parts = [p.strip(" ،.؛") for p in phrase.split("…") if p.strip(" ،.؛")]
    at = text.find(parts[0]) if parts else -1
    if at < 0:
        return 0, len(text.encode())
    end = at + len(parts[0])
    for p in parts[1:]:
        k = text.find(p, end)
        if k >= 0 and len(WORD.findall(p)) >= 1:
            end = k + len(p)
    return len(text[:at].encode()), len(text[:end].encode())


def hits(r, a):
    """What of analysis a stands on example row r: (ok, [descriptions])."""
    text = r["text"]
    lo, hi = span(r["phrase"], text)
    b = text.encode()
    got = []
    if r["kind"] == "quote":
        for q in a.get("quotes", []):
            s, e = q["start"], q["end"]
            sp = q.get("speaker") or {}
            if (s < hi + 60 and e > lo) or (sp.get("start") is not None and
                                            sp["start"] < hi and sp["end"] > lo):
                got.append("quote[%s] %s" % (sp.get("name") or "-",
                                             b[s:e].decode(errors="replace")[:40]))
    else:
        for ev in a.get("events", []):
            s, e = ev["trigger"]
            spans = [(s, e)] + [(x["start"], x["end"]) for x in ev.get("actors") or []
                                if "start" in x]
            if any(x < hi and y > lo for x, y in spans):
                got.append("%s %s" % (ev["type"], b[s:e].decode(errors="replace")))
    if r["file"] in NEGATIVE:
        return not got, got
    return bool(got), got


def main():
    args, olds = [], []
    it = iter(sys.argv[1:])
    for x in it:
        if x == "--old":
            olds.append(next(it))
        else:
            args.append(x)
    rasd = args[0]
    out = args[1] if len(args) > 1 else os.path.join(HERE, "examples.tsv")
    docs = corpus_sentences()
    big = "\x00".join(d["text"] for d in docs)
    starts, pos = [], 0
    for d in docs:
        starts.append(pos)
        pos += len(d["text"]) + 1
    rows, recs = [], []
    src_dir = os.path.join(ROOT, "src", "events")
    for name in sorted(os.listdir(src_dir)):
        if not name.endswith(".c"):
            continue
        path = os.path.join(src_dir, name)
        kind = kind_of(path)
        if kind is None:
            continue
        for line, phrase in examples(path):
            hit = find_sentence(phrase, docs, big, starts)
            if hit:
                source, text = hit
            else:
                source, text = "fragment", phrase.replace("…", "").strip() + "."
            rid = "ex-%04d" % len(rows)
            rows.append(dict(id=rid, file=name, line=line, phrase=phrase, kind=kind,
                             source=source, text=text))
            recs.append({"id": rid, "published": "2015-01-01", "text": text})
    res = R.analyze_docs(rasd, recs)
    old_res = [R.analyze_docs(o, recs) for o in olds]
    nfail = nfound = nfound_fail = 0
    with open(out, "w", encoding="utf-8") as f:
        f.write("\t".join(["file", "line", "phrase", "expected", "got", "verdict"] +
                           ["old%d" % (k + 1) for k in range(len(olds))] +
                           ["source", "sentence"]) + "\n")
        for r in rows:
            ok, got = hits(r, res.get(r["id"], {}))
            exp = "a quote in the phrase" if r["kind"] == "quote" else "an event in the phrase"
            if r["file"] in NEGATIVE:
                exp = "nothing (a guard's example)"
            olds_v = ["ok" if hits(r, o.get(r["id"], {}))[0] else "fail" for o in old_res]
            nfail += not ok
            nfound += r["source"] != "fragment"
            nfound_fail += r["source"] != "fragment" and not ok
            f.write("\t".join([r["file"], str(r["line"]), r["phrase"], exp,
                               " | ".join(got) or "nothing", "ok" if ok else "fail"] + olds_v +
                              [r["source"], r["text"]]) + "\n")
    print("%d examples, %d fail; %d from the corpus, %d of them fail -> %s"
          % (len(rows), nfail, nfound, nfound_fail, out))


if __name__ == "__main__":
    main()
