#!/usr/bin/env bash
# run.sh RELEASE_DIR ASAN_DIR — runs every test binary and the CLI tests, first as built for
# release, then under AddressSanitizer + UndefinedBehaviorSanitizer, then replays the fuzz
# corpora; adds up the "N passed, N failed" lines and ends with the total. A binary that
# crashes or prints no count counts as one failure.
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
passed=0 failed=0 skipped=0
SKIP_RE=': .+ skipped \((no \.\./shared|slow: [^)]*)\)$'

run() { # run LABEL COMMAND...
    local label=$1 out rc line; shift
    out=$("$@" 2>&1); rc=$?
    line=$(grep -E '^[A-Za-z0-9_ ().:/-]+: [0-9]+ passed, [0-9]+ failed$' <<<"$out" | tail -n 1)
    if [ -n "$line" ]; then
        local p f
        p=$(sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed$/\1/' <<<"$line")
        f=$(sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed$/\2/' <<<"$line")
        passed=$((passed + p)); failed=$((failed + f))
        if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
    else
        failed=$((failed + 1))
        line="no count (exit $rc)"
    fi
    if [ "$rc" -ne 0 ]; then printf '%s\n' "$out" | grep -v ' passed, ' | tail -n 40; fi
    local skips
    skips=$(grep -E "$SKIP_RE" <<<"$out")
    if [ -n "$skips" ]; then
        skipped=$((skipped + $(wc -l <<<"$skips")))
        printf '%s\n' "$skips" | sed 's/^/  '"$(printf '%-12s' "$label")"' /'
    fi
    printf '  %-12s %s\n' "$label" "$line"
}

for dir in "$R" "$A"; do
    tag=release; [ "$dir" = "$A" ] && tag=asan+ubsan
    if [ "$dir" = "$A" ]; then export RASD_TEST_SKIP_SLOW=1; else unset RASD_TEST_SKIP_SLOW; fi
    echo "== $tag"
    for t in "$dir"/tests/test_*; do
        [ -x "$t" ] && run "$tag" "$t"
    done
    bin=build/rasd; [ "$dir" = "$A" ] && bin=$A/rasd
    run "$tag" tests/cli.sh "$bin" "cli"
    run "$tag" tests/cli_store.sh "$bin" "cli_store"
    run "$tag" tests/cli_entities.sh "$bin" "cli_entities"
    run "$tag" tests/cli_events.sh "$bin" "cli_events"
    run "$tag" tests/cli_admin.sh "$bin" "cli_admin"
    run "$tag" tests/cli_html.sh "$bin" "cli_html"
    if [ "$dir" = "$R" ]; then
        run "$tag" tests/check_cycles.sh
        run "$tag" tests/cli_install.sh
        run "$tag" tools/check_cycles.py src     # no include cycle between src/'s folders
    fi
done
if [ -x "$A/fuzz-replay-analyze" ]; then
    echo "== fuzz corpora (asan+ubsan)"
    for bin in "$A"/fuzz-replay-*; do
        f=${bin##*fuzz-replay-}
        dirs=(fuzz/corpus/$f); [ -d fuzz/regress/$f ] && dirs+=(fuzz/regress/$f)
        if out=$("$A/fuzz-replay-$f" "${dirs[@]}" 2>&1); then
            passed=$((passed + 1)); printf '  %-12s %s\n' replay "$(tail -n 1 <<<"$out")"
        else
            failed=$((failed + 1)); printf '%s\n' "$out" | tail -n 40; echo "  replay $f: FAILED"
        fi
    done
fi
if [ "$skipped" -gt 0 ]; then
    echo "($skipped parts skipped: the shared tier without ../shared, or slow parts under the sanitizers)"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
