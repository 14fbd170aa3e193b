/* sort.h — an in-place sort generated for one element type, for the writer's hot sorts
 * (an article's shingles, a batch's index terms), where qsort's call of a comparison
 * function n log n times costs about three times the instructions.
 *
 * RASD_SORT_DEFINE(name, type, less) defines
 *     static void name(type *v, size_t n)
 * which sorts v[0, n) ascending by less(const type *x, const type *y), a strict weak
 * order: quicksort (median of three, Hoare's partition, the smaller side by recursion and
 * the larger in the loop, so the stack stays O(log n)), insertion sort below 16 elements.
 * Not stable: equal elements may come in any order, so keys must be distinct or equal
 * elements interchangeable. */
#ifndef RASD_SORT_H
#define RASD_SORT_H

#include <stddef.h>

#define RASD_SORT_DEFINE(name, type, less)                                                   \
    static void name(type *v, size_t n)                                                      \
    {                                                                                        \
        while (n > 16) {                                                                     \
            type a = v[0], b = v[n / 2], c = v[n - 1], p, t;                                 \
            size_t i = 0, j = n - 1;                                                         \
            p = less(&a, &b) ? (less(&b, &c) ? b : less(&a, &c) ? c : a)                     \
                             : (less(&a, &c) ? a : less(&b, &c) ? c : b);                    \
            for (;;) {                                                                       \
                while (less(&v[i], &p))                                                      \
                    i++;                                                                     \
                while (less(&p, &v[j]))                                                      \
                    j--;                                                                     \
                if (i >= j)                                                                  \
                    break;                                                                   \
                t = v[i], v[i] = v[j], v[j] = t;                                             \
                i++, j--;                                                                    \
            }                                                                                \
            if (j + 1 < n - j - 1) {                                                         \
                name(v, j + 1);                                                              \
                v += j + 1, n -= j + 1;                                                      \
            } else {                                                                         \
                name(v + j + 1, n - j - 1);                                                  \
                n = j + 1;                                                                   \
            }                                                                                \
        }                                                                                    \
        for (size_t i = 1; i < n; i++) {                                                     \
            type x = v[i];                                                                   \
            size_t j = i;                                                                    \
            for (; j > 0 && less(&x, &v[j - 1]); j--)                                        \
                v[j] = v[j - 1];                                                             \
            v[j] = x;                                                                        \
        }                                                                                    \
    }

#endif
