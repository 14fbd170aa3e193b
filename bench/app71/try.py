#!/usr/bin/env python3
"""bench/app71/try.py RASD [published] < sentences — each line analysed alone: its events and
quotes (kind, trigger, actors; cue, speaker). A probe for reading rows (branch app71)."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall  # noqa: E402


def main(a):
    pub = a[1] if len(a) > 1 else "2015-08-01"
    lines = [l.strip() for l in sys.stdin if l.strip()]
    docs = [{"id": "s%d" % i, "published": pub, "text": "بسم الله.\n" + t} for i, t in enumerate(lines)]
    out = recall.analyze_docs(a[0], docs)
    for i, t in enumerate(lines):
        o = out.get("s%d" % i, {})
        print("## " + t[:90])
        for e in o.get("events", []):
            acts = [x.get("name") if isinstance(x, dict) else x for x in e.get("actors") or []]
            print("  E %s %s %s %s" % (recall.kind(e), e.get("trigger", {}).get("text")
                                        if isinstance(e.get("trigger"), dict) else e.get("trigger"),
                                        acts, e.get("status")))
        for q in o.get("quotes", []):
            sp = q.get("speaker")
            sp = sp.get("name") if isinstance(sp, dict) else sp
            cue = q.get("cue")
            cue = cue.get("text") if isinstance(cue, dict) else cue
            print("  Q %s | %s" % (cue, sp))


if __name__ == "__main__":
    main(sys.argv[1:])
