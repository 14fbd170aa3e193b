#!/usr/bin/env bash
# check_cycles.sh — tests tools/check_cycles.py on small made-up source trees: one whose
# folders form a line, one with a circle of three folders (and a same-folder include and the
# public header, which must not count), one with a circle through a file directly in src/.
set -u
NAME=${1:-check_cycles_test}
T=build/test-tmp/check-cycles-$$
CHECK=tools/check_cycles.py
. tests/lib.sh

put() { # put FILE LINE... — writes the lines to FILE under $T, making its folder
    local f=$T/$1; shift
    mkdir -p "$(dirname "$f")"
    printf '%s\n' "$@" >"$f"
}

# a line: text <- core <- events; the public header and same-folder includes are no edges
put ok/text/utf8.h '#include <stdint.h>'
put ok/text/utf8.c '#include "rasd.h"' '#include "utf8.h"' '#include "text/utf8.h"'
put ok/core/internal.h '#include "text/utf8.h"'
put ok/core/doc.c '#include "core/internal.h"' '#include "internal.h"' '#include "rasd.h"'
put ok/events/ev.h '#include "core/internal.h"'
put ok/events/dates.c '#include "ev.h"' '#include "text/utf8.h"'
"$CHECK" "$T/ok" >"$T/ok.out" 2>&1; expect "no cycle exits 0" test $? -eq 0
expect "no cycle: folder order" grep -qx 'folder order (each after what it includes): text core events' "$T/ok.out"
expect "no cycle: 1 passed" grep -qx 'check_cycles: 1 passed, 0 failed' "$T/ok.out"

# a circle core -> events -> store -> core, and text outside it
cp -R "$T/ok" "$T/bad"
put bad/core/engine.c '#include "core/internal.h"' '' '#include "events/ev.h"'
put bad/store/store.h '#include "core/internal.h"'
put bad/events/output.c '#include "ev.h"' '#include "store/store.h"'
"$CHECK" "$T/bad" >"$T/bad.out" 2>&1; expect "a cycle exits 1" test $? -eq 1
expect "the cycle's folders, not text" grep -qx 'cycle between folders: core events store' "$T/bad.out"
expect "edge core -> events with file:line" \
    grep -qF "core -> events: $T/bad/core/engine.c:3: #include \"events/ev.h\"" "$T/bad.out"
expect "edge events -> store with file:line" \
    grep -qF "events -> store: $T/bad/events/output.c:2: #include \"store/store.h\"" "$T/bad.out"
expect "edge store -> core" grep -qF "store -> core: $T/bad/store/store.h:1:" "$T/bad.out"
expect "edge to text is not in the cycle" bash -c "! grep -q -- '-> text' '$T/bad.out'"
expect "a cycle: 1 failed" grep -qx 'check_cycles: 0 passed, 1 failed' "$T/bad.out"

# a circle through a file directly in src/ (a stage table) and a relative include
put top/stages.h '#include "dedup/dedup.h"'
put top/stages.c '#include "stages.h"'
put top/dedup/dedup.h '#include <stddef.h>'
put top/dedup/map.c '#include "../stages.h"'
"$CHECK" "$T/top" >"$T/top.out" 2>&1; expect "a cycle through src/ exits 1" test $? -eq 1
expect "the src/ folder is named (src)" grep -qx 'cycle between folders: (src) dedup' "$T/top.out"

"$CHECK" "$T/none" >/dev/null 2>&1; expect "a missing folder exits 1" test $? -eq 1
finish
