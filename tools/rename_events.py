#!/usr/bin/env python3
"""Rename the branch-named files of src/events/ and tests/ to names that say what they do.

    python3 tools/rename_events.py [--repo DIR] [--table FILE ...] [--extra FILE ...] [--dry-run]

The tables (tools/rename_events.tsv and tools/rename_tests.tsv; --table replaces them, --extra
adds rows of the same form, e.g. a stop's new branch-named files) have one row a file: old name,
new name, one-line purpose, tab-separated; lines starting with # and the header line "old new
purpose" are skipped. A name is a file of src/events/ (NAME.c, NAME.h) or, written with its
folder, a test (tests/test_NAME.c; its new name keeps "test_" and no digit: the binary
build/.../tests/test_NAME is renamed with it, so a bare mention of the old test's name is
rewritten too). For each row whose old file exists the script

  1. `git mv`s src/events/OLD to src/events/NEW, or tests/OLD to tests/NEW (staged; the
     caller commits);
  2. rewrites (and stages) every mention of the old file name (OLD.c, OLD.h, and OLD.o for a .c row, as a
     word: test_events55.c is not events55.c) and the header guard RASD_EVENTS_OLD_H of a .h
     row in the tracked text files of src/, tests/, tools/, bench/, fuzz/, cli/, serve/,
     include/, data/*.tsv (the word lists' comments) and data/README.md, Makefile,
     ARCHITECTURE.md and the file lists at the top of docs/EVENTS.md (the lines before
     "## Where issue 16 stands"); the historical sections of docs/*.md are left as they were
     written (so are README.md and BENCHMARKS.md);
  3. writes a section "## Files renamed at stop 48" (old -> new, sorted by old name; rows of
     an earlier run are kept) right before "## Where issue 16 stands" in docs/EVENTS.md.

It checks everything before it changes anything and fails (exit 1) on a bad table (a new
name with a digit or upper case, not .c/.h, two rows with one old or one new name, a .c and
its .h renamed to different stems) or on a new name that exists while its old file does too.
After the run it fails when an old name is still mentioned in code (those folders and files,
and all of data/: a file that is no UTF-8 text is not rewritten) or an old file is still
tracked. A row whose new file exists and old one does not is done already: a second run
changes nothing. Files of src/events/ still named with digits and in no row are listed as a
warning (add them with --extra).

The walk over the checkout's files is tools/rename_walk.py, shared with rename_functions.py.

The lead, after the stop's merges, on main:
    python3 tools/rename_events.py --extra /tmp/stop48_new.tsv   # e.g. meet56.c<TAB>...<TAB>...
    git diff --cached --stat; make -j2 && <the extraction tests> && git commit
"""
import argparse
import os
import re
import sys

import rename_walk as rw
from rename_walk import DOC, EVENTS, REWRITE_DIRS, REWRITE_FILES, in_dirs, read_text

TOOL = "rename_events"
SECTION = "## Files renamed at stop 48"
CHECK_DIRS = REWRITE_DIRS + ("data/",)
TESTS = "tests/"
TABLES = ("tools/rename_events.tsv", "tools/rename_tests.tsv")
SELF = ("tools/rename_events.py",) + TABLES
NEW_NAME = re.compile(r"^([a-z][a-z_]*[a-z]\.[ch]|tests/test_[a-z_]*[a-z]\.c)$")
OLD_NAME = re.compile(r"^(tests/)?[A-Za-z0-9_]+\.[ch]$")


def place(name):
    """A row's name as a path of the checkout: tests/X.c as written, X.c in src/events/."""
    return name if name.startswith(TESTS) else os.path.join(EVENTS, name)


def die(msg):
    rw.die(TOOL, msg)


def git(repo, *args, check=True):
    return rw.git(TOOL, repo, *args, check=check)


def read_rows(path):
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError as e:
        die("%s: %s" % (path, e))
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[:2] == ["old", "new"]:
            continue
        if len(cols) < 2 or len(cols) > 3:
            die("%s:%d: want old<TAB>new<TAB>purpose" % (path, n))
        old, new = cols[0].strip(), cols[1].strip()
        rows.append((old, new, cols[2].strip() if len(cols) > 2 else "", "%s:%d" % (path, n)))
    return rows


def check_rows(rows):
    olds, news = {}, {}
    for old, new, _, where in rows:
        if not OLD_NAME.match(old):
            die("%s: old name %r is no file name of src/events (NAME.c or NAME.h) nor of tests/"
                % (where, old))
        if not NEW_NAME.match(new):
            die("%s: new name %r: lower case letters and _ only, no digits, .c or .h (a test:"
                " tests/test_NAME.c)" % (where, new))
        if old.startswith(TESTS) != new.startswith(TESTS):
            die("%s: %s and %s are in different folders" % (where, old, new))
        if old[-2:] != new[-2:]:
            die("%s: %s and %s differ in extension" % (where, old, new))
        if old in olds:
            die("%s: %s has a row already (%s)" % (where, old, olds[old]))
        if new in news:
            die("%s: %s is the new name of another row (%s)" % (where, new, news[new]))
        olds[old], news[new] = where, where
    for new, where in news.items():
        if new in olds:
            die("%s: new name %s is an old name of the table" % (where, new))
    stem = {old[:-2]: new[:-2] for old, new, _, _ in rows if old.endswith(".c")}
    for old, new, _, where in rows:
        if old.endswith(".h") and old[:-2] in stem and stem[old[:-2]] != new[:-2]:
            die("%s: %s goes to %s but %s.c to %s.c" % (where, old, new, old[:-2], stem[old[:-2]]))


def mention_map(rows):
    """Old spelling -> new one: file names (and the .o of a .c) and .h header guards."""
    names, guards = {}, {}
    for old, new, _, _ in rows:
        if old.startswith(TESTS):
            old, new = os.path.basename(old), os.path.basename(new)
            names[old[:-2]] = new[:-2]   # the test binary, as scripts and targets name it
        names[old] = new
        if old.endswith(".c"):
            names[old[:-2] + ".o"] = new[:-2] + ".o"
        else:
            guards["RASD_EVENTS_%s_H" % old[:-2].upper()] = "RASD_EVENTS_%s_H" % new[:-2].upper()
    return names, guards


def patterns(names, guards):
    def alt(keys):
        return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    name_re = re.compile(r"(?<![A-Za-z0-9_])(%s)(?![A-Za-z0-9_])" % alt(names)) if names else None
    guard_re = re.compile(r"\b(%s)\b" % alt(guards)) if guards else None
    return name_re, guard_re


def substitute(text, names, guards, name_re, guard_re, c_file=False):
    if c_file:
        return "".join(keep_columns(l, substitute(l, names, guards, name_re, guard_re))
                       for l in text.splitlines(True))
    if name_re:
        text = name_re.sub(lambda m: names[m.group(1)], text)
    if guard_re:
        text = guard_re.sub(lambda m: guards[m.group(1)], text)
    return text


PAD = re.compile(r"(\S)( {2,})(\\|/\*)")


def keep_columns(old, new):
    """A C line grown by a longer name keeps the column of what was aligned after the name: a
    macro's closing backslash or a trailing comment (the padding before it shrinks, one space
    kept)."""
    grow = len(new) - len(old)
    if grow <= 0:
        return new
    k = len(os.path.commonprefix([old, new]))
    for m in PAD.finditer(new, k):
        cut = min(grow, len(m.group(2)) - 1)
        return new[:m.start(2)] + m.group(2)[cut:] + new[m.end(2):]
    return new


def tracked(repo):
    return rw.tracked(TOOL, repo)


def split_doc(text):
    """docs/EVENTS.md as (top, section, rest): rest starts at STANDS, section is ours."""
    top, rest = rw.split_doc(TOOL, text)
    j = re.search(r"^" + re.escape(SECTION) + r"$", top, re.M)
    if not j:
        return top, "", rest
    return top[:j.start()], top[j.start():], rest


def section_rows(section):
    """The (old, new) file pairs of an earlier run's table."""
    pairs = []
    for line in section.splitlines():
        m = re.match(r"^\| `([^`]+)` \| `([^`]+)` \|$", line)
        if not m:
            continue
        olds, news = m.group(1).split(", "), m.group(2).split(", ")
        for o, n in zip(olds, news):
            if o.startswith("."):
                o, n = olds[0][:-2] + o, news[0][:-2] + n
            pairs.append((o, n))
    return pairs


def make_section(pairs):
    by_stem = {}
    for old, new in pairs:
        by_stem.setdefault((old[:-2], new[:-2]), set()).add(old[-2:])
    lines = [SECTION, "",
             "At stop 48 (branch names56) the files of `src/events/` named after the branch and",
             "stop that wrote them were renamed to say what they do, with `tools/rename_events.py`",
             "(each file's purpose in one line: `tools/rename_events.tsv`). The sections below keep",
             "the names of their time; this table maps them (a .c and its .h share a row). The",
             "tests named so (rows `tests/...`; branch mend56) followed, by the same script",
             "(`tools/rename_tests.tsv`); a test's binary takes its file's new name.", "",
             "| old | new |", "|---|---|"]
    for (o, n), exts in sorted(by_stem.items(), key=lambda r: (r[0][0].startswith(TESTS), r[0])):
        exts = sorted(exts)
        lines.append("| `%s` | `%s` |" % (", ".join([o + exts[0]] + exts[1:]),
                                         ", ".join([n + exts[0]] + exts[1:])))
    return "\n".join(lines) + "\n\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", default=".", help="the checkout (default: .)")
    ap.add_argument("--table", action="append", default=[],
                    help="default: REPO/tools/rename_events.tsv and REPO/tools/rename_tests.tsv")
    ap.add_argument("--extra", action="append", default=[], help="more rows, same form")
    ap.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")
    a = ap.parse_args()
    repo = git(a.repo, "rev-parse", "--show-toplevel").stdout.strip()
    tables = a.table or [os.path.join(repo, t) for t in TABLES
                         if os.path.exists(os.path.join(repo, t))]
    rows = []
    for x in tables + a.extra:
        rows += read_rows(x)
    check_rows(rows)
    skip = set(SELF) | {os.path.relpath(os.path.abspath(x), repo) for x in a.extra}
    os.chdir(repo)

    files = tracked(repo)
    tracked_set = set(files)
    moves, done, absent = [], [], []
    for old, new, _, where in rows:
        po, pn = place(old), place(new)
        if os.path.exists(po) and os.path.exists(pn):
            die("%s: %s exists already beside %s" % (where, pn, po))
        if os.path.exists(po):
            if po not in tracked_set:
                die("%s: %s is not tracked by git" % (where, po))
            moves.append((old, new))
        elif os.path.exists(pn):
            done.append((old, new))
        else:
            absent.append(old)
    for old in absent:
        print("rename_events: note: %s is in no form here (no %s, no new name): row skipped" % (old, old))
    applied = [r for r in rows if r[0] not in absent]
    names, guards = mention_map(applied)
    name_re, guard_re = patterns(names, guards)

    # Work out every change first.
    edits = {p: new for p, (_, new) in rw.walk(files, skip, lambda p, text: substitute(
        text, names, guards, name_re, guard_re, p.endswith((".c", ".h")))).items()}
    doc = read_text(DOC) if os.path.exists(DOC) else None
    if doc is not None:
        top, section, rest = split_doc(doc)
        pairs = dict(section_rows(section))
        for old, new in moves + done:
            pairs[old] = new
        new_doc = substitute(top, names, guards, name_re, guard_re) + \
            (make_section(sorted(pairs.items())) if pairs else section) + rest
        if new_doc != doc:
            edits[DOC] = new_doc

    if a.dry_run:
        for old, new in moves:
            print("git mv %s %s" % (place(old), place(new)))
        for p in sorted(edits):
            print("rewrite %s" % p)
        print("rename_events: dry run: %d to move, %d done already, %d files to rewrite"
              % (len(moves), len(done), len(edits)))
        return 0

    for old, new in moves:
        git(repo, "mv", place(old), place(new))
    moved = {place(old): place(new) for old, new in moves}
    written = []
    for p, text in sorted(edits.items()):
        # the path after the moves: a moved file is rewritten under its new name
        q = moved.get(p, p)
        with open(q, "w", encoding="utf-8") as f:
            f.write(text)
        written.append(q)
    if written:
        git(repo, "add", "--", *written)

    # Check: no old name left in code, no old file tracked.
    bad = []
    files = tracked(repo)
    for old, _ in moves + done:
        if place(old) in files:
            bad.append("%s is still tracked" % place(old))
    checked = [p for p in files
               if p not in skip and (in_dirs(p, CHECK_DIRS) or p in REWRITE_FILES)]
    bad += ["%s:%d: %s" % x for x in rw.leftovers(checked, (name_re, guard_re))]
    if doc is not None:
        top, _, _ = split_doc(read_text(DOC))
        for m in (name_re.finditer(top) if name_re else ()):
            bad.append("%s (top): %s" % (DOC, m.group(1)))
    if bad:
        die("old names left after the run:\n  " + "\n  ".join(bad))
    left = sorted(p[len(EVENTS) + 1:] if p.startswith(EVENTS + "/") else p for p in files
                  if (p.startswith(EVENTS + "/") or re.match(r"tests/test_\w+\.c$", p))
                  and re.search(r"[0-9]", os.path.basename(p)))
    if left:
        print("rename_events: warning: still named with digits, in no row (add them with --extra): "
              + " ".join(left))
    print("rename_events: %d moved, %d done already, %d files rewritten"
          % (len(moves), len(done), len(edits)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
