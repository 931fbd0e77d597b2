import Testing

@testable import ParallaxDedup

struct EliasFanoTests {
    /// Sets of every size class round-trip, including both ends of the 32-bit range.
    @Test(arguments: [0, 1, 2, 3, 63, 64, 65, 540, 1024, 1025, 5000])
    func roundTrips(count: Int) {
        var generator = SplitMix(seed: UInt64(count) + 11)
        var set = Set<UInt32>()
        if count > 0 { set.insert(0) }
        if count > 1 { set.insert(.max) }
        while set.count < count { set.insert(UInt32.random(in: 0...UInt32.max, using: &generator)) }
        let values = ContiguousArray(set.sorted())
        var code = ContiguousArray<UInt64>()
        values.withUnsafeBufferPointer { EliasFano.encode($0, into: &code) }
        let (low, high) = EliasFano.wordCounts(count: count)
        #expect(code.count == low + high)
        #expect(code.count * 64 <= max(64 * 2, count * (EliasFano.lowBits(count: count) + 3) + 128))
        var decoded = ContiguousArray<UInt32>()
        code.withUnsafeBufferPointer { EliasFano.decode($0, count: count, into: &decoded) }
        #expect(decoded == values)
    }

    /// Dense runs (consecutive values) and a set crowded into one high bucket decode too.
    @Test func denseAndCrowdedSets() {
        for values in [ContiguousArray(UInt32(100)..<UInt32(900)), ContiguousArray((0..<300).map { UInt32($0 * 3) })] {
            var code = ContiguousArray<UInt64>()
            values.withUnsafeBufferPointer { EliasFano.encode($0, into: &code) }
            var decoded = ContiguousArray<UInt32>()
            code.withUnsafeBufferPointer { EliasFano.decode($0, count: values.count, into: &decoded) }
            #expect(decoded == values)
        }
    }

    @Test func strictlyIncreasingCheck() {
        #expect(EliasFano.isStrictlyIncreasing(UnsafeBufferPointer(start: nil, count: 0)))
        #expect([1, 2, 9].withUnsafeBufferPointer { EliasFano.isStrictlyIncreasing($0) })
        #expect(![1, 2, 2].withUnsafeBufferPointer { EliasFano.isStrictlyIncreasing($0) })
        #expect(![3, 1].withUnsafeBufferPointer { EliasFano.isStrictlyIncreasing($0) })
    }
}
