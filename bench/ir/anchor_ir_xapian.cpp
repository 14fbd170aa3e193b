/*
 * bench/ir/anchor_ir_xapian.cpp — search anchor: Xapian 1.4 with its Arabic Snowball stemmer.
 *
 * Index: one glass database in DIR (DB_CREATE_OR_OVERWRITE), Xapian's default commit
 * batching (XAPIAN_FLUSH_THRESHOLD, 10,000 documents) and one commit at the end. Each
 * document gets its id as document data; a TermGenerator with Stem("arabic") and the default
 * strategy STEM_SOME (each word as itself and as a Z-prefixed stem, with positions) indexes
 * the title with wdf increment 2 (a title word counts twice) and then, one position gap
 * later, the text, both as free text.
 *
 * Search: a QueryParser with the same stemmer, STEM_SOME, default operator OP_OR and the
 * default flags (phrases, boolean operators, +/-), as an application would use it; ranking
 * by Xapian's default BM25Weight. The ids come from the document data of each hit.
 * Commands and output: see bench/ir/ir.h.
 *
 * usage: anchor_ir_xapian index DOCS.bin DIR | run DIR QUERIES.tsv K OUT.run
 *                        | latency DIR QUERIES.tsv
 */
#include "ir.h"

#include <xapian.h>

#include <iostream>
#include <string>

namespace {

const Xapian::termcount TITLE_WDF = 2;

Xapian::Stem arabic_stemmer()
{
    return Xapian::Stem("arabic");
}

int index_docs(void *, ir_docs *docs, const char *dir)
{
    try {
        Xapian::WritableDatabase db(dir, Xapian::DB_CREATE_OR_OVERWRITE);
        Xapian::TermGenerator tg;
        tg.set_stemmer(arabic_stemmer());
        ir_doc d;
        int got;
        while ((got = ir_docs_next(docs, &d)) > 0) {
            Xapian::Document doc;
            tg.set_document(doc);
            tg.index_text(Xapian::Utf8Iterator(d.title, d.title_len), TITLE_WDF);
            tg.increase_termpos();
            tg.index_text(Xapian::Utf8Iterator(d.text, d.text_len));
            doc.set_data(std::string(d.id, d.id_len));
            db.add_document(doc);
        }
        db.commit();
        return got < 0;
    } catch (const Xapian::Error &e) {
        std::cerr << "xapian: " << e.get_description() << "\n";
        return 1;
    }
}

struct Searcher {
    Xapian::Database db;
    Xapian::QueryParser parser;
    Xapian::Enquire enquire;

    explicit Searcher(const char *dir) : db(dir), enquire(db)
    {
        parser.set_database(db);
        parser.set_stemmer(arabic_stemmer());
        parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        parser.set_default_op(Xapian::Query::OP_OR);
    }
};

void *open_index(void *, const char *dir)
{
    try {
        return new Searcher(dir);
    } catch (const Xapian::Error &e) {
        std::cerr << "xapian: " << e.get_description() << "\n";
        return nullptr;
    }
}

int search(void *handle, const char *query, size_t k, ir_hits *hits)
{
    auto *s = static_cast<Searcher *>(handle);
    try {
        s->enquire.set_query(s->parser.parse_query(query));
        Xapian::MSet mset = s->enquire.get_mset(0, static_cast<Xapian::doccount>(k));
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            std::string id = it.get_document().get_data();
            if (ir_hits_add(hits, id.data(), id.size(), it.get_weight()) != 0)
                return 1;
        }
        return 0;
    } catch (const Xapian::Error &e) {
        std::cerr << "xapian: " << e.get_description() << "\n";
        return 1;
    }
}

void close_index(void *handle)
{
    delete static_cast<Searcher *>(handle);
}

} // namespace

int main(int argc, char **argv)
{
    const ir_engine engine = {"xapian", nullptr, index_docs, open_index, search, close_index};
    return ir_main(&engine, argc, argv);
}
