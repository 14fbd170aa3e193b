#!/usr/bin/env bash
# run.sh RELEASE_DIR ASAN_DIR [TEST ...] — runs the test binaries and the CLI tests, as built
# for release and under AddressSanitizer + UndefinedBehaviorSanitizer, then replays the fuzz
# corpora; adds up the "N passed, N failed" lines and ends with the total. A binary that
# crashes or prints no count (or is missing) counts as one failure.
#
# The test binaries are DIR/tests/TEST for each TEST named (make test passes the Makefile's
# TESTS, one a tests/test_*.c); with none named, the list is `make -s print-tests`. A binary
# under DIR/tests that the list does not name (left by a renamed or removed test file) is not
# run: a note names it, and it is no failure (make clean, or rm, takes it away).
#
# The parts run as jobs, RASD_TEST_JOBS at a time (default: one per processor), the longest
# first; a part's release and sanitizer runs hold the same lock, so the two never overlap
# (some C tests write fixed paths under build/test-tmp). The report keeps the order below
# (release, then sanitizers, then corpora), each part with its wall and CPU seconds.
#
# Tiers: the core tier needs nothing outside the repository. The parts that read ../shared
# (the shared tier) print "NAME: PART skipped (no ../shared)" when it is not there; the slow
# ones (a pass over a whole corpus, over ~20 s) run in the release pass only
# (RASD_TEST_SKIP_SLOW=1 in the sanitizer pass). Skipped parts are listed and counted, and
# are no failure.
set -u
R=${1:?release dir}
A=${2:?asan dir}
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
JOBS=${RASD_TEST_JOBS:-$(nproc 2>/dev/null || echo 1)}
SKIP_RE=': .+ skipped \((no \.\./shared|slow: [^)]*)\)$'
J=$(mktemp -d); trap 'rm -rf "$J"' EXIT
mkdir -p build/test-tmp
n=0
TESTS=("${@:3}")
if [ "${#TESTS[@]}" -eq 0 ]; then
    mapfile -t TESTS < <(make -s --no-print-directory print-tests)
    if [ "${#TESTS[@]}" -eq 0 ]; then echo "run.sh: no test named (make print-tests)" >&2; exit 2; fi
fi
declare -A LISTED=()
for t in "${TESTS[@]}"; do LISTED[$t]=1; done

# job N TAG COMMAND...: runs COMMAND under its part's lock; keeps its output, exit status,
# wall and CPU seconds in $J/N.*. (times, in this subshell, sees its children only.)
job() {
    local i=$1 tag=$2 t0=$SECONDS lock rc third; shift 2
    third=${3:-}
    lock=build/test-tmp/lock-$(basename "$1")-${third##*/}
    if [ "$tag" = asan+ubsan ]; then export RASD_TEST_SKIP_SLOW=1; else unset RASD_TEST_SKIP_SLOW; fi
    flock "$lock" "$@" >"$J/$i.out" 2>&1; rc=$?
    times >"$J/$i.times"
    echo "$rc $((SECONDS - t0))" >"$J/$i.rc.tmp" && mv "$J/$i.rc.tmp" "$J/$i.rc"
}

# add TAG COMMAND...: queues a part (reported in the order added).
add() { n=$((n + 1)); printf '%s\n' "$@" >"$J/$n.cmd"; }

for dir in "$R" "$A"; do
    tag=release; [ "$dir" = "$A" ] && tag=asan+ubsan
    for t in "${TESTS[@]}"; do add "$tag" "$dir/tests/$t"; done
    for t in "$dir"/tests/test_*; do
        [ -x "$t" ] && [ -z "${LISTED[${t##*/}]:-}" ] &&
            echo "note: $t is not run: no tests/${t##*/}.c (a stale binary)"
    done
    bin=build/rasd; [ "$dir" = "$A" ] && bin=$A/rasd
    for c in cli cli_store cli_entities cli_events cli_admin cli_stories cli_recall cli_serve \
             cli_html cli_feeds cli_warc cli_web cli_serve_stream cli_watch cli_alerts cli_dates \
             cli_batch; do
        add "$tag" "tests/$c.sh" "$bin" "$c"
    done
    if [ "$dir" = "$R" ]; then
        add "$tag" tests/check_cycles.sh
        add "$tag" tests/cli_install.sh
        add "$tag" tools/check_cycles.py src     # no include cycle between src/'s folders
    fi
done
nparts=$n
if [ -x "$A/fuzz-replay-analyze" ]; then
    for bin in "$A"/fuzz-replay-*; do
        f=${bin##*fuzz-replay-}
        dirs=(fuzz/corpus/$f); [ -d fuzz/regress/$f ] && dirs+=(fuzz/regress/$f)
        add replay "$bin" "${dirs[@]}"
    done
fi

# Longest first: the CLI parts (whole-corpus ingests), then the rest in order.
order=()
for i in $(seq "$n"); do grep -q '^tests/cli' "$J/$i.cmd" && order+=("$i"); done
for i in $(seq "$n"); do grep -q '^tests/cli' "$J/$i.cmd" || order+=("$i"); done
# report I: prints part I's result and adds up its counts.
report() {
    local i=$1 cmd label rc wall cpu out line p f skips
    mapfile -t cmd <"$J/$i.cmd"
    label=${cmd[0]}
    read -r rc wall <"$J/$i.rc" 2>/dev/null || { rc=1; wall=0; }
    cpu=$(awk 'END { s = 0; for (i = 1; i <= 2; i++) { split($i, a, "m"); sub("s", "", a[2]);
                     s += a[1] * 60 + a[2] } printf "%d\n", s + 0.5 }' "$J/$i.times" 2>/dev/null)
    out=$(cat "$J/$i.out")
    if [ "$label" != "$section" ]; then
        section=$label
        case $label in replay) echo "== fuzz corpora (asan+ubsan)" ;; *) echo "== $label" ;; esac
    fi
    if [ "$i" -gt "$nparts" ]; then           # a corpus replay: ok, or its output
        if [ "$rc" -eq 0 ]; then
            passed=$((passed + 1)); printf '  %-12s %s\n' replay "$(tail -n 1 <<<"$out")"
        else
            failed=$((failed + 1)); printf '%s\n' "$out" | tail -n 40
            echo "  replay ${cmd[1]##*fuzz-replay-}: FAILED"
        fi
        return
    fi
    line=$(grep -E '^[A-Za-z0-9_ ().:/-]+: [0-9]+ passed, [0-9]+ failed$' <<<"$out" | tail -n 1)
    if [ -n "$line" ]; then
        p=$(sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed$/\1/' <<<"$line")
        f=$(sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed$/\2/' <<<"$line")
        passed=$((passed + p)); failed=$((failed + f))
        if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
    else
        failed=$((failed + 1))
        line="no count (exit $rc)"
    fi
    if [ "$rc" -ne 0 ]; then printf '%s\n' "$out" | grep -v ' passed, ' | tail -n 40; fi
    skips=$(grep -E "$SKIP_RE" <<<"$out")
    if [ -n "$skips" ]; then
        skipped=$((skipped + $(wc -l <<<"$skips")))
        printf '%s\n' "$skips" | sed 's/^/  '"$(printf '%-12s' "$label")"' /'
    fi
    printf '  %-12s %s  (%d s, %d s of CPU)\n' "$label" "$line" "$wall" "${cpu:-0}"
}

# flush: reports the parts done so far, in order (so CI shows progress).
flush() {
    while [ "$next" -le "$n" ] && [ -e "$J/$next.rc" ]; do report "$next"; next=$((next + 1)); done
}

passed=0 failed=0 skipped=0 section= next=1
for i in "${order[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n; flush; done
    mapfile -t cmd <"$J/$i.cmd"
    job "$i" "${cmd[@]}" &
done
while [ -n "$(jobs -rp)" ]; do wait -n; flush; done
wait
flush
if [ "$skipped" -gt 0 ]; then
    echo "($skipped parts skipped: the shared tier without ../shared, or slow parts under the sanitizers)"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
