import ParallaxModel
import ParallaxText

/// A text as Unicode scalars with their UTF-8 offsets (`offsets[count]` is the text's length), full-width digits
/// read as ASCII ones, for the scanners of Chinese text, which read character by character where there are no
/// spaces between words.
struct ScalarRun {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    var count: Int { scalars.count }

    init(_ text: String) {
        var offset = 0
        scalars.reserveCapacity(text.utf8.count / 2)
        for scalar in text.unicodeScalars {
            // Full-width digits (０–９, common in Chinese and Japanese copy) read as the ASCII digits they are;
            // the offsets keep their own width, so spans still point into the text as written.
            if (0xFF10...0xFF19).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) {
                scalars.append(ascii)
            } else {
                scalars.append(scalar)
            }
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
    }

    /// Whether the scalars of `word` stand at `i`.
    func has(_ word: String, at i: Int) -> Bool {
        guard i >= 0 else { return false }
        var k = i
        for scalar in word.unicodeScalars {
            guard k < count, scalars[k] == scalar else { return false }
            k += 1
        }
        return true
    }

    /// The first of `words` standing at `i` (list them longest first).
    func match<T>(_ words: [(String, T)], at i: Int) -> (word: String, value: T)? {
        for (word, value) in words where has(word, at: i) { return (word, value) }
        return nil
    }

    func isASCIIDigit(_ i: Int) -> Bool {
        i >= 0 && i < count && scalars[i].value >= 0x30 && scalars[i].value <= 0x39
    }

    func isASCIILetter(_ i: Int) -> Bool {
        guard i >= 0 && i < count else { return false }
        let v = scalars[i].value | 0x20
        return v >= 0x61 && v <= 0x7A
    }

    func isHan(_ i: Int) -> Bool {
        i >= 0 && i < count && Script.isCJK(scalars[i])
    }
}
