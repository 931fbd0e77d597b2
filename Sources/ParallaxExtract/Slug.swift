import ParallaxText

/// Entity identifiers and matching keys.
enum Slug {
    /// Lowercase letters and digits joined by single hyphens ("Xi Jinping" → "xi-jinping"); apostrophes
    /// and periods vanish ("People's" → "peoples", "U.S." → "us"). ASCII names take a byte fast path.
    static func make(_ name: String) -> String {
        var ascii = true
        for b in name.utf8 where b >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            var out: [UInt8] = []
            out.reserveCapacity(name.utf8.count)
            var pendingHyphen = false
            for b in name.utf8 {
                let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                if ByteClass.isASCIIAlphanumeric(lower) {
                    if pendingHyphen && !out.isEmpty { out.append(0x2D) }
                    pendingHyphen = false
                    out.append(lower)
                } else if b != 0x27 && b != 0x2E {
                    pendingHyphen = true
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var pendingHyphen = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else if scalar != "'" && scalar != "\u{2019}" && scalar != "." {
                pendingHyphen = true
            }
        }
        return out
    }

    /// A spelling-insensitive key for matching names across articles: the slug with British "-isation",
    /// "-re" and "-ence" spellings mapped to American and a leading "the" dropped.
    static func matchKey(_ name: String) -> String {
        var bytes = Array(make(name).utf8)
        if bytes.count > 4 && bytes[0] == 0x74 && bytes[1] == 0x68 && bytes[2] == 0x65 && bytes[3] == 0x2D {
            bytes.removeFirst(4)
        }
        for (british, american) in spellings { replace(british, with: american, in: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let spellings: [([UInt8], [UInt8])] = [
        ("isation", "ization"), ("centre", "center"), ("defence", "defense"), ("programme", "program"),
        ("kyiv", "kiev"), ("lugansk", "luhansk"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Replaces every occurrence of a short byte pattern (names are short, so a naive scan is cheapest).
    private static func replace(_ target: [UInt8], with replacement: [UInt8], in bytes: inout [UInt8]) {
        guard bytes.count >= target.count else { return }
        var i = 0
        var result: [UInt8]? = nil
        var copied = 0
        while i + target.count <= bytes.count {
            var match = true
            for k in 0..<target.count where bytes[i + k] != target[k] {
                match = false
                break
            }
            if match {
                if result == nil { result = [] }
                result!.append(contentsOf: bytes[copied..<i])
                result!.append(contentsOf: replacement)
                i += target.count
                copied = i
            } else {
                i += 1
            }
        }
        if var out = result {
            out.append(contentsOf: bytes[copied...])
            bytes = out
        }
    }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[rest.startIndex..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
