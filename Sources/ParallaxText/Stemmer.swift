/// A deliberately tiny English suffix stripper for matching inflections across outlets.
///
/// It strips possessives, plural `-s`/`-es`/`-ies`, `-ed`, `-ing` (undoubling "stopped" → "stop") and then a
/// final silent `-e`, so "opened"/"opens"/"opening" → "open", "hoped"/"hopes" → "hop", "countries"/"country" →
/// "country". It is not Porter: derivational suffixes ("-ation", "-ment") are kept because they separate
/// meanings news cares about ("operation" vs "operate"). Input is a folded word.
public enum Stemmer {
    /// The stem of a folded word.
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        // Possessives and trailing apostrophes.
        if bytes.count > 2, bytes[bytes.count - 2] == 0x27, bytes[bytes.count - 1] == 0x73 { bytes.removeLast(2) }
        while bytes.last == 0x27 { bytes.removeLast() }
        guard bytes.count > 3, bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self) }
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard bytes.count > n else { return false }
            return suffix.withUTF8Buffer { s in
                var k = 0
                while k < n {
                    if bytes[bytes.count - n + k] != s[k] { return false }
                    k += 1
                }
                return true
            }
        }
        func isVowel(_ b: UInt8) -> Bool { b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 }
        func undouble() {
            let n = bytes.count
            if n > 3, bytes[n - 1] == bytes[n - 2], !isVowel(bytes[n - 1]), bytes[n - 1] != 0x6C, bytes[n - 1] != 0x73,
                bytes[n - 1] != 0x7A
            {
                bytes.removeLast()
            }
        }
        if ends("ies") && bytes.count > 4 {
            bytes.removeLast(3)
            bytes.append(0x79)
        } else if ends("sses") || ends("xes") || ends("zes") || ends("ches") || ends("shes") {
            bytes.removeLast(2)
        } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
            bytes.removeLast()
        } else if ends("ied") && bytes.count > 4 {
            bytes.removeLast(3)
            bytes.append(0x79)
        } else if ends("eed") && bytes.count > 5 {
            bytes.removeLast()
        } else if ends("ed") && bytes.count > 4 {
            bytes.removeLast(2)
            undouble()
        } else if ends("ing") && bytes.count > 5 {
            bytes.removeLast(3)
            undouble()
        }
        if bytes.count > 3, bytes.last == 0x65 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
