/// A sparse vector over hashed term ids, sorted by id: a document's or an event's weighted terms.
struct HashedVector: Sendable {
    var ids: [UInt64] = []
    var weights: [Float] = []

    var count: Int { ids.count }

    /// Builds a vector from (id, weight) pairs with distinct ids, in any order.
    init(pairs: [(UInt64, Float)]) {
        let sorted = pairs.sorted { $0.0 < $1.0 }
        ids = sorted.map(\.0)
        weights = sorted.map(\.1)
    }

    init() {}

    var norm: Float {
        var sum: Float = 0
        for w in weights { sum += w * w }
        return sum.squareRoot()
    }

    /// Dot product by a merge of the sorted ids.
    func dot(_ other: HashedVector) -> Float {
        ids.withUnsafeBufferPointer { a in
            other.ids.withUnsafeBufferPointer { b in
                weights.withUnsafeBufferPointer { wa in
                    other.weights.withUnsafeBufferPointer { wb in
                        var i = 0
                        var j = 0
                        var sum: Float = 0
                        // Branch-free advance: the ids interleave unpredictably, so a branchy merge mispredicts.
                        while i < a.count && j < b.count {
                            let x = a[i]
                            let y = b[j]
                            if x == y { sum += wa[i] * wb[j] }
                            i &+= x <= y ? 1 : 0
                            j &+= y <= x ? 1 : 0
                        }
                        return sum
                    }
                }
            }
        }
    }

    func cosine(_ other: HashedVector) -> Float {
        let d = norm * other.norm
        return d > 0 ? dot(other) / d : 0
    }

    /// Element-wise sum.
    func adding(_ other: HashedVector) -> HashedVector {
        var result = HashedVector()
        result.ids.reserveCapacity(count + other.count)
        result.weights.reserveCapacity(count + other.count)
        var i = 0
        var j = 0
        while i < count || j < other.count {
            if j == other.count || (i < count && ids[i] < other.ids[j]) {
                result.ids.append(ids[i])
                result.weights.append(weights[i])
                i += 1
            } else if i == count || other.ids[j] < ids[i] {
                result.ids.append(other.ids[j])
                result.weights.append(other.weights[j])
                j += 1
            } else {
                result.ids.append(ids[i])
                result.weights.append(weights[i] + other.weights[j])
                i += 1
                j += 1
            }
        }
        return result
    }

    /// The `limit` heaviest entries (ties broken by id, so the result is deterministic).
    func truncated(to limit: Int) -> HashedVector {
        guard count > limit else { return self }
        let kept = zip(ids, weights).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(limit)
        return HashedVector(pairs: Array(kept))
    }
}
