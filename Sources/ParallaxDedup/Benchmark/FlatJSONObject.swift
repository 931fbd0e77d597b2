import ParallaxText

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
                JSONStringBytes.skipValue(line, at: &i)
            }
        }
    }

    private static func readString(_ line: UnsafeBufferPointer<UInt8>, at i: inout Int, into out: inout [UInt8]) -> Bool
    {
        out.removeAll(keepingCapacity: true)
        return JSONStringBytes.read(line, at: &i, appendingTo: &out)
    }
}
