/*
 * bench/anchor_snowball.c — anchor: a plain Unicode tokenizer plus Snowball's Arabic stemmer.
 *
 * A token is a maximal run of code points whose general category is a letter (L*), a mark
 * (M*) or a decimal digit (Nd), decoded with utf8proc_iterate; invalid UTF-8 bytes and every
 * other code point separate tokens. Each token goes through libstemmer's "arabic" stemmer
 * (UTF-8), straight from the input bytes. With --no-stem only the tokenizer runs: the "bare
 * tokenizer" reference that bounds what any analysis built this way can reach.
 * Timing and output: see bench/harness.h.
 *
 * usage: anchor_snowball [--no-stem] [--limit N] [TEXTS]
 */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"

#include <libstemmer.h>
#include <utf8proc.h>

typedef struct snowball_ctx {
    struct sb_stemmer *stemmer; /* NULL with --no-stem */
    uint64_t stem_bytes;        /* sum of stem lengths, so the stems are used */
} snowball_ctx;

static int is_word_cp(utf8proc_int32_t cp)
{
    utf8proc_category_t cat = utf8proc_category(cp);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME) ||
           cat == UTF8PROC_CATEGORY_ND;
}

/* Handles one token text[0, len): stems it unless stemming is off. */
static int on_token(snowball_ctx *c, const char *word, size_t len)
{
    const sb_symbol *stem;
    if (c->stemmer == NULL)
        return 0;
    stem = sb_stemmer_stem(c->stemmer, (const sb_symbol *)word, (int)len);
    if (stem == NULL) {
        fprintf(stderr, "anchor_snowball: sb_stemmer_stem: out of memory\n");
        return 1;
    }
    c->stem_bytes += (uint64_t)sb_stemmer_length(c->stemmer);
    return 0;
}

static int analyze(void *ctx, const char *text, size_t len, size_t *tokens)
{
    snowball_ctx *c = (snowball_ctx *)ctx;
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)text;
    size_t pos = 0, start = 0, n = 0;
    int in_word = 0;

    while (pos < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t step = utf8proc_iterate(s + pos, (utf8proc_ssize_t)(len - pos), &cp);
        int word = step > 0 && is_word_cp(cp);
        if (step <= 0)
            step = 1; /* an invalid byte: a separator */
        if (word && !in_word)
            start = pos;
        else if (!word && in_word) {
            n++;
            if (on_token(c, text + start, pos - start) != 0)
                return 1;
        }
        in_word = word;
        pos += (size_t)step;
    }
    if (in_word) {
        n++;
        if (on_token(c, text + start, pos - start) != 0)
            return 1;
    }
    *tokens = n;
    return 0;
}

int main(int argc, char **argv)
{
    bench_opts opts;
    snowball_ctx ctx = {NULL, 0};
    int stem = 1, rc;

    bench_opts_init(&opts);
    for (int i = 1; i < argc; i++) {
        int taken = bench_opt(&opts, argc, argv, &i);
        if (taken == 0 && strcmp(argv[i], "--no-stem") == 0)
            stem = 0;
        else if (taken <= 0) {
            fprintf(stderr, "usage: %s [--no-stem] [--limit N] [TEXTS]\n", argv[0]);
            return 2;
        }
    }
    if (stem && (ctx.stemmer = sb_stemmer_new("arabic", "UTF_8")) == NULL) {
        fprintf(stderr, "anchor_snowball: libstemmer has no arabic stemmer\n");
        return 1;
    }
    rc = bench_run(&opts, stem ? "snowball" : "bare-tokenizer", analyze, &ctx);
    if (ctx.stemmer != NULL)
        sb_stemmer_delete(ctx.stemmer);
    return rc;
}
