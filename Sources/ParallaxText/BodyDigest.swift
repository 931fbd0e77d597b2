/// Names a body by its words: 16 hex digits of a stable hash of the text with ASCII case folded and every run of
/// white space read as one space, so a text re-read with other line breaks or capitals has the same digest and
/// a text with one word or figure changed has another.
public enum BodyDigest {
    /// The digest of `text`.
    public static func of(_ text: String) -> String {
        var h = StableHash.offsetBasis
        var pendingSpace = false
        for b in text.utf8 {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                h = (h ^ 0x20) &* StableHash.prime
                pendingSpace = false
            }
            let folded = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            h = (h ^ UInt64(folded)) &* StableHash.prime
        }
        return StableHash.hex(StableHash.mix(h))
    }
}
