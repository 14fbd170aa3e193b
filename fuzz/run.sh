#!/usr/bin/env bash
# fuzz/run.sh [SECONDS] — builds the libFuzzer targets (fuzz/fuzz_*.c) with clang and runs
# each for SECONDS seconds (default 60), one after the other, one process each.
#
#   build/fuzz/obj/             the library compiled with -fsanitize=fuzzer-no-link,address,undefined
#   build/fuzz/fuzz_NAME        a target, linked with -fsanitize=fuzzer,address,undefined
#   build/fuzz/corpus-NAME/     its working corpus: seeded from fuzz/corpus/NAME, kept between runs
#   build/fuzz/artifacts/       crashes, leaks, timeouts and OOMs, named NAME-crash-<sha1> etc.
#   build/fuzz/NAME.log         libFuzzer's output
#
# Prints one summary line per target and exits 1 if any target found a crash (or failed to
# build). Environment: CLANG (default clang), FUZZ_TARGETS (names, default all), FUZZ_FLAGS
# (extra libFuzzer flags). To replay a crash: build/fuzz/fuzz_NAME FILE; to keep it as a
# regression input, copy it to fuzz/regress/NAME-<what>.bin: make test replays fuzz/regress/.
set -u
cd "$(dirname "$0")/.."

secs=${1:-60}
case "$secs" in ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;; esac
cc=${CLANG:-clang}
out=build/fuzz
pkgs="json-c libutf8proc sqlite3 libxxhash gumbo libxml-2.0 libexttextcat libcurl"

if ! command -v "$cc" >/dev/null 2>&1; then
    echo "fuzz/run.sh: $cc not found (tools/deps.sh fuzz installs clang and libclang-rt-14-dev)" >&2
    exit 1
fi

std="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE"
warn="-Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla"
base="-g -O1 -fno-omit-frame-pointer"
san="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
# shellcheck disable=SC2086
inc="-Iinclude -Isrc $(pkg-config --cflags $pkgs)"
# shellcheck disable=SC2086
libs="$(pkg-config --libs $pkgs) -lstemmer -llbfgs -lz -lm"

mkdir -p "$out/obj" "$out/artifacts"

# ---------------------------------------------------------------- build
echo "== fuzz: building the library and targets with $cc ($($cc --version | head -1))"
objs=()
for src in src/*.c src/*/*.c; do
    obj="$out/obj/$(echo "${src#src/}" | tr / _).o"
    # shellcheck disable=SC2086
    if ! $cc $std $warn $base $san -fsanitize=fuzzer-no-link $inc -c "$src" -o "$obj"; then
        echo "fuzz/run.sh: cannot compile $src" >&2
        exit 1
    fi
    objs+=("$obj")
done

if [ -n "${FUZZ_TARGETS:-}" ]; then
    names=$FUZZ_TARGETS
else
    names=$(for f in fuzz/fuzz_*.c; do n=${f#fuzz/fuzz_}; echo "${n%.c}"; done)
fi

for name in $names; do
    # shellcheck disable=SC2086
    if ! $cc $std $warn $base $san -fsanitize=fuzzer -Iinclude -Isrc -Ifuzz "fuzz/fuzz_$name.c" \
        "${objs[@]}" $libs -o "$out/fuzz_$name"; then
        echo "fuzz/run.sh: cannot build fuzz/fuzz_$name.c" >&2
        exit 1
    fi
done

# ------------------------------------------------------------------ run
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
summary=()
for name in $names; do
    case "$name" in
        analyze) max_len=65536 ;;
        reader) max_len=16384 ;;
        html) max_len=16384 ;;
        warc) max_len=16384 ;;
        *) max_len=4096 ;;
    esac
    corpus="$out/corpus-$name"
    log="$out/$name.log"
    mkdir -p "$corpus"
    [ -d "fuzz/corpus/$name" ] && cp -n fuzz/corpus/"$name"/* "$corpus"/ 2>/dev/null
    stamp="$out/.stamp-$name"
    : >"$stamp"
    echo "== fuzz: $name for ${secs}s (max_len $max_len, log $log)"
    # shellcheck disable=SC2086
    "$out/fuzz_$name" -max_total_time="$secs" -max_len="$max_len" -timeout=25 \
        -dict=fuzz/dict/arabic.dict -artifact_prefix="$out/artifacts/$name-" \
        -print_final_stats=1 ${FUZZ_FLAGS:-} "$corpus" >"$log" 2>&1
    rc=$?

    getstat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
    execs=$(getstat number_of_executed_units)
    rate=$(getstat average_exec_per_sec)
    rss=$(getstat peak_rss_mb)
    slow=$(getstat slowest_unit_time_sec)
    last=$(grep -E '^#[0-9]+.* cov: ' "$log" | tail -1)
    cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
    files=$(find "$corpus" -maxdepth 1 -type f | wc -l)
    found=$(find "$out/artifacts" -maxdepth 1 -type f -name "$name-*" -newer "$stamp" | sort)
    crashes=$(printf '%s' "$found" | grep -c . || true)
    if [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ]; then
        crashes=1      # died without writing an artifact: count it, the log tells why
    fi
    line="fuzz $name: ${execs:-?} execs (${rate:-?}/s) in ${secs}s, cov ${cov:-?}, ft ${ft:-?}, corpus $files files, slowest ${slow:-?}s, peak rss ${rss:-?} MB, $crashes crashes"
    summary+=("$line")
    echo "$line"
    if [ "$crashes" -ne 0 ]; then
        status=1
        for f in $found; do echo "   artifact: $f   (replay: $out/fuzz_$name $f)"; done
        grep -m1 -E 'ERROR: |invariant failed|deadly signal|runtime error' "$log" | sed 's/^/   /'
        echo "   see $log"
    fi
done

echo "== fuzz summary"
for line in "${summary[@]}"; do echo "$line"; done
exit $status
