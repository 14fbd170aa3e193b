#!/usr/bin/env bash
# cli.sh RASD — black-box tests of the command line: exit codes, bad input reported as
# file:line while the rest goes on, stdin in both modes, gzip input, folders, on the articles
# of tests/data/news (core tier); the output contract (../shared/tools/check-contract) on
# them, the seeds and 1,000 SaudiNewsNet articles, and eval-ner on ANERcorp (shared tier).
set -u
RASD=${1:?usage: tests/cli.sh PATH/TO/rasd}
NAME=${2:-cli}
T=build/test-tmp/cli-$$
CHECKER=../shared/tools/check-contract
SEEDS=../shared/corpus/seeds
NEWS=tests/data/news
. tests/lib.sh
# The fixtures as JSON Lines, with publication dates.
python3 - "$NEWS" "$T/news.jsonl" <<'PY'
import json, os, sys
with open(sys.argv[2], "w") as out:
    for f in sorted(os.listdir(sys.argv[1])):
        if f.endswith(".txt"):
            text = open(os.path.join(sys.argv[1], f), "rb").read().decode("utf-8", "replace")
            out.write(json.dumps({"id": f[:-4], "text": text, "published": "2015-09-16"}, ensure_ascii=False) + "\n")
PY

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
"$RASD" train-ner -o "$T/never.model" "$NEWS/x.conll" --epochs 1 2>"$T/err"
expect "train-ner with an option after its file exits 2" test $? -eq 2
expect "... naming what is left over" grep -q "'--epochs' is left over" "$T/err"
expect "... and trains nothing" test ! -e "$T/never.model"
"$RASD" eval-ner a.conll b.conll 2>/dev/null; expect "eval-ner with two files exits 2" test $? -eq 2

# a data folder with a word-list line this build cannot read (a kind it does not know, as
# when a build older than its data/ runs): the error names the file and the line
mkdir -p "$T/baddata"
for f in data/*; do ln -s "$PWD/$f" "$T/baddata/"; done
rm "$T/baddata/quotes.tsv"
{ cat data/quotes.tsv; printf 'nosuchkind\t0\tكلمة\n'; } >"$T/baddata/quotes.tsv"
badline=$(wc -l <"$T/baddata/quotes.tsv")
"$RASD" analyze --data "$T/baddata" "$NEWS/a_geneva.txt" >/dev/null 2>"$T/err"
expect "a data file this build cannot read: the engine does not start" test $? -ne 0
expect "... and the error names the file and the line" \
    grep -q "quotes.tsv:$badline: not a line this build reads (kind nosuchkind)" "$T/err"
# a model file cut short (a copy that stopped): the error names the file
mkdir -p "$T/cutmodel"
for f in data/*; do ln -s "$PWD/$f" "$T/cutmodel/"; done
rm "$T/cutmodel/ner.model"
head -c 4096 data/ner.model >"$T/cutmodel/ner.model"
"$RASD" analyze --data "$T/cutmodel" "$NEWS/a_geneva.txt" >/dev/null 2>"$T/err"
expect "a model file cut short: the engine does not start" test $? -ne 0
expect "... and the error names the model file" grep -q "ner.model: not a file this build reads" "$T/err"

# the fixtures: one object per article, entities, no tokens unless asked
"$RASD" analyze --tokens "$NEWS"/*.txt >"$T/news.out" 2>/dev/null; expect "analyze the fixtures exits 0" test $? -eq 0
expect "six objects for six articles" test "$(wc -l <"$T/news.out")" -eq 6
expect "every object has tokens" test "$(grep -c '"tokens":\[{"start"' "$T/news.out")" -eq 6
"$RASD" analyze "$NEWS" >"$T/dir.jsonl" 2>/dev/null; expect "a folder is read" test "$(wc -l <"$T/dir.jsonl")" -eq 6
expect "without --tokens there are no tokens" bash -c "! grep -q '\"tokens\"' '$T/dir.jsonl'"
expect "the fixtures have entities" grep -q '"type":"PER","id":"[0-9a-f]\{16\}","name":"جون كيري"' "$T/dir.jsonl"
"$RASD" analyze --no-entities "$NEWS" >"$T/noent.jsonl" 2>/dev/null
expect "--no-entities: six objects" test "$(wc -l <"$T/noent.jsonl")" -eq 6
expect "--no-entities leaves them out" bash -c "! grep -q '\"entities\"' '$T/noent.jsonl'"
if shared_tier "the output contract, eval-ner, 1,000 SaudiNewsNet articles"; then
    expect "the fixtures meet the contract" "$CHECKER" analyze "$NEWS" "$T/news.out"
    "$RASD" analyze --tokens "$SEEDS"/*.txt >"$T/seeds.jsonl"; expect "analyze seeds exits 0" test $? -eq 0
    expect "five objects for five seeds" test "$(wc -l <"$T/seeds.jsonl")" -eq 5
    expect "seeds meet the contract" "$CHECKER" analyze "$SEEDS" "$T/seeds.jsonl"
    "$RASD" analyze "$SEEDS" >"$T/sdir.jsonl"; expect "a folder of seeds is read" test "$(wc -l <"$T/sdir.jsonl")" -eq 5
    expect "folder output meets the contract" "$CHECKER" analyze "$SEEDS" "$T/sdir.jsonl"
    expect "seeds have entities" grep -q '"type":"PER","id":"[0-9a-f]\{16\}","name":"فلاديمير بوتين"' "$T/sdir.jsonl"
    "$RASD" eval-ner >"$T/eval.txt"; expect "eval-ner exits 0" test $? -eq 0
    expect "eval-ner prints a micro line" grep -q '^micro ' "$T/eval.txt"
    zcat ../shared/data/saudinewsnet/articles.jsonl.gz | head -1000 >"$T/snn.jsonl"
    "$RASD" analyze --tokens "$T/snn.jsonl" >"$T/snn.out" 2>/dev/null; expect "analyze 1,000 articles exits 0" test $? -eq 0
    expect "1,000 articles meet the contract" "$CHECKER" analyze "$T/snn.jsonl" "$T/snn.out"
fi

# malformed lines: reported as file:line, the others analysed, exit 1
printf '%s\n' '{"id":"a","text":"قال بوتين"}' '{"id":"b","text":' 'not json' '{"id":"c","text":"ثم"}' '{"text":"no id"}' >"$T/bad.jsonl"
"$RASD" analyze "$T/bad.jsonl" >"$T/out" 2>"$T/err"; expect "bad records exit 1" test $? -eq 1
expect "good records still analysed" test "$(wc -l <"$T/out")" -eq 2
expect "error names file and line 2" grep -q 'bad.jsonl:2: invalid JSON' "$T/err"
expect "error names file and line 3" grep -q 'bad.jsonl:3: invalid JSON' "$T/err"
expect "error names file and line 5" grep -q 'bad.jsonl:5: missing "id"' "$T/err"
"$RASD" analyze "$T/nonexistent.txt" "$NEWS/e_riyadh.txt" >"$T/out" 2>"$T/err"
expect "missing file exits 1" test $? -eq 1
expect "missing file named" grep -q 'nonexistent.txt: cannot read' "$T/err"
expect "the next file is still analysed" test "$(wc -l <"$T/out")" -eq 1

# stdin: JSON Lines, or one text document
head -3 "$T/news.jsonl" | "$RASD" analyze - >"$T/out"; expect "stdin JSONL exits 0" test $? -eq 0
expect "stdin JSONL gives 3 objects" test "$(wc -l <"$T/out")" -eq 3
expect "stdin JSONL keeps the ids" test "$(grep -o '^{"id":"[a-z_]*"' "$T/out" | tr '\n' ,)" = '{"id":"a_geneva",{"id":"b_reprint",{"id":"c_own_words",'
"$RASD" analyze --tokens - <"$NEWS/c_own_words.txt" >"$T/out"; expect "stdin text exits 0" test $? -eq 0
expect "stdin text has id stdin, its headline the first sentence" grep -q '^{"id":"stdin","sentences":\[\[0,89\]' "$T/out"
cp "$NEWS/c_own_words.txt" "$T/stdin.txt"
"$RASD" analyze --tokens "$T/stdin.txt" | sed 's/"id":"stdin"/"id":"x"/' >"$T/a"
sed 's/"id":"stdin"/"id":"x"/' "$T/out" >"$T/b"
expect "stdin text analysed like the file" cmp -s "$T/a" "$T/b"

# gzip input
gzip -c "$T/news.jsonl" >"$T/small.jsonl.gz"
"$RASD" analyze "$T/small.jsonl.gz" >"$T/out" 2>/dev/null; expect "gzip JSONL exits 0" test $? -eq 0
expect "gzip JSONL gives 6 objects" test "$(wc -l <"$T/out")" -eq 6
"$RASD" analyze "$T/news.jsonl" 2>/dev/null | cmp -s - "$T/out"; expect "gzip JSONL analysed like the plain file" test $? -eq 0

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
if shared_tier "the output contract on junk"; then
    expect "junk output meets the contract" "$CHECKER" analyze "$T/junk.txt" <(grep '"id":"junk"' "$T/out")
fi

# switches: normalisation rules and stemmers
"$RASD" normalize 'أَحمد مسؤول' >"$T/out"; expect "normalize" grep -qx 'احمد مسءول' "$T/out"
"$RASD" normalize --no-norm alef,diacritics 'أَحمد' >"$T/out"; expect "normalize with rules off" grep -qx 'أَحمد' "$T/out"
"$RASD" stem الإرهاب والإرهاب للإرهاب إرهاب | cut -f2 | sort -u >"$T/out"
expect "الإرهاب finds its variants" test "$(cat "$T/out")" = "ارهاب"
"$RASD" stem --stemmer snowball المعلمون >"$T/out"; expect "snowball stemmer" grep -q $'\tمعلم$' "$T/out"
"$RASD" lexicon --min-count 2 "$NEWS" >"$T/lex.tsv" 2>/dev/null; expect "lexicon exits 0" test $? -eq 0
expect "lexicon counts كيري 5 times in the fixtures" grep -q $'^كيري\t5$' "$T/lex.tsv"
expect "lexicon starts with its provenance" grep -q '^# rasd lexicon: .* in 6 documents' "$T/lex.tsv"
"$RASD" lexicon --min-count 2 "$NEWS" >"$T/lex2.tsv" 2>/dev/null; expect "lexicon is reproducible" cmp -s "$T/lex.tsv" "$T/lex2.tsv"
"$RASD" analyze --tokens --stemmer none "$NEWS/e_riyadh.txt" >"$T/out"
expect "--stemmer none keeps the norm" grep -q '"norm":"الخارجيه","stem":"الخارجيه"' "$T/out"

finish
