import ParallaxModel

/// Finds quotations by their marks in one pass over the bytes.
///
/// - Straight `"` alternate open/close. Curly `“` opens and `”` closes; a `"` closes a curly opening too
///   (mixed marks are common in scraped text).
/// - Single curly `‘` opens a quotation only outside a double one, when a letter follows it; `’` closes it
///   unless it sits between two letters (an apostrophe: "Russia’s", "don’t"). Straight `'` is never a mark.
/// - A line break closes any open quotation: news style repeats the opening mark on each paragraph of a
///   long quotation and omits the closing one.
enum QuoteMarkScanner {
    /// Content spans (without marks, trailing commas and spaces trimmed), in order.
    static func regions(in bytes: [UInt8]) -> [Span] {
        var result: [Span] = []
        var openDouble: Int? = nil  // content start
        var openSingle: Int? = nil
        let n = bytes.count
        func emit(_ start: Int, _ end: Int) {
            var s = start
            var e = end
            while s < e && (bytes[s] == 0x20 || bytes[s] == 0x0A) { s += 1 }
            while e > s
                && (bytes[e - 1] == 0x20 || bytes[e - 1] == 0x2C || bytes[e - 1] == 0x0A || bytes[e - 1] == 0x0D)
            {
                e -= 1
            }
            if e > s { result.append(Span(start: s, end: e)) }
        }
        func letter(_ i: Int) -> Bool { i >= 0 && i < n && Bytes.isWordByte(bytes[i]) }
        var i = 0
        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                if let s = openDouble { emit(s, i); openDouble = nil }
                if let s = openSingle { emit(s, i); openSingle = nil }
                i += 1
                continue
            }
            if b == 0x22 {
                if let s = openDouble {
                    emit(s, i)
                    openDouble = nil
                } else {
                    openSingle = nil
                    openDouble = i + 1
                }
                i += 1
                continue
            }
            if b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 {
                switch bytes[i + 2] {
                case 0x9C:  // “
                    openSingle = nil
                    openDouble = i + 3
                case 0x9D:  // ”
                    if let s = openDouble {
                        emit(s, i)
                        openDouble = nil
                    }
                case 0x98:  // ‘
                    if openDouble == nil && openSingle == nil && letter(i + 3) && !letter(i - 1) { openSingle = i + 3 }
                case 0x99:  // ’
                    if let s = openSingle, !(letter(i - 1) && letter(i + 3)) {
                        emit(s, i)
                        openSingle = nil
                    }
                default: break
                }
                i += 3
                continue
            }
            i += 1
        }
        if let s = openDouble { emit(s, n) }
        return result
    }
}
