#!/usr/bin/env bash
# cli_install.sh — `make install` for people who embed rasd: installs the built tree into a
# temporary PREFIX, then builds a ten-line program against the installed header and
# libraries with `pkg-config --cflags --libs rasd` (shared, run with LD_LIBRARY_PATH) and
# with `pkg-config --static` (no librasd.so needed), and checks what it prints. Also stages
# an install with DESTDIR and takes both away with `make uninstall`. Builds nothing: the
# tree must be up to date (make all), so a make running beside it is not disturbed.
set -u
NAME=${1:-cli_install}
T=$(mktemp -d "${TMPDIR:-/tmp}/rasd-install.XXXXXX")
. tests/lib.sh
CC=${CC:-cc}
mk() { env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make --no-print-directory "$@"; }

if ! mk -q all; then
    bad "the build is not up to date: run make first (this test installs, it does not build)"
    finish; exit
fi

P=$T/prefix
mk install PREFIX="$P" LDCONFIG=: >"$T/install.log" 2>&1; expect "make install PREFIX= exits 0" test $? -eq 0
expect "library with its version" test -f "$P/lib/librasd.so.0.1.0"
expect "librasd.so.0 -> librasd.so.0.1.0" test "$(readlink "$P/lib/librasd.so.0")" = librasd.so.0.1.0
expect "librasd.so -> librasd.so.0" test "$(readlink "$P/lib/librasd.so")" = librasd.so.0
expect "the SONAME is librasd.so.0" bash -c "readelf -d '$P/lib/librasd.so.0.1.0' | grep -q 'Library soname: \[librasd.so.0\]'"
nm -D --defined-only "$P/lib/librasd.so" | awk '{print $3}' | sort >"$T/exported"
grep -oE '\brasd_[a-z0-9_]+ *\(' "$P/include/rasd.h" | tr -d ' (' | sort -u >"$T/declared"
expect "it exports the functions of rasd.h" test "$(wc -l <"$T/declared")" -gt 50
expect "exactly those" cmp -s "$T/exported" "$T/declared"
expect "static library" test -f "$P/lib/librasd.a"
expect "data files" test -f "$P/share/rasd/VERSION"

export PKG_CONFIG_PATH=$P/lib/pkgconfig
expect "pkg-config knows rasd 0.1.0" test "$(pkg-config --modversion rasd)" = 0.1.0
expect "its datadir is the installed data" test "$(pkg-config --variable=datadir rasd)" = "$P/share/rasd"
cat >"$T/ten.c" <<'EOF'
#include <rasd.h>
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
    const char *s = "قال الرئيس بوتين إن المحادثات ستستمر."; rasd_config cfg; rasd_engine *e; rasd_doc *d; size_t n;
    rasd_config_default(&cfg); cfg.data_dir = argc > 1 ? argv[1] : NULL;
    if (rasd_engine_open(&e, &cfg) || rasd_doc_new(&d) || rasd_analyze(e, d, s, strlen(s))) return 1;
    rasd_doc_tokens(d, &n); printf("%zu tokens, data %s\n", n, rasd_data_version(e));
    rasd_doc_free(d); rasd_engine_close(e); return 0;
}
EOF
want="7 tokens, data $(cat data/VERSION)"   # قال الرئيس بوتين إن المحادثات ستستمر .
data=$(pkg-config --variable=datadir rasd)
# shellcheck disable=SC2046  # pkg-config's output is a list of flags
"$CC" -std=c11 -Wall -Wextra -Werror "$T/ten.c" $(pkg-config --cflags --libs rasd) -o "$T/ten-shared" 2>"$T/cc.err"
expect "builds with pkg-config --cflags --libs rasd" test $? -eq 0
expect "it needs librasd.so.0" bash -c "readelf -d '$T/ten-shared' | grep -q 'NEEDED.*\[librasd.so.0\]'"
out=$(LD_LIBRARY_PATH=$P/lib "$T/ten-shared" "$data" 2>&1)
expect "the shared build prints '$want'" test "$out" = "$want"
"$T/ten-shared" "$data" >/dev/null 2>&1; expect "and does not start without librasd.so.0" test $? -eq 127

# shellcheck disable=SC2046
"$CC" -std=c11 -Wall -Wextra -Werror -static "$T/ten.c" $(pkg-config --static --cflags --libs rasd) \
    -o "$T/ten-static" 2>"$T/cc-static.err"
expect "links statically with pkg-config --static" test $? -eq 0
expect "the static build is not dynamic" bash -c "! readelf -d '$T/ten-static' 2>/dev/null | grep -q NEEDED"
out=$("$T/ten-static" "$data" 2>&1)
expect "the static build prints '$want'" test "$out" = "$want"

mk uninstall PREFIX="$P" LDCONFIG=: >/dev/null 2>&1; expect "make uninstall exits 0" test $? -eq 0
expect "uninstall leaves no file" test -z "$(find "$P" ! -type d)"

# staged for a package: files under DESTDIR, PREFIX as the system will see it
S=$T/stage
mk install DESTDIR="$S" PREFIX=/opt/rasd >/dev/null 2>&1; expect "make install DESTDIR= exits 0" test $? -eq 0
expect "staged under DESTDIR/PREFIX" test -x "$S/opt/rasd/bin/rasd" -a -f "$S/opt/rasd/include/rasd.h"
expect "rasd.pc names PREFIX, not DESTDIR" grep -qx 'prefix=/opt/rasd' "$S/opt/rasd/lib/pkgconfig/rasd.pc"
mk uninstall DESTDIR="$S" PREFIX=/opt/rasd >/dev/null 2>&1
expect "staged uninstall leaves no file" test -z "$(find "$S" ! -type d)"
finish
