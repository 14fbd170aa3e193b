#!/usr/bin/env python3
"""Rename the functions of src/events/ named after a branch or stop to names that say what they do.

    python3 tools/rename_functions.py [--guards] [--repo DIR] [--table FILE] [--extra FILE ...]
                                      [--skip PATH ...] [--dry-run]

With --guards it renames, by tools/rename_guards.tsv, the "aguard" lists and the macros and
enum constants of src/events/ named with a branch's number (see "--guards" below).

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

--guards: a row of tools/rename_guards.tsv renames a list by its name in the files (lforce50
-> li_force: its id AG_LFORCE50 -> AG_LI_FORCE follows, and the list name is rewritten in the
"aguard" rows of data/*.tsv, in C strings and in comments) or a macro or enum constant (upper
case). A list name that docs/*.md also give as a branch's (appeal51) is rewritten only where
it names the list: in quotes or after the word aguard. The history tables (tools/rename_*.tsv)
are left as written. A new name already defined while the old one is (a file's own enum too)
stops the run: the table names another.

The walk over the checkout's files is tools/rename_walk.py, shared with rename_events.py.

The lead, after the stop's merges, on main:
    python3 tools/rename_functions.py [--extra /tmp/stop49_fn.tsv]
    python3 tools/rename_functions.py --guards [--extra /tmp/stop50_guards.tsv]
    git diff --cached --stat; make -j2 && <the extraction tests> && git commit
"""
import argparse
import os
import re
import sys

import rename_walk as rw
from rename_walk import DOC, EVENTS, in_dirs, is_tsv, keep_tail, mask, read_text

TOOL = "rename_functions"
TABLE = "tools/rename_functions.tsv"
SELF = ("tools/rename_functions.py", TABLE)
CODE_DIRS = ("src/", "tests/", "cli/", "serve/", "fuzz/", "include/", "bench/")
OLD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*[0-9][A-Za-z0-9_]*$")
NEW_NAME = re.compile(r"^[a-z][a-z_]*[a-z]$")
WORD = rw.WORD
WIDTH = 100         # the code's line width: a line the rename takes past it is named


def die(msg):
    rw.die(TOOL, msg)


def git(repo, *args):
    return rw.git(TOOL, repo, *args).stdout


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


def rewrite_c(text, repl, word_re):
    """text with the names replaced; lines aligned to a moved "(" or a padded tail kept so."""
    if not word_re.search(text):
        return text
    old_lines = text.split("\n")
    new_lines = [word_re.sub(repl, l) for l in old_lines]
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


def rewrite_plain(text, repl, word_re):
    return word_re.sub(repl, text)


AGUARD_ROW = re.compile(r"^aguard\t([^\t\n]*)(?=\t)")


def rewrite_tsv(text, repl, word_re, lists):
    """data/*.tsv: comment lines, and the list name of an "aguard" row (lists: old -> new list
    name, --guards only); the rows' words are data."""
    out = []
    for l in text.splitlines(True):
        if l.startswith("#"):
            l = rewrite_plain(l, repl, word_re)
        else:
            m = AGUARD_ROW.match(l)
            if m and m.group(1) in lists:
                l = "aguard\t" + lists[m.group(1)] + l[m.end():]
        out.append(l)
    return "".join(out)


def rewrite(p, text, repl, word_re, lists):
    if p.endswith((".c", ".h")):
        return rewrite_c(text, repl, word_re)
    if is_tsv(p):
        return rewrite_tsv(text, repl, word_re, lists)
    return rewrite_plain(text, repl, word_re)


def list_context(m):
    """Whether the word m matched names an "aguard" list as such: in quotes ("doc51") or after
    the word aguard (aguard doc51, "aguard" doc51)."""
    before, after = m.string[:m.start(1)], m.string[m.end(1):]
    return (before.endswith('"') and after.startswith('"')) or \
        re.search(r"aguard\"? $", before) is not None


def replacer(names, restricted, lists):
    """The function of re.sub that renames a match; a list's name (of lists) not before a
    file's extension (a file renamed at stop 48 may bear a list's name), one of restricted
    (also a branch's name, such as appeal51) only where list_context says it is the list."""
    def repl(m):
        w = m.group(1)
        if w in lists and re.match(r"\.[a-z]", m.string[m.end(1):]):
            return w    # a file's name (one renamed at stop 48), no list
        if w in restricted and not list_context(m):
            return w
        return names[w]
    return repl


def split_doc(text):
    return rw.split_doc(TOOL, text)


# --guards: the "aguard" lists and the macros and enum constants of src/events/ whose names
# hold a branch's number (tools/rename_guards.tsv).
GUARD_TABLE = "tools/rename_guards.tsv"
GUARD_SELF = ("tools/rename_events.tsv", "tools/rename_tests.tsv", TABLE, GUARD_TABLE)
LIST_NAME = re.compile(r"^[a-z][a-z_]*[0-9]+$")
NEW_MACRO = re.compile(r"^[A-Z][A-Z_]*[A-Z]$")
AGUARD_H = EVENTS + "/aguard.h"


def check_guard_rows(rows):
    """A row renames a list (old: its name in the files, lower case with the number; new: lower
    case, no digit; the ids AG_OLD and AG_NEW follow) or a macro or enum constant (upper
    case). Returns the name pairs: ids and macros, and the lists' names."""
    ids, lists, olds, news = [], [], {}, {}
    for old, new, _, where in rows:
        if LIST_NAME.match(old):
            if not NEW_NAME.match(new):
                die("%s: list %s: new name %r wants lower case letters and _" % (where, old, new))
            lists.append((old, new))
            pair = ("AG_" + old.upper(), "AG_" + new.upper())
        elif OLD_NAME.match(old) and old.upper() == old:
            if not NEW_MACRO.match(new):
                die("%s: %s: new name %r wants upper case letters and _" % (where, old, new))
            pair = (old, new)
        else:
            die("%s: %r is neither a list name (lower case with digits) nor a macro" % (where, old))
        if pair[0] in olds or pair[1] in news:
            die("%s: %s or %s has a row already" % (where, pair[0], pair[1]))
        olds[pair[0]], news[pair[1]] = where, where
        ids.append(pair + (where,))
    for new, where in news.items():
        if new in olds:
            die("%s: new name %s is an old name of the table" % (where, new))
    return ids, lists


def defined_constants(files):
    """The lists of aguard.h (X(AG_NAME, ...)) and the enum constants and macros of src/events/
    (NAME = value, #define NAME, or an enum member on a line of its own)."""
    out = set()
    for p in files:
        if not p.startswith(EVENTS + "/") or not p.endswith((".c", ".h")) or \
                not os.path.isfile(p):
            continue
        text = read_text(p)
        if text is None:
            continue
        if p == AGUARD_H:
            out |= set(re.findall(r"\bX\((AG_\w+),", text))
        code = mask(text)
        out |= set(re.findall(r"\b([A-Z][A-Z0-9_]*)\s*=(?!=)", code))
        out |= set(re.findall(r"^#\s*define\s+([A-Z][A-Z0-9_]*)", code, re.M))
        out |= set(re.findall(r"^\s+([A-Z][A-Z0-9_]*),\s*$", code, re.M))
    return out


def branch_names(files):
    """The names docs/*.md give as branches (branch appeal51): a list of the same name is
    renamed only where it is named as a list."""
    out = set()
    for p in files:
        if p.startswith("docs/") and p.endswith(".md") and os.path.isfile(p):
            out |= set(re.findall(r"\bbranch(?:es)? `?([a-z][a-z_]*[0-9]+)\b", read_text(p) or ""))
    return out


def numbered_constants(files):
    """The constants of src/events/ (code, not comments) still named with a branch's number."""
    return {w for w in defined_constants(files) if re.search(r"[A-Z_][0-9]{2}$", w)}


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


def statuses(rows, ids, defined):
    """(todo, done): the (old, new) pairs to rewrite and those done already; rows of neither
    form are named in a note."""
    todo, done, absent = [], [], []
    for old, new, where_file, where in rows:
        if old in defined and new in ids:
            die("%s: %s is an identifier already (%s) while %s is still defined"
                % (where, new, ", ".join(ids[new][:3]), old))
        if old in ids and new in ids:   # renamed, but a merged branch still calls the old name
            print("%s: note: %s is renamed already; its mentions in %s follow"
                  % (TOOL, old, ", ".join(ids[old][:3])))
            todo.append((old, new))
        elif old in ids:
            if where_file and not os.path.exists(os.path.join(EVENTS, where_file)):
                print("%s: note: %s: %s/%s is no file (the row's third column)"
                      % (TOOL, where, EVENTS, where_file))
            todo.append((old, new))
        elif new in ids:
            done.append((old, new))
        else:
            absent.append(old)
    for old in absent:
        print("%s: note: %s is in no form here (nor its new name): row skipped" % (TOOL, old))
    return todo, done


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", default=".", help="the checkout (default: .)")
    ap.add_argument("--guards", action="store_true",
                    help="rename the aguard lists and the macros (table " + GUARD_TABLE + ")")
    ap.add_argument("--table", help="default: REPO/" + TABLE + " (--guards: " + GUARD_TABLE + ")")
    ap.add_argument("--extra", action="append", default=[], help="more rows, same form")
    ap.add_argument("--skip", action="append", default=[],
                    help="a file (path in the checkout) left as it is, e.g. one a branch edits")
    ap.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")
    a = ap.parse_args()
    repo = git(a.repo, "rev-parse", "--show-toplevel").strip()
    table = a.table or os.path.join(repo, GUARD_TABLE if a.guards else TABLE)
    rows = []
    for x in [table] + a.extra:
        rows += read_rows(x)
    own = set(GUARD_SELF) | {"tools/rename_functions.py"} if a.guards else set(SELF)
    skip = own | set(a.skip) | \
        {os.path.relpath(os.path.abspath(x), repo) for x in a.extra + [table]}
    os.chdir(repo)
    files = rw.tracked(TOOL, repo)
    for p in a.skip:
        if p not in files:
            die("--skip %s: no tracked file of that path" % p)

    ids = code_identifiers(files)
    lists, restricted = {}, set()
    if a.guards:
        pairs, list_pairs = check_guard_rows(rows)
        id_rows = [(o, n, "", w) for o, n, w in pairs]
        todo, done = statuses(id_rows, ids, defined_constants(files))
        live = {"AG_" + o.upper() for o, _ in list_pairs} & {o for o, _ in todo + done}
        lists = {o: n for o, n in list_pairs if "AG_" + o.upper() in live}
        restricted = set(lists) & branch_names(files)
    else:
        check_rows(rows)
        todo, done = statuses(rows, ids, numbered_functions(files))
    names = dict(todo + done)
    names.update(lists)
    if not names:
        print("%s: nothing to rename" % TOOL)
        return 0
    word_re = rw.word_pattern(names)
    repl = replacer(names, restricted, lists)

    walked = rw.walk(files, skip, lambda p, text: rewrite(p, text, repl, word_re, lists))
    edits = {p: new for p, (_, new) in walked.items()}
    origs = {p: old for p, (old, _) in walked.items()}
    if DOC not in skip and os.path.exists(DOC):
        doc = read_text(DOC)
        top, rest = split_doc(doc)
        new_doc = rewrite_plain(top, repl, word_re) + rest
        if new_doc != doc:
            edits[DOC] = new_doc

    if a.dry_run:
        for p in sorted(edits):
            print("rewrite %s" % p)
        print("%s: dry run: %d names to rename, %d done already, %d files to rewrite"
              % (TOOL, len(todo), len(done), len(edits)))
        return 0

    for p, text in sorted(edits.items()):
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    if edits:
        git(repo, "add", "--", *sorted(edits))

    # Check: no old name left where the script rewrites; the skipped files named in a note.
    def view(p, text):
        if p == DOC:
            return split_doc(text)[0]
        if is_tsv(p):
            return "".join(l if l.startswith("#") else
                           (l[:m.end()] + "\n" if a.guards and (m := AGUARD_ROW.match(l))
                            else "")
                           for l in text.splitlines(True))
        return text
    bad, left = [], {}
    checked = rw.rewrite_set(files, own) + ([DOC] if os.path.exists(DOC) else [])
    for p, n, name in rw.leftovers(checked, (word_re,), view):
        if name in lists:
            continue    # a list's name: checked below, where it names the list
        if p in skip:
            left.setdefault(p, set()).add(name)
        else:
            bad.append("%s:%d: %s" % (p, n, name))
    for p in checked:
        text = read_text(p) if os.path.isfile(p) else None
        for m in (word_re.finditer(view(p, text)) if text and lists else ()):
            if m.group(1) in lists and repl(m) != m.group(1):
                bad.append("%s: %s" % (p, m.group(1)))
    if bad:
        die("old names left after the run:\n  " + "\n  ".join(bad))
    for p, olds in sorted(left.items()):
        print("%s: note: %s (skipped) still names %s" % (TOOL, p, " ".join(sorted(olds))))
    for p in sorted(edits):         # the rename keeps every file's lines: compare them
        if p.endswith((".c", ".h")):
            for n, (o, l) in enumerate(zip(origs[p].split("\n"), edits[p].split("\n")), 1):
                if len(l) > WIDTH >= len(o):
                    print("%s: note: %s:%d is longer than %d characters now"
                          % (TOOL, p, n, WIDTH))
    rest = sorted((numbered_constants(files) if a.guards else numbered_functions(files))
                  - set(names))
    if rest:
        print("%s: warning: %s still named with digits, in no row (add them with --extra): %s"
              % (TOOL, "constants" if a.guards else "functions", " ".join(rest)))
    print("%s: %d names renamed, %d done already, %d files rewritten"
          % (TOOL, len(todo), len(done), len(edits)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
