#!/usr/bin/env bash
# coverage.sh DIR TEST... — runs the test binaries built with --coverage (make coverage) from
# the repository's root, then gcov over src/events/: DIR/summary.txt holds each file's lines
# and branches (executed / all, %) and the total; DIR/uncovered.txt every line no test ran,
# by file and function, the rule sites (a return, continue or break) marked "site"; DIR/gcov/
# gcov's annotated sources (##### = never run). Counts start at zero at each run; with no
# TEST, only the report of the counts the last run left. Any program linked there adds to
# the same counts: run none meanwhile.
set -u
C=${1:?coverage dir}; shift
[ $# -gt 0 ] && find "$C/src" -name '*.gcda' -delete
fail=0
for t in "$@"; do
    out=$("$t" 2>&1); rc=$?
    last=$(printf '%s\n' "$out" | grep -E '[0-9]+ passed, [0-9]+ failed' | tail -1)
    printf '%-48s %s\n' "$(basename "$t")" "${last:-no count (exit $rc)}"
    { [ $rc -ne 0 ] || ! printf '%s' "$last" | grep -q ' 0 failed'; } && fail=$((fail + 1))
done
rm -rf "$C/gcov"; mkdir -p "$C/gcov"
for s in src/events/*.c; do    # gcov reads the sources from here and writes NAME.gcov here
    gcov -b -c -o "$C/src/events" "$s" >/dev/null 2>&1
done
mv ./*.gcov "$C/gcov/"
# gcov names its files after the source (and its headers): keep those of src/events/*.c.
python3 - "$C" <<'PY'
import glob, os, re, sys
C = sys.argv[1]
rows, unc = [], []
for g in sorted(glob.glob(os.path.join(C, "gcov", "*.c.gcov"))):
    name = os.path.basename(g)[:-5]
    if not os.path.exists(os.path.join("src/events", name)):
        continue
    ln = lx = br = bt = 0
    func = ""
    for line in open(g, encoding="utf-8", errors="replace"):
        if line.startswith("function "):
            func = line.split()[1]
            continue
        if line.startswith("branch "):
            br += 1
            m = re.search(r"taken (\d+)", line)
            bt += bool(m and int(m.group(1)) > 0)
            continue
        parts = line.split(":", 2)
        if len(parts) < 3:
            continue
        cnt, no, src = parts[0].strip(), parts[1].strip(), parts[2].rstrip("\n")
        if cnt == "-" or not no.isdigit() or no == "0":
            continue
        ln += 1
        if cnt.startswith("#####") or cnt.startswith("====="):
            site = "site" if re.search(r"\b(return|continue|break)\b", src) else "    "
            unc.append(f"src/events/{name}:{no}: {site} [{func}] {src.strip()}")
        else:
            lx += 1
    rows.append((name, lx, ln, bt, br))
with open(os.path.join(C, "summary.txt"), "w") as f:
    f.write(f"{'file':28} {'lines':>13} {'%':>6} {'branches':>13} {'%':>6}\n")
    pct = lambda a, b: 100.0 * a / b if b else 100.0
    for n, lx, ln, bt, br in rows:
        f.write(f"{n:28} {lx:>6}/{ln:<6} {pct(lx, ln):6.1f} {bt:>6}/{br:<6} {pct(bt, br):6.1f}\n")
    LX, LN = sum(r[1] for r in rows), sum(r[2] for r in rows)
    BT, BR = sum(r[3] for r in rows), sum(r[4] for r in rows)
    f.write(f"{'total':28} {LX:>6}/{LN:<6} {pct(LX, LN):6.1f} {BT:>6}/{BR:<6} {pct(BT, BR):6.1f}\n")
with open(os.path.join(C, "uncovered.txt"), "w") as f:
    f.write("\n".join(unc) + "\n")
print(open(os.path.join(C, "summary.txt")).read().splitlines()[-1])
print(f"{sum(1 for u in unc if ': site ' in u)} uncovered sites, {len(unc)} uncovered lines: "
      f"{C}/summary.txt, {C}/uncovered.txt")
PY
[ $fail -eq 0 ] || { echo "coverage: $fail test binaries failed"; exit 1; }
