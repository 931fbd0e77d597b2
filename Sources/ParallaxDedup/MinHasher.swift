import CParallaxKernels
import ParallaxText

/// MinHash signatures over word shingles.
///
/// Each shingle is hashed once to 32 bits (``TextScanner``: FNV-1a per word, SplitMix64 over the words);
/// permutation `i` maps a shingle hash `x` to `aᵢ·x + bᵢ mod 2³²` with random odd `aᵢ` and random `bᵢ`.
/// That is a bijection of the 32-bit values (so, unlike a fold from a larger range, it adds no collisions that
/// would inflate similarities), the scheme datasketch 2 uses by default (`affine32`); the shingle hash is
/// already avalanched, which stands in for its pre-mix. The inner loop is a small C kernel (`CParallaxKernels`)
/// with an AVX2 copy chosen at run time: baseline x86-64 has no 32-bit vector multiply, and that loop is most
/// of the fingerprinting time. Two texts agree in a slot with probability equal to the Jaccard similarity of
/// their shingle sets.
public struct MinHasher: Sendable, Hashable {
    /// Signature length.
    public let permutations: Int
    /// Words per shingle.
    public let shingleSize: Int
    /// Seed of the permutation parameters.
    public let seed: UInt64
    let multipliers: ContiguousArray<UInt32>
    let addends: ContiguousArray<UInt32>

    /// Creates a hasher; equal arguments give equal permutations on every machine.
    public init(permutations: Int = 128, shingleSize: Int = 5, seed: UInt64 = DedupOptions().seed) {
        precondition(permutations >= 1 && shingleSize >= 1, "MinHasher needs at least one permutation and word")
        self.permutations = permutations
        self.shingleSize = shingleSize
        self.seed = seed
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            return StableHash.mix(state)
        }
        var multipliers = ContiguousArray<UInt32>()
        var addends = ContiguousArray<UInt32>()
        for _ in 0..<permutations {
            let random = next()
            multipliers.append(UInt32(truncatingIfNeeded: random >> 32) | 1)
            addends.append(UInt32(truncatingIfNeeded: random))
        }
        self.multipliers = multipliers
        self.addends = addends
    }

    /// Creates the hasher that `options` describe.
    public init(options: DedupOptions) {
        self.init(permutations: options.permutations, shingleSize: options.shingleSize, seed: options.seed)
    }

    /// The MinHash signature of a text; all slots are `UInt32.max` for a text without words.
    public func signature(of text: String) -> [UInt32] {
        Array(signature(ofShingles: shingles(of: text)))
    }

    /// The sorted, distinct 32-bit shingle hashes of a text.
    public func shingles(of text: String) -> [UInt32] {
        var text = text
        var words = ContiguousArray<UInt64>()
        var shingles = ContiguousArray<UInt32>()
        text.withUTF8 { bytes in
            TextScanner.wordHashes(bytes, into: &words)
            words.withUnsafeBufferPointer { TextScanner.shingleKeys($0, size: shingleSize, into: &shingles) }
        }
        return Array(shingles)
    }

    /// The signature of a set of shingle hashes.
    public func signature(ofShingles shingles: [UInt32]) -> ContiguousArray<UInt32> {
        var signature = ContiguousArray<UInt32>(repeating: .max, count: permutations)
        shingles.withUnsafeBufferPointer { keys in
            signature.withUnsafeMutableBufferPointer { update($0, with: keys) }
        }
        return signature
    }

    /// Lowers `signature` to the minimum over `keys` in every slot (the C kernel: AVX2 when the processor has
    /// it, a portable loop otherwise).
    func update(_ signature: UnsafeMutableBufferPointer<UInt32>, with keys: UnsafeBufferPointer<UInt32>) {
        guard let slots = signature.baseAddress, let first = keys.baseAddress else { return }
        let count = min(signature.count, permutations)
        multipliers.withUnsafeBufferPointer { a in
            addends.withUnsafeBufferPointer { b in
                parallax_minhash_update(slots, count, first, keys.count, a.baseAddress!, b.baseAddress!)
            }
        }
    }

    /// Whether ``update(_:with:)`` runs its AVX2 loop on this processor.
    public static var usesAVX2: Bool { parallax_minhash_uses_avx2() != 0 }

    /// Estimated Jaccard similarity: the share of slots where two signatures agree.
    public static func similarity(_ a: some Collection<UInt32>, _ b: some Collection<UInt32>) -> Double {
        guard !a.isEmpty, a.count == b.count else { return 0 }
        var equal = 0
        for (x, y) in zip(a, b) where x == y { equal += 1 }
        return Double(equal) / Double(a.count)
    }
}
