#!/usr/bin/env python3
"""Rename the functions of src/events/ named after a branch or stop to names that say what they do.

    python3 tools/rename_functions.py [--repo DIR] [--table FILE] [--extra FILE ...]
                                      [--skip PATH ...] [--dry-run]

The table (tools/rename_functions.tsv; --table replaces it, --extra adds rows of the same form,
e.g. the functions a stop's branches added) has one row a function: old name, new name, the
file of src/events/ that defines it, tab-separated; lines starting with # and the header line
"old new file" are skipped. The script

  1. checks everything before it changes anything, and fails (exit 1) on a bad table (an old
     name with no digit, a new name with a digit or upper case, two rows with one old or one
     new name, a new name that is an old one) or on a new name that is already an identifier
     of the code (src/, tests/, cli/, serve/, fuzz/, include/, bench/ C files, comments and
     strings left out) while its old name is still defined;
  2. rewrites (and stages) every mention of an old name as a word (ev_meet51 is not
     ev_meet51_note) in the tracked text files of src/, tests/, tools/, bench/, fuzz/, cli/,
     serve/, include/, in Makefile, ARCHITECTURE.md and data/README.md, in the comment lines
     (starting with #) of data/*.tsv, and in the file lists at the top of docs/EVENTS.md (the
     lines before "## Where issue 16 stands"); the historical sections of docs/*.md are left as
     they were written. In C files a line whose length changed keeps what was aligned to it:
     the continuation lines of a call or declaration whose "(" moved (aligned one column after
     it), and a trailing comment or macro backslash set off by two spaces or more;
  3. names each line of C the rename took past 100 characters (to wrap by hand), and
     fails after the run when an old name is still mentioned in those files (a --skip file is
     only named in a note: its mentions are left for a later run).

A row whose old name is nowhere and whose new name is in the code is done already: a second
run changes nothing; one whose new name is defined while code merged since still calls the old
one has those calls rewritten. A row with neither is skipped with a note. The code's functions still
named with a digit and in no row are listed as a warning (add them with --extra). Nothing is
renamed in data/ but comments: the "aguard" list names (AG_*) are the word lists' keys.

The lead, after the stop's merges, on main:
    python3 tools/rename_functions.py [--extra /tmp/stop49_fn.tsv]
    git diff --cached --stat; make -j2 && <the extraction tests> && git commit
"""
import argparse
import os
import re
import subprocess
import sys

EVENTS = "src/events"
DOC = "docs/EVENTS.md"
STANDS = "## Where issue 16 stands"
TABLE = "tools/rename_functions.tsv"
SELF = ("tools/rename_functions.py", TABLE)
REWRITE_DIRS = ("src/", "tests/", "tools/", "bench/", "fuzz/", "cli/", "serve/", "include/")
REWRITE_FILES = ("Makefile", "ARCHITECTURE.md", "data/README.md")
CODE_DIRS = ("src/", "tests/", "cli/", "serve/", "fuzz/", "include/", "bench/")
OLD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*[0-9][A-Za-z0-9_]*$")
NEW_NAME = re.compile(r"^[a-z][a-z_]*[a-z]$")
WORD = r"(?<![A-Za-z0-9_])(%s)(?![A-Za-z0-9_])"
WIDTH = 100         # the code's line width: a line the rename takes past it is named


def die(msg):
    sys.stderr.write("rename_functions: error: " + msg + "\n")
    sys.exit(1)


def git(repo, *args):
    r = subprocess.run(["git", "-C", repo] + list(args), capture_output=True, text=True)
    if r.returncode != 0:
        die("git %s: %s" % (" ".join(args), r.stderr.strip()))
    return r.stdout


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
        cols = [c.strip() for c in line.split("\t")]
        if cols[:2] == ["old", "new"]:
            continue
        if len(cols) != 3:
            die("%s:%d: want old<TAB>new<TAB>file" % (path, n))
        rows.append((cols[0], cols[1], cols[2], "%s:%d" % (path, n)))
    return rows


def check_rows(rows):
    olds, news = {}, {}
    for old, new, _, where in rows:
        if not OLD_NAME.match(old):
            die("%s: old name %r is no identifier with a digit" % (where, old))
        if not NEW_NAME.match(new):
            die("%s: new name %r: lower case letters and _ only, no digits" % (where, new))
        if old in olds:
            die("%s: %s has a row already (%s)" % (where, old, olds[old]))
        if new in news:
            die("%s: %s is the new name of another row (%s)" % (where, new, news[new]))
        olds[old], news[new] = where, where
    for new, where in news.items():
        if new in olds:
            die("%s: new name %s is an old name of the table" % (where, new))


def mask(text):
    """text with its comments and string and character literals blanked (newlines kept), so
    that identifiers and parentheses are found in code only; the length is unchanged."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text[i] in "\"'":
            q, j = text[i], i + 1
            while j < n and text[j] != q and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j, n - 1)
            out.append(q + re.sub(r"[^\n]", " ", text[i + 1:j]) + text[j])
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


PAD = re.compile(r"(\S)( {2,})(\\$|/\*)")


def keep_tail(old, new, k):
    """new's first trailing comment or backslash set off by 2+ spaces after column k keeps the
    column it had in old (padding grows or shrinks; one space at least)."""
    mo, mn = PAD.search(old, k), PAD.search(new, k)
    if not mo or not mn or mo.group(3) != mn.group(3):
        return new
    pad = max(1, len(mn.group(2)) + mo.start(3) - mn.start(3))
    return new[:mn.start(2)] + " " * pad + new[mn.end(2):]


def rewrite_c(text, names, word_re):
    """text with the names replaced; lines aligned to a moved "(" or a padded tail kept so."""
    if not word_re.search(text):
        return text
    old_lines = text.split("\n")
    new_lines = [word_re.sub(lambda m: names[m.group(1)], l) for l in old_lines]
    # the masked new text: the names are code or comment as the old ones were
    masked_old = mask(text).split("\n")
    masked_new = mask("\n".join(new_lines)).split("\n")
    stack = []          # unclosed "(": (column in the old line, column in the new line)
    out = []
    for lo, ln, mo, mn in zip(old_lines, new_lines, masked_old, masked_new):
        # a continuation line aligned one column after the innermost unclosed "("
        if stack and stack[-1][0] != stack[-1][1]:
            ind = len(lo) - len(lo.lstrip(" "))
            if lo.strip() and ind == stack[-1][0] + 1 and ln.startswith(" " * ind):
                shift = stack[-1][1] - stack[-1][0]
                body = ln[ind:]
                ln = " " * (ind + shift) + body
                mn = " " * (ind + shift) + mn[ind:]
        po = [(i, ch) for i, ch in enumerate(mo) if ch in "()"]
        pn = [(i, ch) for i, ch in enumerate(mn) if ch in "()"]
        if len(po) != len(pn):          # cannot happen: the names hold no parenthesis
            die("parentheses differ after the rename: %r" % lo)
        for (io, ch), (inn, _) in zip(po, pn):
            if ch == "(":
                stack.append((io, inn))
            elif stack:
                stack.pop()
        if ln != lo:
            k = len(os.path.commonprefix([lo, ln]))
            ln = keep_tail(lo, ln, k)
        out.append(ln)
    return "\n".join(out)


def rewrite_plain(text, names, word_re):
    return word_re.sub(lambda m: names[m.group(1)], text)


def rewrite_tsv(text, names, word_re):
    """data/*.tsv: comment lines only (the rows' words and list names are data)."""
    return "".join(rewrite_plain(l, names, word_re) if l.startswith("#") else l
                   for l in text.splitlines(True))


def read_text(path):
    with open(path, "rb") as f:
        raw = f.read()
    if b"\0" in raw:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def in_dirs(path, dirs):
    return any(path.startswith(d) for d in dirs)


def is_tsv(p):
    return p.startswith("data/") and p.endswith(".tsv") and p.count("/") == 1


def rewrite_set(files, skip):
    return [p for p in files if p not in skip and
            (in_dirs(p, REWRITE_DIRS) or p in REWRITE_FILES or is_tsv(p))]


def rewrite(p, text, names, word_re):
    if p.endswith((".c", ".h")):
        return rewrite_c(text, names, word_re)
    if is_tsv(p):
        return rewrite_tsv(text, names, word_re)
    return rewrite_plain(text, names, word_re)


def split_doc(text):
    m = re.search(r"^" + re.escape(STANDS) + r"\b.*$", text, re.M)
    if not m:
        die("%s: no line starting %r" % (DOC, STANDS))
    return text[:m.start()], text[m.start():]


def code_identifiers(files):
    """identifier -> the C files of the code that use it (comments and strings left out)."""
    ids = {}
    for p in files:
        if not (in_dirs(p, CODE_DIRS) and p.endswith((".c", ".h"))) or not os.path.isfile(p):
            continue
        text = read_text(p)
        if text is None:
            continue
        for w in set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", mask(text))):
            ids.setdefault(w, []).append(p)
    return ids


def numbered_functions(files):
    """Functions of src/events/ defined or declared with a digit in their name."""
    out = set()
    for p in files:
        if not p.startswith(EVENTS + "/") or not p.endswith((".c", ".h")):
            continue
        text = read_text(p)
        if text is None:
            continue
        for m in re.finditer(r"^[A-Za-z_][\w \t\*]*?\b([A-Za-z_]\w*[0-9]\w*)\s*\(", mask(text),
                             re.M):
            out.add(m.group(1))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", default=".", help="the checkout (default: .)")
    ap.add_argument("--table", help="default: REPO/" + TABLE)
    ap.add_argument("--extra", action="append", default=[], help="more rows, same form")
    ap.add_argument("--skip", action="append", default=[],
                    help="a file (path in the checkout) left as it is, e.g. one a branch edits")
    ap.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")
    a = ap.parse_args()
    repo = git(a.repo, "rev-parse", "--show-toplevel").strip()
    table = a.table or os.path.join(repo, TABLE)
    rows = []
    for x in [table] + a.extra:
        rows += read_rows(x)
    check_rows(rows)
    skip = set(SELF) | set(a.skip) | \
        {os.path.relpath(os.path.abspath(x), repo) for x in a.extra + [table]}
    os.chdir(repo)
    files = [p for p in git(repo, "ls-files", "-z").split("\0") if p]
    for p in a.skip:
        if p not in files:
            die("--skip %s: no tracked file of that path" % p)

    ids = code_identifiers(files)
    defined = numbered_functions(files)
    todo, done, absent = [], [], []
    for old, new, where_file, where in rows:
        if old in defined and new in ids:
            die("%s: %s is an identifier already (%s) while %s is still defined"
                % (where, new, ", ".join(ids[new][:3]), old))
        if old in ids and new in ids:   # renamed, but a merged branch still calls the old name
            print("rename_functions: note: %s is renamed already; its mentions in %s follow"
                  % (old, ", ".join(ids[old][:3])))
            todo.append((old, new))
        elif old in ids:
            if not os.path.exists(os.path.join(EVENTS, where_file)):
                print("rename_functions: note: %s: %s/%s is no file (the row's third column)"
                      % (where, EVENTS, where_file))
            todo.append((old, new))
        elif new in ids:
            done.append((old, new))
        else:
            absent.append(old)
    for old in absent:
        print("rename_functions: note: %s is in no form here (nor its new name): row skipped" % old)
    names = dict(todo + done)
    if not names:
        print("rename_functions: nothing to rename")
        return 0
    word_re = re.compile(WORD % "|".join(re.escape(k) for k in
                                         sorted(names, key=len, reverse=True)))

    edits, origs = {}, {}
    for p in rewrite_set(files, skip):
        if not os.path.isfile(p):
            continue
        text = read_text(p)
        if text is None:
            continue
        new = rewrite(p, text, names, word_re)
        if new != text:
            edits[p], origs[p] = new, text
    if DOC not in skip and os.path.exists(DOC):
        doc = read_text(DOC)
        top, rest = split_doc(doc)
        new_doc = rewrite_plain(top, names, word_re) + rest
        if new_doc != doc:
            edits[DOC] = new_doc

    if a.dry_run:
        for p in sorted(edits):
            print("rewrite %s" % p)
        print("rename_functions: dry run: %d names to rename, %d done already, %d files to rewrite"
              % (len(todo), len(done), len(edits)))
        return 0

    for p, text in sorted(edits.items()):
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    if edits:
        git(repo, "add", "--", *sorted(edits))

    # Check: no old name left where the script rewrites; the skipped files named in a note.
    bad, left = [], {}
    for p in rewrite_set(files, set(SELF)) + ([DOC] if os.path.exists(DOC) else []):
        if not os.path.isfile(p):
            continue
        text = read_text(p)
        if text is None:
            continue
        if p == DOC:
            text = split_doc(text)[0]
        elif is_tsv(p):
            text = "".join(l for l in text.splitlines(True) if l.startswith("#"))
        for n, line in enumerate(text.splitlines(), 1):
            for m in word_re.finditer(line):
                if p in skip:
                    left.setdefault(p, set()).add(m.group(1))
                else:
                    bad.append("%s:%d: %s" % (p, n, m.group(1)))
    if bad:
        die("old names left after the run:\n  " + "\n  ".join(bad))
    for p, olds in sorted(left.items()):
        print("rename_functions: note: %s (skipped) still names %s" % (p, " ".join(sorted(olds))))
    for p in sorted(edits):         # the rename keeps every file's lines: compare them
        if p.endswith((".c", ".h")):
            for n, (o, l) in enumerate(zip(origs[p].split("\n"), edits[p].split("\n")), 1):
                if len(l) > WIDTH >= len(o):
                    print("rename_functions: note: %s:%d is longer than %d characters now"
                          % (p, n, WIDTH))
    rest = sorted(numbered_functions(files) - set(names))
    if rest:
        print("rename_functions: warning: functions still named with digits, in no row (add "
              "them with --extra): " + " ".join(rest))
    print("rename_functions: %d names renamed, %d done already, %d files rewritten"
          % (len(todo), len(done), len(edits)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
