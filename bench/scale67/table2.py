#!/usr/bin/env python3
"""table2.py OUT... -- inclusive Ir and call counts of the story stage's functions in a
callgrind file recorded with --separate-callers=N (contexts summed by function name), and the
B-tree balance calls (libsqlite3 0x3b030, scale66: `balance`) by the rasd function that ran
the statement."""
import re, subprocess, sys
FUN = ["st_put", "st_flush", "sw_load", "mem_load_row", "sc_best_story", "join", "write_member",
       "join_unread", "write_counts", "thread_fits", "move_rows", "copy_story", "st_prepare",
       "st_prepare_title", "dd_put", "load", "compare_all", "rasd_ingest", "cmd_ingest",
       "open_engine", "rasd_store_dedup_stats", "rasd_store_commit", "sweep"]
BAL = "0x000000000003b030"
for path in sys.argv[1:]:
    tree = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100",
                           "--tree=caller", path], capture_output=True, text=True).stdout
    tot = int(re.search(r"([\d,]+) \(100.0%\)\s+PROGRAM TOTALS", tree).group(1).replace(",", ""))
    ir, calls, bal, balc = {}, {}, {}, {}
    pend = 0
    for line in tree.splitlines():
        m = re.match(r"\s*([\d,]+) \(.*?\)\s+<\s+.*?:(.+) \((\d+)x\)", line)
        if m:
            pend += int(m.group(3))
            continue
        m = re.match(r"\s*([\d,]+) \(.*?\)\s+\*\s+(\S*?):(.+) \[", line)
        if m:
            full, n = m.group(3), int(m.group(1).replace(",", ""))
            parts = full.split("'")
            f = parts[0]
            if "/src/" in m.group(2) or "/cli/" in m.group(2):
                if f in FUN:
                    ir[f] = ir.get(f, 0) + n
                    calls[f] = calls.get(f, 0) + pend
            if f == BAL and len(parts) >= 5:
                who = parts[4]
                bal[who] = bal.get(who, 0) + n
                balc[who] = balc.get(who, 0) + pend
            pend = 0
            continue
        if not line.strip():
            pend = 0
    print(path, "total", tot)
    for f in FUN:
        if f in ir:
            print(f"  {f:24s} {ir[f]:>15,d}  calls {calls[f]:>8,d}")
    for w in sorted(bal, key=lambda k: -bal[k]):
        print(f"  balance under {w:20s} {bal[w]:>15,d}  calls {balc[w]:>6,d}")
