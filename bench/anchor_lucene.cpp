/*
 * bench/anchor_lucene.cpp — anchor: Lucene++ 3.0.8's ArabicAnalyzer (contrib).
 *
 * For each text the timed part converts the UTF-8 bytes to Lucene's String
 * (StringUtils::toUnicode: using the analyzer requires it; it yields an empty string for
 * invalid UTF-8, which bench/prep.py never writes), opens analyzer.tokenStream(L"body",
 * StringReader) — ArabicLetterTokenizer, LowerCaseFilter, StopFilter (default Arabic stop
 * set), ArabicNormalizationFilter, ArabicStemFilter — and counts the tokens of the
 * incrementToken loop, reading each term's length so the terms are used. Stop words and
 * digits are dropped by the analyzer, so they are not counted as tokens.
 *
 * tokenStream builds the filter chain, stop set included, anew for every text. With --reuse
 * the program calls reusableTokenStream instead, which resets one chain per thread: what
 * Lucene's own IndexWriter does, and the faster way (name column "lucene-reuse").
 * Timing and output: see bench/harness.h.
 *
 * usage: anchor_lucene [--reuse] [--limit N] [TEXTS]
 */
#include "harness.h"

#include <LuceneHeaders.h>
#include <ArabicAnalyzer.h>
#include <TermAttribute.h>

#include <cstring>
#include <iostream>

using namespace Lucene;

namespace {

struct LuceneCtx {
    AnalyzerPtr analyzer;
    bool reuse = false;
    uint64_t term_chars = 0; /* sum of term lengths, so the terms are used */
};

int analyze(void *ctx, const char *text, size_t len, size_t *tokens)
{
    auto *c = static_cast<LuceneCtx *>(ctx);
    try {
        String body = StringUtils::toUnicode(reinterpret_cast<const uint8_t *>(text),
                                             static_cast<int32_t>(len));
        ReaderPtr reader = newLucene<StringReader>(body);
        TokenStreamPtr ts = c->reuse ? c->analyzer->reusableTokenStream(L"body", reader)
                                     : c->analyzer->tokenStream(L"body", reader);
        TermAttributePtr term = ts->addAttribute<TermAttribute>();
        size_t n = 0;
        ts->reset();
        while (ts->incrementToken()) {
            c->term_chars += static_cast<uint64_t>(term->termLength());
            n++;
        }
        ts->end();
        if (!c->reuse)
            ts->close();
        *tokens = n;
        return 0;
    } catch (const LuceneException &e) {
        std::wcerr << L"anchor_lucene: " << e.getError() << L"\n";
        return 1;
    }
}

} // namespace

int main(int argc, char **argv)
{
    bench_opts opts;
    LuceneCtx ctx;
    bench_opts_init(&opts);
    for (int i = 1; i < argc; i++) {
        int taken = bench_opt(&opts, argc, argv, &i);
        if (taken == 0 && std::strcmp(argv[i], "--reuse") == 0) {
            ctx.reuse = true;
        } else if (taken <= 0) {
            std::cerr << "usage: " << argv[0] << " [--reuse] [--limit N] [TEXTS]\n";
            return 2;
        }
    }
    ctx.analyzer = newLucene<ArabicAnalyzer>(LuceneVersion::LUCENE_CURRENT);
    int rc = bench_run(&opts, ctx.reuse ? "lucene-reuse" : "lucene", analyze, &ctx);
    ctx.analyzer->close();
    return rc;
}
