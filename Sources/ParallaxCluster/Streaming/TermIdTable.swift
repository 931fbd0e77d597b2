/// An open-addressing hash table from 64-bit term ids to dense slots, for the streaming clusterer's hot loops.
///
/// Swift's `Dictionary` hashes every key with SipHash and iterates in a per-process random order; term ids are
/// already well-mixed ``ParallaxText/StableHash`` values, so a linear-probing table over their low bits is
/// several times faster, and its order is stable. Keys are never removed (a slot's payload can be reset):
/// the table grows with the vocabulary seen, about 16 bytes a term at the 50% maximum load.
struct TermIdTable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The value stored for `key` (0 is remapped so it can mark empty slots), or nil.
    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        let key = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// The value for `key`, inserting `make()` when the key is new.
    @inline(__always)
    mutating func value(for key: UInt64, insert make: () -> Int32) -> Int32 {
        let key = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { break }
            i = (i + 1) & mask
        }
        let value = make()
        keys[i] = key
        values[i] = value
        count += 1
        if count * 2 > keys.count { grow() }
        return value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            var i = Int(truncatingIfNeeded: k) & mask
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
    }

    /// Bytes held by the table's storage.
    var bytes: Int { keys.capacity * 8 + values.capacity * 4 }
}
