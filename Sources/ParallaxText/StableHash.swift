/// Fast, stable, non-cryptographic 64-bit hashing of bytes (FNV-1a with a final avalanche mix).
///
/// Stable across runs and machines, unlike `Hasher`, so it can name stored things.
public enum StableHash {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// Hash of a byte sequence.
    @inlinable
    public static func hash<S: Sequence>(_ bytes: S, seed: UInt64 = 0) -> UInt64 where S.Element == UInt8 {
        var h = offsetBasis ^ seed
        for b in bytes {
            h ^= UInt64(b)
            h = h &* prime
        }
        return mix(h)
    }

    /// Hash of a string's UTF-8.
    public static func hash(_ text: String, seed: UInt64 = 0) -> UInt64 { hash(text.utf8, seed: seed) }

    /// The SplitMix64 finaliser: spreads FNV's weak low bits.
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Lowercase hexadecimal of `value`, zero-padded to `digits`.
    public static func hex(_ value: UInt64, digits: Int = 16) -> String {
        let raw = String(value, radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - raw.count)) + raw
        return String(padded.suffix(digits))
    }
}
