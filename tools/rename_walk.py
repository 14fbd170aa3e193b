"""rename_walk.py — the walk that tools/rename_events.py and tools/rename_functions.py share.

Both tools rename names of src/events/ by a table and rewrite every mention of them in the
checkout's tracked text files. What they share is here: the git calls, the files a rename
rewrites (src/, tests/, tools/, bench/, fuzz/, cli/, serve/, include/, Makefile,
ARCHITECTURE.md, data/README.md and data/*.tsv) and the file lists at the top of
docs/EVENTS.md (the lines before "## Where issue 16 stands": the historical sections below
keep the names of their time), the reading of a file as UTF-8 text, the comments and strings
of C blanked (mask) and a trailing comment or backslash kept in its column (keep_tail), one
pass over the files (walk) and the check that no old name is left (leftovers). Each tool
keeps its table, its checks and what it writes to a file.
"""
import os
import re
import subprocess
import sys

EVENTS = "src/events"
DOC = "docs/EVENTS.md"
STANDS = "## Where issue 16 stands"
REWRITE_DIRS = ("src/", "tests/", "tools/", "bench/", "fuzz/", "cli/", "serve/", "include/")
REWRITE_FILES = ("Makefile", "ARCHITECTURE.md", "data/README.md")
WORD = r"(?<![A-Za-z0-9_])(%s)(?![A-Za-z0-9_])"


def die(tool, msg):
    sys.stderr.write("%s: error: %s\n" % (tool, msg))
    sys.exit(1)


def git(tool, repo, *args, check=True):
    """git -C repo args; on failure (with check) the tool stops with git's message."""
    r = subprocess.run(["git", "-C", repo] + list(args), capture_output=True, text=True)
    if check and r.returncode != 0:
        die(tool, "git %s: %s" % (" ".join(args), r.stderr.strip()))
    return r


def tracked(tool, repo):
    return [p for p in git(tool, repo, "ls-files", "-z").stdout.split("\0") if p]


def read_text(path):
    """The file as text, or None when it holds a NUL byte or is no UTF-8."""
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
    """A word list of data/ (data/NAME.tsv, not in a sub-folder)."""
    return p.startswith("data/") and p.endswith(".tsv") and p.count("/") == 1


def rewrite_set(files, skip):
    """The tracked files a rename rewrites, in git's order, less those of skip."""
    return [p for p in files if p not in skip and
            (in_dirs(p, REWRITE_DIRS) or p in REWRITE_FILES or is_tsv(p))]


def split_doc(tool, text):
    """docs/EVENTS.md as (top, rest): rest starts at the line "## Where issue 16 stands"."""
    m = re.search(r"^" + re.escape(STANDS) + r"\b.*$", text, re.M)
    if not m:
        die(tool, "%s: no line starting %r" % (DOC, STANDS))
    return text[:m.start()], text[m.start():]


def word_pattern(keys):
    """A regex matching any of keys as a word (longest first), or None for no keys."""
    if not keys:
        return None
    return re.compile(WORD % "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)))


def walk(files, skip, rewrite):
    """{path: (old text, new text)} of the files of rewrite_set whose text rewrite(path, text)
    changes; a file that is no UTF-8 text is left alone."""
    edits = {}
    for p in rewrite_set(files, skip):
        if not os.path.isfile(p):
            continue
        text = read_text(p)
        if text is None:
            continue
        new = rewrite(p, text)
        if new != text:
            edits[p] = (text, new)
    return edits


def leftovers(paths, patterns, view=None):
    """(path, line number, name) of each match of patterns (regexes, None skipped) in the
    files' text, or in view(path, text) when view is given (None: the file is not read)."""
    out = []
    for p in paths:
        if not os.path.isfile(p):
            continue
        text = read_text(p)
        if text is None:
            continue
        if view:
            text = view(p, text)
        for n, line in enumerate(text.splitlines(), 1):
            for r in patterns:
                for m in (r.finditer(line) if r else ()):
                    out.append((p, n, m.group(1)))
    return out


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
