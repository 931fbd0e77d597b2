#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decodes legacy charsets (windows-1251, KOI8-R, GB18030, Big5, Shift_JIS, EUC-KR…) to a `String` through
/// the C library's iconv, so Parallax carries no conversion tables of its own for the multi-byte ones.
///
/// Bytes the charset does not define become U+FFFD, one per bad byte, and decoding goes on: a page with a
/// few damaged bytes still reads, and ``invalidCount`` lets charset detection see how badly a candidate fits.
/// A converter is opened per call (iconv descriptors are not thread-safe; opening one costs microseconds).
struct Transcoder: Sendable {
    /// The iconv name of the source charset (`CP1251`, `GB18030`).
    var iconvName: String

    /// The decoded text and how many bytes could not be decoded.
    struct Output {
        var text: String
        var invalidCount: Int
    }

    /// Decodes `bytes`; nil when the C library does not know the charset.
    func decode(_ bytes: ArraySlice<UInt8>) -> Output? {
        let descriptor = iconv_open("UTF-8", iconvName)
        if descriptor == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(descriptor) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2 + 16)
        var invalid = 0
        let chunk = 16 << 10
        var scratch = [UInt8](repeating: 0, count: chunk)
        var input = Array(bytes)
        input.withUnsafeMutableBufferPointer { source in
            var inPointer = source.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var inLeft = source.count
            scratch.withUnsafeMutableBufferPointer { buffer in
                let base = UnsafeMutableRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                while inLeft > 0 {
                    var outPointer: UnsafeMutablePointer<CChar>? = base
                    var outLeft = chunk
                    let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    let failure = result == -1 ? errno : 0
                    output.append(contentsOf: UnsafeRawBufferPointer(start: base, count: chunk - outLeft))
                    if failure == EILSEQ || failure == EINVAL {
                        // An undefined or cut-off sequence: one replacement character, then the next byte.
                        output += [0xEF, 0xBF, 0xBD]
                        invalid += 1
                        inPointer = inPointer.map { $0 + 1 }
                        inLeft -= 1
                    } else if failure != 0 && failure != E2BIG {
                        break
                    }
                }
                // Flush any shift state (ISO-2022-JP).
                var outPointer: UnsafeMutablePointer<CChar>? = base
                var outLeft = chunk
                _ = iconv(descriptor, nil, nil, &outPointer, &outLeft)
                output.append(contentsOf: UnsafeRawBufferPointer(start: base, count: chunk - outLeft))
            }
        }
        return Output(text: String(decoding: output, as: UTF8.self), invalidCount: invalid)
    }
}
