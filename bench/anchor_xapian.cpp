/*
 * bench/anchor_xapian.cpp — anchor: Xapian 1.4's TermGenerator with the Arabic Snowball stemmer.
 *
 * One TermGenerator (default strategy STEM_SOME: each word gives its unstemmed term and a
 * "Z"-prefixed stem, with positions) indexes each text into a fresh Xapian::Document, read
 * in place through a Utf8Iterator. Tokens = the term positions generated for the text
 * (get_termpos after index_text, counting from 0 for each text). The timed part is the
 * document set-up and index_text. Timing and output: see bench/harness.h.
 *
 * usage: anchor_xapian [--limit N] [TEXTS]
 */
#include "harness.h"

#include <xapian.h>

#include <cstring>
#include <iostream>
#include <string>

namespace {

bool has_language(const std::string &list, const std::string &lang)
{
    std::string padded = " " + list + " ";
    return padded.find(" " + lang + " ") != std::string::npos;
}

int analyze(void *ctx, const char *text, size_t len, size_t *tokens)
{
    auto *tg = static_cast<Xapian::TermGenerator *>(ctx);
    try {
        Xapian::Document doc;
        tg->set_document(doc);
        tg->set_termpos(0);
        tg->index_text(Xapian::Utf8Iterator(text, len));
        *tokens = tg->get_termpos();
        return 0;
    } catch (const Xapian::Error &e) {
        std::cerr << "anchor_xapian: " << e.get_description() << "\n";
        return 1;
    }
}

} // namespace

int main(int argc, char **argv)
{
    bench_opts opts;
    bench_opts_init(&opts);
    for (int i = 1; i < argc; i++) {
        if (bench_opt(&opts, argc, argv, &i) <= 0) {
            std::cerr << "usage: " << argv[0] << " [--limit N] [TEXTS]\n";
            return 2;
        }
    }
    if (!has_language(Xapian::Stem::get_available_languages(), "arabic")) {
        std::cerr << "anchor_xapian: this Xapian has no arabic stemmer\n";
        return 1;
    }
    Xapian::TermGenerator tg;
    tg.set_stemmer(Xapian::Stem("arabic"));
    return bench_run(&opts, "xapian", analyze, &tg);
}
