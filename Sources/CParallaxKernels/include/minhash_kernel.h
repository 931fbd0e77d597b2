#ifndef PARALLAX_MINHASH_KERNEL_H
#define PARALLAX_MINHASH_KERNEL_H

#include <stddef.h>
#include <stdint.h>

/// Lowers each of `count` signature slots to the minimum, over `keys`, of `multipliers[i] * key + addends[i]`
/// (mod 2^32, unsigned order). Picks an AVX2 loop at run time when the processor has AVX2, a portable loop
/// otherwise; both give the same result.
void parallax_minhash_update(uint32_t *signature, size_t count, const uint32_t *keys, size_t key_count,
                             const uint32_t *multipliers, const uint32_t *addends);

/// Whether `parallax_minhash_update` uses its AVX2 loop on this processor.
int parallax_minhash_uses_avx2(void);

#endif
