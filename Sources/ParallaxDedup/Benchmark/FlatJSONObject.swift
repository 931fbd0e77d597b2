/// A minimal reader for one JSON Lines record: the string fields of a flat object.
///
/// The benchmark corpus is 100,000+ lines; decoding each with `JSONDecoder` costs more than deduplicating it,
/// so this reads only what the benchmark needs: top-level keys with string values (escapes, including
/// `\uXXXX` surrogate pairs, decoded). Other values are skipped; nested values are skipped by bracket depth.
struct FlatJSONObject {
    /// Top-level string fields by key.
    var strings: [String: String] = [:]

    /// Parses a line; nil when it is not a JSON object.
    init?(_ line: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = line.count
        func skipSpace() {
            while i < n && (line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0D || line[i] == 0x0A) { i += 1 }
        }
        skipSpace()
        guard i < n, line[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        var buffer: [UInt8] = []
        while true {
            skipSpace()
            guard i < n else { return nil }
            if line[i] == UInt8(ascii: "}") { return }
            if line[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            guard line[i] == UInt8(ascii: "\""), Self.readString(line, at: &i, into: &buffer) else { return nil }
            let key = String(decoding: buffer, as: UTF8.self)
            skipSpace()
            guard i < n, line[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            skipSpace()
            guard i < n else { return nil }
            if line[i] == UInt8(ascii: "\"") {
                guard Self.readString(line, at: &i, into: &buffer) else { return nil }
                strings[key] = String(decoding: buffer, as: UTF8.self)
            } else {
                Self.skipValue(line, at: &i)
            }
        }
    }

    /// Reads the string starting at the quote at `i`, leaving `i` after the closing quote.
    private static func readString(_ line: UnsafeBufferPointer<UInt8>, at i: inout Int, into out: inout [UInt8]) -> Bool
    {
        out.removeAll(keepingCapacity: true)
        let n = line.count
        i += 1
        var runStart = i
        while i < n {
            if n - i >= 8, let base = line.baseAddress {
                // Eight bytes at a time to the next quote or backslash (SWAR zero-byte test on x ^ c: exact for
                // the first match, which is all that is used).
                let x = TextScanner.load(base + i)
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
            let b = line[i]
            if b == UInt8(ascii: "\"") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: line[runStart..<i]))
                i += 1
                return true
            }
            guard b == UInt8(ascii: "\\") else {
                i += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: line[runStart..<i]))
            guard i + 1 < n else { return false }
            let e = line[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(line, at: i) else { return false }
                i += 4
                if scalar >= 0xD800 && scalar < 0xDC00, i + 5 < n, line[i] == UInt8(ascii: "\\"),
                    line[i + 1] == UInt8(ascii: "u"), let low = hex4(line, at: i + 2), low >= 0xDC00 && low < 0xE000
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                let value = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                out.append(contentsOf: UTF8.encode(value)!)
            default: out.append(e)
            }
            runStart = i
        }
        return false
    }

    private static func hex4(_ line: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32? {
        guard i + 4 <= line.count else { return nil }
        var value: UInt32 = 0
        for j in i..<(i + 4) {
            let b = line[j]
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

    /// Skips a number, literal, array or object.
    private static func skipValue(_ line: UnsafeBufferPointer<UInt8>, at i: inout Int) {
        var depth = 0
        var scratch: [UInt8] = []
        while i < line.count {
            let b = line[i]
            if b == UInt8(ascii: "\"") {
                _ = readString(line, at: &i, into: &scratch)
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
}
