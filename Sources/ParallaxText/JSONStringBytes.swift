/// JSON string literals read straight from UTF-8 bytes, for the JSON Lines readers on hot paths (the dedup and
/// streaming-clustering benchmarks read millions of lines; `JSONDecoder` would cost more than the work).
public enum JSONStringBytes {
    /// Decodes the string literal whose opening quote is at `i`, appending its bytes to `out` and leaving `i`
    /// just after the closing quote. Escapes are decoded, `\uXXXX` surrogate pairs included; a lone surrogate
    /// becomes U+FFFD. Returns false, with `i` somewhere inside, when the literal is unterminated or an escape
    /// is malformed.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int, appendingTo out: inout [UInt8])
        -> Bool
    {
        let n = bytes.count
        i += 1
        var runStart = i
        while i < n {
            if n - i >= 8, let base = bytes.baseAddress {
                // Eight bytes at a time to the next quote or backslash (SWAR zero-byte test on x ^ c: exact for
                // the first match, which is all that is used).
                let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let ones: UInt64 = 0x0101_0101_0101_0101
                let quote = x ^ (ones &* 0x22)
                let backslash = x ^ (ones &* 0x5C)
                let found = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash) & 0x8080_8080_8080_8080
                guard found != 0 else {
                    i += 8
                    continue
                }
                i += found.trailingZeroBitCount >> 3
            }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                i += 1
                return true
            }
            guard b == UInt8(ascii: "\\") else {
                i += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            guard i + 1 < n else { return false }
            let escape = bytes[i + 1]
            i += 2
            switch escape {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(bytes, at: i) else { return false }
                i += 4
                if scalar >= 0xD800 && scalar < 0xDC00, i + 6 <= n, bytes[i] == UInt8(ascii: "\\"),
                    bytes[i + 1] == UInt8(ascii: "u"), let low = hex4(bytes, at: i + 2), low >= 0xDC00 && low < 0xE000
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                out.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}")!)
            default: out.append(escape)  // \" \\ \/
            }
            runStart = i
        }
        return false
    }

    /// Skips the number, literal, array or object starting at `i`, leaving `i` on the `,` or closing bracket
    /// that ends it (or at the end of the bytes).
    public static func skipValue(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) {
        var depth = 0
        var scratch: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                scratch.removeAll(keepingCapacity: true)
                guard read(bytes, at: &i, appendingTo: &scratch) else { return }
                continue
            }
            if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") {
                depth += 1
            } else if b == UInt8(ascii: "]") || b == UInt8(ascii: "}") {
                if depth == 0 { return }
                depth -= 1
            } else if b == UInt8(ascii: ","), depth == 0 {
                return
            }
            i += 1
        }
    }

    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for b in bytes[i..<(i + 4)] {
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
