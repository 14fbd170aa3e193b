#!/usr/bin/env python3
"""check_cycles.py [SRC_DIR] — fails when the folders of src/ include each other in a circle.

Reads every `#include "..."` line of SRC_DIR (default src) and its sub-folders. An include in
a file of folder Y of a header that lies in folder X is an edge Y -> X; includes within one
folder do not count, nor does the public header rasd.h (include/, not a folder of src). A
quoted name is looked up the way the compiler does: beside the including file first, then
under SRC_DIR (the build's -Isrc). A file directly in SRC_DIR belongs to the folder "(src)".

With no cycle it prints the folders in an order where each comes after the folders it
includes, and exits 0. Otherwise it prints every strongly connected group of more than one
folder, with one example include (file:line) for each edge inside it, and exits 1. The last
line is "check_cycles: N passed, N failed", as tests/run.sh counts it.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
ROOT = "(src)"


def folder_of(src, path):
    rel = os.path.relpath(path, src)
    parts = rel.split(os.sep)
    return parts[0] if len(parts) > 1 else ROOT


def sources(src):
    for dirpath, dirnames, filenames in os.walk(src):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith((".c", ".h")):
                yield os.path.join(dirpath, name)


def resolve(src, including, name):
    """The file a quoted include names, or None when it is not under src (rasd.h, system)."""
    for base in (os.path.dirname(including), src):
        cand = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(cand):
            inside = os.path.relpath(cand, src)
            return None if inside.startswith("..") else cand
    return None


def read_graph(src):
    """folders, and edges {(from, to): [(file, line, text), ...]}."""
    folders, edges = set(), {}
    for path in sources(src):
        here = folder_of(src, path)
        folders.add(here)
        with open(path, encoding="utf-8", errors="replace") as f:
            for lineno, line in enumerate(f, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                target = resolve(src, path, m.group(1))
                if target is None:
                    continue
                there = folder_of(src, target)
                if there != here:
                    edges.setdefault((here, there), []).append((path, lineno, line.strip()))
    return folders, edges


def components(folders, edges):
    """Strongly connected components (Tarjan), each a sorted list; iterative, no recursion limit."""
    succ = {f: sorted(t for (s, t) in edges if s == f) for f in folders}
    index, low, stack, on_stack, out = {}, {}, [], set(), []
    counter = 0
    for root in sorted(folders):
        if root in index:
            continue
        work = [(root, iter(succ[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, it = work[-1]
            nxt = next(it, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(succ[nxt])))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == node:
                        break
                out.append(sorted(comp))
    return out


def topological(folders, edges):
    """Folders with each one after those it includes (ties broken by name)."""
    deps = {f: {t for (s, t) in edges if s == f} for f in folders}
    order, done = [], set()
    while len(order) < len(folders):
        ready = sorted(f for f in folders if f not in done and deps[f] <= done)
        if not ready:  # only with a cycle, which main() reports before asking for an order
            raise ValueError("folders in a cycle have no order")
        order.extend(ready)
        done.update(ready)
    return order


def main(argv):
    src = argv[1] if len(argv) > 1 else "src"
    if not os.path.isdir(src):
        print(f"check_cycles: {src}: not a folder", file=sys.stderr)
        print("check_cycles: 0 passed, 1 failed")
        return 1
    folders, edges = read_graph(src)
    cycles = [c for c in components(folders, edges) if len(c) > 1]
    if not cycles:
        print("folder order (each after what it includes): " + " ".join(topological(folders, edges)))
        print("check_cycles: 1 passed, 0 failed")
        return 0
    for comp in cycles:
        print("cycle between folders: " + " ".join(comp))
        for (s, t), sites in sorted(edges.items()):
            if s in comp and t in comp:
                path, lineno, text = sites[0]
                more = f" (and {len(sites) - 1} more)" if len(sites) > 1 else ""
                print(f"  {s} -> {t}: {path}:{lineno}: {text}{more}")
    print("check_cycles: 0 passed, 1 failed")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
