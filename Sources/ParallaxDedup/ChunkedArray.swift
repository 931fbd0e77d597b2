/// An append-only array stored in blocks, so growing it never copies what it holds nor keeps a doubled buffer
/// around: the index's shingle sets are its largest part, and a plain array doubling at 200 MB would briefly
/// hold 600.
struct ChunkedArray<Element: BitwiseCopyable & Sendable>: Sendable {
    private(set) var blocks: [ContiguousArray<Element>] = []
    /// Global index of each block's first element.
    private var bases: [Int] = []
    private(set) var count = 0
    /// Below this size the last block grows in place instead of a new block being started.
    private let smallBlock = 1 << 16

    init() {}

    /// Appends `elements`; they stay contiguous (in one block).
    mutating func append(contentsOf elements: some Collection<Element>) {
        guard !elements.isEmpty else { return }
        if let last = blocks.indices.last, blocks[last].count < smallBlock {
            blocks[last].append(contentsOf: elements)
        } else {
            var block = ContiguousArray<Element>()
            block.reserveCapacity(max(elements.count, smallBlock))
            block.append(contentsOf: elements)
            blocks.append(block)
            bases.append(count)
        }
        count += elements.count
    }

    /// Appends several runs as one new block sized exactly.
    mutating func appendBlock(_ runs: [ContiguousArray<Element>]) {
        let total = runs.reduce(0) { $0 + $1.count }
        guard total > 0 else { return }
        if total < smallBlock {
            for run in runs { append(contentsOf: run) }
            return
        }
        var block = ContiguousArray<Element>()
        block.reserveCapacity(total)
        for run in runs { block.append(contentsOf: run) }
        blocks.append(block)
        bases.append(count)
        count += total
    }

    /// Calls `body` with the elements `start..<end`, which were appended together.
    func withElements<R>(_ start: Int, _ end: Int, _ body: (UnsafeBufferPointer<Element>) -> R) -> R {
        guard end > start else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        var low = 0
        var high = bases.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if bases[mid] <= start { low = mid } else { high = mid - 1 }
        }
        let base = bases[low]
        return blocks[low].withUnsafeBufferPointer {
            body(UnsafeBufferPointer(rebasing: $0[(start - base)..<(end - base)]))
        }
    }

    /// All elements in order.
    var flattened: some Collection<Element> { blocks.joined() }
}
