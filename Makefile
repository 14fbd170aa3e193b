# rasd — plain Makefile. `make run`, `make test`, `make bench`, `make fuzz`, `make install`.
CC      ?= cc
PREFIX  ?= /usr/local
DESTDIR ?=
FUZZ_SECONDS ?= 60
CORPUS  ?= $(if $(wildcard ../shared/corpus/seeds),../shared/corpus/seeds,examples)

PKGS    := json-c libutf8proc sqlite3 libxxhash libmicrohttpd gumbo libxml-2.0 libexttextcat libcurl
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla
DEPFLAGS = -MMD -MP
# Lazy (=): evaluated when a recipe runs, after tools/deps.sh has installed the packages.
INC      = -Iinclude -Isrc $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LIBS     = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lstemmer -llbfgs -lz -lm -lpthread

OPT     ?= -O2 -g
# Release objects go into librasd.a and librasd.so alike: position-independent, and every
# symbol hidden but the rasd_ functions of include/rasd.h (its visibility pragma).
PIC     := -fPIC -fvisibility=hidden
SAN     := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all

SRC     := $(sort $(wildcard src/*.c src/*/*.c))
TESTS   := $(sort $(wildcard tests/test_*.c))
FUZZERS := $(sort $(wildcard fuzz/fuzz_*.c))

B       := build/release
A       := build/asan
OBJ     := $(SRC:src/%.c=$(B)/src/%.o)
AOBJ    := $(SRC:src/%.c=$(A)/src/%.o)

.PHONY: all run test check-build print-tests bench fuzz data install uninstall clean serve coverage

# The library's version is RASD_VERSION of include/rasd.h; the SONAME carries its major.
VERSION := $(shell sed -n 's/^\#define RASD_VERSION "\(.*\)"$$/\1/p' include/rasd.h)
SOMAJOR := $(firstword $(subst ., ,$(VERSION)))
SONAME  := librasd.so.$(SOMAJOR)
SOFILE  := librasd.so.$(VERSION)

# A sanitizer build that exists (make test made it) is kept in step too: left behind, its
# build/asan/rasd met data/ word lists newer than its code and refused to start.
all: build/rasd $(B)/librasd.so $(if $(wildcard $(A)/rasd),$(A)/rasd)

# Installs missing Debian packages (apt-get as root, else prints the command) before any build.
DEPS := build/.deps-build
$(DEPS): tools/deps.sh
	@tools/deps.sh build
	@mkdir -p build && touch $@

$(B)/src/%.o: src/%.c | $(DEPS)
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CSTD) $(WARN) $(OPT) $(PIC) $(DEPFLAGS) $(INC) -c $< -o $@

$(A)/src/%.o: src/%.c | $(DEPS)
	@mkdir -p $(dir $@)
	@echo "  CC/SAN  $<"
	@$(CC) $(CSTD) $(WARN) $(SAN) $(DEPFLAGS) $(INC) -c $< -o $@

$(B)/librasd.a: $(OBJ)
	@rm -f $@; ar rcs $@ $^

$(A)/librasd.a: $(AOBJ)
	@rm -f $@; ar rcs $@ $^

# The shared library for programs that embed rasd; -z defs: every dependency is linked in.
$(B)/$(SOFILE): $(OBJ) tools/librasd.map
	@echo "  LD      $@"
	@$(CC) -shared -Wl,-soname,$(SONAME) -Wl,-z,defs -Wl,--version-script=tools/librasd.map $(OPT) $(OBJ) $(LIBS) -o $@

$(B)/librasd.so: $(B)/$(SOFILE)
	@ln -sf $(SOFILE) $(B)/$(SONAME)
	@ln -sf $(SONAME) $@

CLI     := $(sort $(wildcard cli/*.c serve/*.c))

build/rasd: $(CLI) cli/cli.h $(wildcard serve/*.h) $(B)/librasd.a
	@echo "  LD      $@"
	@$(CC) $(CSTD) $(WARN) $(OPT) -Iinclude $(CLI) $(B)/librasd.a $(LIBS) -o $@

$(A)/rasd: $(CLI) cli/cli.h $(wildcard serve/*.h) $(A)/librasd.a
	@echo "  LD/SAN  $@"
	@$(CC) $(CSTD) $(WARN) $(SAN) -Iinclude $(CLI) $(A)/librasd.a $(LIBS) -o $@

$(B)/tests/%: tests/%.c tests/check.h tests/engine.h $(B)/librasd.a
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(CSTD) $(WARN) $(OPT) $(INC) $< $(B)/librasd.a $(LIBS) -o $@

$(A)/tests/%: tests/%.c tests/check.h tests/engine.h $(A)/librasd.a
	@mkdir -p $(dir $@)
	@echo "  LD/SAN  $@"
	@$(CC) $(CSTD) $(WARN) $(SAN) $(INC) $< $(A)/librasd.a $(LIBS) -o $@

TEST_BINS  := $(TESTS:tests/%.c=$(B)/tests/%)
ATEST_BINS := $(TESTS:tests/%.c=$(A)/tests/%)

# The fuzz targets, linked with a plain main() that replays their corpora under ASan+UBSan.
REPLAYS := $(FUZZERS:fuzz/fuzz_%.c=$(A)/fuzz-replay-%)
$(A)/fuzz-replay-%: fuzz/fuzz_%.c fuzz/replay.c $(wildcard fuzz/*.h) $(A)/librasd.a
	@echo "  LD/SAN  $@"
	@$(CC) $(CSTD) $(WARN) $(SAN) $(INC) fuzz/replay.c $< $(A)/librasd.a $(LIBS) -o $@

# The browser tests' npm packages (tests/web/package-lock.json: playwright-core, no browser
# download: the tests drive Debian's chromium), into tests/web/node_modules.
NPM_STAMP := tests/web/node_modules/.package-lock.json
$(NPM_STAMP): tests/web/package.json tests/web/package-lock.json | $(DEPS)
	@tools/deps.sh test
	@echo "  NPM     tests/web (npm ci)"
	@cd tests/web && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
	@touch $@

check-build: all $(A)/rasd $(TEST_BINS) $(ATEST_BINS) $(REPLAYS) $(NPM_STAMP)

# Every test binary, the CLI tests, then all again under ASan+UBSan; ends with "N passed, N failed".
# The build runs one job per processor unless make already has a job server (-j given): CI's
# plain `make test` built its ~600 objects and binaries one at a time on 2 cores. (npm waits
# for tools/deps.sh build: two apt-get at once would fight over the lock.)
# tests/run.sh runs the test binaries of TESTS only (their names follow the two build dirs): a
# binary under build/*/tests left by a renamed or removed tests/test_*.c is not run (run.sh
# names it in a note).
NPROC := $(shell nproc 2>/dev/null || echo 1)
test:
	@$(MAKE) --no-print-directory $(if $(findstring jobserver,$(MAKEFLAGS)),,-j$(NPROC)) check-build
	@tools/deps.sh test
	@tests/run.sh $(B) $(A) $(TESTS:tests/%.c=%)

# The names of the C tests, one a line (tests/run.sh asks for them when called with none).
print-tests:
	@printf '%s\n' $(TESTS:tests/%.c=%)

RUN_DB ?= build/run.db

# Ingests CORPUS into the store RUN_DB (again: only what changed), then shows a digest. A
# store made with other data (data/VERSION, kept beside it in RUN_DB.data) cannot be opened
# by this engine: the demo starts a new one.
run: all
	@if [ -e $(RUN_DB) ] && ! cmp -s data/VERSION $(RUN_DB).data; then \
	    echo "== $(RUN_DB) was made with other data: a new store"; \
	    rm -f $(RUN_DB) $(RUN_DB)-wal $(RUN_DB)-shm; fi
	@echo "== rasd ingest --db $(RUN_DB) $(CORPUS)"
	@build/rasd ingest --db $(RUN_DB) $(CORPUS) || true
	@cp data/VERSION $(RUN_DB).data
	@echo "== rasd stats"
	@build/rasd stats --db $(RUN_DB)
	@echo "== the first article, analysed (first sentences and their stems)"
	@build/rasd analyze --summary $(firstword $(wildcard $(CORPUS)/*.txt) $(CORPUS)) | head -12
	@echo "== rasd search --limit 3 \"$(RUN_QUERY)\""
	@build/rasd search --db $(RUN_DB) --limit 3 "$(RUN_QUERY)"
	@echo "== rasd entities --type PER --limit 5"
	@build/rasd entities --db $(RUN_DB) --type PER --limit 5
	@echo "== rasd quotes --limit 3"
	@build/rasd quotes --db $(RUN_DB) --limit 3
	@echo "== rasd events"
	@build/rasd events --db $(RUN_DB)
	@echo "== rasd dupes"
	@build/rasd dupes --db $(RUN_DB)

RUN_QUERY ?= بوتين الإرهاب

# `make run`, then serves RUN_DB over HTTP (docs/SERVER.md) until Ctrl-C; prints the URL.
SERVE_LISTEN ?= 127.0.0.1:8080
serve: run
	@echo "== rasd serve --db $(RUN_DB) --listen $(SERVE_LISTEN)   (Ctrl-C stops it)"
	@build/rasd serve --db $(RUN_DB) --listen $(SERVE_LISTEN)

bench: all
	@tools/deps.sh bench
	@bench/run.sh $(B)

fuzz:
	@tools/deps.sh fuzz
	@fuzz/run.sh $(FUZZ_SECONDS)

# Line and branch coverage of src/events/ by the extraction tests (test_events*, test_quote*,
# test_dates*, test_report_guards, test_store_events): src/events/ compiled -O0 --coverage into
# build/coverage (the rest of the library is the release objects, unchanged), the tests linked
# there and run, gcov's figures per file in build/coverage/summary.txt and the lines no test
# reached in build/coverage/uncovered.txt (tools/coverage.sh; docs/EVENTS.md "Where to look").
# Touches neither build/release's outputs nor build/asan.
C        := build/coverage
COVOBJ   := $(filter $(C)/src/events/%,$(SRC:src/%.c=$(C)/src/%.o))
COVTESTS := $(filter tests/test_events% tests/test_quote% tests/test_dates% \
              tests/test_report_guards.c tests/test_store_events.c,$(TESTS))
COVBINS  := $(COVTESTS:tests/%.c=$(C)/tests/%)

$(C)/src/%.o: src/%.c | $(DEPS)
	@mkdir -p $(dir $@)
	@echo "  CC/COV  $<"
	@$(CC) $(CSTD) $(WARN) -O0 -g --coverage $(DEPFLAGS) $(INC) -c $< -o $@

$(C)/librasd.a: $(COVOBJ) $(filter-out $(B)/src/events/%,$(OBJ))
	@rm -f $@; ar rcs $@ $^

$(C)/tests/%: tests/%.c tests/check.h tests/engine.h $(C)/librasd.a
	@mkdir -p $(dir $@)
	@echo "  LD/COV  $@"
	@$(CC) $(CSTD) $(WARN) $(OPT) --coverage $(INC) $< $(C)/librasd.a $(LIBS) -o $@

coverage: $(COVBINS)
	@tools/coverage.sh $(C) $(COVBINS)

# The CLI linked with the coverage library: bench/cover55/never_reached.sh runs it over the
# corpus to find the rule sites no article reaches.
$(C)/rasd: $(CLI) cli/cli.h $(wildcard serve/*.h) $(C)/librasd.a
	@echo "  LD/COV  $@"
	@$(CC) $(CSTD) $(WARN) -O0 -g --coverage -Iinclude $(CLI) $(C)/librasd.a $(LIBS) -o $@

# Rebuilds the data files from ../shared/data (documented in data/README.md).
SNN := ../shared/data/saudinewsnet/articles.jsonl.gz
data: build/rasd
	build/rasd lexicon --min-count 10 -o data/lexicon.tsv $(SNN)
	tools/gazetteer.py ../shared/data data/gazetteer.tsv
	build/rasd clusters -o data/clusters.tsv $(SNN)
	tools/places.py ../shared/data data
	tools/states.py ../shared/data data
	rm -f data/ner.model    # the engine that trains refuses a model of an older format
	build/rasd train-ner -o data/ner.model --extra tests/data/ner/snn_train.conll \
	    ../shared/data/anercorp/train.txt
	tools/hijri_table.py $(SNN) > data/hijri.tsv
	RASD_DATA=data tools/persons.py build/rasd $(SNN) data/persons.tsv   # after ner.model
	RASD_DATA=data tools/whole_first.py build/rasd $(SNN) data/whole.tsv   # after persons.tsv

# PREFIX is where rasd will live (written into rasd.pc), DESTDIR a staging folder put in front
# of every path (packaging). Only a real install (no DESTDIR) by root refreshes the loader's
# cache, which a program linked with -lrasd needs to start when PREFIX/lib is in ld.so.conf
# (/usr/local/lib is); packages run ldconfig from their own scripts. LDCONFIG=: skips it.
LDCONFIG ?= ldconfig
P := $(DESTDIR)$(PREFIX)
install: all
	install -d $(P)/bin $(P)/include $(P)/lib/pkgconfig $(P)/share/rasd
	install -m 755 build/rasd $(P)/bin/rasd
	install -m 644 include/rasd.h $(P)/include/rasd.h
	install -m 644 $(B)/librasd.a $(P)/lib/librasd.a
	install -m 755 $(B)/$(SOFILE) $(P)/lib/$(SOFILE)
	ln -sf $(SOFILE) $(P)/lib/$(SONAME)
	ln -sf $(SONAME) $(P)/lib/librasd.so
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' rasd.pc.in >$(P)/lib/pkgconfig/rasd.pc
	chmod 644 $(P)/lib/pkgconfig/rasd.pc
	cp -R data/. $(P)/share/rasd/
	@if [ -z "$(DESTDIR)" ] && [ "$$(id -u)" = 0 ]; then $(LDCONFIG) || true; fi

uninstall:
	rm -rf $(P)/bin/rasd $(P)/include/rasd.h $(P)/lib/librasd.a $(P)/lib/$(SOFILE) \
	    $(P)/lib/$(SONAME) $(P)/lib/librasd.so $(P)/lib/pkgconfig/rasd.pc $(P)/share/rasd
	@if [ -z "$(DESTDIR)" ] && [ "$$(id -u)" = 0 ]; then $(LDCONFIG) || true; fi

clean:
	rm -rf build

-include $(OBJ:.o=.d) $(AOBJ:.o=.d) $(COVOBJ:.o=.d)
