/* C helpers that prustc's UI tests link against (`librust_test_helpers.a`).
 *
 * Upstream's bootstrap compiles `tests/auxiliary/rust_test_helpers.c` into a
 * static library for every test target before it runs the UI suite; this is
 * prustc's own, holding just what our tests call. */

#include <stddef.h>
#include <stdint.h>

uint32_t prustc_helper_add_u32(uint32_t a, uint32_t b) {
    return a + b;
}

uint64_t prustc_helper_sum_u64(const uint64_t *values, size_t len) {
    uint64_t sum = 0;
    for (size_t i = 0; i < len; i++) {
        sum += values[i];
    }
    return sum;
}

struct prustc_pair {
    int32_t first;
    double second;
};

struct prustc_pair prustc_helper_swap_pair(struct prustc_pair p) {
    struct prustc_pair out = { (int32_t)p.second, (double)p.first };
    return out;
}

int32_t prustc_helper_apply(int32_t (*f)(int32_t), int32_t x) {
    return f(f(x));
}
