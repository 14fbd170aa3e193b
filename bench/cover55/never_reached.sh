#!/usr/bin/env bash
# bench/cover55/never_reached.sh [CORPUS.jsonl] — writes bench/cover55/never_reached.txt: the
# rule sites of src/events/ (a return, continue or break line) that no extraction test runs
# (make coverage) and that no article of CORPUS reaches either, by default or with
# --event-triggers (the CLI linked with build/coverage's library, make build/coverage/rasd).
# CORPUS: SaudiNewsNet less every id of bench/recall/drawn.txt (written to a temporary file
# when not given). lexicon.c (its load errors), output.c (stored rows' JSON) and error returns
# (RASD_E…) are left out, as cover55 did. Runs the whole corpus twice at -O0: long.
set -eu
cd "$(dirname "$0")/../.."
C=build/coverage
OUT=bench/cover55/never_reached.txt
corpus=${1:-}
if [ -z "$corpus" ]; then
    corpus=$(mktemp --suffix=.jsonl); trap 'rm -f "$corpus"' EXIT
    python3 - "$corpus" <<'PY'
import gzip, json, sys
drawn = {l.split()[0] for l in open("bench/recall/drawn.txt", encoding="utf-8")
         if l.strip() and not l.startswith("#")}
with gzip.open("../shared/data/saudinewsnet/articles.jsonl.gz", "rt", encoding="utf-8") as f, \
        open(sys.argv[1], "w", encoding="utf-8") as o:
    for line in f:
        if json.loads(line)["id"] not in drawn:
            o.write(line)
PY
fi
make -s coverage >/dev/null
cp "$C/uncovered.txt" "$C/uncovered_tests.txt"
make -s "$C/rasd"
find "$C/src" -name '*.gcda' -delete
n=$(wc -l <"$corpus")
"$C/rasd" analyze --data data --threads 2 "$corpus" >/dev/null 2>&1 || true
"$C/rasd" analyze --data data --threads 2 --event-triggers "$corpus" >/dev/null 2>&1 || true
tools/coverage.sh "$C" >/dev/null
cp "$C/uncovered.txt" "$C/uncovered_corpus.txt"
commit=$(git rev-parse --short HEAD)
python3 - "$C" "$OUT" "$n" "$commit" <<'PY'
import re, sys
C, out, n, commit = sys.argv[1:]
def sites(path):
    keep = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^(src/events/([\w.]+):\d+): site (\[[^\]]*\]) (.*)$", line.rstrip("\n"))
        if not m or m.group(2) in ("lexicon.c", "output.c") or re.search(r"\bRASD_E", m.group(4)):
            continue
        keep[m.group(1)] = "%s: %s %s" % (m.group(1), m.group(3), m.group(4))
    return keep
tests, corpus = sites(C + "/uncovered_tests.txt"), sites(C + "/uncovered_corpus.txt")
rows = [tests[k] for k in tests if k in corpus]
key = lambda r: (r.split(":")[0], int(r.split(":")[1]))
with open(out, "w", encoding="utf-8") as f:
    f.write("# never_reached (bench/cover55/never_reached.sh at %s): the rule sites of src/events/ that\n"
            "# no unit test ran (make coverage) and that no article of SaudiNewsNet outside\n"
            "# bench/recall/drawn.txt reached either, by default or with --event-triggers (%s\n"
            "# articles, the CLI of build/coverage). Candidates for dead code, not proof: a site may\n"
            "# need a text the corpus lacks.\n# FILE:LINE: site [function] source\n"
            % (commit, "{:,}".format(int(n))))
    for r in sorted(rows, key=key):
        f.write(r + "\n")
print("never_reached: %d sites (%d unrun by the tests, %d unreached by the corpus)"
      % (len(rows), len(tests), len(corpus)))
PY
