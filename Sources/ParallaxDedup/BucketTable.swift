/// The LSH buckets of one band: an open-addressing hash table from a 32-bit band key to the latest document in that bucket
/// (earlier ones are chained through ``DedupIndex``'s `chains`).
///
/// 8 bytes a slot at a load of at most 0.8 (linear probing; each band's table is small enough to stay in cache),
/// under half of `Dictionary<UInt64, Int32>`'s 12 bytes a slot at 0.75. Two different band
/// contents that share a 32-bit key only add a candidate, which verification rejects.
struct BucketTable: Sendable {
    private var keys: ContiguousArray<UInt32>
    private var heads: ContiguousArray<Int32>
    private(set) var count = 0
    private var mask: Int

    init(minimumCapacity: Int = 0) {
        var capacity = 64
        while capacity * 4 < minimumCapacity * 5 { capacity *= 2 }
        keys = ContiguousArray(repeating: 0, count: capacity)
        heads = ContiguousArray(repeating: -1, count: capacity)
        mask = capacity - 1
    }

    /// The stored key for a 64-bit band hash (never 0, which marks an empty slot).
    @inline(__always)
    static func key(_ hash: UInt64) -> UInt32 {
        let key = UInt32(truncatingIfNeeded: hash >> 32)
        return key == 0 ? 1 : key
    }

    @inline(__always)
    private func slot(_ key: UInt32) -> Int {
        var i = Int(key &* 0x9E37_79B1) & mask
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        return i
    }

    /// The latest document in the bucket, or -1.
    func head(_ hash: UInt64) -> Int32 {
        let key = Self.key(hash)
        return keys.withUnsafeBufferPointer { k in
            var i = Int(key &* 0x9E37_79B1) & mask
            while k[i] != 0 {
                if k[i] == key { return heads[i] }
                i = (i + 1) & mask
            }
            return -1
        }
    }

    /// Makes `document` the bucket's latest document and returns the previous one, or -1.
    mutating func push(_ hash: UInt64, _ document: Int32) -> Int32 {
        if (count + 1) * 5 > keys.count * 4 { grow() }
        let key = Self.key(hash)
        let i = slot(key)
        let previous = keys[i] == key ? heads[i] : -1
        if keys[i] == 0 {
            keys[i] = key
            count += 1
        }
        heads[i] = document
        return previous
    }

    /// Grows ahead of `more` insertions.
    mutating func reserve(_ more: Int) {
        while (count + more) * 5 > keys.count * 4 { grow() }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldHeads = heads
        keys = ContiguousArray(repeating: 0, count: oldKeys.count * 2)
        heads = ContiguousArray(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, head) in zip(oldKeys, oldHeads) where key != 0 {
            let i = slot(key)
            keys[i] = key
            heads[i] = head
        }
    }
}
