import ParallaxModel
import ParallaxText

/// Names articles by their content, so that the same text is the same article wherever it was read.
public enum ArticleIdentity {
    /// 16 hex digits of a stable hash of the body with case folded and white space collapsed.
    public static func id(forBody text: String) -> String {
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
