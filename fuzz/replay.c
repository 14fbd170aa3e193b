/* replay.c — runs a fuzz target over saved inputs without libFuzzer, so the normal test
 * suite (gcc + ASan/UBSan) replays the seed corpora and the regression inputs:
 *
 *   gcc ... fuzz/replay.c fuzz/fuzz_analyze.c build/asan/librasd.a ... -o replay_analyze
 *   replay_analyze fuzz/corpus/analyze fuzz/regress/analyze-*.bin
 *
 * Each argument is a file or a folder (every regular file directly inside it, in name
 * order; no recursion, dot files skipped). Prints "replay NAME: N inputs ok" per argument.
 * An invariant violation or a sanitizer report aborts; an unreadable argument exits 1.
 */
#include "common.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Present when built with a sanitizer: called before it ends the process on a report. */
void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));

static const char *current;   /* the input being run, named when the process dies */

static void say_current(void)
{
    if (current) {
        static const char msg[] = "replay: died on input ";
        ssize_t ignored = write(2, msg, sizeof msg - 1);
        ignored = write(2, current, strlen(current));
        ignored = write(2, "\n", 1);
        (void)ignored;
    }
}

static void on_abort(int sig)
{
    say_current();
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Reads a whole file into an exactly sized heap buffer (so ASan sees any over-read). */
static uint8_t *slurp(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    uint8_t *buf = NULL;
    size_t cap = 0, n = 0;
    if (!f)
        return NULL;
    for (;;) {
        if (n == cap) {
            cap = cap ? cap * 2 : 4096;
            uint8_t *p = realloc(buf, cap);
            if (!p)
                break;
            buf = p;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    int err = ferror(f);
    fclose(f);
    if (err || !buf) {
        free(buf);
        return NULL;
    }
    uint8_t *exact = malloc(n ? n : 1);
    if (!exact) {
        free(buf);
        return NULL;
    }
    memcpy(exact, buf, n);
    free(buf);
    *size = n;
    return exact;
}

static int run_file(const char *path)
{
    size_t size = 0;
    uint8_t *data = slurp(path, &size);
    if (!data) {
        fprintf(stderr, "replay: cannot read %s: %s\n", path, strerror(errno ? errno : EIO));
        return -1;
    }
    current = path;
    LLVMFuzzerTestOneInput(data, size);
    current = NULL;
    free(data);
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs every regular file directly inside dir; returns how many, or -1. */
static long run_dir(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    char **names = NULL;
    size_t n = 0, cap = 0;
    long done = 0;
    if (!d) {
        fprintf(stderr, "replay: cannot open %s: %s\n", dir, strerror(errno));
        return -1;
    }
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(names, cap * sizeof *names);
            if (!p)
                abort();
            names = p;
        }
        size_t len = strlen(dir) + strlen(de->d_name) + 2;
        if (!(names[n] = malloc(len)))
            abort();
        snprintf(names[n], len, "%s/%s", dir, de->d_name);
        n++;
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (done >= 0 && stat(names[i], &st) == 0 && S_ISREG(st.st_mode))
            done = run_file(names[i]) == 0 ? done + 1 : -1;
        free(names[i]);
    }
    free(names);
    return done;
}

int main(int argc, char **argv)
{
    int rc = 0;
    signal(SIGABRT, on_abort);
    signal(SIGSEGV, on_abort);
    if (__sanitizer_set_death_callback)
        __sanitizer_set_death_callback(say_current);
    LLVMFuzzerInitialize(&argc, &argv);
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE|FOLDER...\n", argv[0]);
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        struct stat st;
        long n;
        if (stat(argv[i], &st) != 0) {
            fprintf(stderr, "replay: %s: %s\n", argv[i], strerror(errno));
            rc = 1;
            continue;
        }
        n = S_ISDIR(st.st_mode) ? run_dir(argv[i]) : run_file(argv[i]) == 0 ? 1 : -1;
        if (n < 0) {
            rc = 1;
            continue;
        }
        printf("replay %s: %ld inputs ok\n", argv[i], n);
        fflush(stdout);
    }
    return rc;
}
