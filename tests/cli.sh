#!/usr/bin/env bash
# cli.sh RASD — black-box tests of the command line: exit codes, the output contract
# (../shared/tools/check-contract), bad input reported as file:line while the rest goes on,
# stdin in both modes, gzip input, folders.
set -u
RASD=${1:?usage: tests/cli.sh PATH/TO/rasd}
NAME=${2:-cli}
T=build/test-tmp/cli-$$
CHECKER=../shared/tools/check-contract
SEEDS=../shared/corpus/seeds
. tests/lib.sh

# --help, --version, usage errors
"$RASD" --help >"$T/out" 2>&1; expect "--help exits 0" test $? -eq 0
expect "--help lists analyze" grep -q analyze "$T/out"
"$RASD" --version >"$T/out"; expect "--version exits 0" test $? -eq 0
expect "--version gives code and data versions" grep -q '^data 20' "$T/out"
"$RASD" analyze --help >"$T/out"; expect "analyze --help exits 0" test $? -eq 0
"$RASD" frobnicate 2>/dev/null; expect "unknown command exits 2" test $? -eq 2
"$RASD" 2>/dev/null; expect "no command exits 2" test $? -eq 2
"$RASD" analyze 2>/dev/null; expect "analyze without input exits 2" test $? -eq 2
"$RASD" analyze --bogus x 2>/dev/null; expect "unknown option exits 2" test $? -eq 2
"$RASD" analyze --no-norm nonsense x 2>/dev/null; expect "unknown rule exits 2" test $? -eq 2

# the seeds, checked against the output contract
"$RASD" analyze --tokens "$SEEDS"/*.txt >"$T/seeds.jsonl"; expect "analyze seeds exits 0" test $? -eq 0
expect "five objects for five seeds" test "$(wc -l <"$T/seeds.jsonl")" -eq 5
expect "seeds meet the contract" "$CHECKER" analyze "$SEEDS" "$T/seeds.jsonl"
"$RASD" analyze "$SEEDS" >"$T/dir.jsonl"; expect "a folder is read" test "$(wc -l <"$T/dir.jsonl")" -eq 5
expect "without --tokens there are no tokens" bash -c "! grep -q '\"tokens\"' '$T/dir.jsonl'"
expect "folder output meets the contract" "$CHECKER" analyze "$SEEDS" "$T/dir.jsonl"
expect "seeds have entities" grep -q '"type":"PER","id":"[0-9a-f]\{16\}","name":"فلاديمير بوتين"' "$T/dir.jsonl"
"$RASD" analyze --no-entities "$SEEDS" >"$T/noent.jsonl"
expect "--no-entities leaves them out" bash -c "! grep -q '\"entities\"' '$T/noent.jsonl'"
"$RASD" eval-ner >"$T/eval.txt"; expect "eval-ner exits 0" test $? -eq 0
expect "eval-ner prints a micro line" grep -q '^micro ' "$T/eval.txt"

# 1,000 SaudiNewsNet articles through JSONL, checked against the contract
zcat ../shared/data/saudinewsnet/articles.jsonl.gz | head -1000 >"$T/snn.jsonl"
"$RASD" analyze --tokens "$T/snn.jsonl" >"$T/snn.out" 2>/dev/null; expect "analyze 1,000 articles exits 0" test $? -eq 0
expect "1,000 articles meet the contract" "$CHECKER" analyze "$T/snn.jsonl" "$T/snn.out"

# malformed lines: reported as file:line, the others analysed, exit 1
printf '%s\n' '{"id":"a","text":"قال بوتين"}' '{"id":"b","text":' 'not json' '{"id":"c","text":"ثم"}' '{"text":"no id"}' >"$T/bad.jsonl"
"$RASD" analyze "$T/bad.jsonl" >"$T/out" 2>"$T/err"; expect "bad records exit 1" test $? -eq 1
expect "good records still analysed" test "$(wc -l <"$T/out")" -eq 2
expect "error names file and line 2" grep -q 'bad.jsonl:2: invalid JSON' "$T/err"
expect "error names file and line 3" grep -q 'bad.jsonl:3: invalid JSON' "$T/err"
expect "error names file and line 5" grep -q 'bad.jsonl:5: missing "id"' "$T/err"
"$RASD" analyze "$T/nonexistent.txt" "$SEEDS/003_f448dd176493aaea.txt" >"$T/out" 2>"$T/err"
expect "missing file exits 1" test $? -eq 1
expect "missing file named" grep -q 'nonexistent.txt: cannot read' "$T/err"
expect "the next file is still analysed" test "$(wc -l <"$T/out")" -eq 1

# stdin: JSON Lines, or one text document
head -3 "$T/snn.jsonl" | "$RASD" analyze - >"$T/out"; expect "stdin JSONL exits 0" test $? -eq 0
expect "stdin JSONL gives 3 objects" test "$(wc -l <"$T/out")" -eq 3
"$RASD" analyze --tokens - <"$SEEDS/002_a013ac47fc823ed8.txt" >"$T/out"; expect "stdin text exits 0" test $? -eq 0
expect "stdin text has id stdin" grep -q '^{"id":"stdin","sentences":\[\[0,334\]' "$T/out"
cp "$SEEDS/002_a013ac47fc823ed8.txt" "$T/stdin.txt"
"$RASD" analyze --tokens "$T/stdin.txt" | sed 's/"id":"stdin"/"id":"x"/' >"$T/a"
sed 's/"id":"stdin"/"id":"x"/' "$T/out" >"$T/b"
expect "stdin text analysed like the file" cmp -s "$T/a" "$T/b"

# gzip input
head -50 "$T/snn.jsonl" | gzip >"$T/small.jsonl.gz"
"$RASD" analyze "$T/small.jsonl.gz" >"$T/out"; expect "gzip JSONL exits 0" test $? -eq 0
expect "gzip JSONL gives 50 objects" test "$(wc -l <"$T/out")" -eq 50

# invalid UTF-8, binary junk, empty files: reported, never fatal
printf 'سلام \xff\xfe عليكم\n' >"$T/bad-utf8.txt"
head -c 100000 /dev/urandom >"$T/junk.txt"
: >"$T/empty.txt"
"$RASD" analyze --tokens "$T/bad-utf8.txt" "$T/junk.txt" "$T/empty.txt" >"$T/out" 2>"$T/err"
expect "junk, bad UTF-8 and empty files exit 0" test $? -eq 0
expect "three objects" test "$(wc -l <"$T/out")" -eq 3
expect "invalid UTF-8 reported with file and offset" grep -q 'bad-utf8.txt:1: document bad-utf8: 2 invalid UTF-8 sequences (first at byte 9)' "$T/err"
expect "invalid UTF-8 counted in the output" grep -q '"invalid_utf8":2' "$T/out"
expect "empty file reported" grep -q 'empty document' "$T/err"
expect "junk output meets the contract" "$CHECKER" analyze "$T/junk.txt" <(grep '"id":"junk"' "$T/out")

# switches: normalisation rules and stemmers
"$RASD" normalize 'أَحمد مسؤول' >"$T/out"; expect "normalize" grep -qx 'احمد مسءول' "$T/out"
"$RASD" normalize --no-norm alef,diacritics 'أَحمد' >"$T/out"; expect "normalize with rules off" grep -qx 'أَحمد' "$T/out"
"$RASD" stem الإرهاب والإرهاب للإرهاب إرهاب | cut -f2 | sort -u >"$T/out"
expect "الإرهاب finds its variants" test "$(cat "$T/out")" = "ارهاب"
"$RASD" stem --stemmer snowball المعلمون >"$T/out"; expect "snowball stemmer" grep -q $'\tمعلم$' "$T/out"
"$RASD" lexicon --min-count 2 "$SEEDS" >"$T/lex.tsv"; expect "lexicon exits 0" test $? -eq 0
expect "lexicon counts بوتين in the seeds" grep -q $'^بوتين\t[0-9]' "$T/lex.tsv"
expect "lexicon starts with its provenance" grep -q '^# rasd lexicon: .* in 5 documents' "$T/lex.tsv"
"$RASD" lexicon --min-count 2 "$SEEDS" >"$T/lex2.tsv"; expect "lexicon is reproducible" cmp -s "$T/lex.tsv" "$T/lex2.tsv"
"$RASD" analyze --tokens --stemmer none "$SEEDS/003_f448dd176493aaea.txt" >"$T/out"
expect "--stemmer none keeps the norm" grep -q '"norm":"الخارجيه","stem":"الخارجيه"' "$T/out"

finish
