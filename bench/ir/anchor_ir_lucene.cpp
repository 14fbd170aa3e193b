/*
 * bench/ir/anchor_ir_lucene.cpp — search anchor: Lucene++ 3.0.8 with ArabicAnalyzer (contrib).
 *
 * Index: an FSDirectory in DIR, one IndexWriter created anew (create = true) with
 * ArabicAnalyzer (ArabicLetterTokenizer, lower case, Arabic stop words, ArabicNormalization,
 * ArabicStemFilter) and Lucene's defaults (16 MB RAM buffer, LogByteSizeMergePolicy), except
 * that fields are not cut at 10,000 terms (MaxFieldLengthUNLIMITED: every engine indexes
 * every word); close() commits at the end. Every document has its id in a stored, not
 * analysed field "id", and its words in one of two layouts:
 *
 *   default ("lucene")           one analysed field "body": the title, a line break, the text;
 *                                queries go to body (QueryParser)
 *   --fields ("lucene-fields")   analysed fields "title" and "text"; queries go to both,
 *                                title boosted 2 (MultiFieldQueryParser)
 *
 * Both search with an IndexSearcher (read-only), default operator OR and the default
 * similarity (Lucene 3's classic TF-IDF with length norms). With TF-IDF the separate short
 * title field outweighs the text: its length norm is large and its idf is computed over
 * titles alone, so news titles that share one common word with a question crowd out the
 * passage (see the two rows in BENCHMARKS.md); the one-field layout is the default.
 *
 * The query is lower-cased first, so Latin AND/OR/NOT are words and not operators (the
 * analyzer lower-cases anyway), then escaped with QueryParser::escape, so brackets, quotes,
 * ? and : in questions are text. The ids come from the stored id field of each hit.
 * Commands and output: see bench/ir/ir.h.
 *
 * usage: anchor_ir_lucene [--fields] index DOCS.bin DIR | run DIR QUERIES.tsv K OUT.run
 *                                  | latency DIR QUERIES.tsv
 */
#include "ir.h"

#include <LuceneHeaders.h>
#include <ArabicAnalyzer.h>
#include <MultiFieldQueryParser.h>

#include <cstring>
#include <iostream>
#include <memory>
#include <string>

using namespace Lucene;

namespace {

const double TITLE_BOOST = 2.0;

/* Lucene++ declares QueryParser::escape protected; this makes it callable. */
struct Escaper : QueryParser {
    using QueryParser::escape;
};

struct Settings {
    bool split_fields = false; /* --fields: title and text as two fields */
};

String unicode(const char *s, size_t len)
{
    return StringUtils::toUnicode(reinterpret_cast<const uint8_t *>(s),
                                  static_cast<int32_t>(len));
}

String unicode(const char *s)
{
    return unicode(s, std::strlen(s));
}

AnalyzerPtr arabic_analyzer()
{
    return newLucene<ArabicAnalyzer>(LuceneVersion::LUCENE_CURRENT);
}

void add_analyzed(const DocumentPtr &doc, const String &field, const String &value)
{
    doc->add(newLucene<Field>(field, value, Field::STORE_NO, Field::INDEX_ANALYZED));
}

DocumentPtr make_document(const Settings &set, const ir_doc &d)
{
    DocumentPtr doc = newLucene<Document>();
    doc->add(newLucene<Field>(L"id", unicode(d.id, d.id_len), Field::STORE_YES,
                              Field::INDEX_NOT_ANALYZED_NO_NORMS));
    if (set.split_fields) {
        add_analyzed(doc, L"title", unicode(d.title, d.title_len));
        add_analyzed(doc, L"text", unicode(d.text, d.text_len));
    } else {
        add_analyzed(doc, L"body", unicode(d.title, d.title_len) + L"\n" +
                                       unicode(d.text, d.text_len));
    }
    return doc;
}

int index_docs(void *ctx, ir_docs *docs, const char *dir)
{
    const auto *set = static_cast<const Settings *>(ctx);
    try {
        IndexWriterPtr writer = newLucene<IndexWriter>(FSDirectory::open(unicode(dir)),
                                                       arabic_analyzer(), true,
                                                       IndexWriter::MaxFieldLengthUNLIMITED);
        ir_doc d;
        int got;
        while ((got = ir_docs_next(docs, &d)) > 0)
            writer->addDocument(make_document(*set, d));
        writer->close();
        return got < 0;
    } catch (const LuceneException &e) {
        std::wcerr << L"lucene: " << e.getError() << L"\n";
        return 1;
    }
}

QueryParserPtr make_parser(const Settings &set)
{
    const auto version = LuceneVersion::LUCENE_CURRENT;
    if (!set.split_fields)
        return newLucene<QueryParser>(version, L"body", arabic_analyzer());
    MapStringDouble boosts = MapStringDouble::newInstance();
    boosts.put(L"title", TITLE_BOOST);
    return newLucene<MultiFieldQueryParser>(version, newCollection<String>(L"title", L"text"),
                                            arabic_analyzer(), boosts);
}

struct Searcher {
    IndexSearcherPtr searcher;
    QueryParserPtr parser;
};

void *open_index(void *ctx, const char *dir)
{
    try {
        auto s = std::make_unique<Searcher>();
        s->searcher = newLucene<IndexSearcher>(FSDirectory::open(unicode(dir)), true);
        s->parser = make_parser(*static_cast<const Settings *>(ctx));
        return s.release();
    } catch (const LuceneException &e) {
        std::wcerr << L"lucene: " << e.getError() << L"\n";
        return nullptr;
    }
}

int search(void *handle, const char *query, size_t k, ir_hits *hits)
{
    auto *s = static_cast<Searcher *>(handle);
    try {
        String text = StringUtils::toLower(unicode(query));
        if (text.find_first_not_of(L" \t\r\n") == String::npos)
            return 0; /* the parser refuses an empty query */
        QueryPtr q = s->parser->parse(Escaper::escape(text));
        TopDocsPtr top = s->searcher->search(q, static_cast<int32_t>(k));
        for (auto sd = top->scoreDocs.begin(); sd != top->scoreDocs.end(); ++sd) {
            std::string id = StringUtils::toUTF8(s->searcher->doc((*sd)->doc)->get(L"id"));
            if (ir_hits_add(hits, id.data(), id.size(), (*sd)->score) != 0)
                return 1;
        }
        return 0;
    } catch (const LuceneException &e) {
        std::wcerr << L"lucene: " << e.getError() << L"\n";
        return 1;
    }
}

void close_index(void *handle)
{
    auto *s = static_cast<Searcher *>(handle);
    s->searcher->close();
    delete s;
}

} // namespace

int main(int argc, char **argv)
{
    Settings set;
    if (argc > 1 && std::strcmp(argv[1], "--fields") == 0) {
        set.split_fields = true;
        argv[1] = argv[0];
        argc--;
        argv++;
    }
    const ir_engine engine = {set.split_fields ? "lucene-fields" : "lucene", &set, index_docs,
                              open_index, search, close_index};
    return ir_main(&engine, argc, argv);
}
