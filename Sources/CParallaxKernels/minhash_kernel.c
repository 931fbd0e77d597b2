// The MinHash inner loop: for every shingle hash and every permutation, one 32-bit multiply, add and
// minimum. Swift cannot compile a single function for a newer instruction set than the rest of the module, and
// baseline x86-64 (SSE2) has no 32-bit vector multiply or unsigned minimum, so this loop is ten times faster
// with AVX2. It lives here, compiled twice, and the AVX2 copy is chosen at run time.
#include "minhash_kernel.h"

static void update_portable(uint32_t *signature, size_t count, const uint32_t *keys, size_t key_count,
                            const uint32_t *multipliers, const uint32_t *addends) {
    for (size_t i = 0; i < count; i++) {
        const uint32_t a = multipliers[i];
        const uint32_t b = addends[i];
        uint32_t low = signature[i];
        for (size_t k = 0; k < key_count; k++) {
            const uint32_t value = a * keys[k] + b;
            low = value < low ? value : low;
        }
        signature[i] = low;
    }
}

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>

// Four vectors of eight slots (32 permutations) per pass over the keys: 12 live registers of the 16.
__attribute__((target("avx2"))) static void update_avx2(uint32_t *signature, size_t count, const uint32_t *keys,
                                                       size_t key_count, const uint32_t *multipliers,
                                                       const uint32_t *addends) {
    size_t i = 0;
    for (; i + 32 <= count; i += 32) {
        __m256i a0 = _mm256_loadu_si256((const __m256i *)(multipliers + i));
        __m256i a1 = _mm256_loadu_si256((const __m256i *)(multipliers + i + 8));
        __m256i a2 = _mm256_loadu_si256((const __m256i *)(multipliers + i + 16));
        __m256i a3 = _mm256_loadu_si256((const __m256i *)(multipliers + i + 24));
        __m256i b0 = _mm256_loadu_si256((const __m256i *)(addends + i));
        __m256i b1 = _mm256_loadu_si256((const __m256i *)(addends + i + 8));
        __m256i b2 = _mm256_loadu_si256((const __m256i *)(addends + i + 16));
        __m256i b3 = _mm256_loadu_si256((const __m256i *)(addends + i + 24));
        __m256i low0 = _mm256_loadu_si256((const __m256i *)(signature + i));
        __m256i low1 = _mm256_loadu_si256((const __m256i *)(signature + i + 8));
        __m256i low2 = _mm256_loadu_si256((const __m256i *)(signature + i + 16));
        __m256i low3 = _mm256_loadu_si256((const __m256i *)(signature + i + 24));
        for (size_t k = 0; k < key_count; k++) {
            const __m256i key = _mm256_set1_epi32((int)keys[k]);
            low0 = _mm256_min_epu32(low0, _mm256_add_epi32(_mm256_mullo_epi32(a0, key), b0));
            low1 = _mm256_min_epu32(low1, _mm256_add_epi32(_mm256_mullo_epi32(a1, key), b1));
            low2 = _mm256_min_epu32(low2, _mm256_add_epi32(_mm256_mullo_epi32(a2, key), b2));
            low3 = _mm256_min_epu32(low3, _mm256_add_epi32(_mm256_mullo_epi32(a3, key), b3));
        }
        _mm256_storeu_si256((__m256i *)(signature + i), low0);
        _mm256_storeu_si256((__m256i *)(signature + i + 8), low1);
        _mm256_storeu_si256((__m256i *)(signature + i + 16), low2);
        _mm256_storeu_si256((__m256i *)(signature + i + 24), low3);
    }
    if (i < count) {
        update_portable(signature + i, count - i, keys, key_count, multipliers + i, addends + i);
    }
}

int parallax_minhash_uses_avx2(void) {
    static int cached = -1;  // written once per thread at worst, always with the same value
    int known = __atomic_load_n(&cached, __ATOMIC_RELAXED);
    if (known < 0) {
        __builtin_cpu_init();
        known = __builtin_cpu_supports("avx2") ? 1 : 0;
        __atomic_store_n(&cached, known, __ATOMIC_RELAXED);
    }
    return known;
}

void parallax_minhash_update(uint32_t *signature, size_t count, const uint32_t *keys, size_t key_count,
                             const uint32_t *multipliers, const uint32_t *addends) {
    if (parallax_minhash_uses_avx2()) {
        update_avx2(signature, count, keys, key_count, multipliers, addends);
    } else {
        update_portable(signature, count, keys, key_count, multipliers, addends);
    }
}

#else

int parallax_minhash_uses_avx2(void) { return 0; }

void parallax_minhash_update(uint32_t *signature, size_t count, const uint32_t *keys, size_t key_count,
                             const uint32_t *multipliers, const uint32_t *addends) {
    update_portable(signature, count, keys, key_count, multipliers, addends);
}

#endif
