#!/usr/bin/env python3
"""show.py — rasd's event and quote rows of some articles (branch lay67, stop 57).

    python3 bench/lay67/show.py BIN[:DATA] ID… [--flags "--event-triggers"] [--grep RE]

Prints each event (kind, trigger, actors, place, date) and quote (speaker, cue, first words)
of the articles; --grep keeps rows whose sentence window matches RE."""
import argparse, json, os, re, subprocess, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R  # noqa: E402


def run(build, docs, flags):
    binary, _, data = build.partition(":")
    env = dict(os.environ, **({"RASD_DATA": data} if data else {}))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    try:
        out = subprocess.run([binary, "analyze", "--threads", "1"] + flags + [t.name],
                             check=True, capture_output=True, env=env).stdout.decode()
    finally:
        os.unlink(t.name)
    return [json.loads(l) for l in out.splitlines()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("ids", nargs="+")
    ap.add_argument("--flags", default="")
    ap.add_argument("--grep")
    a = ap.parse_args()
    docs = list(R.articles(set(a.ids)))
    rx = re.compile(a.grep) if a.grep else None
    for d in run(a.build, docs, a.flags.split()):
        text = next(x["text"] for x in docs if x["id"] == d["id"]).encode()
        for e in d.get("events", []):
            st, en = e["trigger"]
            win = text[max(0, st - 120):en + 120].decode(errors="replace")
            if rx and not rx.search(win):
                continue
            print(d["id"], "EV", e.get("type"), text[st:en].decode(), "|",
                  ";".join(x.get("name", "") for x in e.get("actors", []) or []), "|",
                  (e.get("place") or {}).get("name", ""), e.get("date"), "|",
                  win.replace("\n", " "))
        for q in d.get("quotes", []):
            st = q.get("start", 0)
            win = text[max(0, st - 160):st + 120].decode(errors="replace")
            if rx and not rx.search(win):
                continue
            sp = (q.get("speaker") or {}).get("name", "")
            print(d["id"], "QT", sp, "|", win.replace("\n", " "))


if __name__ == "__main__":
    main()
