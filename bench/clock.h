/*
 * bench/clock.h — the clock and the memory figure that every benchmark program reports
 * (bench/harness.h for the analysis programs, bench/ir/ir.h for the search ones). C files
 * must define _POSIX_C_SOURCE 200809L before any include.
 */
#ifndef BENCH_CLOCK_H
#define BENCH_CLOCK_H

#include <stdint.h>
#include <sys/resource.h>
#include <time.h>

/* Nanoseconds of CLOCK_MONOTONIC. */
static inline int64_t bench_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* The process's peak resident set in kB, -1 if unknown. */
static inline long bench_maxrss_kb(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return -1;
    return ru.ru_maxrss; /* kilobytes on Linux */
}

#endif
