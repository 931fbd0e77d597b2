#ifndef PARALLAX_CZLIB_SHIM_H
#define PARALLAX_CZLIB_SHIM_H
#include <zlib.h>
/* inflateInit2 is a macro (it passes ZLIB_VERSION and sizeof(z_stream)), which Swift cannot call:
   this wrapper opens `stream` for gzip members only (window bits 15 + 16), so the CRC-32 and ISIZE of
   each member's trailer are checked by zlib. */
static inline int parallax_inflate_init_gzip(z_streamp stream) {
    return inflateInit2(stream, 15 + 16);
}
#endif
