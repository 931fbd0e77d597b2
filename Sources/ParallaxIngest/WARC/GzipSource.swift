/// Streams the decompressed bytes of a gzip file (RFC 1952) over another ``ByteSource``: any number of
/// members one after another, as WARC files write one member per record.
///
/// The inflater (RFC 1951) is Parallax's own, so no system library is needed: a 32 KiB window, a 9-bit
/// lookup table for the common short Huffman codes and a canonical bit-by-bit decode for the rest. Memory is
/// the window plus one input chunk. Each member's length (ISIZE) is checked; the CRC is not (a corrupt
/// deflate stream almost always fails on its own codes first, and the CRC would cost a third of the time).
/// Output past `maxOutputBytes` is refused, which stops decompression bombs. The hot state is marked
/// `@exclusivity(unchecked)`: the class is used by one reader at a time and never shared, and the dynamic
/// checks otherwise cost a third of the decoding time.
final class GzipSource: ByteSource {
    private let input: any ByteSource
    @exclusivity(unchecked) private var inBuffer: [UInt8] = []
    @exclusivity(unchecked) private var inPosition = 0
    @exclusivity(unchecked) private var bitBuffer: UInt64 = 0
    @exclusivity(unchecked) private var bitCount = 0

    /// The 32 KiB sliding window and the two decoding tables live in raw memory: array storage reached
    /// through a class costs a retain, a release and a uniqueness check per byte.
    private let window = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 15)
    private let literalTable = HuffmanTable(symbols: 288)
    private let distanceTable = HuffmanTable(symbols: 32)
    @exclusivity(unchecked) private var windowPosition = 0
    @exclusivity(unchecked) private var memberOutput = 0
    private(set) var totalOutput = 0
    private let maxOutputBytes: Int

    private enum State {
        case memberHeader
        case blockHeader
        case stored(Int)
        case huffman
        case memberTrailer
        case finished
    }
    @exclusivity(unchecked) private var state = State.memberHeader
    private var finalBlock = false
    @exclusivity(unchecked) private var pendingLength = 0
    @exclusivity(unchecked) private var pendingDistance = 0
    private var members = 0

    /// - Parameters:
    ///   - input: the compressed bytes.
    ///   - maxOutputBytes: the most decompressed bytes this source gives before throwing.
    init(_ input: any ByteSource, maxOutputBytes: Int = Int.max) {
        self.input = input
        self.maxOutputBytes = maxOutputBytes
        window.initialize(repeating: 0, count: 1 << 15)
    }

    deinit {
        window.deallocate()
    }

    /// Whether `bytes` start with the gzip magic number.
    static func isGzip<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0x1F && iterator.next() == 0x8B
    }

    /// Decompresses a whole in-memory gzip file.
    /// - Throws: ``ByteSourceError`` when it is corrupt, truncated or over `maxOutputBytes`.
    static func decompress(_ bytes: [UInt8], maxOutputBytes: Int = Int.max) throws -> [UInt8] {
        let source = GzipSource(MemoryByteSource(bytes), maxOutputBytes: maxOutputBytes)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 4)
        while let chunk = try source.readChunk(maxLength: 1 << 18) { out.append(contentsOf: chunk) }
        return out
    }

    /// An error met after some output was produced: that output is returned first, the error next time.
    private var pendingError: (any Error)?

    func readChunk(maxLength: Int) throws -> [UInt8]? {
        if let error = pendingError {
            pendingError = nil
            throw error
        }
        var out: [UInt8] = []
        out.reserveCapacity(maxLength)
        do {
            try inflate(into: &out, maxLength: maxLength)
        } catch {
            if out.isEmpty { throw error }
            pendingError = error
        }
        totalOutput += out.count
        if totalOutput > maxOutputBytes {
            throw ByteSourceError(message: "the decompressed data is over the \(maxOutputBytes)-byte limit.")
        }
        return out.isEmpty ? nil : out
    }

    private func inflate(into out: inout [UInt8], maxLength: Int) throws {
        loop: while out.count < maxLength {
            if pendingLength > 0 {
                let n = min(pendingLength, maxLength - out.count)
                let distance = pendingDistance
                for _ in 0..<n {
                    emit(window[(windowPosition &- distance) & 0x7FFF], into: &out)
                }
                pendingLength -= n
                continue
            }
            switch state {
            case .memberHeader:
                guard try readMemberHeader() else {
                    state = .finished
                    break loop
                }
                state = .blockHeader
            case .blockHeader:
                if finalBlock {
                    state = .memberTrailer
                    continue
                }
                try readBlockHeader()
            case .stored(let remaining):
                if remaining == 0 {
                    state = .blockHeader
                    continue
                }
                let n = min(remaining, maxLength - out.count)
                for _ in 0..<n { emit(try alignedByte(), into: &out) }
                state = .stored(remaining - n)
            case .huffman:
                try decodeSymbols(into: &out, limit: maxLength)
            case .memberTrailer:
                try readTrailer()
                state = .memberHeader
            case .finished:
                break loop
            }
        }
    }

    @inline(__always)
    private func emit(_ byte: UInt8, into out: inout [UInt8]) {
        out.append(byte)
        window[windowPosition & 0x7FFF] = byte
        windowPosition &+= 1
        memberOutput &+= 1
    }

    // MARK: Input

    private func nextInputByte() throws -> UInt8? {
        if inPosition >= inBuffer.count {
            guard let chunk = try input.readChunk(maxLength: 64 << 10), !chunk.isEmpty else { return nil }
            inBuffer = chunk
            inPosition = 0
        }
        defer { inPosition += 1 }
        return inBuffer[inPosition]
    }

    private static let truncated = ByteSourceError(message: "the gzip data is truncated.")

    /// Tops up the bit buffer to at least `count` bits if the input allows; returns whether it does.
    @inline(__always)
    private func fill(_ count: Int) throws -> Bool {
        if bitCount >= count { return true }
        // Fast path: top up to 56+ bits straight from the input chunk.
        while bitCount <= 56 && inPosition < inBuffer.count {
            bitBuffer |= UInt64(inBuffer[inPosition]) << UInt64(bitCount)
            inPosition += 1
            bitCount += 8
        }
        while bitCount < count {
            guard let byte = try nextInputByte() else { return false }
            bitBuffer |= UInt64(byte) << UInt64(bitCount)
            bitCount += 8
        }
        return true
    }

    @inline(__always)
    private func bits(_ count: Int) throws -> Int {
        if count == 0 { return 0 }
        guard try fill(count) else { throw Self.truncated }
        let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
        bitBuffer >>= UInt64(count)
        bitCount -= count
        return value
    }

    /// A byte at a byte boundary: the partial byte in the bit buffer is dropped first.
    private func alignedByte() throws -> UInt8 {
        let drop = bitCount & 7
        bitBuffer >>= UInt64(drop)
        bitCount -= drop
        return UInt8(try bits(8))
    }

    // MARK: Gzip framing

    /// Reads a member header; false at a clean end of input.
    private func readMemberHeader() throws -> Bool {
        let drop = bitCount & 7
        bitBuffer >>= UInt64(drop)
        bitCount -= drop
        guard try fill(8) else {
            if members == 0 { throw ByteSourceError(message: "the gzip data is empty.") }
            return false
        }
        let id1 = UInt8(try bits(8))
        guard try fill(8) else {
            throw ByteSourceError(message: "the gzip data has a stray byte after member \(members).")
        }
        let id2 = UInt8(try bits(8))
        guard id1 == 0x1F, id2 == 0x8B else {
            if members > 0 {
                // Trailing bytes after the last member (padding some writers add): not ours to read.
                return false
            }
            throw ByteSourceError(message: "the data is not gzip (bad magic number).")
        }
        guard try bits(8) == 8 else {
            throw ByteSourceError(message: "the gzip member uses an unknown compression method.")
        }
        let flags = try bits(8)
        _ = try bits(32)  // mtime
        _ = try bits(16)  // xfl, os
        if flags & 4 != 0 {
            let length = try bits(16)
            for _ in 0..<length { _ = try bits(8) }
        }
        if flags & 8 != 0 { while try bits(8) != 0 {} }
        if flags & 16 != 0 { while try bits(8) != 0 {} }
        if flags & 2 != 0 { _ = try bits(16) }
        finalBlock = false
        memberOutput = 0
        members += 1
        return true
    }

    private func readTrailer() throws {
        let drop = bitCount & 7
        bitBuffer >>= UInt64(drop)
        bitCount -= drop
        _ = try bits(32)  // CRC-32, not checked
        let size = try bits(32)
        guard size == memberOutput & 0xFFFF_FFFF else {
            throw ByteSourceError(message: "gzip member \(members) has the wrong length (corrupt data).")
        }
    }

    // MARK: Deflate

    private func readBlockHeader() throws {
        finalBlock = try bits(1) == 1
        switch try bits(2) {
        case 0:
            let drop = bitCount & 7
            bitBuffer >>= UInt64(drop)
            bitCount -= drop
            let length = try bits(16)
            let complement = try bits(16)
            guard length == ~complement & 0xFFFF else {
                throw ByteSourceError(message: "the gzip data is corrupt (bad stored block length).")
            }
            state = .stored(length)
        case 1:
            literalTable.load(Self.fixedLiterals)
            distanceTable.load(Self.fixedDistances)
            state = .huffman
        case 2:
            try readDynamicTables()
            state = .huffman
        default:
            throw ByteSourceError(message: "the gzip data is corrupt (bad block type).")
        }
    }

    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private func readDynamicTables() throws {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else {
            throw ByteSourceError(message: "the gzip data is corrupt (bad table sizes).")
        }
        var codeLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<codeLengthCount { codeLengths[Self.codeLengthOrder[i]] = UInt8(try bits(3)) }
        guard let lengthCode = Huffman(lengths: codeLengths) else {
            throw ByteSourceError(message: "the gzip data is corrupt (bad code length table).")
        }
        var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
        var index = 0
        while index < lengths.count {
            let symbol = try decode(lengthCode.fast, lengthCode.counts, lengthCode.symbols)
            switch symbol {
            case 0..<16:
                lengths[index] = UInt8(symbol)
                index += 1
            case 16:
                guard index > 0 else {
                    throw ByteSourceError(message: "the gzip data is corrupt (repeat with no length).")
                }
                let repeatCount = 3 + (try bits(2))
                guard index + repeatCount <= lengths.count else {
                    throw ByteSourceError(message: "the gzip data is corrupt (lengths overflow).")
                }
                let previous = lengths[index - 1]
                for _ in 0..<repeatCount { lengths[index] = previous; index += 1 }
            default:
                let repeatCount = symbol == 17 ? 3 + (try bits(3)) : 11 + (try bits(7))
                guard index + repeatCount <= lengths.count else {
                    throw ByteSourceError(message: "the gzip data is corrupt (lengths overflow).")
                }
                index += repeatCount
            }
        }
        guard lengths[256] != 0,
            let literalCode = Huffman(lengths: Array(lengths[0..<literalCount])),
            let distanceCode = Huffman(lengths: Array(lengths[literalCount...]), allowIncomplete: true)
        else { throw ByteSourceError(message: "the gzip data is corrupt (bad Huffman tables).") }
        literalTable.load(literalCode)
        distanceTable.load(distanceCode)
    }

    private static let lengthBase: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let lengthExtra: [Int] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    private func decodeSymbols(into out: inout [UInt8], limit: Int) throws {
        while out.count < limit {
            let symbol = try decode(literalTable.fast, literalTable.counts, literalTable.symbols)
            if symbol < 256 {
                emit(UInt8(symbol), into: &out)
                continue
            }
            if symbol == 256 {
                state = .blockHeader
                return
            }
            let lengthIndex = symbol - 257
            guard lengthIndex < 29 else {
                throw ByteSourceError(message: "the gzip data is corrupt (bad length code).")
            }
            let length = Self.lengthBase[lengthIndex] + (try bits(Self.lengthExtra[lengthIndex]))
            let distanceSymbol = try decode(distanceTable.fast, distanceTable.counts, distanceTable.symbols)
            guard distanceSymbol < 30 else {
                throw ByteSourceError(message: "the gzip data is corrupt (bad distance code).")
            }
            let distance = Self.distanceBase[distanceSymbol] + (try bits(Self.distanceExtra[distanceSymbol]))
            guard distance <= memberOutput, distance <= 1 << 15 else {
                throw ByteSourceError(message: "the gzip data is corrupt (distance too far back).")
            }
            pendingLength = length
            pendingDistance = distance
            return
        }
    }

    @inline(__always)
    private func decode<C: RandomAccessCollection>(_ fast: C, _ counts: C, _ symbols: C) throws -> Int
    where C.Element == UInt16, C.Index == Int {
        _ = try fill(15)
        let entry = fast[Int(bitBuffer & 0x1FF)]
        if entry != 0 {
            let length = Int(entry >> 12)
            guard length <= bitCount else { throw Self.truncated }
            bitBuffer >>= UInt64(length)
            bitCount -= length
            return Int(entry & 0xFFF)
        }
        // Canonical decode, one bit at a time (codes longer than 9 bits).
        var codeValue = 0
        var first = 0
        var index = 0
        var buffer = bitBuffer
        for length in 1...15 {
            guard length <= bitCount else { throw Self.truncated }
            codeValue |= Int(buffer & 1)
            buffer >>= 1
            let count = Int(counts[length])
            if codeValue - first < count {
                bitBuffer >>= UInt64(length)
                bitCount -= length
                return Int(symbols[index + codeValue - first])
            }
            index += count
            first = (first + count) << 1
            codeValue <<= 1
        }
        throw ByteSourceError(message: "the gzip data is corrupt (bad Huffman code).")
    }

    private static let fixedLiterals: Huffman = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        return Huffman(lengths: lengths)!
    }()
    private static let fixedDistances = Huffman(lengths: [UInt8](repeating: 5, count: 30), allowIncomplete: true)!
}

/// A decoding table in raw memory, loaded from a ``Huffman`` for each block.
final class HuffmanTable {
    let fast = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 512)
    let counts = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 16)
    let symbols: UnsafeMutableBufferPointer<UInt16>

    init(symbols capacity: Int) {
        symbols = .allocate(capacity: capacity)
        fast.initialize(repeating: 0)
        counts.initialize(repeating: 0)
        symbols.initialize(repeating: 0)
    }

    deinit {
        fast.deallocate()
        counts.deallocate()
        symbols.deallocate()
    }

    func load(_ code: Huffman) {
        _ = fast.update(fromContentsOf: code.fast)
        _ = counts.update(fromContentsOf: code.counts)
        for i in 0..<min(symbols.count, code.symbols.count) { symbols[i] = code.symbols[i] }
    }
}

/// A canonical Huffman code: counts per length, symbols in code order, and a 9-bit lookup table whose
/// entries hold `symbol | length << 12` (0 for codes longer than 9 bits).
struct Huffman {
    var counts = [UInt16](repeating: 0, count: 16)
    var symbols: [UInt16] = []
    var fast = [UInt16](repeating: 0, count: 512)

    init() {}

    /// Nil when the lengths over-subscribe the code (or leave it incomplete, unless `allowIncomplete`).
    init?(lengths: [UInt8], allowIncomplete: Bool = false) {
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left <<= 1
            left -= Int(counts[length])
            if left < 0 { return nil }
        }
        if left > 0 && !allowIncomplete {
            // An incomplete code is only valid for a single code of length 1.
            let used = counts.reduce(0) { $0 + Int($1) }
            if used != 1 { return nil }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + Int(counts[length]) }
        symbols = [UInt16](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[Int(length)]] = UInt16(symbol)
            offsets[Int(length)] += 1
        }
        // Fast table: canonical codes, bit-reversed, for lengths ≤ 9.
        var code = 0
        var index = 0
        for length in 1...15 {
            let count = Int(counts[length])
            for k in 0..<count {
                if length <= 9 {
                    var reversed = 0
                    var c = code + k
                    for _ in 0..<length {
                        reversed = reversed << 1 | (c & 1)
                        c >>= 1
                    }
                    let entry = symbols[index + k] | UInt16(length) << 12
                    var fill = reversed
                    while fill < 512 {
                        fast[fill] = entry
                        fill += 1 << length
                    }
                }
            }
            index += count
            code = (code + count) << 1
        }
    }
}
